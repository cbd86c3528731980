"""Long lists of ids or keys, cut to fit one SQL statement, and the placeholders of one.

SQLite limits the parameters of a statement; an export or an import touches tens of
thousands of customers, so every `IN (…)` over a caller's list goes through here. A statement
read on both engines takes its parameter mark and its "no limit" from here too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

SIZE = 500
T = TypeVar("T")


def batches(items: Sequence[T], size: int = SIZE) -> Iterator[Sequence[T]]:
    """`items` in slices of at most `size`, in order."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(batch: Sequence[object], database: object = None) -> str:
    """The placeholders of an `IN (…)` for `batch` (in `database`'s marks: see `mark`)."""
    return ",".join([mark(database)] * len(batch))


def mark(database: object) -> str:
    """A parameter's mark in `database`: "%s" on a server (psycopg), "?" in the file (peewee's
    SQLite, or a plain sqlite3 connection, which names none)."""
    return str(getattr(database, "param", "?"))


def every_row(database: object) -> int | None:
    """The LIMIT that keeps every row: -1 in the file, NULL on a server (which refuses -1)."""
    return None if is_server(database) else -1


def is_server(database: object) -> bool:
    """Whether `database` is a server book (the models' own database when one is open)."""
    return mark(database) == "%s"
