"""Saving what a reader produced: checked by the window's rules, never duplicated.

A record that shares an email, a phone number (in any of its forms), or a
name and birthday with a customer updates that customer: blanks are filled,
new contact points, family, dates and tags are added, nothing is overwritten.
The whole import is one transaction; a dry run does all the work and rolls it
back, so its counts are exactly what the real import will report.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core import clock, settings
from app.core.customers import (
    clean_contact,
    clean_fields,
    clean_relative,
    clean_tags,
    contact_identity,
    storable_photo,
)
from app.core.dates import check_parts
from app.core.errors import RegularsError, ValidationError
from app.exchange.records import Incoming
from app.store import search
from app.store.models import db
from app.store.refresh import refresh, sort_key

_PROGRESS_EVERY = 250


class ImportCancelledError(RegularsError):
    """The owner stopped the import; nothing was written."""


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    customer_ids: list[int] = field(default_factory=list)
    ambiguous_dates: int = 0
    # The copy taken just before a real import: restoring it takes the import back.
    backup: Path | None = None

    def to_json(self) -> dict[str, Any]:
        """The shape `regulars import --json` promises."""
        return {
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": [{"line": line, "message": message} for line, message in self.errors],
        }

    def summary(self) -> str:
        return (f"imported {self.imported}, updated {self.updated}, skipped {self.skipped}"
                + (f" ({len(self.errors)} with errors)" if self.errors else ""))


@dataclass
class _Checked:
    """A record that passed every rule, in the form it is stored."""

    fields: dict[str, Any]
    contacts: list[tuple[str, str, str, str]]  # kind, value, label, normalized
    relatives: list[tuple[str, str, str]]
    dates: list[tuple[str, int, int, int | None, str, str | None]]
    tags: list[str]
    newsletter: bool | None
    newsletter_since: str | None
    photo: bytes | None
    sort_name: str
    search_columns: tuple[str, ...] = ()  # its search row, but for the id

    def birthday(self) -> tuple[int, int, int | None] | None:
        for kind, month, day, year, _label, relative in self.dates:
            if kind == "birthday" and relative is None:
                return month, day, year
        return None


def _check(record: Incoming, region: str, today: dt.date) -> _Checked:
    if record.problems:
        raise ValidationError("; ".join(record.problems))
    first, last, company = record.first_name, record.last_name, record.company
    if not (first.strip() or last.strip() or company.strip()):
        if not record.nickname.strip():
            raise ValidationError("no name: a customer needs a first name, last name or company")
        first = record.nickname
    fields = clean_fields({
        "first_name": first, "last_name": last, "nickname": record.nickname,
        "company": company, "about": record.about, "preferred_channel": record.preferred_channel,
        "contact_every_days": record.contact_every_days,
    })
    contacts: dict[str, tuple[str, str, str, str]] = {}
    for kind, values in (("phone", record.phones), ("email", record.emails),
                         ("address", record.addresses)):
        for value, label in values:
            value, label, norm = clean_contact(kind, value, label, region)
            contacts.setdefault(f"{kind}:{contact_identity(value, norm)}",
                                (kind, value, label, norm))
    relatives: dict[str, tuple[str, str, str]] = {}
    for name, relation, notes in record.relatives:
        checked = clean_relative(name, relation, notes)
        relatives.setdefault(checked[0].casefold(), checked)
    dates = []
    for date in record.dates:
        check_parts(date.month, date.day, date.year, today)
        relative = date.relative
        if relative is not None and relative.casefold() not in relatives:
            relatives[relative.casefold()] = (relative, "other", "")
        dates.append((date.kind, date.month, date.day, date.year, date.label.strip(), relative))
    photo = record.photo if storable_photo(record.photo) else None
    checked = _Checked(
        fields=fields, contacts=list(contacts.values()), relatives=list(relatives.values()),
        dates=dates, tags=clean_tags(record.tags), newsletter=record.newsletter,
        newsletter_since=str(record.newsletter_since) if record.newsletter_since else None,
        photo=photo,
        sort_name=sort_key(fields["first_name"], fields["last_name"], fields["company"]),
    )
    checked.search_columns = _search_columns(checked)
    return checked


def _search_columns(checked: _Checked) -> tuple[str, ...]:
    """The search row of a new customer, made from the record (and off the writing process)."""
    doc = search.Document()
    f = checked.fields
    doc.names(f["first_name"], f["last_name"], f["nickname"], f["company"])
    doc.about(f["about"])
    for name, _relation, notes in checked.relatives:
        doc.relative(name, notes)
    for kind, value, _label, norm in checked.contacts:
        doc.contact(kind, value, norm)
    for tag in checked.tags:
        doc.tag(tag)
    return doc.row(0)[1:]


class _Index:
    """What identifies a customer already here: emails, phone numbers, name and birthday."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.emails: dict[str, int] = {}
        self.phones: dict[str, int] = {}
        self.birthdays: dict[tuple[str, int, int], list[tuple[int, int | None]]] = {}
        for kind, norm, value, cid in cursor.execute(
            "SELECT cp.kind, cp.normalized, cp.value, cp.customer_id FROM contact_point cp "
            "JOIN customer c ON c.id = cp.customer_id "
            "WHERE c.archived_at IS NULL AND cp.kind IN ('email', 'phone')"
        ):
            self._add_contact(kind, norm, value, cid)
        for name, month, day, year, cid in cursor.execute(
            "SELECT c.sort_name, d.month, d.day, d.year, c.id FROM important_date d "
            "JOIN customer c ON c.id = d.customer_id WHERE c.archived_at IS NULL "
            "AND d.kind = 'birthday' AND d.relative_id IS NULL"
        ):
            self.birthdays.setdefault((name, month, day), []).append((cid, year))

    def _add_contact(self, kind: str, norm: str, value: str, cid: int) -> None:
        if kind == "email":
            self.emails.setdefault(norm or value.casefold(), cid)
        elif kind == "phone":
            first = (norm.split() or [""])[0]
            if first:
                self.phones.setdefault(first, cid)

    def match(self, checked: _Checked) -> int | None:
        for kind, value, _label, norm in checked.contacts:
            if kind == "email" and (norm or value.casefold()) in self.emails:
                return self.emails[norm or value.casefold()]
        for kind, _value, _label, norm in checked.contacts:
            first = (norm.split() or [""])[0]
            if kind == "phone" and first in self.phones:
                return self.phones[first]
        birthday = checked.birthday()
        if birthday and checked.sort_name:
            month, day, year = birthday
            for cid, known_year in self.birthdays.get((checked.sort_name, month, day), []):
                if year is None or known_year is None or year == known_year:
                    return cid
        return None

    def add(self, cid: int, checked: _Checked) -> None:
        for kind, value, _label, norm in checked.contacts:
            self._add_contact(kind, norm, value, cid)
        birthday = checked.birthday()
        if birthday and checked.sort_name:
            month, day, year = birthday
            self.birthdays.setdefault((checked.sort_name, month, day), []).append((cid, year))


_INSERTS = {
    "customer": "INSERT INTO customer (id, first_name, last_name, nickname, company, about, photo, "
                "preferred_channel, contact_every_days, newsletter, newsletter_since, "
                "loyalty_points, created_at, updated_at, sort_name, tag_list, total_spent_cents, "
                "visit_count, interaction_count) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, '', 0, 0, 0)",
    "relative": "INSERT INTO relative (id, customer_id, name, relation, notes) "
                "VALUES (?, ?, ?, ?, ?)",
    "contact_point": "INSERT INTO contact_point (customer_id, kind, label, value, normalized, "
                     "position) VALUES (?, ?, ?, ?, ?, ?)",
    "important_date": "INSERT INTO important_date (customer_id, relative_id, kind, label, "
                      "month, day, year) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "customer_tag": "INSERT OR IGNORE INTO customer_tag (customer_id, tag_id) VALUES (?, ?)",
}
_FLUSH_EVERY = 1000


class _Writer:
    """Raw SQL through one cursor, new customers written in batches.

    An import of 100,000 rows cannot afford an ORM call, or even one statement,
    per row: new customers get their ids here (the transaction holds the write
    lock, so nobody else can take them) and their rows go in with executemany.
    """

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor
        self.now = str(clock.now())
        self.today = str(clock.today())
        self.tags = {name.casefold(): tid for tid, name in cursor.execute(
            "SELECT id, name FROM tag")}
        self.search_rows: dict[int, tuple] = {}
        self.next_id = {table: (cursor.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
                                or 0) + 1 for table in ("customer", "relative")}
        self.pending: dict[str, list[tuple]] = {table: [] for table in _INSERTS}
        self.pending_ids: set[int] = set()

    def _new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] += 1
        return value

    def _tag_id(self, tag: str) -> int:
        tid = self.tags.get(tag.casefold())
        if tid is None:
            self.cursor.execute("INSERT INTO tag (name) VALUES (?)", (tag,))
            tid = self.tags[tag.casefold()] = int(self.cursor.lastrowid or 0)
        return tid

    def flush(self) -> None:
        for table, rows in self.pending.items():
            if rows:
                self.cursor.executemany(_INSERTS[table], rows)
                rows.clear()
        self.pending_ids.clear()

    def create(self, checked: _Checked) -> int:
        f = checked.fields
        newsletter = bool(checked.newsletter)
        cid = self._new_id("customer")
        self.pending_ids.add(cid)
        self.pending["customer"].append((
            cid, f["first_name"], f["last_name"], f["nickname"], f["company"], f["about"],
            checked.photo, f["preferred_channel"], f["contact_every_days"], int(newsletter),
            (checked.newsletter_since or self.today) if newsletter else None, self.now, self.now,
            checked.sort_name))
        relatives: dict[str, int] = {}
        for name, relation, notes in checked.relatives:
            rid = relatives[name.casefold()] = self._new_id("relative")
            self.pending["relative"].append((rid, cid, name, relation, notes))
        for position, (kind, value, label, norm) in enumerate(checked.contacts):
            self.pending["contact_point"].append((cid, kind, label, value, norm, position))
        seen: set[tuple] = set()
        for kind, month, day, year, label, relative in checked.dates:
            rid = relatives.get(relative.casefold()) if relative else None
            if (kind, month, day, rid) not in seen:
                seen.add((kind, month, day, rid))
                self.pending["important_date"].append((cid, rid, kind, label, month, day, year))
        for tag in checked.tags:
            self.pending["customer_tag"].append((cid, self._tag_id(tag)))
        self.search_rows[cid] = (cid, *checked.search_columns)
        if len(self.pending["customer"]) >= _FLUSH_EVERY:
            self.flush()
        return cid

    def update(self, cid: int, checked: _Checked) -> None:
        """Fill the blanks of a customer already here and add what is new; rare, so row by row."""
        if cid in self.pending_ids:
            self.flush()
        c = self.cursor
        row = c.execute(
            "SELECT first_name, last_name, nickname, company, about, preferred_channel, "
            "contact_every_days, newsletter, photo IS NOT NULL FROM customer WHERE id = ?", (cid,)
        ).fetchone()
        current = dict(zip(("first_name", "last_name", "nickname", "company", "about",
                            "preferred_channel", "contact_every_days"), row[:7], strict=True))
        changes: dict[str, Any] = {}
        for name, value in checked.fields.items():
            if value and not current[name]:
                changes[name] = value
        about = checked.fields["about"]
        if about and current["about"] and about not in current["about"]:
            changes["about"] = f"{current['about']}\n{about}"
        if checked.newsletter and not row[7]:
            changes.update(newsletter=1, newsletter_since=checked.newsletter_since or self.today)
        if checked.photo and not row[8]:
            changes["photo"] = checked.photo
        changes["updated_at"] = self.now
        assignments = ", ".join(f"{name} = ?" for name in changes)
        c.execute(f"UPDATE customer SET {assignments} WHERE id = ?", (*changes.values(), cid))

        points = {(kind, contact_identity(value, norm)) for kind, value, norm in c.execute(
            "SELECT kind, value, normalized FROM contact_point WHERE customer_id = ?", (cid,))}
        position = len(points)
        for kind, value, label, norm in checked.contacts:
            if (kind, contact_identity(value, norm)) not in points:
                points.add((kind, contact_identity(value, norm)))
                c.execute(_INSERTS["contact_point"], (cid, kind, label, value, norm, position))
                position += 1
        relatives = {name.casefold(): rid for rid, name in c.execute(
            "SELECT id, name FROM relative WHERE customer_id = ?", (cid,)).fetchall()}
        for name, relation, notes in checked.relatives:
            if name.casefold() not in relatives:
                rid = relatives[name.casefold()] = self._new_id("relative")
                c.execute(_INSERTS["relative"], (rid, cid, name, relation, notes))
        dates = {tuple(r) for r in c.execute(
            "SELECT kind, month, day, relative_id FROM important_date WHERE customer_id = ?",
            (cid,)).fetchall()}
        for kind, month, day, year, label, relative in checked.dates:
            rid = relatives.get(relative.casefold()) if relative else None
            if (kind, month, day, rid) not in dates:
                dates.add((kind, month, day, rid))
                c.execute(_INSERTS["important_date"], (cid, rid, kind, label, month, day, year))
        for tag in checked.tags:
            c.execute(_INSERTS["customer_tag"], (cid, self._tag_id(tag)))


Checked = tuple[int, _Checked | str]  # (line, the record as stored, or why it was refused)


def check_records(records: Iterable[Incoming], region: str, today: dt.date) -> Iterator[Checked]:
    """Every record checked by the window's rules; pure, so it can run in another process."""
    for record in records:
        try:
            yield record.line, _check(record, region, today)
        except ValidationError as error:
            yield record.line, str(error)


def run_import(
    records: Iterable[Incoming] | None = None,
    *,
    checked: Iterable[Checked] | None = None,
    dry_run: bool = False,
    total: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Save every record in one transaction; see the module docstring.

    Give `records` to have them checked here, or `checked` when they were
    checked elsewhere (in worker processes, for large files).
    """
    report = ImportReport()
    if checked is None:
        checked = check_records(records or (), settings.get("phone_region"), clock.today())
    touched: dict[int, None] = {}
    created: set[int] = set()
    # IMMEDIATE: take the write lock at once, so the ids handed out above stay ours.
    with db.atomic(lock_type="IMMEDIATE") as transaction:
        cursor = db.cursor()
        index = _Index(cursor)
        writer = _Writer(cursor)
        for done, (line, item) in enumerate(checked, start=1):
            if isinstance(item, str):
                report.errors.append((line, item))
                report.skipped += 1
            else:
                cid = index.match(item)
                if cid is None:
                    cid = writer.create(item)
                    created.add(cid)
                    report.imported += 1
                else:
                    writer.update(cid, item)
                    if cid in created:  # twice in one file: redo it the ordinary way
                        created.discard(cid)
                        writer.search_rows.pop(cid, None)
                    report.updated += 1
                index.add(cid, item)
                touched[cid] = None
            if done % _PROGRESS_EVERY == 0:
                if progress:
                    progress(done, total)
                if cancelled and cancelled():
                    raise ImportCancelledError("import cancelled; nothing was changed")
        writer.flush()
        report.customer_ids = list(touched)
        if dry_run:
            transaction.rollback()
        else:
            search.insert_rows(db, writer.search_rows.values())
            refresh(db, touched, fresh=created)
    if progress:
        progress(report.imported + report.updated + report.skipped, total)
    return report
