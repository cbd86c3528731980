"""Birthdays and anniversaries as a calendar a phone reads."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import add_rich_customer
from icalendar import Calendar

from app.exchange import jobs


@pytest.fixture
def rich_customer(store) -> int:
    return add_rich_customer()


def test_calendar_of_birthdays_and_anniversaries(rich_customer, tmp_path):
    path = tmp_path / "dates.ics"
    summary = jobs.export_file(path, "ical")
    assert summary.startswith("exported 5 birthdays and anniversaries")
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "Ellie's birthday", "Ellie's anniversary", "Ellie's anniversary (shop opening)",
        "Mia's birthday (Ellie's family)", "Ellie: leap day party"}
    birthday = events["Ellie's birthday"]
    assert birthday["DTSTART"].dt == dt.date(2000, 11, 22)  # no year was told
    assert birthday["RRULE"]["FREQ"] == ["YEARLY"]
    leap = events["Ellie: leap day party"]
    assert leap["RRULE"]["BYMONTHDAY"] == [-1] and leap["RRULE"]["BYMONTH"] == [2]
    assert events["Mia's birthday (Ellie's family)"]["DTSTART"].dt == dt.date(2014, 6, 3)
