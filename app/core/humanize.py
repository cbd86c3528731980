"""Dates and counts the way a person says them at the counter."""

from __future__ import annotations

import datetime as dt


def days_ago(moment: dt.date | dt.datetime | None, today: dt.date) -> str:
    """"today", "yesterday", "12 days ago", "3 months ago", "2 years ago"."""
    if moment is None:
        return ""
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    days = (today - day).days
    if days < 0:
        return "tomorrow" if days == -1 else f"in {-days} days"
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 60:
        return f"{days} days ago"
    if days < 730:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else (plural_noun or noun + 's')}"
