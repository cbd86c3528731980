"""A connection that only reads, through plain sqlite3, for the jobs that only read.

`regulars find` and `regulars reminders` take a few milliseconds of SQL; loading peewee and
the models to run it took longer than the rest of the job. This connection answers
`execute_sql` as the program's database does, so the store's reading functions and the
reminders take either, and give the same rows. A server mode replaces it with its own.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from app.store.location import PARTIAL
from app.store.version import SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000


class Executes(Protocol):
    """What the reading functions ask of a database: the program's (peewee) or `Reading`."""

    def execute_sql(self, sql: str, params: Sequence[object] = ...) -> sqlite3.Cursor: ...


def or_program(database: Executes | None) -> Executes:
    """`database`, or else the program's own, imported only then (it loads peewee)."""
    if database is not None:
        return database
    from app.store.models import db

    return db


class Reading:
    """`execute_sql` over one read-only sqlite3 connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute_sql(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, tuple(params))

    def close(self) -> None:
        self.connection.close()


def read_only_uri(path: Path) -> str:
    """The file as a read-only URI. In a folder that cannot be written to, SQLite cannot make
    the shared-memory file a WAL database is read through, and nobody can write there either:
    the file is then read as unchanging."""
    # Quoted by as_uri, since `%`, `#` and `?` mean something in a URI.
    path = Path(path).resolve()
    return path.as_uri() + ("?mode=ro" if can_write(path.parent) else "?mode=ro&immutable=1")


def can_write(path: Path) -> bool:
    return os.access(path, os.W_OK)


def open_reading(path: Path) -> Reading | None:
    """The database at `path` to read, or None unless it is there, readable and at this
    program's version, with no restore's copy beside it: the usual way then opens it, upgrades
    it, finishes or undoes the restore, or says what is wrong. A database another program
    holds locked past the busy timeout raises, as it would the usual way, rather than being
    waited for twice."""
    if not path.is_file() or path.with_name(path.name + PARTIAL).exists():
        return None
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA query_only = 1")
        if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return Reading(connection)
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            connection.close()
            raise
    except sqlite3.Error:
        pass
    connection.close()
    return None
