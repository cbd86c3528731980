"""What the owner should not miss: birthdays, anniversaries, promises, people drifting away.

Every rule takes the day it is asked about, so the same code answers "today"
for the tray and any date for tests and for `regulars reminders --date`.
Windows are inclusive: from `start` to `start + days`, across the end of the
year if they reach it. Archived customers never give a reminder.

What the owner did with a reminder (shown, snoozed, dismissed, done) is kept
by its key, so that a reminder is shown once a day and never lost across
restarts. A key names the occasion: next year's birthday is a new reminder.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import operator
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, NamedTuple

from app.core import settings
from app.core.dates import add_days, occurrence
from app.core.errors import ValidationError
from app.core.humanize import IN_DAYS
from app.core.phrases import N_, Phrase, counted
from app.core.relations import NAMES
from app.core.said import from_said
from app.store import agenda
from app.store.agenda import FULL_NAME, SHORT_NAME
from app.store.batches import batches, marks
from app.store.reading import Executes, or_program
from app.store.refresh import LAPSED_ORDER
from app.store.text import fold

if TYPE_CHECKING:  # read by `regulars reminders` through plain sqlite3, without peewee
    from app.store.models import ReminderState

KINDS = ("birthday", "anniversary", "date", "follow_up", "stay_in_touch", "lapsed")
# What matters now comes first: what is today, then promises and follow-ups overdue, then the
# coming days, then the suggestions to get in touch.
TODAY, OVERDUE, COMING, SUGGESTED = range(4)
SUGGESTIONS = ("stay_in_touch", "lapsed")
# A suggestion is told on the day it falls due and for a week after, unless snoozed; then it
# lives in the weekly review.
TOLD_DAYS = 7
_ORDER = {kind: index for index, kind in enumerate(KINDS)}
_DATE_KINDS = {agenda.BIRTHDAY: "birthday", agenda.ANNIVERSARY: "anniversary",
               agenda.OTHER_DATE: "date"}
# The relations as the window names them; "other" is said as family in a reminder.
_NOUNS = {**NAMES, "other": N_("family")}
# What a date of someone in the family is, by the kind of date: "Lena's birthday, Anna's
# daughter"; a customer's own.
_RELATIVES_DATE = {"birthday": N_("{relative}'s birthday, {short}'s {noun}"),
                   "anniversary": N_("{relative}'s anniversary, {short}'s {noun}"),
                   "date": N_("{relative}'s day, {short}'s {noun}")}
_OWN_DATE = {"birthday": N_("{short}'s birthday"), "anniversary": N_("{short}'s anniversary"),
             "date": N_("{short}: {label}")}
_AN_IMPORTANT_DATE = N_("an important date")
# Said of thousands of dates: each made once.
_NOUN_PHRASES = {relation: Phrase(noun) for relation, noun in _NOUNS.items()}
_AN_IMPORTANT_DATE_PHRASE = Phrase(_AN_IMPORTANT_DATE)
_TURNS = N_("turns {years}")
_YEARS = counted("%Ln year(s)", "{n:,} year", "{n:,} years")
_WITH_DETAIL = N_("{said} ({detail})")
_WITH_LABEL_AND_DETAIL = N_("{said} ({label}, {detail})")
_FOLLOW_UP = {"promise": N_("{short} — Promised: {text}"), "ask": N_("{short} — Ask: {text}")}
_TO_DO = N_("{short} — To do: {text}")
_NO_CONTACT = counted("{short}: no contact for %Ln day(s) (you wanted every {every} days)",
                      "{short}: no contact for {n:,} day (you wanted every {every} days)",
                      "{short}: no contact for {n:,} days (you wanted every {every} days)")
_NOT_IN_TOUCH = N_("{short}: not in touch yet (you wanted every {every} days)")
_LAPSED = counted("{short}: usually every {usual} days, last visit %Ln day(s) ago",
                  "{short}: usually every {usual} days, last visit {n:,} day ago",
                  "{short}: usually every {usual} days, last visit {n:,} days ago")
_TODAY_WORD, _TOMORROW_WORD = N_("Today"), N_("Tomorrow")
_OVERDUE = counted("overdue %Ln day(s)", "overdue {n:,} day", "overdue {n:,} days")
_NOTHING_TO_REMEMBER = N_("Today: nothing to remember")
_NOTHING_DUE = N_("Today: nothing due")
_DUE_NOW = N_("Today: {now:,}")
_AND_THIS_WEEK = N_("{today}, and {later:,} this week")
_TO_GET_IN_TOUCH = N_("{today} · {suggested:,} to get in touch")


class Reminder(NamedTuple):
    """One thing to remember; a tuple, because a large shop has tens of thousands of them."""

    kind: str
    date: dt.date  # the day the reminder is about
    customer_id: int
    customer: str
    text: str
    key: str
    ref: int  # the date, follow-up or customer it comes from
    rank: int = COMING  # TODAY, OVERDUE, COMING or SUGGESTED, on the day it was read for

    def to_json(self) -> dict[str, object]:
        """The shape `regulars reminders --json` promises."""
        return {"kind": self.kind, "date": self.date.isoformat(),
                "customer_id": self.customer_id, "customer": self.customer, "text": self.text,
                "rank": self.rank}


def rank_on(kind: str, when: dt.date, start: dt.date) -> int:
    """Where a reminder of this kind about `when` stands on the day `start` (see TODAY…)."""
    if kind in SUGGESTIONS:
        return SUGGESTED
    return TODAY if when == start else OVERDUE if when < start else COMING


def when(reminder: Reminder, today: dt.date) -> str:
    """When it is, in words: "Today", "in 3 days", "overdue 4 days"; a suggestion to get in
    touch says nothing here (it is never "overdue": its text says how long it has been)."""
    if reminder.kind in SUGGESTIONS:
        return ""
    days = (reminder.date - today).days
    if days == 0:
        return Phrase(_TODAY_WORD)
    if days == 1:
        return Phrase(_TOMORROW_WORD)
    if days > 1:
        return Phrase(IN_DAYS, n=days)
    return Phrase(_OVERDUE, n=-days)


def heading(reminders: Collection[Reminder]) -> str:
    """What the Today list and the tray say of it, in the list's order: "Today: 3, and 12 this
    week · 5 to get in touch" (what is today or overdue, the coming days, the suggestions)."""
    if not reminders:
        return Phrase(_NOTHING_TO_REMEMBER)
    counts = [0, 0, 0, 0]
    for reminder in reminders:
        counts[reminder.rank] += 1
    now, later, suggested = counts[TODAY] + counts[OVERDUE], counts[COMING], counts[SUGGESTED]
    text = Phrase(_DUE_NOW, now=now) if now else Phrase(_NOTHING_DUE)
    if later:
        text = Phrase(_AND_THIS_WEEK, today=text, later=later)
    return Phrase(_TO_GET_IN_TOUCH, today=text, suggested=suggested) if suggested else text


def _occurrences(month: int, day: int, start: dt.date, end: dt.date) -> list[dt.date]:
    found = []
    for year in range(start.year, end.year + 1):
        when = occurrence(month, day, year)
        if start <= when <= end:
            found.append(when)
    return found


def _day_spans(start: dt.date, end: dt.date) -> list[tuple[str, str]]:
    """The agenda's days ("MM-DD") whose dates can fall between start and end, as ranges in
    the order of the window (across the end of a year there are two); all of them for a year
    or more. 29 February falls on the 28th in a common year: a range ending on the 28th
    reaches it."""
    if (end - start).days >= 365:
        return [("01-01", "12-31")]
    spans = []
    for year in range(start.year, end.year + 1):
        first, last = max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
        to = last.strftime("%m-%d")
        spans.append((first.strftime("%m-%d"), "02-29" if to == "02-28" else to))
    return spans


def _merges_leap_day(start: dt.date, end: dt.date) -> bool:
    """The window holds a 28 February of a common year, on which 29 February's dates fall."""
    return any(not calendar.isleap(year) and start <= dt.date(year, 2, 28) <= end
               for year in range(start.year, end.year + 1))


def _date_reminders(start: dt.date, end: dt.date, customer_ids: Collection[int] | None = None,
                    database: Executes | None = None) -> list[Reminder]:
    """Birthdays, anniversaries and other dates of customers and their family in the window,
    read from the agenda a range of days at a time, each day in its order (birthdays,
    anniversaries, other dates; by name), which the sort by day keeps."""
    wanted = [] if customer_ids is None else list(customer_ids)
    only = "" if customer_ids is None else f" AND customer_id IN ({marks(wanted)})"
    # The order of the agenda's key, which reading a range of it gives at no cost; the rows
    # of 29 February join those of the 28th in a common year, each in its place.
    day = ("CASE day WHEN '02-29' THEN '02-28' ELSE day END" if _merges_leap_day(start, end)
           else "day")
    order = f" ORDER BY {day}, place, sort_name, ref"
    reminders = []
    days_of: dict[str, list[dt.date]] = {}  # thousands of rows share a few days
    db = or_program(database)
    for first, last in _day_spans(start, end):
        rows = db.execute_sql(
            "SELECT day, place, ref, customer_id, customer, short, relative, relation, "
            f"relative_notes, label, year FROM agenda WHERE source = {agenda.DATE} "
            f"AND day BETWEEN ? AND ?{only}{order}", (first, last, *wanted))
        for (day, place, ref, cid, full, short, relative, relation, notes, label,
             year) in rows:
            whens = days_of.get(day)
            if whens is None:
                whens = days_of[day] = _occurrences(int(day[:2]), int(day[3:]), start, end)
            kind = _DATE_KINDS[place]
            if relative is not None:
                noun = notes if relation == "pet" and notes and len(notes) <= 20 \
                    else _NOUN_PHRASES.get(relation, _NOUN_PHRASES["other"])
                said = Phrase(_RELATIVES_DATE[kind], relative=relative, short=short, noun=noun)
            else:
                said = (Phrase(_OWN_DATE[kind], short=short,
                               label=label or _AN_IMPORTANT_DATE_PHRASE) if kind == "date"
                        else Phrase(_OWN_DATE[kind], short=short))  # named by its kind
            # a label is said in brackets, but a customer's own date is named by it
            labelled = label if label and kind != "birthday" and (
                kind != "date" or relative is not None) else ""
            for when in whens:
                # `when` is the day itself in its year: the years are whole on it
                years = None if year is None else when.year - year
                detail = None if years is None or years < 0 else _years_said(kind, years)
                if detail is not None and labelled:
                    text = Phrase(_WITH_LABEL_AND_DETAIL, said=said, label=labelled,
                                  detail=detail)
                elif detail is not None or labelled:
                    text = Phrase(_WITH_DETAIL, said=said, detail=detail or labelled)
                else:
                    text = said
                reminders.append(Reminder(kind, when, cid, full, text,
                                          f"{kind}:{ref}:{when.isoformat()}", ref,
                                          rank_on(kind, when, start)))
    return reminders


@functools.cache
def _years_said(kind: str, years: int) -> Phrase:
    """"turns 40" of a birthday, "12 years" of any other date (a few hundred, made once)."""
    return Phrase(_TURNS, years=years) if kind == "birthday" else Phrase(_YEARS, n=years)


def _follow_up_reminders(start: dt.date, end: dt.date,
                         customer_ids: Collection[int] | None = None,
                         database: Executes | None = None) -> list[Reminder]:
    """Open follow-ups due by `end`, read from the agenda in the order of their days (by name
    within a day); what the program wrote ("Make it right: …") as the Phrase it was made from,
    which the window says in the shop's language and the command line in English."""
    wanted = [] if customer_ids is None else list(customer_ids)
    only = "" if customer_ids is None else f" AND customer_id IN ({marks(wanted)})"
    rows = or_program(database).execute_sql(
        "SELECT day, customer_id, customer, short, follow_kind, text, said, ref FROM agenda "
        f"WHERE source = {agenda.PROMISE} AND day <= ?{only} ORDER BY day, place, sort_name, ref",
        (end.isoformat(), *wanted))
    days: dict[str, dt.date] = {}
    reminders = []
    for day, cid, full, short, kind, text, said, ref in rows:
        when = days.get(day)
        if when is None:
            when = days[day] = dt.date.fromisoformat(day)
        reminders.append(Reminder(
            "follow_up", when, cid, full,
            Phrase(_FOLLOW_UP.get(kind, _TO_DO), short=short,
                   text=from_said(text, said) if said else text),
            f"follow_up:{ref}", ref, rank_on("follow_up", when, start)))
    return reminders


def _contact_reminders(start: dt.date, end: dt.date,
                       customer_ids: Collection[int] | None = None,
                       every_one: bool = False,
                       database: Executes | None = None) -> list[Reminder]:
    """Stay in touch (a cadence was set) and lapsed (learnt from their visits), each told from
    the day it falls due for TOLD_DAYS, or again when a snooze ends; `every_one` for all that
    are due however long ago (the weekly review's lists). Read through the days kept per
    customer (`lapse_on`, `contact_due`), so that a large shop's are found in an index."""
    told_from = (dt.date.min if every_one else start - dt.timedelta(days=TOLD_DAYS - 1))
    wanted: list[int] = []
    only = ""
    if customer_ids is not None:
        wanted = list(customer_ids)
        only = f"c.id IN ({marks(wanted)}) AND "
    snoozed = [] if every_one else _snoozed_suggestions(start, database)
    again = f" OR c.id IN ({marks(snoozed)})" if snoozed else ""
    rows = or_program(database).execute_sql(
        f"SELECT c.id, {FULL_NAME}, {SHORT_NAME}, c.contact_every_days, c.contact_due, "
        "c.lapse_on, c.last_visit, c.first_visit, c.visit_count, "
        "coalesce(c.last_contact, c.created_at), c.last_contact IS NOT NULL "
        f"FROM customer c WHERE {only}c.archived_at IS NULL AND ("
        "c.contact_due BETWEEN ? AND ? OR c.lapse_on BETWEEN ? AND ?" + again + ")"
        + (f" ORDER BY {LAPSED_ORDER}" if every_one else " ORDER BY c.sort_name, c.id"),
        (*wanted, told_from.isoformat(), end.isoformat(), told_from.isoformat(),
         start.isoformat(), *snoozed),
    )
    # The days are ISO text, compared as text, and counted through one table of the days
    # met: thousands of rows are read here, and SQLite's date functions cost more than that.
    first_day, last_day, today = told_from.isoformat(), end.isoformat(), start.isoformat()
    again_ids = set(snoozed)
    date = dt.date.fromisoformat
    days: dict[str, int] = {}

    def days_since(stamp: str) -> int:
        day = stamp[:10]
        number = days.get(day)
        if number is None:
            number = days[day] = date(day).toordinal()
        return number

    now = start.toordinal()
    reminders = []
    for (cid, full, short, every, contact_due, lapse_on, last_visit, first_visit, visits,
         touched, contacted) in rows:
        due = every and contact_due and contact_due <= last_day and (
            every_one or contact_due >= first_day or cid in again_ids)
        if due:
            text = (Phrase(_NO_CONTACT, short=short, n=now - days_since(touched), every=every)
                    if contacted else Phrase(_NOT_IN_TOUCH, short=short, every=every))
            reminders.append(Reminder("stay_in_touch", date(contact_due), cid, full, text,
                                      f"stay_in_touch:{cid}:{contact_due}", cid, SUGGESTED))
        # Today says one thing to get in touch about; the review's lists want each.
        if (every_one or not due) and lapse_on and lapse_on <= today and (
                every_one or lapse_on >= first_day or cid in again_ids):
            last = days_since(last_visit)
            usual = (last - days_since(first_visit)) / (visits - 1)
            text = Phrase(_LAPSED, short=short, usual=round(usual), n=now - last)
            reminders.append(Reminder("lapsed", date(lapse_on), cid, full, text,
                                      f"lapsed:{cid}:{last_visit[:10]}", cid, SUGGESTED))
    return reminders


def _snoozed_suggestions(start: dt.date, database: Executes | None = None) -> list[int]:
    """Customers whose "get in touch" was snoozed to a day that has come: told again."""
    return sorted({int(key.split(":")[1]) for (key,) in or_program(database).execute_sql(
        "SELECT key FROM reminder_state WHERE state = 'snoozed' AND until <= ? "
        "AND (key LIKE 'lapsed:%' OR key LIKE 'stay_in_touch:%')", (start.isoformat(),))})


def stopped_coming(day: dt.date, customer_ids: Collection[int] | None = None
                   ) -> list[Reminder]:
    """Every regular who has stopped coming by `day`, who used to spend most first: the weekly
    review's list, and the customer list's "Stopped coming"."""
    return [r for r in _contact_reminders(day, day, customer_ids, every_one=True)
            if r.kind == "lapsed"]


def overdue_contact(day: dt.date) -> list[Reminder]:
    """Every customer to stay in touch with whose interval has run out by `day`."""
    return sorted((r for r in _contact_reminders(day, day, every_one=True)
                   if r.kind == "stay_in_touch"), key=_in_order)


# The order of a list of reminders: what matters today first (the rank), then by day. Within a
# day each kind of reminder is read already in its order (birthdays, anniversaries, dates,
# follow-ups, suggestions; by name), which a stable sort keeps: at tens of thousands, a key
# made in Python for each costs more than reading them.
_in_order = operator.attrgetter("rank", "date")


def _in_full_order(reminder: Reminder) -> tuple[int, dt.date, int, str, str]:
    """Where one reminder goes among those in order (see `replace_for`)."""
    return (reminder.rank, reminder.date, _ORDER[reminder.kind], fold(reminder.customer),
            reminder.key)


def due(start: dt.date, days: int | None = None,
        customer_ids: Collection[int] | None = None,
        database: Executes | None = None) -> list[Reminder]:
    """Everything due from `start` over `days` (the lead-time setting by default), in the
    order of what matters today (see TODAY…SUGGESTED), then by date; of these customers only,
    when given."""
    days = settings.get("reminder_lead_days", database) if days is None else days
    end = add_days(start, days, Phrase(N_("the first day")))
    found = (_date_reminders(start, end, customer_ids, database)
             + _follow_up_reminders(start, end, customer_ids, database)
             + _contact_reminders(start, end, customer_ids, database=database))
    return sorted(found, key=_in_order)


def replace_for(current: list[Reminder], customer_ids: Collection[int],
                fresh: Iterable[Reminder]) -> list[Reminder]:
    """`current` (in order) with the reminders of these customers swapped for `fresh`.

    A large shop has tens of thousands of reminders; after logging one conversation only that
    customer's are read again, and put in their places.
    """
    ids = set(customer_ids)
    kept = [r for r in current if r.customer_id not in ids]
    for reminder in fresh:
        bisect.insort(kept, reminder, key=_in_full_order)
    return kept


def due_for(customer_id: int, start: dt.date, days: int) -> list[Reminder]:
    """The dates of one customer and their family coming up (for the glance card)."""
    end = start + dt.timedelta(days=days)
    found = _date_reminders(start, end, [customer_id])
    return sorted(found, key=lambda r: (r.date, _ORDER[r.kind], r.key))


# What the owner did -------------------------------------------------------------------------


def states(keys: Iterable[str]) -> dict[str, ReminderState]:
    from app.store.models import ReminderState

    keys = list(keys)
    found: dict[str, ReminderState] = {}
    for batch in batches(keys):
        found.update({s.key: s for s in ReminderState.select().where(ReminderState.key.in_(batch))})
    return found


def pending(start: dt.date, days: int | None = None,
            customer_ids: Collection[int] | None = None,
            database: Executes | None = None) -> list[Reminder]:
    """Due and not yet dealt with: not done, not dismissed, not snoozed past `start`."""
    found = due(start, days, customer_ids, database)
    settled = _settled(start, None if customer_ids is None else [r.key for r in found],
                       database)
    return [reminder for reminder in found if reminder.key not in settled]


def _settled(start: dt.date, keys: list[str] | None,
             database: Executes | None = None) -> set[str]:
    """Keys dealt with as of `start`: all of them, or those of `keys` (years of done
    birthdays need not be read to refresh one customer)."""
    sql = ("SELECT key FROM reminder_state WHERE NOT (state = 'shown' OR (state = 'snoozed' "
           "AND (until IS NULL OR until <= ?)))")
    db = or_program(database)
    if keys is None:
        return {key for (key,) in db.execute_sql(sql, (start.isoformat(),))}
    settled: set[str] = set()
    for batch in batches(keys):
        settled.update(key for (key,) in db.execute_sql(
            f"{sql} AND key IN ({marks(batch)})", (start.isoformat(), *batch)))
    return settled


def not_shown_on(reminders: list[Reminder], day: dt.date) -> list[Reminder]:
    """Those not yet shown as a message on `day`: each is shown once a day."""
    shown = {key for (key,) in or_program(None).execute_sql(
        "SELECT key FROM reminder_state WHERE state = 'shown' AND until = ?",
        (day.isoformat(),))}
    return [r for r in reminders if r.key not in shown]


def _put(keys: Iterable[str], state: str, until: dt.date | None, now: dt.datetime) -> None:
    day = None if until is None else until.isoformat()
    stamp = str(now.replace(microsecond=0))  # as peewee writes a DateTimeField
    from app.store.models import db

    with db.atomic():
        db.cursor().executemany(
            "INSERT INTO reminder_state (key, state, until, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET state = excluded.state, until = excluded.until, "
            "updated_at = excluded.updated_at", [(key, state, day, stamp) for key in keys])


def forget(customer_ids: Collection[int]) -> None:
    """Delete what the owner did with these customers' reminders and weekly-review rows, for
    customers about to go for good (called while their dates and follow-ups, which name some
    of the keys, are still there)."""
    from app.store.models import db

    for batch in batches(keys_of(customer_ids)):
        db.execute_sql(f"DELETE FROM reminder_state WHERE key IN ({marks(batch)})", batch)


def keys_of(customer_ids: Collection[int]) -> list[str]:
    """The keys of what the owner did with these customers' reminders and weekly-review rows:
    what erasing them deletes and what handing over their data shows. Some keys name a date
    or a follow-up rather than the customer: asked while those are still there."""
    from app.store.models import FollowUp, ImportantDate, db

    people = {str(cid) for cid in customer_ids}
    wanted = sorted(customer_ids)
    dates: set[str] = set()
    follow_ups: set[str] = set()
    for batch in batches(wanted):
        dates.update(str(d.id) for d in ImportantDate.select(ImportantDate.id)
                     .where(ImportantDate.customer.in_(batch)))
        follow_ups.update(str(f.id) for f in FollowUp.select(FollowUp.id)
                          .where(FollowUp.customer.in_(batch)))
    # Keys as `_date_reminders`, `_follow_up_reminders`, `_contact_reminders` and
    # `week.Row.key` make them: the kind, then the date, follow-up or customer it is about.
    owners = {"birthday": (1, dates), "anniversary": (1, dates), "date": (1, dates),
              "follow_up": (1, follow_ups), "stay_in_touch": (1, people),
              "lapsed": (1, people), "week": (2, people)}
    theirs = []
    for (key,) in db.execute_sql("SELECT key FROM reminder_state"):
        parts = key.split(":")
        place, ids = owners.get(parts[0], (0, set()))
        if place and len(parts) > place and parts[place] in ids:
            theirs.append(key)
    return theirs


def mark_shown(reminders: Iterable[Reminder], day: dt.date, now: dt.datetime) -> bool:
    """Which reminders were announced today, so that each is announced once a day.

    Bookkeeping the window does by itself: while another program writes, it is skipped (False)
    rather than waited for, and it never raises for that; a later check announces them again.
    What was shown on an earlier day says nothing any more and goes: a large shop is shown
    thousands a day, which would otherwise pile up to be read on every reading.
    """
    from app.store.database import DATABASE_ERRORS, is_locked, without_waiting
    from app.store.models import db

    try:
        with without_waiting(), db.atomic():
            db.execute_sql("DELETE FROM reminder_state WHERE state = 'shown' AND until < ?",
                           (day.isoformat(),))
            _put([r.key for r in reminders], "shown", day, now)
    except DATABASE_ERRORS as error:
        if not is_locked(error):
            raise
        return False
    return True


def snooze(reminders: Iterable[Reminder], until: dt.date, now: dt.datetime) -> None:
    _put([r.key for r in reminders], "snoozed", until, now)


def dismiss(reminders: Iterable[Reminder], now: dt.datetime) -> None:
    _put([r.key for r in reminders], "dismissed", None, now)


def mark_done(reminders: Iterable[Reminder], now: dt.datetime) -> None:
    _put([r.key for r in reminders], "done", None, now)


# What the owner says happened when they are done with a "get in touch" reminder, and what that
# puts on the timeline: Done alone does not say whether they rang, wrote, saw the customer or
# let it go, and a guessed entry would be a contact that never was.
CONTACT_OUTCOMES: dict[str, tuple[str, str] | None] = {
    "call": ("call", Phrase(N_("Called to keep in touch"))),
    "message": ("message", Phrase(N_("Sent a message to keep in touch"))),
    "visit": ("visit", Phrase(N_("Saw them"))),
    "nothing": None,
}
# What Done on another date logs: the occasion as the reminder names it, without its details.
_SENT_WISHES = N_("Sent wishes: {occasion}")
ASKS_WHAT_HAPPENED = ("stay_in_touch", "lapsed")
RESTS_DAYS = 7  # how long a "get in touch" with nothing done rests without an interval of its own


def got_in_touch(customer_id: int, key: str, outcome: str | None,
                 now: dt.datetime) -> tuple[str, str] | None:
    """A "get in touch" reminder done: what the owner says happened is logged (logging counts
    as contact), and the reminder of this key is done. Returns the (kind, text) logged."""
    from app.core import timeline  # the timeline builds on customers, as do these
    from app.store.models import Customer

    if outcome not in CONTACT_OUTCOMES:
        raise ValidationError(Phrase(N_("say what happened: one of {outcomes}"),
                                     outcomes=", ".join(CONTACT_OUTCOMES)))
    logged = CONTACT_OUTCOMES[outcome]
    if logged is not None:
        timeline.log(customer_id, *logged, at=now)
        _put([key], "done", None, now)
    else:
        # Nothing happened: the reminder rests for one of the customer's own intervals and
        # comes back (its key would stay the same until a contact is logged, so "done" would
        # silence it for good).
        every = Customer.get_by_id(customer_id).contact_every_days or RESTS_DAYS
        _put([key], "snoozed", now.date() + dt.timedelta(days=every), now)
    return logged


def complete(reminder: Reminder, now: dt.datetime,
             outcome: str | None = None) -> tuple[str, str] | None:
    """Done: the follow-up is closed, a greeting is logged, or for "get in touch" what the
    owner says happened (`outcome`, one of CONTACT_OUTCOMES). Returns the (kind, text) logged
    on the timeline, for the window to say; None when nothing was.
    """
    from app.core import followups, timeline  # the timeline builds on customers, as do these

    if reminder.kind in ASKS_WHAT_HAPPENED:
        return got_in_touch(reminder.customer_id, reminder.key, outcome, now)
    logged: tuple[str, str] | None
    if reminder.kind == "follow_up":
        logged = followups.complete(reminder.ref)
    else:
        said = reminder.text
        occasion = (said.values.get("said", said) if isinstance(said, Phrase)
                    else said.split(" (")[0])
        logged = ("message", Phrase(_SENT_WISHES, occasion=occasion))
        timeline.log(reminder.customer_id, *logged, at=now)
    mark_done([reminder], now)
    return logged
