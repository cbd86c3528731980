"""Derived fields, recomputed from the tables inside every write.

Last contact, total spent, visits, the days reminders ask about, the sort key,
the tag list, newsletter consent, the agenda's rows, the starts of the names and
the search row are never edited by hand: they are recomputed
from what they summarise, so an insert, an edit or a delete of anything can
never leave them stale.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import TYPE_CHECKING

from app.store import agenda, name_starts, search
from app.store.batches import batches, is_server, marks
from app.store.dialect import false, joined
from app.store.sorting import rule, shop_language, sort_key

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
# The same days on a server, in its words: days between two dates are their difference, a
# date moved on is a sum, and a fraction of days is cut towards zero as SQLite's CAST does.
_SERVER_DUE_SQL = f"""
UPDATE customer SET
    lapse_on = CASE WHEN visit_count >= {LAPSED_MIN_VISITS} AND last_visit IS NOT NULL
            AND first_visit IS NOT NULL AND date(last_visit) > date(first_visit)
        THEN date(last_visit) + (trunc(greatest(
            {LAPSED_FACTOR} * (date(last_visit) - date(first_visit)) / (visit_count - 1.0),
            (date(last_visit) - date(first_visit)) / (visit_count - 1.0)
                + {LAPSED_SLACK_DAYS}))::integer + 1) END,
    contact_due = CASE WHEN contact_every_days IS NOT NULL
        THEN date(coalesce(last_contact, created_at)) + contact_every_days::integer END
WHERE id IN ({{marks}})
"""

_TAGS_SQL = """
UPDATE customer SET
    tag_list = coalesce((SELECT {joined} FROM (
        SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id
        WHERE ct.customer_id = customer.id ORDER BY lower(t.name), t.name) AS named), '')
WHERE id IN ({marks})
"""

# Newsletter consent as the latest record of each customer says (`app.core.consent`): the mailing
# list and the profile read these two columns.
_CONSENT_SQL = """
UPDATE customer SET
    newsletter = coalesce((SELECT c.given FROM consent c WHERE c.customer_id = customer.id
        ORDER BY c.at DESC, c.id DESC LIMIT 1), {no}),
    newsletter_since = (SELECT CASE WHEN c.given THEN date(c.at) END FROM consent c
        WHERE c.customer_id = customer.id ORDER BY c.at DESC, c.id DESC LIMIT 1)
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
    language: str | None = None  # read once, when the first name is to be keyed
    server = is_server(database)
    tags = _TAGS_SQL.replace("{joined}", joined(database, "name"))
    consent = _CONSENT_SQL.replace("{no}", false(database))
    for batch in batches(id_list):
        database.execute_sql(tags.format(marks=marks(batch)), batch)
        database.execute_sql(consent.format(marks=marks(batch)), batch)
        known = [cid for cid in batch if cid not in new]
        if known:
            database.execute_sql(_STATS_SQL.format(marks=marks(known)), known)
        database.execute_sql((_SERVER_DUE_SQL if server else DUE_SQL).format(
            marks=marks(batch)), batch)
        if known:
            if language is None:
                language = shop_language(database)
            names = database.execute_sql(
                f"SELECT id, first_name, last_name, company FROM customer "
                f"WHERE id IN ({marks(known)})", known,
            ).fetchall()
            database.cursor().executemany(
                "UPDATE customer SET sort_name = ? WHERE id = ?",
                [(sort_key(first, last, company, language), cid)
                 for cid, first, last, company in names],
            )
    recomputed = [cid for cid in id_list if cid not in new]
    agenda.rebuild(database, id_list)  # after the sort keys, which order these two
    name_starts.rebuild(database, recomputed)
    search.reindex(database, recomputed)


# Customers read at a time to key them again, so that the names held are a few thousand at
# any size of shop; only the keys that changed are kept until they are written.
RESORT_BATCH = 5000


def resort(database: SqliteDatabase) -> list[int]:
    """Every customer's sort key made again by the rule of the shop's language (a change of
    language, a schema step), with the copies the agenda and the name starts keep of those
    that changed; the ids of those. Only a name the rules spell apart (an umlaut, an ñ) gets
    a new key, so most rows and their indexes are left as they are."""
    language = shop_language(database)
    changed: list[tuple[str, int]] = []
    last = 0
    while rows := database.execute_sql(
            "SELECT id, sort_name, first_name, last_name, company FROM customer WHERE id > ? "
            "ORDER BY id LIMIT ?", (last, RESORT_BATCH)).fetchall():
        changed += [(key, cid) for cid, kept, first, last_name, company in rows
                    if (key := sort_key(first, last_name, company, language)) != kept]
        last = rows[-1][0]
    database.cursor().executemany("UPDATE customer SET sort_name = ? WHERE id = ?", changed)
    ids = [cid for _key, cid in changed]
    agenda.rebuild(database, ids)
    name_starts.rebuild(database, ids)
    if is_server(database):  # the names a server keeps apart, in the list's order too
        from app.store import server_search

        server_search.sort_again(database, ids)
    return ids


def follow_language(database: SqliteDatabase, before: str) -> None:
    """After the shop's language was `before` and may have been saved anew, in the same
    transaction: the keys are made again when the new language sorts by another rule."""
    if rule(shop_language(database)) != rule(before):
        resort(database)
