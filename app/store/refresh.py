"""Derived fields, recomputed from the tables inside every write.

Last contact, total spent, visits, the days reminders ask about, the sort key,
the tag list, the agenda's rows, the starts of the names and the search row are
never edited by hand: they are recomputed
from what they summarise, so an insert, an edit or a delete of anything can
never leave them stale.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import TYPE_CHECKING

from app.store import agenda, name_starts, search
from app.store.batches import batches, marks
from app.store.text import fold, full_name

if TYPE_CHECKING:  # imported by jobs that read through plain sqlite3
    from peewee import SqliteDatabase

_STATS_SQL = """
UPDATE customer SET
    last_contact = (SELECT max(i.at) FROM interaction i WHERE i.customer_id = customer.id),
    total_spent_cents = coalesce((SELECT sum(i.amount_cents) FROM interaction i
        WHERE i.customer_id = customer.id AND i.kind = 'purchase'), 0),
    visit_count = (SELECT count(DISTINCT date(i.at)) FROM interaction i
        WHERE i.customer_id = customer.id AND i.kind IN ('visit', 'purchase')),
    interaction_count = (SELECT count(*) FROM interaction i WHERE i.customer_id = customer.id),
    first_visit = (SELECT min(i.at) FROM interaction i
        WHERE i.customer_id = customer.id AND i.kind IN ('visit', 'purchase')),
    last_visit = (SELECT max(i.at) FROM interaction i
        WHERE i.customer_id = customer.id AND i.kind IN ('visit', 'purchase')),
    loyalty_points = coalesce((SELECT sum(i.points) FROM interaction i
        WHERE i.customer_id = customer.id), 0)
WHERE id IN ({marks})
"""

# A regular has stopped coming when the time since their last visit is this many of their usual
# gaps, and at least three weeks more than one gap: a weekly regular after four weeks away.
LAPSED_FACTOR = 2.0
LAPSED_SLACK_DAYS = 21
LAPSED_MIN_VISITS = 3
# Who stopped coming is listed by what they used to spend, most first, then by name. "+" keeps
# SQLite on the index of the day each crossed their rhythm: walking the index of amounts would
# read every customer to find a few.
LAPSED_ORDER = "+total_spent_cents DESC, sort_name, id"

# The days the reminders ask about, kept so that reading them at any size is a look in an index:
# the day a regular crosses their own rhythm (`lapse_on`), and the day a customer with a
# stay-in-touch interval is next due (`contact_due`).
DUE_SQL = f"""
UPDATE customer SET
    lapse_on = CASE WHEN visit_count >= {LAPSED_MIN_VISITS} AND last_visit IS NOT NULL
            AND first_visit IS NOT NULL AND date(last_visit) > date(first_visit)
        THEN date(last_visit, '+' || (CAST(max(
            {LAPSED_FACTOR} * (julianday(date(last_visit)) - julianday(date(first_visit)))
                / (visit_count - 1),
            (julianday(date(last_visit)) - julianday(date(first_visit))) / (visit_count - 1)
                + {LAPSED_SLACK_DAYS}) AS INTEGER) + 1) || ' days') END,
    contact_due = CASE WHEN contact_every_days IS NOT NULL
        THEN date(coalesce(last_contact, created_at), '+' || contact_every_days || ' days') END
WHERE id IN ({{marks}})
"""

_TAGS_SQL = """
UPDATE customer SET
    tag_list = coalesce((SELECT group_concat(name, ', ') FROM (
        SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id
        WHERE ct.customer_id = customer.id ORDER BY t.name COLLATE NOCASE)), '')
WHERE id IN ({marks})
"""


def refresh(
    database: SqliteDatabase, ids: Iterable[int] | range, fresh: Container[int] = ()
) -> None:
    """Recompute every derived field of these customers, and their search rows.

    `fresh` names customers an import has just created together with their
    sort key, search row and name starts, and who have no timeline yet: only their
    tag list is left to compute.
    """
    id_list = ids if isinstance(ids, range) else sorted(set(ids))
    new = fresh
    for batch in batches(id_list):
        database.execute_sql(_TAGS_SQL.format(marks=marks(batch)), batch)
        known = [cid for cid in batch if cid not in new]
        if known:
            database.execute_sql(_STATS_SQL.format(marks=marks(known)), known)
        database.execute_sql(DUE_SQL.format(marks=marks(batch)), batch)
        if known:
            names = database.execute_sql(
                f"SELECT id, first_name, last_name, company FROM customer "
                f"WHERE id IN ({marks(known)})", known,
            ).fetchall()
            database.cursor().executemany(
                "UPDATE customer SET sort_name = ? WHERE id = ?",
                [(sort_key(first, last, company), cid) for cid, first, last, company in names],
            )
    recomputed = [cid for cid in id_list if cid not in new]
    agenda.rebuild(database, id_list)  # after the sort keys, which order these two
    name_starts.rebuild(database, recomputed)
    search.reindex(database, recomputed)


def sort_key(first: str, last: str, company: str) -> str:
    return fold(full_name(first, last, company))
