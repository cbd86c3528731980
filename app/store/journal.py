"""The undo journal: every row a write changes, written down as the SQL that puts it back.

Undo must put back exactly what one change altered and nothing else, even when a
command-line job has written to the same customer since. Writing an inverse by hand for each
of forty kinds of change would be forty chances to get one wrong; instead, temporary triggers
on this connection (the technique of SQLite's own "Automatic Undo/Redo" note) record, for each
row inserted, deleted or updated, the statement that reverses it, column by column. Replaying
those statements backwards is the undo, and the triggers record the replay's own reverse,
which is the redo.

The triggers are TEMP: they live on one connection only. The window's connection records;
command-line jobs and imports (other connections, other processes) do not, and their writes
are never on the window's undo stack. Derived columns (`app.store.refresh`) and the full-text
index are not recorded: they are recomputed from what was put back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import peewee

from app.store import server_journal
from app.store.batches import is_server
from app.store.database import writing
from app.store.models import db
from app.store.refresh import follow_language
from app.store.sorting import shop_language

# Each journaled table, with the expression that names its customer (None where it has none).
TABLES: dict[str, str | None] = {
    "customer": "id",
    "contact_point": "customer_id",
    "relative": "customer_id",
    "important_date": "customer_id",
    "interaction": "customer_id",
    "follow_up": "customer_id",
    "customer_tag": "customer_id",
    "consent": "customer_id",
    "tag": None,
    "reminder_state": None,
    "setting": None,
}

# Columns kept by `refresh` or for reading order only: never undone, recomputed instead.
UNRECORDED: dict[str, frozenset[str]] = {
    "customer": frozenset({
        "sort_name", "tag_list", "last_contact", "total_spent_cents", "visit_count",
        "interaction_count", "first_visit", "last_visit", "loyalty_points", "opened_at",
        "lapse_on", "contact_due", "newsletter", "newsletter_since",
    }),
}

_CREATE_TABLE = ("CREATE TEMP TABLE IF NOT EXISTS journal ("
                 "seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, customer_id INTEGER, "
                 "statement TEXT NOT NULL)")


class ReplayConflictError(Exception):
    """The rows to put back are no longer as the change left them (another program wrote)."""


@dataclass(frozen=True)
class Entry:
    """One row's way back: the table, its customer (or None) and the statement."""

    table: str
    customer_id: int | None
    statement: str


@dataclass
class Recording:
    """What a write changed, filled in when the write has committed."""

    entries: list[Entry] = field(default_factory=list)


def _columns(table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f"PRAGMA main.table_info({table})").fetchall()]


def _owner(table: str, row: str) -> str:
    column = TABLES[table]
    return "NULL" if column is None else f"{row}.{column}"


def _triggers(table: str) -> list[str]:
    columns = _columns(table)
    skipped = UNRECORDED.get(table, frozenset())
    record = ("INSERT INTO journal(tbl, customer_id, statement) "
              f"VALUES ('{table}', {{owner}}, {{statement}});")
    values = " || ',' || ".join(f"quote(old.{c})" for c in columns)
    made = [
        f"CREATE TEMP TRIGGER IF NOT EXISTS journal_{table}_insert AFTER INSERT ON main.{table} "
        "BEGIN " + record.format(
            owner=_owner(table, "new"),
            statement=f"'DELETE FROM {table} WHERE rowid = ' || new.rowid") + " END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS journal_{table}_delete AFTER DELETE ON main.{table} "
        "BEGIN " + record.format(
            owner=_owner(table, "old"),
            statement=(f"'INSERT INTO {table} (rowid, {', '.join(columns)}) VALUES (' "
                       f"|| old.rowid || ',' || {values} || ')'")) + " END",
    ]
    for column in columns:
        if column in skipped:
            continue
        made.append(
            f"CREATE TEMP TRIGGER IF NOT EXISTS journal_{table}_{column} "
            f"AFTER UPDATE OF {column} ON main.{table} WHEN old.{column} IS NOT new.{column} "
            "BEGIN " + record.format(
                owner=_owner(table, "old"),
                statement=(f"'UPDATE {table} SET {column} = ' || quote(old.{column}) "
                           "|| ' WHERE rowid = ' || old.rowid")) + " END")
    return made


def _install() -> None:
    """The journal table and triggers on this thread's connection (once per connection); on a
    server, where the triggers are the book's, the table and the recording turned on."""
    if is_server(db):
        server_journal.install(db)
        return
    if db.execute_sql(
            "SELECT 1 FROM sqlite_temp_master WHERE name = 'journal_setting_insert'").fetchone():
        return
    # REPLACE (settings, reminder states) deletes the old row; only with recursive triggers
    # does that delete reach the journal.
    db.execute_sql("PRAGMA recursive_triggers = 1")
    db.execute_sql(_CREATE_TABLE)
    for table in TABLES:
        for statement in _triggers(table):
            db.execute_sql(statement)


def _table() -> str:
    """The connection's own journal table, by the name each engine gives its TEMP tables."""
    return "pg_temp.journal" if is_server(db) else "temp.journal"


def _last_seq() -> int:
    return int(db.execute_sql(f"SELECT coalesce(max(seq), 0) FROM {_table()}").fetchone()[0])


def _entries_since(seq: int) -> int:
    """How many rows were recorded after `seq` (a server's numbers are not given again after a
    delete, as SQLite's are: counted, not subtracted)."""
    return int(db.execute_sql(f"SELECT count(*) FROM {_table()} WHERE seq > ?",
                              (seq,)).fetchone()[0])


def _taken_since(seq: int) -> list[Entry]:
    if is_server(db):
        rows = server_journal.in_the_files_order(db.execute_sql(
            f"SELECT tbl, customer_id, statement, sent FROM {_table()} WHERE seq > ? "
            "ORDER BY seq", (seq,)).fetchall())
    else:
        rows = db.execute_sql(
            f"SELECT tbl, customer_id, statement FROM {_table()} WHERE seq > ? ORDER BY seq",
            (seq,)).fetchall()
    db.execute_sql(f"DELETE FROM {_table()} WHERE seq > ?", (seq,))
    return [Entry(table, customer, statement) for table, customer, statement, *_sent in rows]


@contextmanager
def recording() -> Iterator[Recording]:
    """One transaction whose changed rows are journaled; `entries` is filled on commit."""
    found = Recording()
    _install()
    with db.atomic():
        # Bookkeeping written outside a recording (a reminder marked as shown) left rows that
        # no undo will ask for.
        db.execute_sql(f"DELETE FROM {_table()}")
        start = _last_seq()
        try:
            yield found
        finally:
            entries = _taken_since(start)
    found.entries = entries


def replay(entries: Sequence[Entry]) -> None:
    """Put back what `entries` record, newest first, in one write; or change nothing.

    Each statement must touch exactly its own row and nothing else: a row that another
    program has deleted or recreated since, or a delete that would take other rows with it,
    is a conflict, and the whole replay is rolled back.
    """
    customers = {e.customer_id for e in entries if e.customer_id is not None}
    with writing(*customers):
        # The language put back puts back the order of the names too: the keys are derived,
        # never on the journal, so they are made again as the language's rule says.
        language = shop_language(db) if any(e.table == "setting" for e in entries) else None
        for entry in reversed(entries):
            before = _last_seq()
            try:
                cursor = db.execute_sql(entry.statement)
            except peewee.IntegrityError as error:
                raise ReplayConflictError(entry.table) from error
            if cursor.rowcount != 1 or _entries_since(before) > 1:
                raise ReplayConflictError(entry.table)
        if language is not None:
            follow_language(db, language)
