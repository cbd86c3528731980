"""The catalogue of operations: each change the owner can make, built as an `Operation`.

Each function checks nothing and writes nothing itself: it names the change (for the log and,
with the customer's name, for the Edit menu) and wraps the rule in `app.core` that does the
write. `operations.perform` (or the window's runner) makes it, journaled for undo.

A title is a `Phrase`: its English, and a template marked with `N_` that the window says in
the shop's language. A name goes in as it is written, never translated; a kind of thing (a
purchase, a phone number) has a template of its own, because languages change their words
around it ("log purchase for Ana", "Einkauf für Ana notieren", "noter l'achat pour Ana").
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from app.core import (
    clock,
    consent,
    customers,
    demo,
    duplicates,
    erasure,
    followups,
    greetings,
    profile,
    reminders,
    settings,
    timeline,
    week,
)
from app.core.errors import ConflictError
from app.core.operations import Change, Kind, Operation
from app.core.phrases import N_, Phrase, counted
from app.store.models import Customer
from app.store.text import full_name

_CUSTOMERS = counted("%Ln customer(s)", "{n:,} customer", "{n:,} customers")


def who(customer_id: int) -> str:
    """The customer's name for a title in the Edit menu, as it is written; their number if
    they are unknown."""
    row = (Customer.select(Customer.first_name, Customer.last_name, Customer.company)
           .where(Customer.id == customer_id).tuples().first())
    return full_name(*row) if row else Phrase(N_("customer {id}"), id=str(customer_id))


def whom(customer_ids: list[int]) -> str:
    """One customer by name, several by count: for a title."""
    if len(customer_ids) == 1:
        return who(customer_ids[0])
    return Phrase(_CUSTOMERS, n=len(customer_ids))


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
    title = Phrase(N_("add {name}"), name=name) if name else Phrase(N_("add a customer"))
    return Operation("create_customer", title,
                     lambda: customers.create_customer(points, family, birthday, **fields))


_FIELD_TITLES = {"first_name": N_("edit first name of {name}"),
                 "last_name": N_("edit last name of {name}"),
                 "nickname": N_("edit goes-by name of {name}"),
                 "company": N_("edit company of {name}"),
                 "job_title": N_("edit job title of {name}"),
                 "role": N_("edit role of {name}"),
                 "about": N_("edit preferences of {name}"),
                 "preferred_channel": N_("edit the preferred way to reach {name}"),
                 "contact_every_days": N_("edit how often to keep in touch with {name}"),
                 "newsletter": N_("edit newsletter consent of {name}")}
_DETAILS = N_("edit details of {name}")


def update_customer(customer_id: int, expected: Mapping[str, Any] | None = None,
                    **changes: Any) -> Operation[None]:
    """Save `changes`; with `expected`, only over the values the form showed (another
    counter's save since is raised as `ConflictError`, see `customers.update_customer`)."""
    template = _FIELD_TITLES.get(next(iter(changes)), _DETAILS) if len(changes) == 1 \
        else _DETAILS
    def mine(conflict: ConflictError) -> Operation[None]:  # over theirs, as they saw it
        return update_customer(customer_id, {conflict.field: conflict.theirs},
                               **{conflict.field: conflict.mine})

    return Operation("update_customer", Phrase(template, name=who(customer_id)),
                     _choosing(lambda: customers.update_customer(customer_id, expected,
                                                                 **changes), mine),
                     (customer_id,))


def _choosing(write: Callable[[], None], again: Callable[[ConflictError], Operation[None]]
              ) -> Callable[[], None]:
    """`write`, whose `ConflictError` is given the operation that saves this counter's value
    over the other's (`ConflictError.again`), for the owner to choose."""
    def run() -> None:
        try:
            write()
        except ConflictError as conflict:
            conflict.again = functools.partial(again, conflict)
            raise
    return run


def set_archived(customer_ids: Iterable[int], archived: bool) -> Operation[list[int]]:
    ids = list(dict.fromkeys(customer_ids))
    # {who}: a customer's name, or a number of customers ("2 customers").
    template = N_("archive {who}") if archived else N_("bring back {who}")
    # Bringing back a merged record names the customer it was merged into too: erasing them
    # drops this step, whose undo would link the record to someone no longer there.
    linked = () if archived else customers.merged_into(ids)
    return Operation("archive" if archived else "unarchive", Phrase(template, who=whom(ids)),
                     lambda: customers.set_archived(ids, archived), (*ids, *linked))


def erase_customer(customer_id: int) -> Operation[list[int]]:
    """Erase a customer for good, with the records merged into them (`app.core.erasure`): not
    undoable, as nothing of them is kept to put back; the window drops its undo steps that
    touch them. The result is every id erased."""
    return Operation("erase_customer", Phrase(N_("erase {name}"), name=who(customer_id)),
                     lambda: erasure.erase_now(customer_id), (customer_id,), undoable=False,
                     journaled=False, after=erasure.settle,
                     declared=Change(frozenset(erasure.with_merged([customer_id])),
                                     frozenset({Kind.ALL})))


def record_consent(customer_id: int, given: bool, how: str) -> Operation[int]:
    """A customer's word on newsletter mail, given or withdrawn, and how (`app.core.consent`)."""
    template = (N_("record the newsletter consent of {name}") if given
                else N_("record that {name} withdrew newsletter consent"))
    return Operation("record_consent", Phrase(template, name=who(customer_id)),
                     lambda: consent.record(customer_id, given, how), (customer_id,))


def set_photo(customer_id: int, image: bytes | None) -> Operation[None]:
    template = N_("remove the photo of {name}") if image is None else N_(
        "set the photo of {name}")
    return Operation("set_photo", Phrase(template, name=who(customer_id)),
                     lambda: customers.set_photo(customer_id, image), (customer_id,))


def set_tags(customer_id: int, names: Iterable[str]) -> Operation[None]:
    wanted = list(names)
    return Operation("set_tags", Phrase(N_("edit the tags of {name}"), name=who(customer_id)),
                     lambda: customers.set_tags(customer_id, wanted), (customer_id,))


def add_tags(customer_ids: list[int], names: list[str]) -> Operation[None]:
    ids = list(customer_ids)
    # No tag names in the titles: the Edit menu shows them on a screen that may face the shop.
    return Operation("add_tags", Phrase(N_("tag {who}"), who=whom(ids)),
                     lambda: customers.add_tags(ids, names), tuple(ids))


def remove_tags(customer_ids: list[int], names: list[str]) -> Operation[None]:
    ids = list(customer_ids)
    return Operation("remove_tags", Phrase(N_("remove a tag from {who}"), who=whom(ids)),
                     lambda: customers.remove_tags(ids, names), tuple(ids))


_ADD_CONTACT = {"phone": N_("add a phone number to {name}"),
                "email": N_("add an email address to {name}"),
                "address": N_("add an address to {name}"),
                "handle": N_("add a handle to {name}"),
                "fax": N_("add a fax number to {name}"),
                "website": N_("add a website to {name}")}


def add_contact(customer_id: int, kind: str, value: str, label: str = "") -> Operation[int]:
    template = _ADD_CONTACT.get(kind, N_("add a contact to {name}"))
    return Operation("add_contact", Phrase(template, name=who(customer_id)),
                     lambda: customers.add_contact(customer_id, kind, value, label),
                     (customer_id,))


def update_contact(customer_id: int, contact_id: int, value: str, label: str,
                   shown: profile.Contact | None = None) -> Operation[None]:
    """With `shown` (the contact as the form showed it), saved only over that
    (`customers._change`); the owner may then choose to save over the other counter's."""
    was = None if shown is None else {"value": shown.value, "label": shown.label}
    return Operation("update_contact",
                     Phrase(N_("edit a contact of {name}"), name=who(customer_id)),
                     _choosing(lambda: customers.update_contact(contact_id, value, label, was),
                               lambda _: update_contact(customer_id, contact_id, value, label)),
                     (customer_id,))


def remove_contact(customer_id: int, contact_id: int) -> Operation[None]:
    return Operation("remove_contact",
                     Phrase(N_("remove a contact of {name}"), name=who(customer_id)),
                     lambda: customers.remove_contact(contact_id), (customer_id,))


def add_relative(customer_id: int, name: str, relation: str, notes: str) -> Operation[int]:
    template = N_("add a pet to {name}") if relation == "pet" else N_("add family to {name}")
    return Operation("add_relative", Phrase(template, name=who(customer_id)),
                     lambda: customers.add_relative(customer_id, name, relation, notes),
                     (customer_id,))


def update_relative(customer_id: int, relative_id: int, name: str, relation: str,
                    notes: str, shown: profile.Person | None = None) -> Operation[None]:
    """With `shown`, as `update_contact`."""
    was = None if shown is None else {"name": shown.name, "relation": shown.relation,
                                      "notes": shown.notes}
    return Operation("update_relative",
                     Phrase(N_("edit family of {name}"), name=who(customer_id)),
                     _choosing(lambda: customers.update_relative(relative_id, name, relation,
                                                                 notes, was),
                               lambda _: update_relative(customer_id, relative_id, name,
                                                         relation, notes)),
                     (customer_id,))


def remove_relative(customer_id: int, relative_id: int) -> Operation[None]:
    return Operation("remove_relative",
                     Phrase(N_("remove family of {name}"), name=who(customer_id)),
                     lambda: customers.remove_relative(relative_id), (customer_id,))


def add_date(customer_id: int, **fields: Any) -> Operation[int]:
    return Operation("add_date", Phrase(N_("add a date to {name}"), name=who(customer_id)),
                     lambda: customers.add_date(customer_id, **fields), (customer_id,))


def update_date(customer_id: int, date_id: int, shown: profile.Date | None = None,
                **fields: Any) -> Operation[None]:
    """With `shown`, as `update_contact`."""
    was = None if shown is None else {
        "kind": shown.kind, "label": shown.label, "month": shown.month, "day": shown.day,
        "year": shown.year, "relative": shown.relative_id}
    return Operation("update_date", Phrase(N_("edit a date of {name}"), name=who(customer_id)),
                     _choosing(lambda: customers.update_date(date_id, **fields, shown=was),
                               lambda _: update_date(customer_id, date_id, **fields)),
                     (customer_id,))


def remove_date(customer_id: int, date_id: int) -> Operation[None]:
    return Operation("remove_date",
                     Phrase(N_("remove a date of {name}"), name=who(customer_id)),
                     lambda: customers.remove_date(date_id), (customer_id,))


def merge(keep_id: int, other_id: int) -> Operation[None]:
    return Operation("merge", Phrase(N_("merge {other} into {name}"), other=who(other_id),
                                     name=who(keep_id)),
                     lambda: duplicates.merge(keep_id, other_id), (keep_id, other_id))


_ADD_SAMPLES = counted("add %Ln sample customer(s)", "add {n:,} sample customer",
                       "add {n:,} sample customers")
_REMOVE_SAMPLES = counted("remove %Ln sample customer(s)", "remove {n:,} sample customer",
                          "remove {n:,} sample customers")


def load_sample_customers(count: int = 60, seed: int = 1,
                          journaled: bool = True) -> Operation[list[int]]:
    """Sample customers, into an empty customer book only; a job adding a hundred thousand
    for a benchmark journals nothing (no undo stack to serve, and the journal would hold
    every row)."""
    return Operation("add_sample_customers", Phrase(_ADD_SAMPLES, n=count),
                     lambda: demo.load(count, seed=seed), journaled=journaled,
                     undoable=journaled, declared=Change(frozenset(), frozenset({Kind.ALL})))


def remove_sample_customers() -> Operation[list[int]]:
    """The sample customers and all they brought, as one step that Undo puts back whole."""
    return Operation("remove_sample_customers", Phrase(_REMOVE_SAMPLES, n=demo.count()),
                     demo.remove)


# Timeline and follow-ups -------------------------------------------------------------------------

# What is done to a timeline entry, by its kind; the second of each pair, to one of a kind this
# version does not know.
_LOG = ({"visit": N_("log visit for {name}"), "call": N_("log call for {name}"),
         "email": N_("log email for {name}"), "message": N_("log message for {name}"),
         "purchase": N_("log purchase for {name}"), "feedback": N_("log feedback for {name}"),
         "note": N_("log note for {name}"), "event": N_("log event for {name}")},
        N_("log an entry for {name}"))
_EDIT = ({"visit": N_("edit visit of {name}"), "call": N_("edit call of {name}"),
          "email": N_("edit email of {name}"), "message": N_("edit message of {name}"),
          "purchase": N_("edit purchase of {name}"), "feedback": N_("edit feedback of {name}"),
          "note": N_("edit note of {name}"), "event": N_("edit event of {name}")},
         N_("edit an entry of {name}"))
_DELETE = ({"visit": N_("delete visit of {name}"), "call": N_("delete call of {name}"),
            "email": N_("delete email of {name}"), "message": N_("delete message of {name}"),
            "purchase": N_("delete purchase of {name}"),
            "feedback": N_("delete feedback of {name}"), "note": N_("delete note of {name}"),
            "event": N_("delete event of {name}")},
           N_("delete an entry of {name}"))
_PIN = ({"visit": N_("pin visit of {name}"), "call": N_("pin call of {name}"),
         "email": N_("pin email of {name}"), "message": N_("pin message of {name}"),
         "purchase": N_("pin purchase of {name}"), "feedback": N_("pin feedback of {name}"),
         "note": N_("pin note of {name}"), "event": N_("pin event of {name}")},
        N_("pin an entry of {name}"))
_UNPIN = ({"visit": N_("unpin visit of {name}"), "call": N_("unpin call of {name}"),
           "email": N_("unpin email of {name}"), "message": N_("unpin message of {name}"),
           "purchase": N_("unpin purchase of {name}"),
           "feedback": N_("unpin feedback of {name}"), "note": N_("unpin note of {name}"),
           "event": N_("unpin event of {name}")},
          N_("unpin an entry of {name}"))


def _of_entry(titles: tuple[dict[str, str], str], kind: str, customer_id: int) -> Phrase:
    by_kind, other = titles
    return Phrase(by_kind.get(kind, other), name=who(customer_id))


def log_entry(customer_id: int, kind: str, text: str, amount: str | Decimal | None = None,
              at: dt.datetime | None = None, sentiment: int | None = None,
              ask: str = "") -> Operation[int]:
    return Operation("log_entry", _of_entry(_LOG, kind, customer_id),
                     lambda: timeline.log(customer_id, kind, text, amount, at, sentiment, ask),
                     (customer_id,))


def edit_entry(entry: timeline.Entry, kind: str, text: str, amount: str | Decimal | None,
               at: dt.datetime) -> Operation[None]:
    return Operation("edit_entry", _of_entry(_EDIT, entry.kind, entry.customer_id),
                     lambda: timeline.edit(entry.id, kind, text, amount, at,
                                           entry.sentiment if kind == "feedback" else None),
                     (entry.customer_id,))


def delete_entry(entry: timeline.Entry) -> Operation[timeline.Entry]:
    return Operation("delete_entry", _of_entry(_DELETE, entry.kind, entry.customer_id),
                     lambda: timeline.delete(entry.id), (entry.customer_id,))


def set_pinned(entry: timeline.Entry, pinned: bool) -> Operation[None]:
    return Operation("pin_entry" if pinned else "unpin_entry",
                     _of_entry(_PIN if pinned else _UNPIN, entry.kind, entry.customer_id),
                     lambda: timeline.set_pinned(entry.id, pinned), (entry.customer_id,))


def redeem(customer_id: int, points: int, text: str = "") -> Operation[int]:
    return Operation("redeem_points",
                     Phrase(N_("redeem points of {name}"), name=who(customer_id)),
                     lambda: timeline.redeem(customer_id, points, text), (customer_id,))


_ADD_FOLLOW_UP = {"promise": N_("add a promise for {name}"), "task": N_("add a task for {name}"),
                  "ask": N_("add something to ask {name}")}


def add_follow_up(customer_id: int, text: str, due: dt.date | None = None,
                  kind: str = "task") -> Operation[int]:
    template = _ADD_FOLLOW_UP.get(kind, N_("add a follow-up for {name}"))
    return Operation("add_follow_up", Phrase(template, name=who(customer_id)),
                     lambda: followups.add(customer_id, text, due, kind), (customer_id,))


# Done on a list: each comes back with the (kind, text) it logged, or None, for the window to
# say what it wrote on the timeline.
Logged = tuple[str, str] | None


def complete_follow_up(customer_id: int, follow_up_id: int) -> Operation[Logged]:
    return Operation("complete_follow_up",
                     Phrase(N_("close a promise of {name}"), name=who(customer_id)),
                     lambda: followups.complete(follow_up_id), (customer_id,))


# The weekly review's actions, by the button that does them (`week.Row.action`).
_WEEK_ACTIONS = {week.ACTIONS["top_spenders"][0]: N_("thank-you call to {name}"),
                 week.ACTIONS["new_customers"][0]: N_("welcome note to {name}"),
                 week.ACTIONS["top_customers"][0]: N_("thank-you note to {name}"),
                 week.ACTIONS["birthdays"][0]: N_("card sent to {name}"),
                 week.ACTIONS["follow_ups"][0]: N_("done: follow-up for {name}"),
                 week.ACTIONS["lapsed"][0]: N_("got in touch with {name}"),
                 week.ACTIONS[week.NOT_SEEN][0]: N_("keep {name} for another year")}


def act_on_week_row(row: week.Row, end: dt.date, outcome: str | None = None) -> Operation[Logged]:
    """The row's action; `outcome` says what happened where the row asks it."""
    template = _WEEK_ACTIONS.get(row.action)
    title = (Phrase(template, name=who(row.customer_id)) if template is not None else
             Phrase(N_("{action}: {name}"), action=Phrase(row.action), name=who(row.customer_id)))
    return Operation("week_action", title,
                     lambda: week.act(row, end, outcome), (row.customer_id,))


# Reminders and settings --------------------------------------------------------------------------

# A reminder done, by its kind (`reminders.KINDS`).
_DONE = {"birthday": N_("done: birthday reminder for {name}"),
         "anniversary": N_("done: anniversary reminder for {name}"),
         "date": N_("done: date reminder for {name}"),
         "follow_up": N_("done: follow-up for {name}"),
         "stay_in_touch": N_("done: keeping in touch with {name}"),
         "lapsed": N_("done: getting in touch with {name}")}


def _done(reminder: reminders.Reminder) -> Phrase:
    return Phrase(_DONE.get(reminder.kind, N_("done: reminder for {name}")),
                  name=who(reminder.customer_id))


_SNOOZE = counted("snooze %Ln reminder(s)", "snooze {n:,} reminder", "snooze {n:,} reminders")
_DISMISS = counted("dismiss %Ln reminder(s)", "dismiss {n:,} reminder",
                   "dismiss {n:,} reminders")


def complete_reminder(reminder: reminders.Reminder,
                      outcome: str | None = None) -> Operation[Logged]:
    """Done; `outcome` says what happened for a "get in touch" reminder (it asks)."""
    return Operation("complete_reminder", _done(reminder),
                     lambda: reminders.complete(reminder, clock.now(), outcome),
                     (reminder.customer_id,))


def greet(reminder: reminders.Reminder,
          greeting: greetings.Greeting | None) -> Operation[Logged]:
    """Done on a birthday or an anniversary: the greeting prepared goes on the timeline and the
    reminder is done, as one step that Ctrl+Z takes back whole; None marks it done only."""
    return Operation("greet", _done(reminder),
                     lambda: greetings.record(reminder, greeting, clock.now()),
                     (reminder.customer_id,))


def snooze_reminders(found: list[reminders.Reminder], until: dt.date) -> Operation[None]:
    ids = list(dict.fromkeys(r.customer_id for r in found))
    return Operation("snooze_reminders", Phrase(_SNOOZE, n=len(found)),
                     lambda: reminders.snooze(found, until, clock.now()), tuple(ids))


def dismiss_reminders(found: list[reminders.Reminder]) -> Operation[None]:
    ids = list(dict.fromkeys(r.customer_id for r in found))
    return Operation("dismiss_reminders", Phrase(_DISMISS, n=len(found)),
                     lambda: reminders.dismiss(found, clock.now()), tuple(ids))


def put_settings(values: Mapping[str, Any]) -> Operation[None]:
    """All the settings of the dialog, as one change (checked before any is written)."""
    wanted = dict(values)
    return Operation("put_settings", Phrase(N_("change settings")),
                     lambda: _write_settings(_country_follows(wanted)))


def _country_follows(values: Mapping[str, Any]) -> dict[str, Any]:
    """A country chosen anew also says how phone numbers without a country code and the dates
    of imported files are read from now on (numbers already kept stay as they are), where the
    change does not say so itself; the same country again keeps what the owner set."""
    country = values.get("country")
    if country is not None and (not settings.stored("country")
                                or settings.get("country") != country):
        return {"phone_region": country, "date_order": settings.date_order_for(country),
                **values}
    return dict(values)


def _write_settings(values: Mapping[str, Any]) -> None:
    for key, value in values.items():
        settings.check(key, value)
    for key, value in values.items():
        settings.put(key, value)


def put_place(country: str, currency: str, language: str) -> Operation[None]:
    """Where the shop is, as one change, which answers the question asked once of a shop
    that was here before (see `_country_follows`)."""

    def write() -> None:
        _write_settings(_country_follows({"country": country, "currency": currency,
                                          "language": language, "ask_place": False}))

    return Operation("put_place", Phrase(N_("change where the shop is")), write)


def imported(customer_ids: Iterable[int]) -> Change:
    """What an import changed: it may have touched anyone, so every view reads again."""
    return Change(frozenset(customer_ids), frozenset({Kind.ALL}))
