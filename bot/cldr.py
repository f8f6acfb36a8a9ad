"""Babel's CLDR data, kept only for what the bot formats.

Babel loads a language's whole CLDR record the first time any of it is read: unit and time
zone names, every language's and country's name in that language, compact number forms. For
the sixteen languages that came to 19 MB of the bot's 120 MB budget, where what it formats
(plural rules, numbers, money, dates, lists) takes 7.7 MB: each record keeps all but NEVER_READ.
"""

from __future__ import annotations

import os
from typing import Any

from babel import localedata

# Parts of a CLDR record the bot never reads (bot/facts.py formats dates and money, whose
# pattern spells the currency's name in some languages; bot/render.py lists and weekdays;
# Fluent plurals and numbers). Anything else stays, so a new use of Babel finds its data; a
# use of one of these raises KeyError in the tests that render every screen.
NEVER_READ = frozenset(
    {
        "compact_currency_formats",
        "compact_decimal_formats",
        "compound_unit_patterns",
        "date_fields",
        "datetime_formats_relative",
        "interval_formats",
        "languages",
        "measurement_systems",
        "meta_zones",
        "scripts",
        "territories",
        "time_zones",
        "unit_display_names",
        "unit_patterns",
        "variants",
        "zone_formats",
    }
)

_load = localedata.load


def load_what_is_read(
    name: os.PathLike[str] | str, merge_inherited: bool = True
) -> dict[str, Any]:
    """localedata.load, without the parts in NEVER_READ (dropped from Babel's own cache, so
    the record a language inherits from is slim too before it is copied)."""
    data = _load(name, merge_inherited)
    for key in NEVER_READ & data.keys():
        del data[key]
    return data


def keep_only_what_is_read() -> None:
    """From now on, every record Babel loads is slim (Locale objects read it through
    localedata.load, and so does its loading of a language's parents)."""
    localedata.load = load_what_is_read
