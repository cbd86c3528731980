"""Saving what a reader produced: checked by the window's rules, never duplicated.

A record that shares an email, a phone number (in any of its forms), or a
name and birthday with a customer updates that customer: blanks are filled,
new contact points, family, dates and tags are added, nothing is overwritten.
A file's word on marketing mail (a consent column, a card's X-REGULARS-NEWSLETTER) is recorded
as consent given or withdrawn "in an imported file", named, when it differs from the
customer's latest record and is not older news than it (`consent.imported_word_counts`): the
mailing list can then show where each yes came from. A word that differs but is older news (or
an undated yes to someone who withdrew) is not recorded, and the report says how many were not,
in one line of its warnings (line 0: the file as a whole), never naming the customers.
The whole import is one transaction; a dry run does all the work and rolls it
back, so its counts are exactly what the real import will report.
"""

from __future__ import annotations

import array
import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core import clock, consent, settings
from app.core.customers import (
    ABOUT_LIMIT,
    clean_contact,
    clean_fields,
    clean_relative,
    clean_tags,
    contact_identity,
    normalize_newlines,
    storable_photo,
)
from app.core.dates import check_parts
from app.core.errors import RegularsError, ValidationError
from app.core.humanize import plural
from app.core.phrases import N_, Phrase, counted
from app.exchange.records import WHAT_PROBLEM, Incoming, joined, said
from app.store import name_starts, numbering, search, server_search
from app.store.batches import is_server
from app.store.database import PRAGMAS
from app.store.dialect import join_in_order, measure_again
from app.store.models import db
from app.store.refresh import refresh
from app.store.sorting import shop_language, sort_key

_PROGRESS_EVERY = 250
_FAX = re.compile(r"\bfax\b", re.IGNORECASE)
_UID_LIMIT = 255  # characters of a card's UID that are kept
KEPT_PROBLEMS = 10_000  # errors, and values left out, listed in the report
# What a value left out was, in the report's lines ("phone: … does not look like a phone
# number; left out"): the kinds of contact point, and of a date whose person was left out.
_POINT_NAMES = {"phone": N_("phone"), "email": N_("email"), "address": N_("address"),
                "fax": N_("fax"), "website": N_("website"), "handle": N_("handle")}
_ORPHAN_DATES = {
    "birthday": N_("birthday of a family member or pet who was left out; left out too"),
    "anniversary": N_("anniversary of a family member or pet who was left out; left out too"),
    "other": N_("other of a family member or pet who was left out; left out too")}
CANCELLED = N_("import cancelled; nothing was changed")
# The report's line for the file's words on marketing mail that the shop's history outweighs.
WORDS_NOT_RECORDED = counted(
    "%Ln newsletter consent(s) in the file were not recorded: those customers said otherwise "
    "since; record a new consent in the window",
    "{n:,} newsletter consent in the file was not recorded: that customer said otherwise "
    "since; record a new consent in the window",
    "{n:,} newsletter consents in the file were not recorded: those customers said otherwise "
    "since; record a new consent in the window")


class ImportCancelledError(RegularsError):
    """The owner stopped the import; nothing was written."""


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    # Matched a customer already here and brought nothing new: neither updated nor skipped.
    unchanged: int = 0
    # The first KEPT_PROBLEMS of each, so that a file of a million bad rows costs no memory;
    # `skipped` and `left_out` count them all.
    errors: list[tuple[int, str]] = field(default_factory=list)
    # (line, what was left out) for values dropped from records that were kept. Each message
    # is a `Phrase`: the English the command line prints, which the window says in its language.
    # Line 0 is about the file as a whole: how many of its newsletter words were not recorded.
    warnings: list[tuple[int, str]] = field(default_factory=list)
    left_out: int = 0
    # The file's words on marketing mail that differ from the customer's latest record and
    # were not recorded (`consent.imported_word_counts`): said in one line of `warnings`.
    words_not_recorded: int = 0
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
            "unchanged": self.unchanged,
            "errors": [{"line": line, "message": message} for line, message in self.errors],
            "warnings": [{"line": line, "message": message}
                         for line, message in self.warnings],
        }

    def summary(self) -> str:
        return (f"imported {self.imported}, updated {self.updated}, skipped {self.skipped}"
                + (f" ({self.skipped} with errors)" if self.skipped else "")
                + (f", unchanged {self.unchanged}" if self.unchanged else "")
                + (f"; {plural(self.left_out, 'value')} left out" if self.left_out else ""))

    def refused(self, line: int, message: str) -> None:
        self.skipped += 1
        if len(self.errors) < KEPT_PROBLEMS:
            self.errors.append((line, message))

    def left_out_of(self, warnings: list[tuple[int, str]]) -> None:
        self.left_out += len(warnings)
        self.warnings += warnings[:max(0, KEPT_PROBLEMS - len(self.warnings))]

    def say_words_not_recorded(self) -> None:
        """Once the whole file is read: its words on marketing mail that were not recorded, as
        one line before the others, counted and never naming the customers."""
        if self.words_not_recorded:
            self.warnings.insert(0, (0, Phrase(WORDS_NOT_RECORDED, n=self.words_not_recorded)))


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
    uid: str = ""
    stand_in: bool = False  # the first name is the email or number: there was no name
    search_columns: tuple[str, ...] = ()  # its search row, but for the id
    name_starts: tuple[str, ...] = ()  # the starts of its name's words (`name_starts`)
    warnings: list[tuple[int, str]] = field(default_factory=list)

    def birthday(self) -> tuple[int, int, int | None] | None:
        for kind, month, day, year, _label, relative in self.dates:
            if kind == "birthday" and relative is None:
                return month, day, year
        return None


def _check(record: Incoming, region: str, today: dt.date) -> _Checked:
    if record.problems:
        raise ValidationError(joined(record.problems))
    first, last, company = record.first_name, record.last_name, record.company
    if not (first.strip() or last.strip() or company.strip()):
        first = record.nickname
    stand_in = not (first.strip() or last.strip() or company.strip())
    # One odd value (a placeholder word for a phone, a tag too long) costs that value, not
    # the customer: it is left out and said in the report, the rest is kept.
    warnings = list(record.warnings)

    def left_out(message: str) -> None:
        warnings.append((record.line, Phrase(N_("{problem}; left out"), problem=message)))

    about = normalize_newlines(record.about.strip())
    if len(about) > ABOUT_LIMIT:
        warnings.append((record.line, Phrase(
            N_("note of {length:,} characters is longer than {limit:,}; the rest was left out"),
            length=len(about), limit=ABOUT_LIMIT)))
        about = about[:ABOUT_LIMIT]
    fields = clean_fields({
        "first_name": first, "last_name": last, "nickname": record.nickname,
        "company": company, "about": about, "preferred_channel": record.preferred_channel,
        "contact_every_days": record.contact_every_days,
    })
    for name in ("job_title", "role"):
        try:
            fields |= clean_fields({name: getattr(record, name)})
        except ValidationError as error:
            left_out(said(error))
            fields[name] = ""
    contacts: dict[str, tuple[str, str, str, str]] = {}
    for kind, values in (("phone", record.phones), ("email", record.emails),
                         ("address", record.addresses), ("fax", record.faxes),
                         ("website", record.websites), ("handle", record.handles)):
        for value, label in values:
            point = kind
            if kind == "phone" and _FAX.search(label):
                # "Work Fax", "Business Fax": a fax is a number of its own kind
                point, label = "fax", _FAX.sub("", label).strip()
            try:
                value, label, norm = clean_contact(point, value, label, region)
            except ValidationError as error:
                left_out(Phrase(WHAT_PROBLEM, what=Phrase(_POINT_NAMES[point]),
                                problem=said(error)))
                continue
            contacts.setdefault(f"{point}:{contact_identity(value, norm)}",
                                (point, value, label, norm))
    if stand_in:
        # A card with only an email or a number (a mailing list, a phone's nameless contact):
        # named by it, as address books show such a contact.
        fields["first_name"] = next((value for kind in ("email", "phone")
                                     for point, value, _label, _norm in contacts.values()
                                     if point == kind), "")
        if not fields["first_name"]:
            raise ValidationError(Phrase(N_("no name: a customer needs a first name, last name "
                                            "or company")))
    relatives: dict[str, tuple[str, str, str]] = {}
    dropped: set[str] = set()
    for name, relation, notes in record.relatives:
        try:
            checked = clean_relative(name, relation, notes)
        except ValidationError as error:
            left_out(Phrase(WHAT_PROBLEM, what=Phrase(N_("family member or pet")),
                            problem=said(error)))
            dropped.add(name.casefold())
            continue
        relatives.setdefault(checked[0].casefold(), checked)
    tags: list[str] = []
    for tag in record.tags:
        try:
            tags += clean_tags([tag])
        except ValidationError as error:
            left_out(said(error))
    dates = []
    for date in record.dates:
        check_parts(date.month, date.day, date.year, today)
        relative = date.relative
        if relative is not None and relative.casefold() in dropped:
            warnings.append((record.line, Phrase(_ORPHAN_DATES[date.kind])))
            continue
        if relative is not None and relative.casefold() not in relatives:
            relatives[relative.casefold()] = (relative, "other", "")
        dates.append((date.kind, date.month, date.day, date.year, date.label.strip(), relative))
    photo = record.photo if storable_photo(record.photo) else None
    checked = _Checked(
        fields=fields, contacts=list(contacts.values()), relatives=list(relatives.values()),
        dates=dates, tags=clean_tags(tags), newsletter=record.newsletter,
        newsletter_since=str(record.newsletter_since) if record.newsletter_since else None,
        photo=photo,
        sort_name="",  # keyed where it is saved: the language is the database's (run_import)
        uid=record.uid.strip()[:_UID_LIMIT], stand_in=stand_in,
    )
    checked.search_columns = _search_columns(checked)
    checked.name_starts = tuple(sorted(name_starts.starts(
        fields["first_name"], fields["last_name"], fields["nickname"], fields["company"])))
    checked.warnings = warnings
    return checked


def _search_columns(checked: _Checked) -> tuple[str, ...]:
    """The search row of a new customer, made from the record (and off the writing process)."""
    doc = search.Document()
    f = checked.fields
    doc.names(f["first_name"], f["last_name"], f["nickname"], f["company"])
    doc.about(f["about"])
    doc.work(f["job_title"], f["role"])
    for name, _relation, notes in checked.relatives:
        doc.relative(name, notes)
    for kind, value, _label, norm in checked.contacts:
        doc.contact(kind, value, norm)
    for tag in checked.tags:
        doc.tag(tag)
    return doc.row(0)[1:]


class _Index:
    """What identifies a customer already here: emails, phone numbers, name and birthday.

    The keys are not held in Python: a file of a million rows would hold them all. Emails and
    phone numbers are looked up in the database's own index, behind a bit filter that says
    which keys have been seen (a key it has never seen is new for certain: nearly every key
    of a new file). Names with birthdays are not one column of one table, so they are copied
    into an indexed table of a scratch database on disk (`scratch()`), which SQLite deletes
    when it is closed. Customers this import made and has not written yet are held here until
    they are.
    """

    def __init__(self, cursor: sqlite3.Cursor, expected: int) -> None:
        self.cursor = cursor
        bits = max(1 << 20, 1 << (16 * expected).bit_length())
        self.mask = bits - 1
        self.seen = bytearray(bits // 8)
        self.pending: dict[tuple, list[tuple[int, int | None]]] = {}
        for kind, norm, value in cursor.execute(
            "SELECT cp.kind, cp.normalized, cp.value FROM contact_point cp "
            "JOIN customer c ON c.id = cp.customer_id "
            "WHERE c.archived_at IS NULL AND cp.kind IN ('email', 'phone')"
        ):
            self._mark(_contact_key(kind, norm, value))
        self.birthdays = _birthday_table(cursor)
        self.join = join_in_order(db)
        cursor.execute(
            f"INSERT INTO {self.birthdays} SELECT c.sort_name, d.month, d.day, c.id, d.year "
            "FROM important_date d JOIN customer c ON c.id = d.customer_id "
            "WHERE c.archived_at IS NULL AND d.kind = 'birthday' AND d.relative_id IS NULL")
        for name, month, day in cursor.execute(
                f"SELECT name, month, day FROM {self.birthdays}"):
            self._mark(("birthday", name, month, day))
        for uid, name in cursor.execute(
                "SELECT source_uid, sort_name FROM customer WHERE archived_at IS NULL"):
            self._mark(("name", name))
            if uid:
                self._mark(("uid", uid))


    def _mark(self, key: tuple | None) -> None:
        if key is not None:
            h = hash(key)
            for bit in (h & self.mask, (h >> 32) & self.mask):
                self.seen[bit >> 3] |= 1 << (bit & 7)

    def _maybe(self, key: tuple) -> bool:
        h = hash(key)
        one, two = h & self.mask, (h >> 32) & self.mask
        return bool(self.seen[one >> 3] >> (one & 7) & 1 and self.seen[two >> 3] >> (two & 7) & 1)

    def _found(self, key: tuple) -> list[tuple[int, int | None]]:
        """(customer, birth year) of those with this key: the database's first, then the new.

        CROSS JOIN keeps SQLite's planner on the index of the key (`dialect.join_in_order`):
        left to itself, it walks every customer not archived, which makes an import's time
        grow with the square of its size."""
        kind, *rest = key
        if not self._maybe(key):
            rows = []
        elif kind == "birthday":
            rows = self.cursor.execute(
                f"SELECT customer_id, year FROM {self.birthdays} WHERE name = ? "
                "AND month = ? AND day = ? ORDER BY customer_id", rest).fetchall()
        elif kind == "uid":
            rows = self.cursor.execute(
                "SELECT id, NULL FROM customer WHERE source_uid = ? AND archived_at IS NULL "
                "ORDER BY id LIMIT 1", rest).fetchall()
        elif kind == "name":
            rows = self.cursor.execute(
                "SELECT id, NULL FROM customer WHERE archived_at IS NULL AND sort_name = ? "
                "ORDER BY id", rest).fetchall()
        elif kind == "email":
            rows = self.cursor.execute(
                f"SELECT cp.customer_id, NULL FROM contact_point cp {self.join} customer c "
                "ON c.id = cp.customer_id WHERE c.archived_at IS NULL AND cp.kind = 'email' "
                "AND cp.normalized = ? ORDER BY cp.id LIMIT 1", rest).fetchall()
        else:
            # The key is the first word of the stored form: that word alone, or followed by more.
            rows = [(cid, None) for cid, value, norm in self.cursor.execute(
                "SELECT cp.customer_id, cp.value, cp.normalized FROM contact_point cp "
                f"{self.join} customer c ON c.id = cp.customer_id WHERE c.archived_at IS NULL "
                "AND cp.kind = 'phone' AND cp.normalized >= ? AND cp.normalized < ? "
                "ORDER BY cp.id", (rest[0], rest[0] + "!"))
                if contact_identity(value, norm) == rest[0]][:1]
        return rows + self.pending.get(key, [])

    def match(self, checked: _Checked) -> int | None:
        """The customer already here that this record is: the same card id, email, phone
        number, or name and birthday."""
        if checked.uid and (found := self._found(("uid", checked.uid))):
            return found[0][0]
        for kind in ("email", "phone"):
            for contact_kind, value, _label, norm in checked.contacts:
                key = _contact_key(contact_kind, norm, value)
                if contact_kind == kind and key is not None and (found := self._found(key)):
                    return found[0][0]
        birthday = checked.birthday()
        if birthday and checked.sort_name:
            month, day, year = birthday
            for cid, known_year in self._found(("birthday", checked.sort_name, month, day)):
                if year is None or known_year is None or year == known_year:
                    return cid
        return None

    def namesakes(self, checked: _Checked) -> list[int]:
        """Customers with the record's name: the same person when it brings nothing new."""
        return [cid for cid, _year in self._found(("name", checked.sort_name))]

    def add(self, cid: int, checked: _Checked, written: bool) -> None:
        """Remember what identifies this customer; `written` when it is already in the
        database (an update: its new emails and phones are there now), else until the next
        `written_out`."""
        for key in (("uid", checked.uid), ("name", checked.sort_name)):
            if key[1]:
                self._mark(key)
                if not written:
                    self.pending.setdefault(key, []).append((cid, None))
        for kind, value, _label, norm in checked.contacts:
            key = _contact_key(kind, norm, value)
            if key is not None:
                self._mark(key)
                if not written:
                    self.pending.setdefault(key, []).append((cid, None))
        birthday = checked.birthday()
        if birthday and checked.sort_name:
            month, day, year = birthday
            key = ("birthday", checked.sort_name, month, day)
            self._mark(key)
            if not written:
                self.pending.setdefault(key, []).append((cid, year))
            elif all(found != cid for found, _year in self._found(key)):
                # found by email under another spelling of the name: this one names them too
                self.cursor.execute(f"INSERT INTO {self.birthdays} VALUES (?, ?, ?, ?, ?)",
                                    (checked.sort_name, month, day, cid, year))

    def written_out(self) -> None:
        """The new customers are in the database now, where the lookups find them."""
        self.cursor.executemany(
            f"INSERT INTO {self.birthdays} VALUES (?, ?, ?, ?, ?)",
            [(name, month, day, cid, year)
             for (kind, *rest), found in self.pending.items() if kind == "birthday"
             for (name, month, day) in (rest,) for cid, year in found])
        self.pending.clear()


def _contact_key(kind: str, norm: str, value: str) -> tuple | None:
    if kind == "email":
        return ("email", norm or value.casefold())
    if kind == "phone":
        first = (norm.split() or [""])[0]
        return ("phone", first) if first else None
    return None


_INSERTS = {
    "customer": "INSERT INTO customer (id, first_name, last_name, nickname, company, about, photo, "
                "preferred_channel, contact_every_days, newsletter, newsletter_since, "
                "loyalty_points, created_at, updated_at, sort_name, tag_list, total_spent_cents, "
                "visit_count, interaction_count, job_title, role, source_uid) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, '', 0, 0, 0, ?, ?, ?)",
    "relative": "INSERT INTO relative (id, customer_id, name, relation, notes) "
                "VALUES (?, ?, ?, ?, ?)",
    "contact_point": "INSERT INTO contact_point (customer_id, kind, label, value, normalized, "
                     "position) VALUES (?, ?, ?, ?, ?, ?)",
    "important_date": "INSERT INTO important_date (customer_id, relative_id, kind, label, "
                      "month, day, year) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "customer_tag": "INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING",
    # After the customers, whom it names: an import's word on marketing mail (`app.core.consent`)
    "consent": "INSERT INTO consent (customer_id, given, at, how, source, created_at) "
               "VALUES (?, ?, ?, 'import', ?, ?)",
}
_FLUSH_EVERY = 1000
# The tables an import writes to and reads from, measured again as they grow (`measure_again`).
_MEASURED = (*_INSERTS, "tag", server_search.TABLE, server_search.NAMES, "name_start",
             "agenda")


class _Writer:
    """Raw SQL through one cursor, new customers written in batches.

    An import of 100,000 rows cannot afford an ORM call, or even one statement,
    per row: new customers get their ids here (the transaction holds the write
    lock, so nobody else can take them) and their rows go in with executemany.
    """

    def __init__(self, cursor: sqlite3.Cursor, next_id: dict[str, int],
                 on_flush: Callable[[], None], source: str) -> None:
        self.cursor = cursor
        self.on_flush = on_flush
        self.now = str(clock.now())
        self.today = str(clock.today())
        self.source = source  # the file's name, which its consent records give
        self.consent_now = str(clock.now().replace(microsecond=0))
        self.tags = {name.casefold(): tid for tid, name in cursor.execute(
            "SELECT id, name FROM tag")}
        self.search_rows: list[tuple] = []  # of the customers not yet written
        self.start_rows: list[tuple] = []  # their name starts (`name_starts`)
        self.next_id = next_id  # the numbers this import hands out (`numbering.held_numbers`)
        self.first_new = self.next_id["customer"]
        self.pending: dict[str, list[tuple]] = {table: [] for table in _INSERTS}
        self.measured_at = _FLUSH_EVERY  # new customers written when next measured
        self.pending_ids: set[int] = set()

    def _new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] += 1
        return value

    def _tag_id(self, tag: str) -> int:
        tid = self.tags.get(tag.casefold())
        if tid is None:
            tid = self.tags[tag.casefold()] = int(self.cursor.execute(
                "INSERT INTO tag (name) VALUES (?) RETURNING id", (tag,)).fetchone()[0])
        return tid

    def flush(self) -> None:
        """Write the new customers held so far, with their search rows."""
        for table, rows in self.pending.items():
            if rows:
                self.cursor.executemany(_INSERTS[table], rows)
                rows.clear()
        search.insert_rows(db, self.search_rows)
        self.search_rows.clear()
        name_starts.insert_rows(db, self.start_rows)
        self.start_rows.clear()
        self.pending_ids.clear()
        self.on_flush()
        if self.next_id["customer"] - self.first_new >= self.measured_at:  # 1,000, 2,000, 4,000…
            measure_again(db, _MEASURED)
            self.measured_at *= 2

    def _consent_news(self, cid: int | None,
                      checked: _Checked) -> tuple[tuple[bool, str] | None, bool]:
        """(given, when) to record of the file's word on marketing mail, None when it is not
        to be recorded after the customer's latest record (`consent.imported_word_counts`):
        the same word, a word from before the shop heard since, or an undated yes to someone
        who withdrew; and whether it was not recorded although it differs from that record
        (which the report counts). `cid` is None for a customer the import creates, who has
        no record. When is the day the file says (a day still to come is no day of consent),
        at its start, or at the latest record's moment for a withdrawal of that record's own
        day, so that it comes after it; else now, as the import records it."""
        word, since = checked.newsletter, checked.newsletter_since
        if word is None:
            return None, False
        day = dt.date.fromisoformat(since) if since and since <= self.today else None
        latest = consent.latest([cid]).get(cid) if cid is not None else None
        if not consent.imported_word_counts(latest, word, day):
            return None, latest is not None and latest.given != word
        if day is None:
            return (word, self.consent_now), False
        at = dt.datetime.combine(day, dt.time())
        if latest is not None and latest.at > at:  # the same day: a withdrawal, after it
            at = latest.at
        return (word, str(at)), False

    def _consent_row(self, cid: int, given: bool, at: str) -> tuple:
        return cid, bool(given), at, self.source, self.consent_now

    def create(self, checked: _Checked) -> int:
        f = checked.fields
        cid = self._new_id("customer")
        self.pending_ids.add(cid)
        # newsletter and its date are left to `refresh`, which reads them from the record below
        self.pending["customer"].append((
            cid, f["first_name"], f["last_name"], f["nickname"], f["company"], f["about"],
            checked.photo, f["preferred_channel"], f["contact_every_days"], False, None,
            self.now, self.now, checked.sort_name, f["job_title"], f["role"], checked.uid))
        if (said := self._consent_news(None, checked)[0]) is not None:
            self.pending["consent"].append(self._consent_row(cid, *said))
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
        self.search_rows.append((cid, *checked.search_columns))
        self.start_rows += [(start, checked.sort_name, cid) for start in checked.name_starts]
        if len(self.pending["customer"]) >= _FLUSH_EVERY:
            self.flush()
        return cid

    def news(self, cid: int, checked: _Checked) -> _News:
        """What the record would add to a customer already here: blanks it fills, contact
        points, family, dates and tags the customer lacks. Nothing is written."""
        if cid in self.pending_ids:
            self.flush()
        c = self.cursor
        row = c.execute(
            "SELECT first_name, last_name, nickname, company, about, preferred_channel, "
            "contact_every_days, job_title, role, source_uid, photo IS NOT NULL "
            "FROM customer WHERE id = ?", (cid,)).fetchone()
        current = dict(zip(("first_name", "last_name", "nickname", "company", "about",
                            "preferred_channel", "contact_every_days", "job_title", "role",
                            "source_uid"), row[:10], strict=True))
        news = _News()
        for name, value in (*checked.fields.items(), ("source_uid", checked.uid)):
            if value and not current[name] and not (name == "first_name" and checked.stand_in):
                news.changes[name] = value
        about = checked.fields["about"]
        if about and current["about"] and about not in current["about"]:
            news.changes["about"] = f"{current['about']}\n{about}"
        news.consent, news.word_not_recorded = self._consent_news(cid, checked)
        if checked.photo and not row[10]:
            news.changes["photo"] = checked.photo
        points = {(kind, contact_identity(value, norm)) for kind, value, norm in c.execute(
            "SELECT kind, value, normalized FROM contact_point WHERE customer_id = ?", (cid,))}
        news.position = len(points)
        for kind, value, label, norm in checked.contacts:
            if (kind, contact_identity(value, norm)) not in points:
                points.add((kind, contact_identity(value, norm)))
                news.contacts.append((kind, value, label, norm))
        news.relative_ids = {name.casefold(): rid for rid, name in c.execute(
            "SELECT id, name FROM relative WHERE customer_id = ?", (cid,)).fetchall()}
        names = set(news.relative_ids)
        for name, relation, notes in checked.relatives:
            if name.casefold() not in names:
                names.add(name.casefold())
                news.relatives.append((name, relation, notes))
        by_id = {rid: name for name, rid in news.relative_ids.items()}
        dates = {(kind, month, day, by_id.get(rid)) for kind, month, day, rid in c.execute(
            "SELECT kind, month, day, relative_id FROM important_date WHERE customer_id = ?",
            (cid,)).fetchall()}
        for kind, month, day, year, label, relative in checked.dates:
            key = (kind, month, day, relative.casefold() if relative else None)
            if key not in dates:
                dates.add(key)
                news.dates.append((kind, month, day, year, label, relative))
        tags = {name.casefold() for (name,) in c.execute(
            "SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.customer_id = ?", (cid,))}
        news.tags = [tag for tag in checked.tags if tag.casefold() not in tags]
        return news

    def update(self, cid: int, checked: _Checked) -> _News:
        """Fill the blanks of a customer already here and add what is new; rare, so row by row.
        What the record brought, written: false when it brought nothing new, and then the
        customer, `updated_at` included, is left as it was, so a file imported again does not
        make everyone look just edited."""
        news = self.news(cid, checked)
        if not news:
            return news
        c = self.cursor
        for position, (kind, value, label, norm) in enumerate(news.contacts, news.position):
            c.execute(_INSERTS["contact_point"], (cid, kind, label, value, norm, position))
        relatives = news.relative_ids
        for name, relation, notes in news.relatives:
            rid = relatives[name.casefold()] = self._new_id("relative")
            c.execute(_INSERTS["relative"], (rid, cid, name, relation, notes))
        for kind, month, day, year, label, relative in news.dates:
            rid = relatives.get(relative.casefold()) if relative else None
            c.execute(_INSERTS["important_date"], (cid, rid, kind, label, month, day, year))
        for tag in news.tags:
            c.execute(_INSERTS["customer_tag"], (cid, self._tag_id(tag)))
        if news.consent is not None:
            c.execute(_INSERTS["consent"], self._consent_row(cid, *news.consent))
        changes = {**news.changes, "updated_at": self.now}
        assignments = ", ".join(f"{name} = ?" for name in changes)
        c.execute(f"UPDATE customer SET {assignments} WHERE id = ?", (*changes.values(), cid))
        return news


@dataclass
class _News:
    """What a record brings to a customer already here (see `_Writer.news`)."""

    changes: dict[str, Any] = field(default_factory=dict)
    contacts: list[tuple[str, str, str, str]] = field(default_factory=list)
    position: int = 0  # of the first contact point added
    relatives: list[tuple[str, str, str]] = field(default_factory=list)
    relative_ids: dict[str, int] = field(default_factory=dict)  # the customer's, by name
    dates: list[tuple[str, int, int, int | None, str, str | None]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    consent: tuple[bool, str] | None = None  # (given, when) to record (`_Writer._consent_news`)
    word_not_recorded: bool = False  # the file's word differs, but is not recorded (ditto)

    def __bool__(self) -> bool:
        return bool(self.changes or self.contacts or self.relatives or self.dates or self.tags
                    or self.consent is not None)


_SCRATCH = "import_scratch"
# The rows an import numbers itself (`numbering.held_numbers`).
_NUMBERED_HERE = ("customer", "relative")


@contextlib.contextmanager
def _scratch() -> Iterator[None]:
    """A private database on disk for the import's own lookups, gone when it is detached:
    held in memory, they would grow with the file. An empty name is SQLite's temporary file,
    owner-only and removed from its folder as soon as it is made; it is on disk only while
    `temp_store` says FILE, which the import's connection says until it is done. A server
    keeps them in a temporary table of the import's transaction (`_birthday_table`)."""
    if is_server(db):
        yield
        return
    db.execute_sql("PRAGMA temp_store = FILE")
    db.execute_sql(f"ATTACH DATABASE '' AS {_SCRATCH}")
    try:
        db.execute_sql(f"PRAGMA {_SCRATCH}.cache_size = -8000")
        yield
    finally:
        db.execute_sql(f"DETACH DATABASE {_SCRATCH}")
        db.execute_sql(f"PRAGMA temp_store = {PRAGMAS['temp_store']}")


def _birthday_table(cursor: sqlite3.Cursor) -> str:
    """The scratch table of the names with a birthday, made empty and indexed; its name."""
    columns = "(name TEXT, month INTEGER, day INTEGER, customer_id INTEGER, year INTEGER)"
    key = "(name, month, day, customer_id)"
    if is_server(db):  # the server's own scratch space, dropped with the transaction
        cursor.execute(f"CREATE TEMPORARY TABLE import_birthday {columns} ON COMMIT DROP")
        cursor.execute(f"CREATE INDEX import_birthday_key ON pg_temp.import_birthday {key}")
        return "pg_temp.import_birthday"
    cursor.execute(f"CREATE TABLE {_SCRATCH}.birthday {columns}")
    cursor.execute(f"CREATE INDEX {_SCRATCH}.birthday_key ON birthday {key}")
    return f"{_SCRATCH}.birthday"


def _transaction() -> Any:
    """The import's transaction. The file's takes the write lock at once (IMMEDIATE), so that
    the numbers the import hands out stay its own; a server's tables are locked when they are
    handed out (`numbering.held_numbers`)."""
    return db.atomic() if is_server(db) else db.atomic(lock_type="IMMEDIATE")


class _Fresh:
    """The customers an import made, but for those it met again later in the file."""

    def __init__(self, made: range, again: set[int]) -> None:
        self.made, self.again = made, again

    def __contains__(self, cid: object) -> bool:
        return cid in self.made and cid not in self.again


def _count_keys(cursor: sqlite3.Cursor) -> int:
    return int(cursor.execute("SELECT count(*) FROM contact_point").fetchone()[0]) + int(
        cursor.execute("SELECT count(*) FROM important_date").fetchone()[0])


Checked = tuple[int, _Checked | str]  # (line, the record as stored, or why it was refused)


def check_records(records: Iterable[Incoming], region: str, today: dt.date) -> Iterator[Checked]:
    """Every record checked by the window's rules; pure, so it can run in another process."""
    for record in records:
        try:
            yield record.line, _check(record, region, today)
        except ValidationError as error:
            yield record.line, said(error)


def _save(item: _Checked, index: _Index, writer: _Writer, report: ImportReport,
          updated: array.array) -> None:
    """One record: an update of the customer it is, else a new customer, unless it is a
    customer here already in every field. Only a record with no email and no phone needs
    that last look (one with them is found by them, and so is one with a birthday): by name,
    without what would tell one namesake from another, it is taken for one only when it
    brings nothing new."""
    cid = index.match(item)
    if cid is None and item.birthday() is None and not any(
            kind in ("email", "phone") for kind, *_ in item.contacts):
        for same in index.namesakes(item):
            if not (news := writer.news(same, item)):
                report.unchanged += 1
                report.words_not_recorded += news.word_not_recorded
                return
    if cid is None:
        cid = writer.create(item)
        report.imported += 1
    else:
        news = writer.update(cid, item)
        report.words_not_recorded += news.word_not_recorded
        if news:
            updated.append(cid)
            report.updated += 1
        else:
            report.unchanged += 1
    index.add(cid, item, written=cid not in writer.pending_ids)


def run_import(
    records: Iterable[Incoming] | None = None,
    *,
    checked: Iterable[Checked] | None = None,
    dry_run: bool = False,
    total: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    source: str,
) -> ImportReport:
    """Save every record in one transaction; see the module docstring.

    Give `records` to have them checked here, or `checked` when they were
    checked elsewhere (in worker processes, for large files). `source` is the file's name,
    which the consent it records names (`app.core.consent`).
    """
    report = ImportReport()
    if checked is None:
        checked = check_records(records or (), settings.get("phone_region"), clock.today())
    # The customers this import made are the ids from `writer.first_new` on; the others it
    # touched are few (those already here), and so are the new ones met twice in the file.
    updated = array.array("q")  # eight bytes an update, however many there are
    with _scratch(), _transaction() as transaction:
        numbers = numbering.held_numbers(db, _NUMBERED_HERE)  # first: nobody else takes them
        search.hold_terms(db, in_bulk=True)
        cursor = db.cursor()
        index = _Index(cursor, expected=3 * (total or 0) + _count_keys(cursor))
        writer = _Writer(cursor, numbers, on_flush=index.written_out, source=source)
        # Names are keyed here, in the language's order, rather than where records are checked:
        # the worker processes that check a large file have no database to read it from.
        language = shop_language(db)
        for done, (line, item) in enumerate(checked, start=1):
            if isinstance(item, str):
                report.refused(line, item)
            else:
                f = item.fields
                item.sort_name = sort_key(f["first_name"], f["last_name"], f["company"], language)
                report.left_out_of(item.warnings)
                _save(item, index, writer, report, updated)
            if done % _PROGRESS_EVERY == 0:
                if progress:
                    progress(done, total)
                if cancelled and cancelled():
                    raise ImportCancelledError(Phrase(CANCELLED))
        writer.flush()
        report.say_words_not_recorded()
        search.hold_terms(db, in_bulk=False)
        new = range(writer.first_new, writer.next_id["customer"])
        before = sorted({cid for cid in updated if cid not in new})
        report.customer_ids = before + list(new)
        if dry_run:
            transaction.rollback()
        else:
            for table in _NUMBERED_HERE:  # not on a dry run: a server's sequence stays moved
                numbering.mark_given(db, table, writer.next_id[table] - 1)
            refresh(db, before)
            # Met again after they were made: their derived fields are computed the usual way.
            refresh(db, new, fresh=_Fresh(new, {cid for cid in updated if cid in new}))
    if progress:
        progress(report.imported + report.updated + report.skipped + report.unchanged, total)
    return report
