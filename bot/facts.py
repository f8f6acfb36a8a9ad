"""Named facts (data/facts.yaml) as Fluent arguments, formatted for each language."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency

from bot.content.model import Content, FactValue, NamedFact

Argument = str | int | float


@lru_cache(maxsize=64)
def _locale(cldr: str) -> Locale:
    return Locale.parse(cldr)


def format_day(day: date, cldr: str) -> str:
    """A calendar day as the language writes it in full, e.g. `12 juni 2026`."""
    text = format_date(day, format="long", locale=_locale(cldr))
    if cldr.startswith("fr") and day.day == 1:  # French writes the first of the month "1er"
        text = text.replace("1 ", "1er ", 1)
    return text


def argument(fact: NamedFact, cldr: str) -> Argument:
    """Numbers stay numbers (Fluent picks the plural form); dates and money become text."""
    value: FactValue = fact.value
    if fact.type == "date" and isinstance(value, date):
        return format_day(value, cldr)
    if fact.type == "money" and isinstance(value, float):
        return format_currency(value, "EUR", locale=_locale(cldr))
    if isinstance(value, date):
        return value.isoformat()
    return value


def fact_arguments(content: Content, lang: str) -> dict[str, Argument]:
    """Every fact as a message argument in `lang` (an unknown language gets English forms)."""
    info = content.locales.get(lang)
    cldr = info.cldr if info else "en"
    return {fact_id: argument(fact, cldr) for fact_id, fact in content.facts.items()}
