"""Dates as people give them: days that exist, ages, with and without a year."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import NASTY, settle
from hypothesis import given

from app.core.dates import (
    add_days,
    age_on,
    check_day,
    check_parts,
    next_occurrence,
    parse_datetime,
    parse_loose,
    parse_parts,
)
from app.core.errors import ValidationError


@pytest.mark.parametrize("month, day, year, message", [
    (2, 30, None, "February has no day 30"),
    (4, 31, None, "April has no day 31"),
    (13, 1, None, "month 13 does not exist"),
    (2, 29, 2023, "2023 is not a leap year"),
    (5, 1, 2031, "not between"),
])
def test_a_date_must_exist(month, day, year, message):
    with pytest.raises(ValidationError, match=message):
        check_parts(month, day, year, dt.date(2026, 11, 23))


def test_29_february_is_allowed_without_a_year_and_in_leap_years():
    check_parts(2, 29, None, dt.date(2026, 11, 23))
    check_parts(2, 29, 2024, dt.date(2026, 11, 23))
    assert next_occurrence(2, 29, dt.date(2026, 11, 23)) == dt.date(2027, 2, 28)
    assert next_occurrence(2, 29, dt.date(2027, 3, 1)) == dt.date(2028, 2, 29)


def test_age_is_known_only_when_the_year_was_told():
    assert age_on(1983, 11, 27, dt.date(2026, 11, 23)) == 42
    assert age_on(1983, 11, 27, dt.date(2026, 11, 27)) == 43
    assert age_on(None, 11, 27, dt.date(2026, 11, 27)) is None


def test_dates_parse_with_and_without_a_year():
    today = dt.date(2026, 11, 23)
    assert parse_parts("1970-01-02", today) == (1, 2, 1970)
    assert parse_parts("--02-29", today) == (2, 29, None)
    assert parse_parts("04-15", today) == (4, 15, None)
    with pytest.raises(ValidationError, match="not a date"):
        parse_parts("yesterday", today)


@settle
@given(text=NASTY)
def test_any_date_text_is_read_or_refused(text):
    try:
        parse_loose(text, "dmy", dt.date(2026, 11, 23))
    except ValidationError as error:
        assert str(error)


def test_days_before_1900_or_in_the_calendars_last_year_are_refused():
    check_day(dt.date(1900, 1, 1), "the day")
    check_day(dt.date(9998, 12, 31), "the day")
    for day in (dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(9999, 1, 1)):
        with pytest.raises(ValidationError, match="not between 1900-01-01 and 9998-12-31"):
            check_day(day, "the day")


def test_a_window_of_days_must_end_inside_the_calendar():
    assert add_days(dt.date(2026, 12, 29), 5, "the first day") == dt.date(2027, 1, 3)
    for start, days in ((dt.date(9998, 12, 25), 7), (dt.date(2026, 1, 1), 999_999_999),
                        (dt.date(2026, 1, 1), 2**63 - 1)):
        with pytest.raises(ValidationError, match="not between"):
            add_days(start, days, "the first day")


@pytest.mark.parametrize("text", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00+14:00"])
def test_a_time_zone_that_moves_a_date_off_the_calendar_is_refused(text):
    with pytest.raises(ValidationError, match="outside the calendar"):
        parse_datetime(text)
