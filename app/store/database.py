"""Opening the one SQLite file, and the single path every write takes.

Pragmas, chosen on purpose:
- WAL lets the window read while a command-line job writes.
- `synchronous = FULL`: in WAL mode NORMAL may lose the last commits on a
  power cut. A note the owner saw saved must survive one, and the extra
  fsync per commit costs nothing a person can notice at a shop counter.
- `foreign_keys` so that removing a customer for good takes their rows along.
- A busy timeout so that two writers wait for each other instead of failing.
- `trusted_schema = OFF` on every connection: a view or trigger that came in a file
  (a restored backup) cannot call a function with side effects.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from app.store import schema, server_changes
from app.store.location import database_location, ensure_private_dir, ensure_private_file
from app.store.models import FILE, db
from app.store.reading import BUSY_TIMEOUT_MS, can_write, read_only_uri
from app.store.refresh import refresh

# The open server book's listener for other counters' writes (`server_changes`): one or none.
_LISTENING: list[server_changes.Listener] = []

# What a damaged, foreign or unreadable file raises, from peewee or from sqlite3 itself.
DATABASE_ERRORS: tuple[type[Exception], ...] = (peewee.DatabaseError, sqlite3.DatabaseError)

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    # 16 MB of pages of its own per connection: the system keeps the file's pages anyway, and
    # at 100,000 customers a 32 MB cache filled to the brim was a sixth of the window's memory
    # for no keystroke or profile measurably faster (tests/perf/bench.py).
    "cache_size": -16_000,
    "temp_store": "memory",
    "trusted_schema": 0,
}
# For a file that cannot be written to: nothing that would write, and SQLite told so too.
READ_ONLY_PRAGMAS = {name: value for name, value in PRAGMAS.items()
                     if name not in ("journal_mode", "synchronous")} | {"query_only": 1}


class ReadOnlyDatabaseError(sqlite3.OperationalError):
    """The file or its folder cannot be written to: nothing is damaged, nothing to repair."""


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a file that is not (yet) trusted, such as a backup to
    restore: it can change nothing on disk, and nothing in its schema runs functions."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def stored_version(path: Path) -> int:
    """The schema version of the file at `path`, read without writing a byte to it."""
    connection = open_read_only(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def open_database(path: Path | None, *, upgrade: bool = True, only_reads: bool = False) -> None:
    """Bind the models to `path`, creating it privately, and bring it up to date.

    With None, an empty database in memory: what a reading job sees before the
    owner has saved anything, without leaving a file behind.

    A file a newer Regulars wrote is refused before anything (turning on WAL rewrites the
    header). A file or folder that cannot be written to raises `ReadOnlyDatabaseError`,
    unless the caller `only_reads`: then it is opened read-only, as it is.
    """
    close_database()
    db.initialize(FILE)
    if path is not None and path.exists():
        found = stored_version(path)
        schema.refuse_newer(found)
        if not (can_write(path) and can_write(path.parent)):
            if not only_reads or (upgrade and found != schema.SCHEMA_VERSION):
                raise ReadOnlyDatabaseError(
                    f"{path} is read-only: it or its folder cannot be written to")
            db.init(read_only_uri(path), uri=True, pragmas=READ_ONLY_PRAGMAS,
                    timeout=BUSY_TIMEOUT_MS / 1000)
            db.connect()
            return
    if path is not None:
        ensure_private_dir(path.parent)
        ensure_private_file(path)
        from app.store import backup  # which imports this module

        backup.remove_abandoned(backup.folder_for(path).glob(f"*{backup.PARTIAL}"))
    db.init(":memory:" if path is None else str(path), pragmas=PRAGMAS,
            timeout=BUSY_TIMEOUT_MS / 1000)
    db.connect()
    if upgrade and path is not None and 0 < schema.version(db) < schema.SCHEMA_VERSION:
        # Before changing the tables of a file that holds data, keep a copy as it was.
        from app.store import backup

        backup.automatic(path, f"before-upgrade-v{schema.version(db)}",
                         dt.datetime.now().replace(microsecond=0))
    if upgrade:
        schema.upgrade(db)


def open_server(url: str, password: str | None = None) -> None:
    """Bind the models to the server book at `url` (postgresql://user@host/database), with
    `password` (else the one libpq finds), making the book in a database that holds none.

    `server.ServerUnavailableError` when the server cannot be reached or refuses this counter;
    a book a newer Regulars wrote is refused (`SchemaTooNewError`), and one an older Regulars
    wrote raises `server.UnknownVersionError` (no step brings a server book up yet).
    """
    from app.store import server

    close_database()
    book = server.connect(url, password)
    try:
        book.connect()
    except peewee.DatabaseError as error:
        raise server.unavailable(url, error) from None
    try:
        server.upgrade(book)
        listener = server_changes.Listener(book)
    except BaseException:
        book.close()
        raise
    db.initialize(book)
    _LISTENING.append(listener)


def changes_seen() -> int:
    """Changes with each commit another connection makes to the open book: on the file,
    SQLite's own count; on a server, the notifications another connection sent, read now."""
    if on_server():
        return _LISTENING[0].look() if _LISTENING else 0
    return int(db.execute_sql("PRAGMA data_version").fetchone()[0])


def changes_socket() -> int | None:
    """What becomes readable when another counter writes to the open server book (None on
    the file, which says nothing until asked)."""
    return _LISTENING[0].fileno() if on_server() and _LISTENING else None


def own_file() -> Path:
    """This computer's database: the open file, or beside which a counter on a server book
    keeps its backups and its log."""
    if on_server():
        return database_location()
    return database_file()


def on_server() -> bool:
    """Whether the open book is a server's, not the file's."""
    return db.obj is not FILE


def close_database() -> None:
    """The open book closed; the models are bound to the file again."""
    if not db.is_closed():
        db.close()
    while _LISTENING:
        _LISTENING.pop().close()
    db.initialize(FILE)


def database_file() -> Path:
    """The path of the open file; a server book has none (`on_server`)."""
    if on_server():
        raise RuntimeError("the open customer book is on a server, not in a file")
    name = db.database
    if name.startswith("file:"):  # opened read-only, as a URI
        return Path(urllib.parse.unquote(urllib.parse.urlsplit(name).path))
    return Path(name)


def is_private(path: Path) -> bool:
    return (os.stat(path).st_mode & 0o077) == 0


@dataclass
class Write:
    """The customers a write touched; their derived fields are redone at the end."""

    customer_ids: set[int] = field(default_factory=set)

    def touch(self, *ids: int) -> None:
        self.customer_ids.update(ids)


@contextmanager
def writing(*customer_ids: int) -> Iterator[Write]:
    """One transaction; on success, derived fields and search rows are refreshed in it."""
    write = Write(set(customer_ids))
    first: Exception | None = None
    try:
        with db.atomic():
            try:
                yield write
                refresh(db, write.customer_ids)
            except DATABASE_ERRORS as error:
                first = error
                raise
    except DATABASE_ERRORS as error:
        # On a full disk SQLite rolls the transaction back by itself, and the ROLLBACK that
        # follows fails with "no transaction is active". The full disk is what to report.
        if first is not None and error is not first:
            raise first from None
        raise


@contextmanager
def without_waiting() -> Iterator[None]:
    """For bookkeeping writes (when a customer was last opened): when another program holds
    the write lock, fail at once instead of waiting the busy timeout, so that the window never
    freezes for a write nobody asked for. A server waits for a row another counter holds for
    a moment at most (its `lock_timeout`; 0 there would mean for ever)."""
    if on_server():
        db.execute_sql("SET lock_timeout = '50ms'")
        try:
            yield
        finally:
            db.execute_sql("RESET lock_timeout")
        return
    db.execute_sql("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def is_locked(error: Exception) -> bool:
    """Another connection holds the lock (SQLITE_BUSY or SQLITE_LOCKED; on a server, a row
    another counter holds past `lock_timeout`)."""
    return isinstance(error, DATABASE_ERRORS) and (
        "locked" in str(error) or "lock timeout" in str(error))


def is_read_only() -> bool:
    """The open database was opened for reading only (its file or folder is read-only)."""
    return bool(db.execute_sql("PRAGMA query_only").fetchone()[0])


@contextmanager
def copy_in_memory() -> Iterator[peewee.SqliteDatabase]:
    """The open database copied into memory, for a check that SQLite runs as a write (the
    search index's own check) on a file that cannot be written to."""
    copy = peewee.SqliteDatabase(":memory:")
    copy.connect()
    try:
        db.connection().backup(copy.connection())
        yield copy
    finally:
        copy.close()
