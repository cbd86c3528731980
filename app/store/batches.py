"""Long lists of ids or keys, cut to fit one SQL statement.

SQLite limits the parameters of a statement; an export or an import touches tens of
thousands of customers, so every `IN (…)` over a caller's list goes through here.
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


def marks(batch: Sequence[object]) -> str:
    """The placeholders of an `IN (…)` for `batch`."""
    return ",".join("?" * len(batch))
