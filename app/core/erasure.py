"""Erasing a customer for good, as the law on personal data gives them the right to ask.

Archive hides a customer and keeps everything; erasure keeps nothing. Their rows go in one
transaction (contact points, family, dates, timeline, follow-ups, consent, tags only they wore,
what was done with their reminders, their search and agenda rows, their photo) with SQLite's
`secure_delete` on, so that the freed pages are overwritten rather than left readable in the
file. The full-text index is merged whole (FTS5 `optimize`): SQLite 3.40's FTS5 keeps a
deleted row's words in its older segments until they are merged. After the commit the
write-ahead log is copied in and truncated, so that it holds no page as it was before.

On a server book the rows go in one transaction too, and the tables that held them are then
vacuumed, so that the server's later copies and backups hold none of them and their space is
written over as the server reuses it; PostgreSQL has no secure delete, and its own files and
write-ahead log are its administrator's to keep (the README says so).

What stays is a line of the erasure register: the customer's id (ids are never given again,
schema step 15) and the time, no name. The register is also kept in a small file beside the
database, so that restoring a backup made before an erasure, even over a damaged file, erases
that customer again before the restored file is used (`apply_register`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.core import clock, logs, reminders
from app.core.customers import get_customer
from app.store import numbering, server_search
from app.store.batches import batches, marks
from app.store.database import DATABASE_ERRORS, on_server, own_file, writing
from app.store.location import ensure_private_dir, ensure_private_file
from app.store.models import CustomerTag, db
from app.store.search import TABLE as SEARCH_TABLE

# What belongs to a customer, row by row (their agenda, name starts and search row are made
# from these and go with them, see `app.store.refresh`).
BELONGINGS = ("consent", "follow_up", "important_date", "relative", "interaction",
              "contact_point", "customer_tag")
REGISTER_FILE = "erasures.json"
# How long the write-ahead log's truncation waits for another reader (an export, a job).
CHECKPOINT_WAIT_MS = 5_000


@dataclass(frozen=True)
class Erased:
    """One line of the register: its number, the erased customer's id and when."""

    number: int
    customer_id: int
    erased_at: dt.datetime
    fingerprint: str = ""


def fingerprint(customer_id: int, created_at: object) -> str:
    """What tells this shop's customer N from another shop's customer N, without a name: a
    digest of the id and the moment the record was made. A register read beside a restored
    file erases a customer of that number only when it is the same record (a backup of
    another shop restored into this folder keeps its own customer N)."""
    return hashlib.sha256(f"{customer_id}|{created_at}".encode()).hexdigest()[:16]


def remove_for_good(ids: Iterable[int]) -> None:
    """Delete these customers with everything that is theirs, in one write; a tag only they
    wore goes too. What the owner did with their reminders goes first, while the dates and
    follow-ups that name some of its keys are still there."""
    wanted = sorted(set(ids))
    tags = sorted({link.tag_id for batch in batches(wanted) for link in
                   CustomerTag.select(CustomerTag.tag).where(CustomerTag.customer.in_(batch))})
    with writing(*wanted):
        reminders.forget(wanted)
        for batch in batches(wanted):
            for table in (*BELONGINGS, "customer"):
                column = "id" if table == "customer" else "customer_id"
                db.execute_sql(f"DELETE FROM {table} WHERE {column} IN ({marks(batch)})", batch)
        for batch in batches(tags):
            db.execute_sql(f"DELETE FROM tag WHERE id IN ({marks(batch)}) AND NOT EXISTS "
                           "(SELECT 1 FROM customer_tag WHERE tag_id = tag.id)", batch)


def with_merged(ids: Iterable[int]) -> list[int]:
    """These customers and every record merged into them (`app.core.duplicates.merge`: the
    archived record keeps its name, note, photo and more, and is theirs), sorted."""
    wanted = sorted(set(ids))
    found = set(wanted)
    for batch in batches(wanted):
        # At any depth, though a merge keeps it one step; UNION stops at a record seen twice.
        found.update(row[0] for row in db.execute_sql(
            "WITH RECURSIVE merged(id) AS (SELECT id FROM customer WHERE merged_into_id IN "
            f"({marks(batch)}) UNION SELECT c.id FROM customer c JOIN merged m "
            "ON c.merged_into_id = m.id) SELECT id FROM merged", batch))
    return sorted(found)


def _merge_search_index() -> None:
    """Every segment of the full-text index written again without the deleted rows' words (a
    server's index row goes with the customer's)."""
    if on_server():
        return
    db.execute_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")


def _erase_rows(ids: list[int], at: dt.datetime,
                known: Mapping[int, str] | None = None) -> list[int]:
    """Within a transaction, with `secure_delete` on: erase those of `ids` still here and
    write each id in the register with its fingerprint (of the record here, else `known`'s);
    returns those that were here."""
    here = {cid: fingerprint(cid, made) for batch in batches(ids) for cid, made in
            db.execute_sql(f"SELECT id, created_at FROM customer WHERE id IN ({marks(batch)})",
                           batch)}
    found = list(here)
    if found:
        remove_for_good(found)
        _merge_search_index()
    db.cursor().executemany(
        "INSERT INTO erasure (customer_id, erased_at, fingerprint) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [(cid, str(at), here.get(cid) or (known or {}).get(cid, "")) for cid in ids])
    # The ids stay taken, even where a restored file had never given them (see `apply_register`).
    numbering.mark_given(db, "customer", max(ids))
    return found


def _overwriting(on: bool = True) -> None:
    """SQLite's `secure_delete` on (or back off): freed pages are written over with zeros. A
    server has no such setting (`settle` vacuums)."""
    if not on_server():
        db.execute_sql(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


# The tables an erasure deletes from on a server, vacuumed once it is committed.
_VACUUMED = (*BELONGINGS, "customer", "tag", server_search.TABLE, server_search.NAMES,
             "name_start", "agenda")


def settle() -> None:
    """After the commit: the write-ahead log copied into the file and truncated, `secure_delete`
    back to SQLite's default (on a server, the tables vacuumed), and the register file brought
    up to the table. The erasure is committed: what follows cannot make it a failure. A table
    another connection holds (an import's, the server's own vacuum) is not waited for: it is
    left to the server's autovacuum, and the log says so."""
    if on_server():
        write_register_file()
        try:
            db.execute_sql(f"VACUUM (SKIP_LOCKED) {', '.join(_VACUUMED)}")
        except DATABASE_ERRORS:
            logs.log.warning("erasure: the server's tables were not vacuumed; autovacuum will")
        return
    try:
        checkpoint(CHECKPOINT_WAIT_MS)
    finally:
        _overwriting(on=False)
    write_register_file()


_owed = False  # a truncation that another reader held off, done again when the data closes


def checkpoint(wait_ms: int = 0) -> bool:
    """Copy the write-ahead log into the file and truncate it to nothing, waiting up to
    `wait_ms` for another connection that still reads older pages; False when it still does
    (the log is then truncated again when this connection closes: `checkpoint_owed`)."""
    global _owed
    (before,) = db.execute_sql("PRAGMA busy_timeout").fetchone()
    db.execute_sql(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        busy = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {int(before)}")
    _owed = busy is not None and bool(busy[0])
    if _owed:
        logs.log.warning("erasure: another reader held the write-ahead log; truncated at close")
    return not _owed


def checkpoint_owed() -> None:
    """Before the data closes: the truncation an erasure could not finish, tried once more."""
    if _owed and not on_server():
        with contextlib.suppress(*DATABASE_ERRORS):
            checkpoint(CHECKPOINT_WAIT_MS)


def erase_now(customer_id: int) -> list[int]:
    """Within the erasure's transaction (`edits.erase_customer`): erase this customer and the
    records merged into them (`with_merged`), write each id in the register and return them;
    `settle` follows the commit."""
    get_customer(customer_id)  # one not here (or erased already) is said so, not registered
    _overwriting()
    try:
        return _erase_rows(with_merged([customer_id]), clock.now())
    except BaseException:  # `settle` does not follow a write that failed
        _overwriting(on=False)
        raise


_LINES = "SELECT id, customer_id, erased_at, fingerprint FROM erasure"


def _line(row: tuple) -> Erased:
    return Erased(row[0], row[1], dt.datetime.fromisoformat(row[2]), row[3])


def register() -> list[Erased]:
    """The erasure register, oldest first."""
    return [_line(row) for row in db.execute_sql(f"{_LINES} ORDER BY id")]


def line_of(customer_id: int) -> Erased | None:
    """The register's line for this customer (None: they were never erased here)."""
    row = db.execute_sql(f"{_LINES} WHERE customer_id = ?", (customer_id,)).fetchone()
    return None if row is None else _line(row)


def register_file(database: Path | None = None) -> Path:
    return (database or own_file()).with_name(REGISTER_FILE)


@dataclass(frozen=True)
class Held:
    """A line of the register file: when that customer was erased, and every fingerprint a
    register has given that number here (another shop's file restored into this folder brings
    its own: each is kept, so that this shop's own backups are still erased again)."""

    erased_at: str
    fingerprints: frozenset[str]


def read_register_file(path: Path) -> dict[int, Held]:
    """The lines the file beside the database holds, by customer id; nothing when it is
    missing or unreadable (the table in the database is the register; the file is its copy)."""
    try:
        lines = json.loads(path.read_text(encoding="utf-8"))["erased"]
        return {int(line["customer_id"]): Held(
            str(line["erased_at"]),
            frozenset(str(mark) for mark in line.get("fingerprints", ()) if mark))
            for line in lines}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_register_file() -> None:
    """The register's copy beside the database: every id the table and the file hold, written
    whole to a new file that then takes the old one's place (owner-only)."""
    path = register_file()
    held = read_register_file(path)
    for line in register():
        before = held.get(line.customer_id)
        marks_held = before.fingerprints if before else frozenset()
        held[line.customer_id] = Held(before.erased_at if before else str(line.erased_at),
                                      marks_held | ({line.fingerprint} - {""}))
    if not held:
        return
    partial = path.with_name(path.name + ".partial")
    ensure_private_dir(path.parent)  # a counter on a server book may have had no file yet
    ensure_private_file(partial)
    lines = [{"customer_id": cid, "erased_at": line.erased_at,
              "fingerprints": sorted(line.fingerprints)} for cid, line in sorted(held.items())]
    with partial.open("w", encoding="utf-8") as handle:
        json.dump({"erased": lines}, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def apply_register() -> int:
    """After a restore, and whenever the data opens for writing (a restore that a crash stopped
    before this step is finished then): every customer the register file names and the
    database does not is erased again (with the register's own time), unless the customer of
    that number here is another record (its fingerprint differs: another shop's file restored
    into this folder); returns how many the file held. A register the file lacks lines of is
    written again."""
    return erase_again(read_register_file(register_file()))


def held_lines() -> dict[int, Held]:
    """The register as the book holds it now, by customer id, as `read_register_file` reads
    its copy: a server book's restore reads it before and erases them again after."""
    return {line.customer_id: Held(str(line.erased_at), frozenset({line.fingerprint} - {""}))
            for line in register()}


def erase_again(held: Mapping[int, Held]) -> int:
    """Every customer `held` names and the register does not, erased again (see
    `apply_register`); how many were here."""
    known = {line.customer_id for line in register()}
    missing = sorted(set(held) - known)
    others = {cid for batch in batches(missing) for cid, made in db.execute_sql(
        f"SELECT id, created_at FROM customer WHERE id IN ({marks(batch)})", batch)
        if held[cid].fingerprints and fingerprint(cid, made) not in held[cid].fingerprints}
    missing = [cid for cid in missing if cid not in others]
    if not missing:
        if any(line.customer_id not in held or (line.fingerprint and line.fingerprint not in
               held[line.customer_id].fingerprints) for line in register()):
            write_register_file()
        return 0
    with contextlib.ExitStack() as stack:
        _overwriting()
        stack.callback(settle)
        with db.atomic():
            found = _erase_rows(missing, clock.now(),
                                {cid: min(held[cid].fingerprints, default="") for cid in missing})
            for cid in missing:  # each line keeps the time it was erased first
                db.execute_sql("UPDATE erasure SET erased_at = ? WHERE customer_id = ?",
                               (held[cid].erased_at, cid))
    return len(found)
