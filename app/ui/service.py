"""The window's one door to the data.

Every write goes through here and is followed by one `changed` signal that
says which customers and what kinds of thing changed. The list, the profile
and the timeline each decide for themselves whether that concerns them (the
shape of Anki's CollectionOp and operation_did_execute). Errors from `core`
are left to the widget that asked, which knows how to show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.core import (
    backups,
    clock,
    customers,
    demo,
    directory,
    duplicates,
    followups,
    glance,
    health,
    profile,
    reminders,
    session,
    settings,
    timeline,
    week,
)
from app.core.errors import RegularsError
from app.core.session import DATABASE_ERRORS, database_file

T = TypeVar("T")

# What changed; a view refreshes when a kind it shows is among them.
CUSTOMER, CONTACTS, FAMILY, DATES, TAGS, TIMELINE, FOLLOW_UPS, ARCHIVE, PHOTO, ADDED, ALL = (
    "customer", "contacts", "family", "dates", "tags", "timeline", "follow_ups", "archive",
    "photo", "added", "all",
)
SETTINGS, REMINDERS = "settings", "reminders"


def _plain(error: Exception) -> str:
    text = str(error)
    if "disk is full" in text or "database or disk is full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "the data folder cannot be written to (read-only)"
    if "locked" in text:
        return "the database is busy in another program; try again"
    return text


_MERGE_KINDS = (CUSTOMER, CONTACTS, FAMILY, DATES, TAGS, TIMELINE, FOLLOW_UPS, ARCHIVE)


@dataclass(frozen=True)
class Change:
    customer_ids: frozenset[int]
    kinds: frozenset[str]

    def touches(self, customer_id: int | None) -> bool:
        return ALL in self.kinds or customer_id in self.customer_ids

    def any(self, *kinds: str) -> bool:
        return ALL in self.kinds or bool(self.kinds.intersection(kinds))


class DataService(QObject):
    changed = Signal(object)  # Change
    failed = Signal(str)

    def _emit(self, ids: Iterable[int], *kinds: str) -> None:
        self.changed.emit(Change(frozenset(ids), frozenset(kinds)))

    def attempt(self, operation: Callable[[], T]) -> T | None:
        """Run a write; on a refusal, say why through `failed` and return None.

        A disk that is full or read-only is said plainly: the window stays up, and what was
        saved before stays saved (the failed write's transaction is rolled back whole).
        """
        try:
            return operation()
        except RegularsError as error:
            self.failed.emit(str(error))
            return None
        except DATABASE_ERRORS as error:
            self.failed.emit(f"Not saved: {_plain(error)}. Everything saved before is safe.")
            return None

    # Other processes -------------------------------------------------------------------------

    def data_version(self) -> int:
        return session.data_version()

    def changed_elsewhere(self) -> None:
        self._emit([], ALL)

    # Backups ---------------------------------------------------------------------------------

    def backup_now(self) -> tuple[Path, int]:
        return backups.backup_to(None)

    def backups(self) -> list[Any]:
        return backups.listing()

    def daily_backup(self) -> Path | None:
        """Once a day while the window runs (an empty database needs no copy)."""
        if directory.count(include_archived=True) and backups.daily_due(clock.now()):
            return backups.automatic("daily")
        return None

    def damage(self) -> str | None:
        """What SQLite's page-by-page check finds wrong with the file; None when sound."""
        return health.quick_problem()

    def restore(self, source: Path) -> int:
        customers = backups.restore(source, database_file().parent)
        self._emit([], ALL)
        return customers

    # Reading -----------------------------------------------------------------------------------

    def customer_ids(self, query: str, sort: str, descending: bool,
                     include_archived: bool = False, limit: int | None = None) -> list[int]:
        return directory.customer_ids(query, sort, descending, include_archived, limit)

    def rows(self, ids: Sequence[int]) -> dict[int, directory.Row]:
        return directory.rows(ids)

    def customer_total(self, query: str, include_archived: bool = False) -> int:
        return directory.total(query, include_archived)

    def profile(self, customer_id: int) -> profile.Profile:
        return profile.load(customer_id)

    def glance(self, customer_id: int,
               loaded: profile.Profile | None = None) -> glance.Glance:
        return glance.load_glance(customer_id, loaded)

    def mark_opened(self, customer_id: int) -> None:
        """Remember the moment, for "opened most recently"; no view needs to redraw for it."""
        directory.mark_opened(customer_id)

    def profiles(self, customer_ids: list[int]) -> list[profile.Profile]:
        return profile.load_many(customer_ids)

    def entries(self, customer_id: int, offset: int, limit: int) -> list[timeline.Entry]:
        return timeline.entries(customer_id, offset, limit)

    def entry_count(self, customer_id: int) -> int:
        return timeline.count(customer_id)

    def all_tags(self) -> list[str]:
        return customers.all_tags()

    # Customers ---------------------------------------------------------------------------------

    def create_customer(self, **fields: Any) -> int:
        cid = customers.create_customer(**fields)
        self._emit([cid], ADDED)
        return cid

    def update_customer(self, customer_id: int, **changes: Any) -> None:
        customers.update_customer(customer_id, **changes)
        self._emit([customer_id], CUSTOMER)

    def set_archived(self, customer_ids: Iterable[int], archived: bool) -> list[int]:
        changed = customers.set_archived(customer_ids, archived)
        self._emit(changed, ARCHIVE)
        return changed

    def set_photo(self, customer_id: int, image: bytes | None) -> None:
        customers.set_photo(customer_id, image)
        self._emit([customer_id], PHOTO)

    def set_tags(self, customer_id: int, names: Iterable[str]) -> None:
        customers.set_tags(customer_id, names)
        self._emit([customer_id], TAGS)

    def add_contact(self, customer_id: int, kind: str, value: str, label: str = "") -> int:
        point = customers.add_contact(customer_id, kind, value, label)
        self._emit([customer_id], CONTACTS)
        return point

    def update_contact(self, customer_id: int, contact_id: int, value: str, label: str) -> None:
        customers.update_contact(contact_id, value, label)
        self._emit([customer_id], CONTACTS)

    def remove_contact(self, customer_id: int, contact_id: int) -> None:
        customers.remove_contact(contact_id)
        self._emit([customer_id], CONTACTS)

    def add_relative(self, customer_id: int, name: str, relation: str, notes: str) -> int:
        rid = customers.add_relative(customer_id, name, relation, notes)
        self._emit([customer_id], FAMILY)
        return rid

    def update_relative(self, customer_id: int, relative_id: int, name: str, relation: str,
                        notes: str) -> None:
        customers.update_relative(relative_id, name, relation, notes)
        self._emit([customer_id], FAMILY)

    def remove_relative(self, customer_id: int, relative_id: int) -> None:
        customers.remove_relative(relative_id)
        self._emit([customer_id], FAMILY, DATES)

    def add_date(self, customer_id: int, **fields: Any) -> int:
        did = customers.add_date(customer_id, **fields)
        self._emit([customer_id], DATES)
        return did

    def update_date(self, customer_id: int, date_id: int, **fields: Any) -> None:
        customers.update_date(date_id, **fields)
        self._emit([customer_id], DATES)

    def remove_date(self, customer_id: int, date_id: int) -> None:
        customers.remove_date(date_id)
        self._emit([customer_id], DATES)

    def add_tags(self, customer_ids: list[int], names: list[str]) -> None:
        customers.add_tags(customer_ids, names)
        self._emit(customer_ids, TAGS)

    def remove_tags(self, customer_ids: list[int], names: list[str]) -> None:
        customers.remove_tags(customer_ids, names)
        self._emit(customer_ids, TAGS)

    def tags_of(self, customer_ids: list[int]) -> list[str]:
        found: dict[str, str] = {}
        for p in profile.load_many(customer_ids):
            for tag in p.tags:
                found.setdefault(tag.casefold(), tag)
        return sorted(found.values(), key=str.casefold)

    def duplicate_pairs(self) -> list[duplicates.DuplicatePair]:
        return duplicates.find_pairs()

    def merge(self, keep_id: int, other_id: int) -> duplicates.MergeRecord:
        record = duplicates.merge(keep_id, other_id)
        self._emit([keep_id, other_id], *_MERGE_KINDS)
        return record

    def unmerge(self, record: duplicates.MergeRecord) -> None:
        duplicates.unmerge(record)
        self._emit([record.keep_id, record.other_id], *_MERGE_KINDS)

    def export(self, path: Path, file_format: str, customer_ids: list[int] | None = None) -> str:
        from app.exchange import jobs  # vCard and iCalendar libraries load when first needed

        return jobs.export_file(path, file_format, customer_ids)

    def imported(self, customer_ids: list[int]) -> None:
        """An import finished elsewhere (a worker thread): everyone may have changed."""
        self._emit(customer_ids, ALL)

    def setting(self, key: str) -> Any:
        return settings.get(key)

    def put_setting(self, key: str, value: Any) -> None:
        settings.put(key, value)
        self._emit([], SETTINGS)

    # Reminders -------------------------------------------------------------------------------

    def pending_reminders(self, day: dt.date,
                          customer_ids: Collection[int] | None = None) -> list[reminders.Reminder]:
        return reminders.pending(day, customer_ids=customer_ids)

    def not_shown_on(self, found: list[reminders.Reminder],
                     day: dt.date) -> list[reminders.Reminder]:
        return reminders.not_shown_on(found, day)

    def mark_shown(self, found: list[reminders.Reminder], day: dt.date) -> None:
        reminders.mark_shown(found, day, clock.now())

    def complete_reminder(self, reminder: reminders.Reminder) -> None:
        reminders.complete(reminder, clock.now())
        self._emit([reminder.customer_id], TIMELINE, FOLLOW_UPS, REMINDERS)

    def snooze_reminders(self, found: list[reminders.Reminder], until: dt.date) -> None:
        reminders.snooze(found, until, clock.now())
        self._emit([r.customer_id for r in found], REMINDERS)

    def dismiss_reminders(self, found: list[reminders.Reminder]) -> None:
        reminders.dismiss(found, clock.now())
        self._emit([r.customer_id for r in found], REMINDERS)

    def load_sample_customers(self, count: int = 60) -> list[int]:
        ids = demo.generate(count)
        self._emit(ids, ALL)
        return ids

    # Timeline ----------------------------------------------------------------------------------

    def log(self, customer_id: int, kind: str, text: str, amount: str | None = None,
            at: dt.datetime | None = None, sentiment: int | None = None, ask: str = "") -> int:
        entry = timeline.log(customer_id, kind, text, amount, at, sentiment, ask)
        self._emit([customer_id], TIMELINE, FOLLOW_UPS)
        return entry

    def redeem(self, customer_id: int, points: int, text: str = "") -> int:
        entry = timeline.redeem(customer_id, points, text)
        self._emit([customer_id], TIMELINE)
        return entry

    def open_follow_ups(self) -> list[tuple[followups.OpenFollowUp, str]]:
        return followups.all_open()

    def complete_follow_up(self, customer_id: int, follow_up_id: int) -> None:
        followups.complete(follow_up_id)
        self._emit([customer_id], FOLLOW_UPS, TIMELINE, REMINDERS)

    def week(self, end: dt.date | None = None) -> week.Review:
        return week.review(end)

    def act_on_week_row(self, row: week.Row, end: dt.date) -> None:
        week.act(row, end)
        self._emit([row.customer_id], TIMELINE, FOLLOW_UPS, REMINDERS)

    def edit_entry(self, entry: timeline.Entry, kind: str, text: str,
                   amount: str | Decimal | None, at: dt.datetime) -> None:
        timeline.edit(entry.id, kind, text, amount, at, entry.sentiment)
        self._emit([entry.customer_id], TIMELINE)

    def delete_entry(self, entry_id: int) -> timeline.Entry:
        entry = timeline.delete(entry_id)
        self._emit([entry.customer_id], TIMELINE)
        return entry

    def restore_entry(self, entry: timeline.Entry) -> int:
        new_id = timeline.restore(entry)
        self._emit([entry.customer_id], TIMELINE)
        return new_id

    def set_pinned(self, entry: timeline.Entry, pinned: bool) -> None:
        timeline.set_pinned(entry.id, pinned)
        self._emit([entry.customer_id], TIMELINE)

    def add_follow_up(self, customer_id: int, text: str, due: dt.date | None = None,
                      kind: str = "task") -> int:
        fid = followups.add(customer_id, text, due, kind)
        self._emit([customer_id], FOLLOW_UPS)
        return fid

