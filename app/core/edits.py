"""The catalogue of operations: each change the owner can make, built as an `Operation`.

Each function checks nothing and writes nothing itself: it names the change (for the log and,
with the customer's name, for the Edit menu) and wraps the rule in `app.core` that does the
write. `operations.perform` (or the window's runner) makes it, journaled for undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from app.core import (
    clock,
    customers,
    demo,
    duplicates,
    followups,
    greetings,
    reminders,
    settings,
    timeline,
    week,
)
from app.core.humanize import plural
from app.core.operations import Change, Kind, Operation
from app.store.models import Customer
from app.store.text import full_name


def who(customer_id: int) -> str:
    """The customer's name for a title in the Edit menu; their number if they are unknown."""
    row = (Customer.select(Customer.first_name, Customer.last_name, Customer.company)
           .where(Customer.id == customer_id).tuples().first())
    return full_name(*row) if row else f"customer {customer_id}"


def whom(customer_ids: list[int]) -> str:
    """One customer by name, several by count: for a title."""
    return who(customer_ids[0]) if len(customer_ids) == 1 else plural(len(customer_ids),
                                                                       "customer")


# Customers ---------------------------------------------------------------------------------------

def create_customer(contacts: Iterable[tuple[str, str, str]] = (),
                    relatives: Iterable[tuple[str, str, str]] = (),
                    birthday: tuple[int, int, int | None] | None = None,
                    **fields: Any) -> Operation[int]:
    """A customer with what was told at the counter (contact points, family and pets, a
    birthday): one operation, so one undo takes all of it back."""
    points, family = list(contacts), list(relatives)
    name = full_name(fields.get("first_name", ""), fields.get("last_name", ""),
                     fields.get("company", ""))
    return Operation("create_customer", f"add {name or 'customer'}",
                     lambda: customers.create_customer(points, family, birthday, **fields))


_FIELD_TITLES = {"first_name": "first name", "last_name": "last name", "nickname": "goes-by name",
                 "about": "preferences", "preferred_channel": "preferred way to reach",
                 "contact_every_days": "stay in touch", "newsletter": "newsletter consent"}


def update_customer(customer_id: int, **changes: Any) -> Operation[None]:
    what = ", ".join(_FIELD_TITLES.get(f, f) for f in changes) or "details"
    return Operation("update_customer", f"edit {what} of {who(customer_id)}",
                     lambda: customers.update_customer(customer_id, **changes), (customer_id,))


def set_archived(customer_ids: Iterable[int], archived: bool) -> Operation[list[int]]:
    ids = list(dict.fromkeys(customer_ids))
    verb = "archive" if archived else "bring back"
    return Operation("archive" if archived else "unarchive", f"{verb} {whom(ids)}",
                     lambda: customers.set_archived(ids, archived), tuple(ids))


def set_photo(customer_id: int, image: bytes | None) -> Operation[None]:
    verb = "remove the photo of" if image is None else "set the photo of"
    return Operation("set_photo", f"{verb} {who(customer_id)}",
                     lambda: customers.set_photo(customer_id, image), (customer_id,))


def set_tags(customer_id: int, names: Iterable[str]) -> Operation[None]:
    wanted = list(names)
    return Operation("set_tags", f"edit the tags of {who(customer_id)}",
                     lambda: customers.set_tags(customer_id, wanted), (customer_id,))


def add_tags(customer_ids: list[int], names: list[str]) -> Operation[None]:
    ids = list(customer_ids)
    # No tag names in the titles: the Edit menu shows them on a screen that may face the shop.
    return Operation("add_tags", f"tag {whom(ids)}",
                     lambda: customers.add_tags(ids, names), tuple(ids))


def remove_tags(customer_ids: list[int], names: list[str]) -> Operation[None]:
    ids = list(customer_ids)
    return Operation("remove_tags", f"remove a tag from {whom(ids)}",
                     lambda: customers.remove_tags(ids, names), tuple(ids))


_PARTS = {"phone": "phone number", "email": "email address", "address": "address",
          "handle": "handle"}


def add_contact(customer_id: int, kind: str, value: str, label: str = "") -> Operation[int]:
    return Operation("add_contact", f"add a {_PARTS.get(kind, kind)} to {who(customer_id)}",
                     lambda: customers.add_contact(customer_id, kind, value, label),
                     (customer_id,))


def update_contact(customer_id: int, contact_id: int, value: str,
                   label: str) -> Operation[None]:
    return Operation("update_contact", f"edit a contact of {who(customer_id)}",
                     lambda: customers.update_contact(contact_id, value, label), (customer_id,))


def remove_contact(customer_id: int, contact_id: int) -> Operation[None]:
    return Operation("remove_contact", f"remove a contact of {who(customer_id)}",
                     lambda: customers.remove_contact(contact_id), (customer_id,))


def add_relative(customer_id: int, name: str, relation: str, notes: str) -> Operation[int]:
    part = "a pet" if relation == "pet" else "family"
    return Operation("add_relative", f"add {part} to {who(customer_id)}",
                     lambda: customers.add_relative(customer_id, name, relation, notes),
                     (customer_id,))


def update_relative(customer_id: int, relative_id: int, name: str, relation: str,
                    notes: str) -> Operation[None]:
    return Operation("update_relative", f"edit family of {who(customer_id)}",
                     lambda: customers.update_relative(relative_id, name, relation, notes),
                     (customer_id,))


def remove_relative(customer_id: int, relative_id: int) -> Operation[None]:
    return Operation("remove_relative", f"remove family of {who(customer_id)}",
                     lambda: customers.remove_relative(relative_id), (customer_id,))


def add_date(customer_id: int, **fields: Any) -> Operation[int]:
    return Operation("add_date", f"add a date to {who(customer_id)}",
                     lambda: customers.add_date(customer_id, **fields), (customer_id,))


def update_date(customer_id: int, date_id: int, **fields: Any) -> Operation[None]:
    return Operation("update_date", f"edit a date of {who(customer_id)}",
                     lambda: customers.update_date(date_id, **fields), (customer_id,))


def remove_date(customer_id: int, date_id: int) -> Operation[None]:
    return Operation("remove_date", f"remove a date of {who(customer_id)}",
                     lambda: customers.remove_date(date_id), (customer_id,))


def merge(keep_id: int, other_id: int) -> Operation[None]:
    return Operation("merge", f"merge {who(other_id)} into {who(keep_id)}",
                     lambda: duplicates.merge(keep_id, other_id), (keep_id, other_id))


def load_sample_customers(count: int = 60, seed: int = 1,
                          journaled: bool = True) -> Operation[list[int]]:
    """Sample customers, into an empty customer book only; a job adding a hundred thousand
    for a benchmark journals nothing (no undo stack to serve, and the journal would hold
    every row)."""
    return Operation("add_sample_customers", f"add {count} sample customers",
                     lambda: demo.load(count, seed=seed), journaled=journaled,
                     undoable=journaled, declared=Change(frozenset(), frozenset({Kind.ALL})))


def remove_sample_customers() -> Operation[list[int]]:
    """The sample customers and all they brought, as one step that Undo puts back whole."""
    return Operation("remove_sample_customers",
                     f"remove {plural(demo.count(), 'sample customer')}", demo.remove)


# Timeline and follow-ups -------------------------------------------------------------------------

def log_entry(customer_id: int, kind: str, text: str, amount: str | Decimal | None = None,
              at: dt.datetime | None = None, sentiment: int | None = None,
              ask: str = "") -> Operation[int]:
    return Operation("log_entry", f"log {kind} for {who(customer_id)}",
                     lambda: timeline.log(customer_id, kind, text, amount, at, sentiment, ask),
                     (customer_id,))


def edit_entry(entry: timeline.Entry, kind: str, text: str, amount: str | Decimal | None,
               at: dt.datetime) -> Operation[None]:
    return Operation("edit_entry", f"edit {entry.kind} of {who(entry.customer_id)}",
                     lambda: timeline.edit(entry.id, kind, text, amount, at,
                                           entry.sentiment if kind == "feedback" else None),
                     (entry.customer_id,))


def delete_entry(entry: timeline.Entry) -> Operation[timeline.Entry]:
    return Operation("delete_entry", f"delete {entry.kind} of {who(entry.customer_id)}",
                     lambda: timeline.delete(entry.id), (entry.customer_id,))


def set_pinned(entry: timeline.Entry, pinned: bool) -> Operation[None]:
    verb = "pin" if pinned else "unpin"
    return Operation("pin_entry" if pinned else "unpin_entry",
                     f"{verb} {entry.kind} of {who(entry.customer_id)}",
                     lambda: timeline.set_pinned(entry.id, pinned), (entry.customer_id,))


def redeem(customer_id: int, points: int, text: str = "") -> Operation[int]:
    return Operation("redeem_points", f"redeem points of {who(customer_id)}",
                     lambda: timeline.redeem(customer_id, points, text), (customer_id,))


def add_follow_up(customer_id: int, text: str, due: dt.date | None = None,
                  kind: str = "task") -> Operation[int]:
    return Operation("add_follow_up", f"add a {kind} for {who(customer_id)}",
                     lambda: followups.add(customer_id, text, due, kind), (customer_id,))


# Done on a list: each comes back with the (kind, text) it logged, or None, for the window to
# say what it wrote on the timeline.
Logged = tuple[str, str] | None


def complete_follow_up(customer_id: int, follow_up_id: int) -> Operation[Logged]:
    return Operation("complete_follow_up", f"close a promise of {who(customer_id)}",
                     lambda: followups.complete(follow_up_id), (customer_id,))


def act_on_week_row(row: week.Row, end: dt.date, outcome: str | None = None) -> Operation[Logged]:
    """The row's action; `outcome` says what happened where the row asks it."""
    return Operation("week_action", f"{row.action.lower()}: {who(row.customer_id)}",
                     lambda: week.act(row, end, outcome), (row.customer_id,))


# Reminders and settings --------------------------------------------------------------------------

def complete_reminder(reminder: reminders.Reminder,
                      outcome: str | None = None) -> Operation[Logged]:
    """Done; `outcome` says what happened for a "get in touch" reminder (it asks)."""
    return Operation("complete_reminder", f"done: {reminder.kind} of {who(reminder.customer_id)}",
                     lambda: reminders.complete(reminder, clock.now(), outcome),
                     (reminder.customer_id,))


def greet(reminder: reminders.Reminder,
          greeting: greetings.Greeting | None) -> Operation[Logged]:
    """Done on a birthday or an anniversary: the greeting prepared goes on the timeline and the
    reminder is done, as one step that Ctrl+Z takes back whole; None marks it done only."""
    return Operation("greet", f"done: {reminder.kind} of {who(reminder.customer_id)}",
                     lambda: greetings.record(reminder, greeting, clock.now()),
                     (reminder.customer_id,))


def snooze_reminders(found: list[reminders.Reminder], until: dt.date) -> Operation[None]:
    ids = list(dict.fromkeys(r.customer_id for r in found))
    return Operation("snooze_reminders", f"snooze {plural(len(found), 'reminder')}",
                     lambda: reminders.snooze(found, until, clock.now()), tuple(ids))


def dismiss_reminders(found: list[reminders.Reminder]) -> Operation[None]:
    ids = list(dict.fromkeys(r.customer_id for r in found))
    return Operation("dismiss_reminders", f"dismiss {plural(len(found), 'reminder')}",
                     lambda: reminders.dismiss(found, clock.now()), tuple(ids))


def put_settings(values: Mapping[str, Any]) -> Operation[None]:
    """All the settings of the dialog, as one change (checked before any is written)."""
    wanted = dict(values)
    return Operation("put_settings", "change settings", lambda: _write_settings(wanted))


def _write_settings(values: Mapping[str, Any]) -> None:
    for key, value in values.items():
        settings.check(key, value)
    for key, value in values.items():
        settings.put(key, value)


def put_place(country: str, currency: str, language: str) -> Operation[None]:
    """Where the shop is, as one change, which answers the question asked once of a shop
    that was here before. A country chosen anew also says how phone numbers without a
    country code and the dates of imported files are read from now on (numbers already kept
    stay as they are); the same country again keeps what the owner set for those."""

    def write() -> None:
        values: dict[str, Any] = {"country": country, "currency": currency,
                                  "language": language, "ask_place": False}
        if not settings.stored("country") or settings.get("country") != country:
            values.update(phone_region=country, date_order=settings.date_order_for(country))
        _write_settings(values)

    return Operation("put_place", "change where the shop is", write)


def imported(customer_ids: Iterable[int]) -> Change:
    """What an import changed: it may have touched anyone, so every view reads again."""
    return Change(frozenset(customer_ids), frozenset({Kind.ALL}))
