"""Opening hours: parse the data format and tell whether a line is open now."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
ALWAYS = "24/7"
_RULE = re.compile(
    r"^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))? (\d\d):(\d\d)-(\d\d):(\d\d)$"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """Open on the days first..last (0 = Monday) from start to end (minutes after midnight)."""

    first: int
    last: int
    start: int
    end: int

    def covers(self, weekday: int, minute: int) -> bool:
        return self.first <= weekday <= self.last and self.start <= minute < self.end


@dataclass(frozen=True, slots=True)
class Hours:
    """When a phone line is open."""

    always: bool
    rules: tuple[Rule, ...]
    closed_on_holidays: bool


class HoursError(ValueError):
    """The hours text is not in the data format."""


def parse_hours(text: str) -> Hours:
    """Parse `24/7` or `Mo-Fr 08:00-20:00; Sa 10:00-12:00; PH off`."""
    parts = [part.strip() for part in text.split(";") if part.strip()]
    closed_on_holidays = "PH off" in parts
    parts = [part for part in parts if part != "PH off"]
    if parts == [ALWAYS]:
        return Hours(always=True, rules=(), closed_on_holidays=closed_on_holidays)
    rules = []
    for part in parts:
        match = _RULE.match(part)
        if not match:
            raise HoursError(f"'{part}' is not like 'Mo-Fr 08:00-20:00', '24/7' or 'PH off'")
        first_day, last_day, h1, m1, h2, m2 = match.groups()
        first, last = DAYS.index(first_day), DAYS.index(last_day or first_day)
        start, end = int(h1) * 60 + int(m1), int(h2) * 60 + int(m2)
        if first > last or start >= end or end > 24 * 60 or int(m1) > 59 or int(m2) > 59:
            raise HoursError(f"'{part}' has days or times out of order")
        rules.append(Rule(first, last, start, end))
    if not rules:
        raise HoursError("no opening hours given")
    return Hours(always=False, rules=tuple(rules), closed_on_holidays=closed_on_holidays)


@lru_cache(maxsize=8)
def _dutch_holidays(year: int) -> holidays.HolidayBase:
    import holidays  # a twentieth of a start: imported when a screen first needs it

    return holidays.country_holidays("NL", years=year)


def is_holiday(day: date) -> bool:
    """True on a Dutch public holiday."""
    return day in _dutch_holidays(day.year)


def is_open(hours: Hours, local_now: datetime) -> bool:
    """Whether the line is open at `local_now` (a time in Europe/Amsterdam)."""
    if hours.always:
        return True
    if hours.closed_on_holidays and is_holiday(local_now.date()):
        return False
    minute = local_now.hour * 60 + local_now.minute
    return any(rule.covers(local_now.weekday(), minute) for rule in hours.rules)
