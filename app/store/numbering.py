"""The numbers a table gives its rows, read and handed out the same way in the file and on a
server.

A customer's number is never given twice, not even the number of one erased for good: the file
keeps the highest given in `sqlite_sequence` (AUTOINCREMENT), a server in the table's sequence.
An import numbers the rows it writes itself, so that it can write them in batches and link
them to each other before they are written (`held_numbers`); the numbers it took are then
marked given on a server (`mark_given`), whose own inserts take them from the sequence.
"""

from __future__ import annotations

from collections.abc import Sequence

import peewee

from app.store.batches import is_server

# The tables whose numbers are never given twice; the others' go on from their highest row.
NUMBERED = ("customer", "erasure")


def sequence(database: peewee.Database, table: str) -> str:
    """The name of the sequence that numbers `table`'s rows on a server."""
    return str(database.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')",
                                    (f'"{table}"',)).fetchone()[0])


def _last_given(database: peewee.Database, name: str) -> int:
    """The highest number the server's sequence `name` has given (0 for none yet)."""
    last, called = database.execute_sql(f"SELECT last_value, is_called FROM {name}").fetchone()
    return int(last) if called else 0


def given(database: peewee.Database) -> dict[str, int]:
    """The highest number each of the `NUMBERED` tables has given (kept when its row is gone)."""
    if is_server(database):
        return {table: _last_given(database, sequence(database, table)) for table in NUMBERED}
    rows = dict(database.execute_sql("SELECT name, seq FROM sqlite_sequence").fetchall())
    return {table: int(rows.get(table, 0)) for table in NUMBERED}


def held_numbers(database: peewee.Database, tables: Sequence[str]) -> dict[str, int]:
    """The first free number of each of `tables`, held for this transaction: past every row and
    every number given. In the file the transaction's write lock holds them. On a server the
    tables are locked against other counters' new rows and changes until the transaction ends
    (their reads go on): their own numbers come from the sequence, which `mark_given` moves
    past the ones taken here."""
    if is_server(database):
        names = ", ".join(f'"{table}"' for table in tables)
        database.execute_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
    highest = given(database)
    return {table: 1 + max(highest.get(table, 0), database.execute_sql(
        f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0) for table in tables}


def mark_given(database: peewee.Database, table: str, highest: int) -> None:
    """Every number of `table` up to `highest` marked given, so that none is given again: the
    file's `sqlite_sequence` (for the `NUMBERED` tables: the others' rows are numbered from
    their highest), a server's sequence, never moved back."""
    if highest < 1:
        return
    if is_server(database):
        name = sequence(database, table)
        if highest > _last_given(database, name):
            database.execute_sql("SELECT setval(%s, %s, true)", (name, highest))
        return
    if table in NUMBERED:
        database.execute_sql("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?",
                             (highest, table))
        database.execute_sql("INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT "
                             "EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)",
                             (table, highest, table))
