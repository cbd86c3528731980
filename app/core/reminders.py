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
import datetime as dt
import operator
from collections.abc import Collection, Iterable
from functools import reduce
from typing import NamedTuple

from peewee import Select

from app.core import settings
from app.core.dates import add_days, age_on, occurrence
from app.core.errors import ValidationError
from app.store.batches import batches, marks
from app.store.database import DATABASE_ERRORS, is_locked, without_waiting
from app.store.models import (
    Customer,
    FollowUp,
    ImportantDate,
    Relative,
    ReminderState,
    db,
)
from app.store.text import full_name

KINDS = ("birthday", "anniversary", "date", "follow_up", "stay_in_touch", "lapsed")
# A regular has lapsed when the time since their last visit is this many of their usual gaps,
# and at least three weeks more than one gap: a weekly regular after four weeks away.
LAPSED_FACTOR = 2.0
LAPSED_SLACK_DAYS = 21
LAPSED_MIN_VISITS = 3
_ORDER = {kind: index for index, kind in enumerate(KINDS)}
_NOUNS = {"partner": "partner", "child": "child", "grandchild": "grandchild",
          "parent": "parent", "sibling": "sibling", "pet": "pet", "friend": "friend",
          "other": "family"}


class Reminder(NamedTuple):
    """One thing to remember; a tuple, because a large shop has tens of thousands of them."""

    kind: str
    date: dt.date  # the day the reminder is about
    customer_id: int
    customer: str
    text: str
    key: str
    ref: int  # the date, follow-up or customer it comes from

    def to_json(self) -> dict[str, object]:
        """The shape `regulars reminders --json` promises."""
        return {"kind": self.kind, "date": self.date.isoformat(),
                "customer_id": self.customer_id, "customer": self.customer, "text": self.text}


def _name(first: str, last: str, company: str, nickname: str) -> tuple[str, str]:
    """(the full name, the name they go by) of a customer row."""
    full = full_name(first, last, company)
    return full, nickname or first or full


def _occurrences(month: int, day: int, start: dt.date, end: dt.date) -> list[dt.date]:
    found = []
    for year in range(start.year, end.year + 1):
        when = occurrence(month, day, year)
        if start <= when <= end:
            found.append(when)
    return found


def _date_reminders(start: dt.date, end: dt.date,
                    customer_ids: Collection[int] | None = None) -> list[Reminder]:
    reminders = []
    condition = Customer.archived_at.is_null()
    if customer_ids is not None:
        condition &= Customer.id.in_(list(customer_ids))
    days = _month_days(start, end)
    if days is not None:
        # Only the dates that can fall in the window, as a range of days per month: that
        # form, unlike a list of (month, day) pairs, is read through the index.
        spans: dict[int, list[int]] = {}
        for month, day in days:
            spans.setdefault(month, []).append(day)
        condition &= reduce(operator.or_, [
            (ImportantDate.month == month) & ImportantDate.day.between(min(found), max(found))
            for month, found in spans.items()])
    rows = _rows(ImportantDate.select(ImportantDate, Customer.first_name, Customer.last_name,
                                      Customer.company, Customer.nickname)
                 .join(Customer).where(condition))
    wanted = {row["relative_id"] for row in rows if row["relative_id"] is not None}
    relatives = {r.id: r for r in Relative.select().where(Relative.id.in_(list(wanted)))} \
        if wanted else {}
    for row in rows:
        for when in _occurrences(row["month"], row["day"], start, end):
            full, short = _name(row["first_name"], row["last_name"], row["company"],
                                row["nickname"])
            years = age_on(row["year"], row["month"], row["day"], when)
            kind = {"birthday": "birthday", "anniversary": "anniversary"}.get(row["kind"], "date")
            details = []
            if row["label"] and kind != "birthday":
                details.append(row["label"])
            if years is not None and years >= 0:
                details.append(f"turns {years}" if kind == "birthday" else f"{years} years")
            if row["relative_id"] is not None:
                person = relatives.get(row["relative_id"])
                if person is None:
                    continue
                noun = person.notes if person.relation == "pet" and person.notes and len(
                    person.notes) <= 20 else _NOUNS.get(person.relation, "family")
                what = "birthday" if kind == "birthday" else kind if kind != "date" else "day"
                text = f"{person.name}'s {what}, {short}'s {noun}"
            elif kind == "date":
                text = f"{short}: {details.pop(0) if row['label'] else 'an important date'}"
            else:
                text = f"{short}'s {kind}"
            if details:
                text += f" ({', '.join(details)})"
            reminders.append(Reminder(kind, when, row["customer_id"], full, text,
                                      f"{kind}:{row['id']}:{when.isoformat()}", row["id"]))
    return reminders


def _rows(query: Select) -> list[dict[str, object]]:
    """The rows of a query built with peewee, read straight from the cursor: at tens of
    thousands of rows peewee's own row objects cost more than the query."""
    cursor = db.execute_sql(*query.sql())
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _month_days(start: dt.date, end: dt.date) -> list[tuple[int, int]] | None:
    """Every (month, day) whose occurrence can fall between start and end; None for a year."""
    if (end - start).days >= 366:
        return None
    found: set[tuple[int, int]] = set()
    day = start
    while day <= end:
        found.add((day.month, day.day))
        if day.month == 2 and day.day == 28:
            found.add((2, 29))  # 29 February falls on the 28th in a common year
        day += dt.timedelta(days=1)
    return sorted(found)


def _follow_up_reminders(start: dt.date, end: dt.date,
                         customer_ids: Collection[int] | None = None) -> list[Reminder]:
    reminders = []
    condition = (FollowUp.done_at.is_null() & FollowUp.due.is_null(False)
                 & (FollowUp.due <= end) & Customer.archived_at.is_null())
    if customer_ids is not None:
        condition &= Customer.id.in_(list(customer_ids))
    rows = _rows(FollowUp.select(FollowUp, Customer.first_name, Customer.last_name,
                                 Customer.company, Customer.nickname)
                 .join(Customer).where(condition))
    for row in rows:
        full, short = _name(row["first_name"], row["last_name"], row["company"], row["nickname"])
        due = _as_date(row["due"])
        label = {"promise": "Promised", "ask": "Ask"}.get(row["kind"], "To do")
        late = (start - due).days
        text = f"{label}: {row['text']}" + (f" (overdue by {late} days)" if late > 0 else "")
        reminders.append(Reminder("follow_up", due, row["customer_id"], full, f"{short} — {text}",
                                  f"follow_up:{row['id']}", row["id"]))
    return reminders


def _contact_reminders(start: dt.date, end: dt.date,
                       customer_ids: Collection[int] | None = None) -> list[Reminder]:
    """Stay in touch (a cadence was set) and lapsed (learnt from their visits)."""
    reminders = []
    end_sql = end.isoformat() + " 23:59:59"
    wanted, only = [], ""
    if customer_ids is not None:
        wanted = list(customer_ids)
        only = f"id IN ({marks(wanted)}) AND "
    rows = db.execute_sql(
        "SELECT id, first_name, last_name, company, nickname, contact_every_days, last_contact, "
        f"created_at, first_visit, last_visit, visit_count FROM customer WHERE {only}"
        "archived_at IS NULL AND ("
        " (contact_every_days IS NOT NULL AND "
        "  julianday(coalesce(last_contact, created_at)) + contact_every_days <= julianday(?))"
        " OR (visit_count >= ? AND julianday(?) - julianday(last_visit) > "
        "  ? * (julianday(last_visit) - julianday(first_visit)) / (visit_count - 1)))",
        (*wanted, end_sql, LAPSED_MIN_VISITS, end_sql, LAPSED_FACTOR),
    )
    for (cid, first, last, company, nickname, every, last_contact, created, first_visit,
         last_visit, visits) in rows:
        full, short = _name(first, last, company, nickname)
        if every:
            since = _as_date(last_contact or created)
            due = since + dt.timedelta(days=every)
            if due <= end:
                silent = (start - since).days
                wanted = f"(you wanted every {every} days)"
                text = (f"{short}: no contact for {silent} days {wanted}" if last_contact
                        else f"{short}: not in touch yet {wanted}")
                reminders.append(Reminder("stay_in_touch", due, cid, full, text,
                                          f"stay_in_touch:{cid}:{due.isoformat()}", cid))
                continue
        if visits >= LAPSED_MIN_VISITS and first_visit and last_visit:
            first_day, last_day = _as_date(first_visit), _as_date(last_visit)
            usual = (last_day - first_day).days / (visits - 1)
            threshold = max(LAPSED_FACTOR * usual, usual + LAPSED_SLACK_DAYS)
            lapsed_on = last_day + dt.timedelta(days=int(threshold) + 1)
            # A state, not an event: only those already away too long on `start`.
            if usual > 0 and lapsed_on <= start:
                away = (start - last_day).days
                text = (f"{short} usually comes every {round(usual)} days; last visit "
                        f"{away} days ago")
                reminders.append(Reminder("lapsed", lapsed_on, cid, full, text,
                                          f"lapsed:{cid}:{last_day.isoformat()}", cid))
    return reminders


def _as_date(value: dt.datetime | dt.date | str) -> dt.date:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value.date() if isinstance(value, dt.datetime) else value


def _in_order(reminder: Reminder) -> tuple[dt.date, int, str, str]:
    return reminder.date, _ORDER[reminder.kind], reminder.customer.casefold(), reminder.key


def due(start: dt.date, days: int | None = None,
        customer_ids: Collection[int] | None = None) -> list[Reminder]:
    """Everything due from `start` over `days` (the lead-time setting by default), by date;
    of these customers only, when given."""
    days = settings.get("reminder_lead_days") if days is None else days
    end = add_days(start, days, "the first day")
    found = (_date_reminders(start, end, customer_ids)
             + _follow_up_reminders(start, end, customer_ids)
             + _contact_reminders(start, end, customer_ids))
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
        bisect.insort(kept, reminder, key=_in_order)
    return kept


def due_for(customer_id: int, start: dt.date, days: int) -> list[Reminder]:
    """The dates of one customer and their family coming up (for the glance card)."""
    end = start + dt.timedelta(days=days)
    found = _date_reminders(start, end, [customer_id])
    return sorted(found, key=lambda r: (r.date, _ORDER[r.kind], r.key))


# What the owner did -------------------------------------------------------------------------


def states(keys: Iterable[str]) -> dict[str, ReminderState]:
    keys = list(keys)
    found: dict[str, ReminderState] = {}
    for batch in batches(keys):
        found.update({s.key: s for s in ReminderState.select().where(ReminderState.key.in_(batch))})
    return found


def pending(start: dt.date, days: int | None = None,
            customer_ids: Collection[int] | None = None) -> list[Reminder]:
    """Due and not yet dealt with: not done, not dismissed, not snoozed past `start`."""
    found = due(start, days, customer_ids)
    settled = _settled(start, None if customer_ids is None else [r.key for r in found])
    return [reminder for reminder in found if reminder.key not in settled]


def _settled(start: dt.date, keys: list[str] | None) -> set[str]:
    """Keys dealt with as of `start`: all of them, or those of `keys` (years of done
    birthdays need not be read to refresh one customer)."""
    sql = ("SELECT key FROM reminder_state WHERE NOT (state = 'shown' OR (state = 'snoozed' "
           "AND (until IS NULL OR until <= ?)))")
    if keys is None:
        return {key for (key,) in db.execute_sql(sql, (start.isoformat(),))}
    settled: set[str] = set()
    for batch in batches(keys):
        settled.update(key for (key,) in db.execute_sql(
            f"{sql} AND key IN ({marks(batch)})", (start.isoformat(), *batch)))
    return settled


def not_shown_on(reminders: list[Reminder], day: dt.date) -> list[Reminder]:
    """Those not yet shown as a message on `day`: each is shown once a day."""
    shown = {key for (key,) in db.execute_sql(
        "SELECT key FROM reminder_state WHERE state = 'shown' AND until = ?",
        (day.isoformat(),))}
    return [r for r in reminders if r.key not in shown]


def _put(keys: Iterable[str], state: str, until: dt.date | None, now: dt.datetime) -> None:
    day = None if until is None else until.isoformat()
    stamp = str(now.replace(microsecond=0))  # as peewee writes a DateTimeField
    with db.atomic():
        db.cursor().executemany(
            "INSERT OR REPLACE INTO reminder_state (key, state, until, updated_at) "
            "VALUES (?, ?, ?, ?)", [(key, state, day, stamp) for key in keys])


def forget(customer_ids: Collection[int]) -> None:
    """Delete what the owner did with these customers' reminders and weekly-review rows, for
    customers about to go for good (called while their dates and follow-ups, which name some
    of the keys, are still there)."""
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
    for batch in batches(theirs):
        db.execute_sql(f"DELETE FROM reminder_state WHERE key IN ({marks(batch)})", batch)


def mark_shown(reminders: Iterable[Reminder], day: dt.date, now: dt.datetime) -> bool:
    """Which reminders were announced today, so that each is announced once a day.

    Bookkeeping the window does by itself: while another program writes, it is skipped (False)
    rather than waited for, and it never raises for that; a later check announces them again.
    """
    try:
        with without_waiting():
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
    "call": ("call", "Called to keep in touch"),
    "message": ("message", "Sent a message to keep in touch"),
    "visit": ("visit", "Saw them"),
    "nothing": None,
}
ASKS_WHAT_HAPPENED = ("stay_in_touch", "lapsed")
RESTS_DAYS = 7  # how long a "get in touch" with nothing done rests without an interval of its own


def got_in_touch(customer_id: int, key: str, outcome: str | None,
                 now: dt.datetime) -> tuple[str, str] | None:
    """A "get in touch" reminder done: what the owner says happened is logged (logging counts
    as contact), and the reminder of this key is done. Returns the (kind, text) logged."""
    from app.core import timeline  # the timeline builds on customers, as do these

    if outcome not in CONTACT_OUTCOMES:
        raise ValidationError(f"say what happened: one of {', '.join(CONTACT_OUTCOMES)}")
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
        logged = ("message", f"Sent wishes: {reminder.text.split(' (')[0]}")
        timeline.log(reminder.customer_id, *logged, at=now)
    mark_done([reminder], now)
    return logged
