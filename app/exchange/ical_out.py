"""Birthdays and anniversaries as a calendar the owner's phone can subscribe to or import.

Each date is a yearly all-day event. A 29 February date repeats on the last
day of February, so that it shows in common years too; a date whose year was
not told starts in 2000 and its summary never claims an age.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event, vRecur

from app import __version__
from app.core import clock
from app.core.profile import Profile

_NO_YEAR = 2000  # a leap year, so 29 February exists in it


def _summary(p: Profile, kind: str, label: str, relative: str | None) -> str:
    who = p.nickname or p.name
    if relative:
        return f"{relative}'s birthday ({who}'s family)" if kind == "birthday" else (
            f"{relative}: {label or kind} ({who})")
    if kind == "birthday":
        return f"{who}'s birthday"
    if kind == "anniversary":
        return f"{who}'s anniversary" + (f" ({label})" if label else "")
    return f"{who}: {label or 'important date'}"


def calendar(profiles: list[Profile]) -> tuple[bytes, int]:
    """(the .ics file, how many events it holds)."""
    cal = Calendar()
    cal.add("prodid", f"-//Regulars {__version__}//Customer dates//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Regulars: birthdays and anniversaries")
    stamp = dt.datetime.combine(clock.today(), dt.time(0, 0), tzinfo=dt.UTC)
    count = 0
    for p in profiles:
        if p.archived:
            continue
        for date in p.dates:
            year = date.year if date.year and date.year >= 1900 else _NO_YEAR
            leap_day = date.month == 2 and date.day == 29
            if leap_day and year % 4:
                year = _NO_YEAR
            start = dt.date(year, date.month, date.day)
            event = Event()
            event.add("uid", f"regulars-date-{date.id}@regulars")
            event.add("dtstamp", stamp)
            event.add("summary", _summary(p, date.kind, date.label, date.relative))
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(days=1))
            rule = {"freq": "yearly"}
            if leap_day:
                rule.update(bymonth=2, bymonthday=-1)
            event.add("rrule", vRecur(rule))
            event.add("transp", "TRANSPARENT")
            event.add("categories", [date.kind])
            cal.add_component(event)
            count += 1
    return cal.to_ical(), count
