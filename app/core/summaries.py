"""What `regulars find` lists: the customers found, with a phone, an email and the last contact.

Read in plain SQL through any database that answers `execute_sql` (`app.store.reading`): the
job reads it through plain sqlite3 without loading peewee, and the program's own database
gives the same rows (`directory.summaries`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.store import search
from app.store.batches import batches, every_row, marks
from app.store.reading import Executes
from app.store.text import full_name


@dataclass(frozen=True)
class Summary:
    id: int
    name: str
    nickname: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    last_contact: dt.datetime | None


def found_ids(database: Executes, query: str, limit: int | None) -> list[int]:
    """The matches of `query`, best first; with no query everyone (not archived) by name."""
    if query.strip():
        return search.search_ids(database, query, limit=limit)
    return [row[0] for row in database.execute_sql(
        "SELECT id FROM customer WHERE archived_at IS NULL ORDER BY sort_name, id LIMIT ?",
        (every_row(database) if limit is None else limit,))]


def read(database: Executes, ids: Sequence[int]) -> list[Summary]:
    """The summaries of `ids`, in that order (those not found left out)."""
    names: dict[int, tuple[str, str, dt.datetime | None]] = {}
    phones: dict[int, list[str]] = {i: [] for i in ids}
    emails: dict[int, list[str]] = {i: [] for i in ids}
    for batch in batches(list(ids)):
        for cid, first, last, company, nickname, last_contact in database.execute_sql(
                "SELECT id, first_name, last_name, company, nickname, last_contact "
                f"FROM customer WHERE id IN ({marks(batch)})", batch):
            names[cid] = (full_name(first, last, company), nickname, _time(last_contact))
        for cid, kind, value in database.execute_sql(
                "SELECT customer_id, kind, value FROM contact_point "
                f"WHERE customer_id IN ({marks(batch)}) AND kind IN ('phone', 'email') "
                "ORDER BY position, id", batch):
            (phones if kind == "phone" else emails)[cid].append(value)
    return [Summary(i, names[i][0], names[i][1], tuple(phones[i]), tuple(emails[i]),
                    names[i][2])
            for i in ids if i in names]


def _time(value: str | dt.datetime | None) -> dt.datetime | None:
    """A stored time as the models read it back: text in the file ("2026-03-01
    10:15:00[.123456]"), a time already on a server."""
    if isinstance(value, dt.datetime):
        return value
    try:
        return None if value is None else dt.datetime.fromisoformat(value)
    except ValueError:
        return None
