"""Dates and counts the way they are said at the counter."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.humanize import days_ago, plural

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("moment, said", [
    (dt.date(2026, 11, 23), "today"),
    (dt.datetime(2026, 11, 23, 23, 59), "today"),
    (dt.datetime(2026, 11, 22, 8, 0), "yesterday"),
    (dt.date(2026, 11, 11), "12 days ago"),
    (dt.date(2026, 9, 25), "59 days ago"),
    (dt.date(2026, 9, 24), "2 months ago"),
    (dt.date(2024, 11, 24), "24 months ago"),
    (dt.date(2024, 11, 23), "2 years ago"),
    (dt.date(2026, 11, 24), "tomorrow"),
    (dt.date(2026, 11, 30), "in 7 days"),
    (None, ""),
])
def test_days_ago(moment, said):
    assert days_ago(moment, TODAY) == said


def test_plural_with_thousands_and_irregular_nouns():
    assert plural(1, "customer") == "1 customer"
    assert plural(0, "customer") == "0 customers"
    assert plural(27113, "reminder") == "27,113 reminders"
    assert plural(2, "match", "matches") == "2 matches"
    assert plural(1, "timeline entry", "timeline entries") == "1 timeline entry"
