"""The customer book on a PostgreSQL server: the tables of the SQLite file, made whole.

A server book starts at this program's schema version. Its tables are made from the models
(which describe the newest schema), the two tables the lists are read from (`agenda`,
`name_start`) as SQLite makes them, and every index the schema steps made in the SQLite file
as those steps wrote it: one description of the schema, so the two engines cannot drift apart.
Its version is kept in a one-row table, as SQLite keeps it in `user_version`. A later schema
step runs on both engines.

What SQLite does by itself is asked of PostgreSQL by name. Text has no length limit, as in the
file (peewee's VARCHAR(255) would refuse a long tag list), and is compared and sorted by its
bytes, as in the file (the "C" collation), whatever language the server sorts in. The search
index is the server's own (`server_search`). Tag names are unique whatever the
case of A to Z, as SQLite's NOCASE makes them, and no further: "Café" and "CAFÉ" are two tags in
the file, so they are two on the server too, whatever language the server sorts in (a server's
own case-insensitive collation would fold É as well, and a book with both could not be copied).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee

from app.store import (
    agenda,
    journal,
    name_starts,
    schema,
    search,
    server_changes,
    server_journal,
    server_search,
)
from app.store.models import ALL_MODELS, Tag
from app.store.version import SCHEMA_VERSION

VERSION_TABLE = "regulars_schema"
# The advisory lock that counters opening one book at once take to mend it one at a time.
_MENDING = 0x52454753
# The tag table, as the model describes it but for its NOCASE column: under the "C" collation
# lower() folds A to Z only, as NOCASE does, whatever the database's own collation.
_TAG_TABLE = ('CREATE TABLE "tag" ("id" SERIAL NOT NULL PRIMARY KEY, '
              '"name" TEXT COLLATE "C" NOT NULL)',
              'CREATE UNIQUE INDEX "tag_name" ON "tag" (lower("name"))')


_SCHEMES = ("postgresql://", "postgres://")
# psycopg says what it could not finish on its own logger, quoting the values it was sending
# (customers' names, notes): not for the owner's terminal, nor for the log, which never holds
# them. What went wrong reaches the owner through the exception.
logging.getLogger("psycopg").addHandler(logging.NullHandler())
logging.getLogger("psycopg").propagate = False
# Seconds to wait for a server that does not answer (libpq waits for ever without it).
CONNECT_TIMEOUT = 10


class UnknownVersionError(RuntimeError):
    """A server book at an older version than this one, which no step brings up yet."""


class NotABookError(RuntimeError):
    """A database that holds tables of another program, not a customer book: none is made in
    it. `where` is its address without the password."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{shown_url(url)} holds tables that are not a customer book")
        self.where = shown_url(url)


class ServerUnavailableError(RuntimeError):
    """The server could not be reached, would not let this counter in, or stopped answering:
    `reason` says which (one of `REASONS`), `where` is its address without the password and
    `said` what the server or libpq said, in one line (`app.core.server_copy` says it all in
    the owner's words)."""

    def __init__(self, reason: str, url: str, said: str) -> None:
        super().__init__(f"{reason}: {shown_url(url)}: {said}")
        self.reason, self.where, self.said = reason, shown_url(url), said


# Why a server book cannot be used: no password where one is asked for, a password refused,
# no such database on the server, anything else (not reached, stopped answering).
REASONS = ("password_missing", "password_refused", "no_database", "unusable")


def checked_url(text: str) -> str:
    """`text` as a server book's address (postgresql://user@host/database), the way libpq reads
    it; ValueError saying what is wrong with it otherwise (never quoting a password, nor what
    libpq said of it, which may). Nothing is connected to."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    example = "write it like postgresql://user@host/database"
    if not text.startswith(_SCHEMES):
        raise ValueError(f"{shown_url(text)!r} is not the address of a server; {example}")
    url = "postgresql://" + text.partition("://")[2]  # libpq knows both; peewee only this one
    try:
        params = conninfo_to_dict(url)
    except ProgrammingError:
        raise ValueError(f"{shown_url(url)!r} could not be read as the address of a server; "
                         f"{example}") from None
    if not params.get("dbname"):
        raise ValueError(f"{shown_url(url)!r} names no database; {example}")
    ports = str(params.get("port") or "5432").split(",")  # one per host, where there are more
    if not all(port.isdigit() and 0 < int(port) < 65536 for port in ports):
        raise ValueError(f"{shown_url(url)!r} is not the address of a server (the port is a "
                         f"number up to 65535); {example}")
    return url


def shown_url(text: str) -> str:
    """An address as typed, without any password in it, to print and to log: none after the
    user name (whatever it holds: libpq takes a "#" or a "?" there) and none among the
    options."""
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text if "@" not in text else "…@" + text.rpartition("@")[2]
    at = rest.rfind("@")
    if at >= 0:
        rest = rest[:at].split(":", 1)[0] + rest[at:]
    place, asked, options = rest.partition("?")
    if asked:
        kept = [o for o in options.split("&") if not o.lower().startswith("password=")]
        rest = place + ("?" + "&".join(kept) if kept else "")
    return scheme + sep + rest


def in_server_marks(sql: str) -> str:
    """A statement written with SQLite's "?" marks, as psycopg reads it: "%s" for each mark
    outside quotes, and every "%" doubled (psycopg reads "%" as the start of a mark, even in
    a LIKE pattern). One already in psycopg's marks ("%s": the models' own queries,
    `batches.mark`) is left as it is."""
    if "?" not in sql:
        return sql
    parts = _QUOTED.split(sql)
    if any("%s" in part for part in parts[::2]):  # marked outside quotes
        return sql
    return "".join(part.replace("%", "%%") if i % 2 else
                   part.replace("%", "%%").replace("?", "%s") for i, part in enumerate(parts))


# Quoted text and names, kept apart so that a "?" in them is left alone.
_QUOTED = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")""")


class _Cursor:
    """A psycopg cursor that takes the statements of the store, written once for both engines
    with SQLite's marks (`in_server_marks`)."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Any = None) -> Any:
        if not params:  # read as it is: psycopg looks for marks only where there are values
            return self._cursor.execute(sql)
        return self._cursor.execute(in_server_marks(sql), params)

    def executemany(self, sql: str, params: Any) -> Any:
        return self._cursor.executemany(in_server_marks(sql), params)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class ServerBook(peewee.PostgresqlDatabase):
    """A server book's database: PostgreSQL, reading the store's statements (`_Cursor`) and
    giving back days and times as the file does, as ISO text ("2026-03-01", "2026-03-01
    10:15:00"), which the store's readers compare and cut as text and the models' fields read
    as they read the file's."""

    def _initialize_connection(self, conn: Any) -> None:
        from psycopg.types.string import TextLoader

        conn.execute("SET datestyle = 'ISO, YMD'")
        for kind in ("date", "timestamp"):
            conn.adapters.register_loader(kind, TextLoader)

    def cursor(self, named_cursor: Any = None) -> Any:  # type: ignore[override]
        return _Cursor(super().cursor(named_cursor))


def connect(url: str, password: str | None = None) -> ServerBook:
    """A database for the server book at `url` (postgresql://user@host/db), not yet opened,
    with `password` (else the one libpq finds); one that does not answer is given up after
    `CONNECT_TIMEOUT` seconds unless `url` says."""
    from psycopg.conninfo import conninfo_to_dict

    given = conninfo_to_dict(url)
    extra: dict[str, object] = {}
    if "connect_timeout" not in given:
        extra["connect_timeout"] = CONNECT_TIMEOUT
    if password:
        extra["password"] = password
    return ServerBook(url, autorollback=False, **extra)


@contextmanager
def opened(url: str, password: str | None = None) -> Iterator[peewee.PostgresqlDatabase]:
    """The server book at `url`, connected, closed after. `ServerUnavailableError` when it
    cannot be reached or refuses this counter, or when it stops answering on the way."""
    from psycopg import Error

    database = connect(url, password)
    try:
        database.connect()
    except peewee.DatabaseError as error:
        raise unavailable(url, error) from None
    try:
        yield database
    except (peewee.DatabaseError, Error) as error:
        if not from_server(error):
            raise
        raise unavailable(url, error) from None
    finally:
        database.close()


def from_server(error: BaseException) -> bool:
    """Whether a database error came from a server (psycopg), not from the SQLite file."""
    from psycopg import Error

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, Error) or any(isinstance(arg, Error) for arg in seen.args):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def password_file() -> Path:
    """Where libpq looks for passwords: $PGPASSFILE, else its own place on this system."""
    named = os.environ.get("PGPASSFILE")
    if named:
        return Path(named)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", "~"), "postgresql", "pgpass.conf").expanduser()
    return Path("~/.pgpass").expanduser()


def unavailable(url: str, error: BaseException) -> ServerUnavailableError:
    """The `ServerUnavailableError` for what the server or libpq said in `error`."""
    said = first_line(error)
    if "no password supplied" in said:
        return ServerUnavailableError("password_missing", url, said)
    if "password authentication failed" in said:
        return ServerUnavailableError("password_refused", url, said)
    if said.startswith("database ") and said.endswith(" does not exist"):
        return ServerUnavailableError("no_database", url, said.removesuffix(" does not exist"))
    return ServerUnavailableError("unusable", url, said)


def first_line(error: BaseException) -> str:
    """libpq's or the server's message, without libpq's "connection to server at ... failed:"
    preamble and the hints on further lines."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    text = text.rpartition(" failed: ")[2] if " failed: " in text else text
    return text.removeprefix("FATAL:").strip()


def _url_of(database: peewee.Database) -> str:
    """The address a database was opened at (as `connect` was given it)."""
    return str(database.database)


def version(database: peewee.Database) -> int:
    """The schema version of the server book; 0 for a database Regulars never wrote to."""
    exists = database.execute_sql(
        "SELECT to_regclass(%s) IS NOT NULL", (VERSION_TABLE,)).fetchone()[0]
    if not exists:
        return 0
    row = database.execute_sql(f'SELECT "version" FROM "{VERSION_TABLE}"').fetchone()
    return 0 if row is None else int(row[0])


def upgrade(database: peewee.Database) -> list[int]:
    """Make the book at this version in an empty database; a newer one is refused. Returns the
    versions passed through, as `schema.upgrade` does."""
    found = version(database)
    schema.refuse_newer(found)
    if found == SCHEMA_VERSION:
        if not server_changes.installed(database):
            with database.atomic():
                _mend(database)
        if not server_search.has_names(database):
            with database.atomic():  # one counter adds them; another waits, then sees them
                database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_MENDING,))
                if not server_search.has_names(database):
                    server_search.add_names(database)
        return []
    if found:  # no step has been written for the server yet: every server book starts here
        raise UnknownVersionError(f"a server book at version {found} cannot be brought "
                                  f"up to {SCHEMA_VERSION}")
    if database.execute_sql("SELECT 1 FROM information_schema.tables "
                            "WHERE table_schema = current_schema() LIMIT 1").fetchone():
        raise NotABookError(_url_of(database))
    with database.atomic():
        _create(database)
    return [SCHEMA_VERSION]


def _create(database: peewee.Database) -> None:
    for statement in _TAG_TABLE:
        database.execute_sql(statement)
    with database.bind_ctx(ALL_MODELS):
        database.create_tables([m for m in ALL_MODELS if m is not Tag], safe=False)
    for statement in (*agenda.CREATE, agenda.ADD_SAID, *name_starts.CREATE):
        database.execute_sql(statement.replace(" WITHOUT ROWID", ""))
    _text_as_in_the_file(database)
    _whole_numbers_as_in_the_file(database)
    _defaults_as_in_the_file(database)
    server_search.create(database)
    server_journal.create(database, journal.TABLES, journal.UNRECORDED)
    server_changes.create(database)
    made = set(indexes(database))
    for (kind, name), (_table, sql) in sorted(schema.made_by(SCHEMA_VERSION).items()):
        if kind == "index" and name not in made and sql and not name.startswith(search.TABLE):
            database.execute_sql(sql)
    database.execute_sql(f'CREATE TABLE "{VERSION_TABLE}" ("version" INTEGER NOT NULL)')
    database.execute_sql(f'INSERT INTO "{VERSION_TABLE}" VALUES (%s)', (SCHEMA_VERSION,))


def _mend(database: peewee.Database) -> None:
    """What a book of this version made by an earlier build (an early `copy --to`) lacks: the
    columns' defaults, the undo journal's triggers and the notifications to other counters
    (the last made last, so that their presence says the book is whole)."""
    _defaults_as_in_the_file(database)
    if not database.execute_sql("SELECT 1 FROM pg_trigger WHERE tgname LIKE 'journal\\_%' "
                                "LIMIT 1").fetchone():
        server_journal.create(database, journal.TABLES, journal.UNRECORDED)
    server_changes.create(database)


def _defaults_as_in_the_file(database: peewee.Database) -> None:
    """Each column's default written into the table, as the file has them (a column a schema
    step added has its default there): a statement of the store that leaves a column out, as
    the sample shop's do, gets the same value on both engines, not NULL."""
    from psycopg.sql import Literal

    connection = database.connection()
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if field.default is None or callable(field.default):
                continue
            value = Literal(field.db_value(field.default)).as_string(connection)
            database.execute_sql(f'ALTER TABLE "{model._meta.table_name}" ALTER COLUMN '
                                 f'"{field.column_name}" SET DEFAULT {value}')


def _whole_numbers_as_in_the_file(database: peewee.Database) -> None:
    """Every whole-number column 64 bits wide, as the file keeps them: amounts are kept in
    cents, and a shop that sells in rupiah or won passes 2^31 of them (21 million of a unit)
    in one customer's total."""
    for table, column in database.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = 'integer'").fetchall():
        database.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE BIGINT')


def _text_as_in_the_file(database: peewee.Database) -> None:
    """Every text column TEXT under the "C" collation, before any index is made on it: the file
    limits no text (peewee's VARCHAR(255) would), and compares and sorts text by its bytes,
    which is what the list's sort keys are made for and what its indexes answer in order (a
    column in the server's language would need a sort of thousands for every screenful)."""
    for table, column in database.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() "
            "AND data_type IN ('character varying', 'text')").fetchall():
        database.execute_sql(
            f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE TEXT COLLATE "C"')


def indexes(database: peewee.Database) -> list[str]:
    """The names of the indexes of the book's tables (not of the primary keys)."""
    return [name for (name,) in database.execute_sql(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
        "AND indexname NOT LIKE '%_pkey' ORDER BY indexname")]


def columns(database: peewee.Database) -> dict[str, list[str]]:
    """Each table's columns, in their order."""
    found: dict[str, list[str]] = {}
    for table, column in database.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"):
        found.setdefault(table, []).append(column)
    return found


def problems(database: peewee.Database) -> list[str]:
    """What is wrong with a server book, in words; empty when it is whole. The server keeps its
    own pages and links sound: what can go wrong is a table or column someone dropped by hand,
    and customers the search index lost."""
    found: list[str] = []
    present = columns(database)
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table not in present:
            found.append(f"schema: the table {table} is missing")
            continue
        lacking = [field.column_name for field in model._meta.sorted_fields
                   if field.column_name not in present[table]]
        if lacking:
            found.append(f"schema: the table {table} lacks {', '.join(lacking)}")
    if server_search.TABLE not in present:
        return [*found, "search: the search index is missing"]
    unindexed = database.execute_sql(
        f'SELECT count(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM "{server_search.TABLE}" '
        "s WHERE s.customer_id = c.id)").fetchone()[0]
    if unindexed:
        found.append(f"search: {unindexed} customer(s) are missing from the search index")
    return found
