"""Dates of people: month and day always, the year only when it was told.

29 February is a real birthday. Without a year it is always allowed; with
one, the year must be a leap year. In a common year it is kept on 28 February.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase

# Written out rather than read from the C library, whose names follow the process's locale:
# the command line's are English, and the window says them in the shop's language (`N_`).
MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
          N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
          N_("December"))
_FIRST_YEAR = 1850
# The days the shop's own records can be on: earlier is a typing slip, and the last year
# is kept free so that a year ahead of any of them can still be counted.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(9998, 12, 31)


def check_day(day: dt.date, what: str) -> None:
    """Refuse a day outside EARLIEST-LATEST; `what` names it in the message (a `Phrase`, so
    that the window says it in the shop's language). The days stay ISO: the window's own
    forms of a day leave out its year, which is what is wrong here."""
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(Phrase(N_("{what} {day} is not between {earliest} and {latest}"),
                                     what=what, day=day.isoformat(), earliest=EARLIEST.isoformat(),
                                     latest=LATEST.isoformat()))


def add_days(start: dt.date, days: int, what: str) -> dt.date:
    """`start` plus `days`, refused like check_day when it would fall outside the range."""
    check_day(start, what)
    try:
        end = start + dt.timedelta(days=days)
    except OverflowError:
        end = dt.date.max
    if end > LATEST:
        raise ValidationError(Phrase(
            N_("{days} days from {start} is not between {earliest} and {latest}"), days=days,
            start=start.isoformat(), earliest=EARLIEST.isoformat(), latest=LATEST.isoformat()))
    return end


def check_parts(month: int, day: int, year: int | None, today: dt.date) -> None:
    """Refuse a day that does not exist, or a year in the future."""
    if not 1 <= month <= 12:
        raise ValidationError(Phrase(N_("month {month} does not exist (use 1-12)"), month=month))
    longest = 29 if month == 2 else calendar.monthrange(2001, month)[1]
    if not 1 <= day <= longest:
        raise ValidationError(Phrase(N_("{month} has no day {day}"),
                                     month=Phrase(MONTHS[month - 1]), day=day))
    if year is None:
        return
    if not _FIRST_YEAR <= year <= today.year:
        # Years as text: a year is written without a thousands separator in every language.
        raise ValidationError(Phrase(N_("year {year} is not between {first} and {last}"),
                                     year=str(year), first=str(_FIRST_YEAR),
                                     last=str(today.year)))
    if month == 2 and day == 29 and not calendar.isleap(year):
        raise ValidationError(Phrase(
            N_("29 February {year} does not exist ({year} is not a leap year)"), year=str(year)))


def occurrence(month: int, day: int, year: int) -> dt.date:
    """The day this date falls on in `year`: 29 February becomes 28 in a common year."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def next_occurrence(month: int, day: int, on_or_after: dt.date) -> dt.date:
    this_year = occurrence(month, day, on_or_after.year)
    if this_year >= on_or_after:
        return this_year
    return occurrence(month, day, on_or_after.year + 1)


def age_on(born: int | None, month: int, day: int, when: dt.date) -> int | None:
    """Whole years since a known birth year on `when`; None when the year was not told."""
    if born is None:
        return None
    years = when.year - born
    if when < occurrence(month, day, when.year):
        years -= 1
    return years


def format_parts(month: int, day: int, year: int | None) -> str:
    text = f"{day} {MONTHS[month - 1]}"
    return f"{text} {year}" if year else text


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_YEARLESS = re.compile(r"(?:--)?(\d{1,2})-(\d{1,2})")


def parse_parts(text: str, today: dt.date) -> tuple[int, int, int | None]:
    """(month, day, year) from "1980-05-17", "05-17" or "--05-17"; checked."""
    text = text.strip()
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        check_parts(month, day, year, today)
        return month, day, year
    match = _YEARLESS.fullmatch(text)
    if match:
        month, day = (int(g) for g in match.groups())
        check_parts(month, day, None, today)
        return month, day, None
    # What was typed, quoted as Python quotes it (`repr`): the same in every language.
    raise ValidationError(Phrase(N_("{text} is not a date; write YYYY-MM-DD, or MM-DD without a "
                                    "year"), text=repr(text)))


def parse_date(text: str) -> dt.date:
    """A full calendar date in ISO form, with a message a person understands."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(Phrase(N_("{text} is not a date that exists; write YYYY-MM-DD"),
                                     text=repr(text))) from None


def parse_datetime(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(Phrase(
            N_("{text} is not a date and time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM"),
            text=repr(text))) from None
    if value.tzinfo is None:
        return value.replace(microsecond=0)
    try:
        return value.astimezone().replace(tzinfo=None, microsecond=0)
    except OverflowError:  # the first or last day of the calendar, moved by its offset
        raise ValidationError(Phrase(N_("{text} is outside the calendar in this time zone"),
                                     text=repr(text))) from None


_LOOSE_ISO = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?")
_LOOSE_YEARLESS = re.compile(r"--(\d{2})-?(\d{2})|(\d{1,2})-(\d{1,2})")
_LOOSE_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?")
_LOOSE_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?")
# Apple writes a birthday without a year as 1604; Outlook writes "no date" as 0/0/00.
NO_YEAR = 1604
_EMPTY_DATES = {"", "0/0/00", "00/00/0000", "0000-00-00", "1/1/1601"}


@dataclass(frozen=True)
class LooseDate:
    month: int
    day: int
    year: int | None
    ambiguous: bool = False  # day and month could be swapped; the setting decided


def _full_year(text: str | None, today: dt.date) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000 if 2000 + year <= today.year else 1900
    return None if year in (NO_YEAR, 0) else year


def parse_loose(text: str, order: str, today: dt.date) -> LooseDate | None:
    """A date as exporters write it, or None when the cell is empty.

    ISO (with or without dashes or a time), `--MM-DD`, `MM-DD`, `dd.mm.yyyy`,
    and `a/b/yyyy`, where `order` ("dmy" or "mdy") decides which of a and b
    is the day when both could be. Raises ValidationError for anything else.
    """
    text = text.strip()
    if text in _EMPTY_DATES:
        return None
    ambiguous = False
    if match := _LOOSE_ISO.fullmatch(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        year_or_none = None if year in (NO_YEAR, 0) else year
    elif match := _LOOSE_YEARLESS.fullmatch(text):
        month, day = (int(match[1]), int(match[2])) if match[1] else (int(match[3]),
                                                                       int(match[4]))
        year_or_none = None
    elif match := _LOOSE_DOTTED.fullmatch(text):
        day, month, year_or_none = int(match[1]), int(match[2]), _full_year(match[3], today)
    elif match := _LOOSE_SLASHED.fullmatch(text):
        a, b, year_or_none = int(match[1]), int(match[2]), _full_year(match[3], today)
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            ambiguous = a != b
            day, month = (a, b) if order == "dmy" else (b, a)
    else:
        raise ValidationError(Phrase(N_("{text} is not a date Regulars can read"),
                                     text=repr(text)))
    check_parts(month, day, year_or_none, today)
    return LooseDate(month, day, year_or_none, ambiguous)


def format_iso_parts(month: int, day: int, year: int | None) -> str:
    """ISO 8601 "1980-04-15", or "--04-15" when the year was not told (as vCard 4 and Google)."""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
