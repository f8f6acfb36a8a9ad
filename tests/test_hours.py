"""Opening hours: parsing, open now in Amsterdam time, Dutch public holidays."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.hours import HoursError, is_holiday, is_open, parse_hours

OFFICE = parse_hours("Mo-Fr 08:00-20:00; PH off")


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (datetime(2026, 12, 1, 8, 0), True),  # Tuesday, opening minute
        (datetime(2026, 12, 1, 19, 59), True),
        (datetime(2026, 12, 1, 20, 0), False),  # closing minute
        (datetime(2026, 12, 5, 10, 0), False),  # Saturday
        (datetime(2026, 12, 25, 10, 0), False),  # Christmas, a Friday
        (datetime(2027, 4, 27, 10, 0), False),  # King's Day, a Tuesday
    ],
)
def test_office_hours(when, expected):
    assert is_open(OFFICE, when) is expected


def test_holidays_come_from_the_library():
    assert is_holiday(datetime(2026, 12, 26).date())
    assert not is_holiday(datetime(2026, 12, 1).date())


def test_always_open():
    assert is_open(parse_hours("24/7"), datetime(2026, 12, 25, 3, 0))


def test_several_rules():
    hours = parse_hours("Mo-Th 09:00-12:00; Fr 13:00-15:00")
    assert is_open(hours, datetime(2026, 12, 3, 10, 0))
    assert not is_open(hours, datetime(2026, 12, 4, 10, 0))
    assert is_open(hours, datetime(2026, 12, 4, 14, 0))


@pytest.mark.parametrize(
    "text", ["", "1020", "Mo-Fr 8-20", "Fr-Mo 08:00-20:00", "Mo 20:00-08:00", "Xx 08:00-09:00"]
)
def test_bad_hours_are_rejected(text):
    with pytest.raises(HoursError):
        parse_hours(text)
