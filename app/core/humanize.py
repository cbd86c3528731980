"""Dates and counts the way a person says them at the counter."""

from __future__ import annotations

import datetime as dt

from app.core.phrases import N_, Phrase, counted

_TOMORROW = N_("tomorrow")
IN_DAYS = counted("in %Ln day(s)", "in {n:,} day", "in {n:,} days")
_TODAY = N_("today")
_YESTERDAY = N_("yesterday")
_DAYS_AGO = counted("%Ln day(s) ago", "{n:,} day ago", "{n:,} days ago")
_MONTHS_AGO = counted("%Ln month(s) ago", "{n:,} month ago", "{n:,} months ago")
_YEARS_AGO = counted("%Ln year(s) ago", "{n:,} year ago", "{n:,} years ago")


def days_ago(moment: dt.date | dt.datetime | None, today: dt.date) -> str:
    """"today", "yesterday", "12 days ago", "3 months ago", "2 years ago"."""
    if moment is None:
        return ""
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    days = (today - day).days
    if days < 0:
        return Phrase(_TOMORROW) if days == -1 else Phrase(IN_DAYS, n=-days)
    if days == 0:
        return Phrase(_TODAY)
    if days == 1:
        return Phrase(_YESTERDAY)
    if days < 60:
        return Phrase(_DAYS_AGO, n=days)
    if days < 730:
        return Phrase(_MONTHS_AGO, n=days // 30)
    return Phrase(_YEARS_AGO, n=days // 365)


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else (plural_noun or noun + 's')}"
