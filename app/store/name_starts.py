"""The first two letters of every word of each customer's name, in the order of the list.

Two letters typed in the search box list the customers with a word of their name that starts
with them, alphabetically. Through the full-text index that meant finding every match ("ma"
is thousands of names in a large shop), joining each to its customer and sorting them all by
name, on every keystroke, to show a screenful. Here they are one range of one table already
in the list's order: the screenful is its first rows and the count is counted in the index.

The words are the name's as the search index has them (first and last name, the name they go
by, the company, and names with an apostrophe or a hyphen also run together), folded as
search folds what is typed. Only customers who are not archived have rows: a search that
includes the archived goes through the full-text index. Derived like the other fields
`refresh` keeps: rebuilt for the customers of every write, never on the undo journal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from app.store.batches import batches, every_row, mark, marks
from app.store.dialect import hint
from app.store.text import WORD, fold, name_forms

if TYPE_CHECKING:  # imported by jobs that read through plain sqlite3
    from peewee import SqliteDatabase

    from app.store.reading import Executes

CREATE = (
    'CREATE TABLE "name_start" ("start" TEXT NOT NULL, "sort_name" TEXT NOT NULL, '
    '"customer_id" INTEGER NOT NULL, PRIMARY KEY ("start", "sort_name", "customer_id"), '
    'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE) WITHOUT ROWID',
    'CREATE INDEX "name_start_customer_id" ON "name_start" ("customer_id")',
)


def starts(*names: str) -> set[str]:
    """The two-letter starts of the words of these names (two letters, nothing else)."""
    return {start for name in name_forms(*names) for start in word_starts(name)}


def word_starts(text: str) -> Iterator[str]:
    """The first two letters of each word of `text` that has two, folded, in order: of a
    name as kept here, and of what is typed as looked up here."""
    for word in WORD.findall(fold(text)):  # folded first: see WORD
        start = word[:2]
        if len(start) == 2 and start.isalpha():
            yield start


def create(database: SqliteDatabase) -> None:
    """The table and its index, filled for every customer (a schema step)."""
    for statement in CREATE:
        database.execute_sql(statement)
    rebuild(database, [row[0] for row in database.execute_sql("SELECT id FROM customer")])


def rebuild(database: SqliteDatabase, ids: Iterable[int]) -> None:
    """The rows of these customers, made again from their names as they are now."""
    for batch in batches(sorted(set(ids))):
        _replace(database, batch)


def insert_rows(database: SqliteDatabase, rows: list[tuple[str, str, int]]) -> None:
    """Add (start, sort_name, customer_id) rows of customers that have none yet; in the
    table's own order, each goes next to the one before rather than anywhere in it."""
    rows.sort()
    database.cursor().executemany(
        "INSERT INTO name_start (start, sort_name, customer_id) VALUES (?, ?, ?)", rows)


def _replace(database: SqliteDatabase, batch: Sequence[int]) -> None:
    database.execute_sql(f"DELETE FROM name_start WHERE customer_id IN ({marks(batch)})", batch)
    rows = [
        (start, sort_name, cid)
        for cid, sort_name, first, last, nickname, company in database.execute_sql(
            "SELECT id, sort_name, first_name, last_name, nickname, company FROM customer "
            # "+": through these customers' own rows, not the index of the archived
            f"WHERE id IN ({marks(batch)}) AND {hint(database)}archived_at IS NULL", batch)
        for start in starts(first, last, nickname, company)
    ]
    insert_rows(database, rows)


# The customers (not archived) with a word starting with these two letters whom the full-text
# query also finds; read along the range of the start, so in the list's order.
MATCHING = ("SELECT customer_id FROM name_start WHERE start = ? AND customer_id IN "
            "(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)")


def ids(database: Executes, letters: str, limit: int | None = None) -> list[int]:
    """The customers (not archived) with a word of their name starting with these two folded
    letters, in the list's order (by name); in the file or on a server."""
    m = mark(database)
    return [row[0] for row in database.execute_sql(
        f"SELECT customer_id FROM name_start WHERE start = {m} "
        f"ORDER BY sort_name, customer_id LIMIT {m}",
        (letters, every_row(database) if limit is None else limit))]


def count(database: Executes, letters: str) -> int:
    return int(database.execute_sql(
        f"SELECT count(*) FROM name_start WHERE start = {mark(database)}",
        (letters,)).fetchone()[0])
