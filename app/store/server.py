"""The customer book on a PostgreSQL server: the tables of the SQLite file, made whole.

A server book starts at this program's schema version. Its tables are made from the models
(which describe the newest schema), the two tables the lists are read from (`agenda`,
`name_start`) as SQLite makes them, and every index the schema steps made in the SQLite file
as those steps wrote it: one description of the schema, so the two engines cannot drift apart.
Its version is kept in a one-row table, as SQLite keeps it in `user_version`. A later schema
step runs on both engines.

What SQLite does by itself is asked of PostgreSQL by name. Text has no length limit, as in the
file (peewee's VARCHAR(255) would refuse a long tag list). Tag names are unique whatever the
case of A to Z, as SQLite's NOCASE makes them, and no further: "Café" and "CAFÉ" are two tags in
the file, so they are two on the server too, whatever language the server sorts in (a server's
own case-insensitive collation would fold É as well, and a book with both could not be copied).
"""

from __future__ import annotations

import peewee

from app.store import agenda, name_starts, schema, search
from app.store.models import ALL_MODELS, Tag
from app.store.version import SCHEMA_VERSION

VERSION_TABLE = "regulars_schema"
# The tag table, as the model describes it but for its NOCASE column: under the "C" collation
# lower() folds A to Z only, as NOCASE does, whatever the database's own collation.
_TAG_TABLE = ('CREATE TABLE "tag" ("id" SERIAL NOT NULL PRIMARY KEY, '
              '"name" TEXT COLLATE "C" NOT NULL)',
              'CREATE UNIQUE INDEX "tag_name" ON "tag" (lower("name"))')


class UnknownVersionError(RuntimeError):
    """A server book at an older version than this one, which no step brings up yet."""


def connect(url: str) -> peewee.PostgresqlDatabase:
    """A database for the server book at `url` (postgresql://user@host/db), not yet opened."""
    return peewee.PostgresqlDatabase(url, autorollback=False)


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
        return []
    if found:  # no step has been written for the server yet: every server book starts here
        raise UnknownVersionError(f"a server book at version {found} cannot be brought "
                                  f"up to {SCHEMA_VERSION}")
    with database.atomic():
        _create(database)
    return [SCHEMA_VERSION]


def _create(database: peewee.Database) -> None:
    for statement in _TAG_TABLE:
        database.execute_sql(statement)
    with database.bind_ctx(ALL_MODELS):
        database.create_tables([m for m in ALL_MODELS if m is not Tag], safe=False)
    _unlimited_text(database)
    for statement in (*agenda.CREATE, agenda.ADD_SAID, *name_starts.CREATE):
        database.execute_sql(statement.replace(" WITHOUT ROWID", ""))
    made = set(indexes(database))
    for (kind, name), (_table, sql) in sorted(schema.made_by(SCHEMA_VERSION).items()):
        if kind == "index" and name not in made and sql and not name.startswith(search.TABLE):
            database.execute_sql(sql)
    database.execute_sql(f'CREATE TABLE "{VERSION_TABLE}" ("version" INTEGER NOT NULL)')
    database.execute_sql(f'INSERT INTO "{VERSION_TABLE}" VALUES (%s)', (SCHEMA_VERSION,))


def _unlimited_text(database: peewee.Database) -> None:
    """Every VARCHAR column made TEXT, keeping its collation: the file limits no text."""
    for table, column in database.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = 'character varying'"
    ).fetchall():
        database.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE TEXT')


def indexes(database: peewee.Database) -> list[str]:
    """The names of the indexes of the book's tables (not of the primary keys)."""
    return [name for (name,) in database.execute_sql(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
        "AND indexname NOT LIKE '%%_pkey' ORDER BY indexname")]


def columns(database: peewee.Database) -> dict[str, list[str]]:
    """Each table's columns, in their order."""
    found: dict[str, list[str]] = {}
    for table, column in database.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"):
        found.setdefault(table, []).append(column)
    return found
