"""Operations: every change a person or a job makes, as one typed, loggable, undoable step.

An operation does its write inside one transaction and comes back `Done`: what it returned,
the `Change` it made (which customers, which kinds of thing) and, where it can be undone, the
operation that undoes it exactly. The window's runner and the command-line jobs both go
through `perform`, so every change is logged the same way (kind and customer ids, never a
name, a note or an amount) and every view learns of it from one `Change`.

What changed is read from the undo journal (`app.store.journal`), not named by hand: a change
that touches the timeline says so because it wrote an interaction row. Operations that write
too much to journal (imports) run unjournaled and declare their change instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from app.core import logs
from app.core.errors import RegularsError
from app.core.phrases import N_, Phrase
from app.store import journal
from app.store.models import db

T = TypeVar("T")


class Kind(StrEnum):
    """What a view may show; it reads a change for the kinds it shows."""

    PROFILE = "profile"      # names, contact points, family, dates, photo, details
    TIMELINE = "timeline"    # interactions
    FOLLOW_UPS = "follow_ups"
    REMINDERS = "reminders"  # anything a reminder is computed from, and reminder states
    TAGS = "tags"
    LIST = "list"            # who is in the list: added, removed, archived, brought back
    SETTINGS = "settings"
    ALL = "all"              # everything may have changed (an import, a restore)


_KINDS_OF_TABLE: dict[str, frozenset[Kind]] = {
    "customer": frozenset({Kind.PROFILE, Kind.REMINDERS}),
    "contact_point": frozenset({Kind.PROFILE}),
    "relative": frozenset({Kind.PROFILE, Kind.REMINDERS}),
    "important_date": frozenset({Kind.PROFILE, Kind.REMINDERS}),
    "interaction": frozenset({Kind.TIMELINE, Kind.REMINDERS, Kind.PROFILE}),
    "follow_up": frozenset({Kind.FOLLOW_UPS, Kind.REMINDERS, Kind.TIMELINE, Kind.PROFILE}),
    "customer_tag": frozenset({Kind.TAGS, Kind.PROFILE}),
    "consent": frozenset({Kind.PROFILE, Kind.TIMELINE}),
    "tag": frozenset({Kind.TAGS}),
    "reminder_state": frozenset({Kind.REMINDERS}),
    # The language sets the order of the names (app.store.sorting): the list is read again.
    "setting": frozenset({Kind.SETTINGS, Kind.REMINDERS, Kind.LIST}),
}


@dataclass(frozen=True)
class Change:
    """Which customers and which kinds of thing one operation changed.

    `source` is the object that asked for the change (a view that has already redrawn itself
    may skip its own refresh); it takes no part in comparing changes.
    """

    customer_ids: frozenset[int] = frozenset()
    kinds: frozenset[Kind] = frozenset()
    source: object | None = field(default=None, compare=False)

    @classmethod
    def everything(cls) -> Change:
        return cls(frozenset(), frozenset({Kind.ALL}))

    def touches(self, customer_id: int | None) -> bool:
        return Kind.ALL in self.kinds or customer_id in self.customer_ids

    def any(self, *kinds: Kind) -> bool:
        return Kind.ALL in self.kinds or bool(self.kinds.intersection(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds)


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One change, not yet made.

    `name` is the kind written to the log ("log_entry"); `title` is for people and may name
    the customer ("log purchase for Ana Ruiz"): it is shown in the Edit menu, never logged. It
    is a `Phrase` (its English, with the template the window says in the shop's language and
    the name kept as it is written), made in `app.core.edits`.
    `customers` are those the change is about, opened first when it is undone.
    `declared` is the change of an unjournaled operation (too large to journal).
    `after` runs once the transaction is committed, for what cannot run inside one (an
    erasure's checkpoint of the write-ahead log).
    """

    name: str
    title: str
    write: Callable[[], T]
    customers: tuple[int, ...] = ()
    undoable: bool = True
    journaled: bool = True
    declared: Change = field(default_factory=Change)
    after: Callable[[], None] | None = None


@dataclass(frozen=True)
class Done(Generic[T]):
    """A change made: its result, what it changed, and how to take it back (or None)."""

    operation: Operation[T]
    result: T
    change: Change
    undo: Operation[None] | None


class CannotUndoError(RegularsError):
    """What is to be put back has been changed since by another program."""


# Said in the window, the change named by its title: never logged (it may name a customer).
CANNOT_UNDO = N_("“{title}” cannot be undone: another program has changed the same record "
                 "since; nothing was changed")


def _changes_who_is_listed(statement: str) -> bool:
    """A customer row made, removed, archived or brought back (its inverse says which)."""
    return not statement.startswith("UPDATE") or "SET archived_at " in statement


def change_of(entries: Iterable[journal.Entry], customers: Iterable[int] = ()) -> Change:
    ids = set(customers)
    kinds: set[Kind] = set()
    for entry in entries:
        kinds.update(_KINDS_OF_TABLE.get(entry.table, ()))
        if entry.table == "customer" and _changes_who_is_listed(entry.statement):
            kinds.add(Kind.LIST)
        if entry.customer_id is not None:
            ids.add(entry.customer_id)
    return Change(frozenset(ids), frozenset(kinds))


def _revert(operation: Operation[Any], entries: Sequence[journal.Entry]) -> Operation[None]:
    """The operation that puts back `entries`; performing it yields the way forward again."""
    recorded = tuple(entries)

    def write() -> None:
        try:
            journal.replay(recorded)
        except journal.ReplayConflictError as conflict:
            raise CannotUndoError(Phrase(CANNOT_UNDO, title=operation.title)) from conflict

    name = operation.name.removeprefix("revert_")
    # A customer the change made is known only from what it wrote.
    customers = operation.customers or tuple(sorted(
        {e.customer_id for e in recorded if e.customer_id is not None}))
    return Operation(f"revert_{name}" if name == operation.name else name, operation.title,
                     write, customers)


def perform(operation: Operation[T], source: object | None = None) -> Done[T]:
    """Make the change in one transaction; log it; say what changed and how to undo it."""
    if not operation.journaled:
        with db.atomic():
            result = operation.write()
        if operation.after is not None:
            operation.after()
        change = Change(operation.declared.customer_ids | frozenset(operation.customers),
                        operation.declared.kinds, source)
        logs.log_operation(operation.name, sorted(change.customer_ids))
        return Done(operation, result, change, None)
    with journal.recording() as recorded:
        result = operation.write()
    if operation.after is not None:
        operation.after()
    found = change_of(recorded.entries, operation.customers)
    change = Change(found.customer_ids, found.kinds, source)
    logs.log_operation(operation.name, sorted(change.customer_ids))
    undo = (_revert(operation, recorded.entries)
            if operation.undoable and recorded.entries else None)
    return Done(operation, result, change, undo)
