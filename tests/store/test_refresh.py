"""Derived fields (last contact, total spent, visits) follow every write."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import customers, demo, timeline
from app.store import copying, refresh, server
from app.store.models import db


def test_derived_fields_follow_every_timeline_write(store: Path):
    import datetime as dt

    cid = customers.create_customer(first_name="Eleanor")
    first = timeline.log(cid, "purchase", "dark roast", "24.50", dt.datetime(2026, 11, 1, 9))
    timeline.log(cid, "visit", "", None, dt.datetime(2026, 11, 1, 15))
    second = timeline.log(cid, "call", "asked about beans", None, dt.datetime(2026, 11, 20, 11))
    from app.core.profile import load

    p = load(cid)
    assert (p.last_contact, str(p.total_spent), p.visit_count, p.interaction_count) == (
        dt.datetime(2026, 11, 20, 11), "24.50", 1, 3)
    timeline.edit(first, "purchase", "dark roast, 1 kg", "40.00")
    assert str(load(cid).total_spent) == "40.00"
    timeline.delete(second)
    p = load(cid)
    assert p.last_contact == dt.datetime(2026, 11, 1, 15)
    assert p.interaction_count == 2
    timeline.delete(first)
    assert str(load(cid).total_spent) == "0.00"


def _visits(cid: int, *offsets: int) -> None:
    import datetime as dt

    for days in offsets:
        timeline.log(cid, "visit", at=dt.datetime(2026, 1, 5, 10) + dt.timedelta(days=days))


def test_the_day_a_regular_crosses_their_rhythm_is_kept(store: Path):
    """Twice their usual gap, and at least three weeks more than one, after the last visit;
    the day after the whole days of that, as the rule has always counted it."""
    import datetime as dt

    from app.store.models import Customer

    weekly, monthly, uneven, twice = (customers.create_customer(first_name=n)
                                      for n in ("Weekly", "Monthly", "Uneven", "Twice"))
    _visits(weekly, *range(0, 50, 7))      # every 7 days: 28 days away (7 + 21)
    _visits(monthly, 0, 30, 60)            # every 30 days: 60 days away (twice 30)
    _visits(uneven, 0, 10, 25)             # every 12.5 days: 33.5, so day 34
    _visits(twice, 0, 7)                   # two visits: no rhythm yet
    start = dt.date(2026, 1, 5)
    kept = {c.first_name: c.lapse_on for c in Customer.select()}
    assert kept == {"Weekly": start + dt.timedelta(days=49 + 29),
                    "Monthly": start + dt.timedelta(days=60 + 61),
                    "Uneven": start + dt.timedelta(days=25 + 34), "Twice": None}
    _visits(weekly, 80)  # back again: the day moves on
    assert Customer.get_by_id(weekly).lapse_on > start + dt.timedelta(days=80)


def test_the_day_a_customer_is_due_for_contact_follows_every_change(store: Path):
    import datetime as dt

    from app.store.models import Customer

    cid = customers.create_customer(first_name="Ann")
    created = Customer.get_by_id(cid).created_at.date()
    assert Customer.get_by_id(cid).contact_due is None
    customers.update_customer(cid, contact_every_days=30)
    assert Customer.get_by_id(cid).contact_due == created + dt.timedelta(days=30)
    timeline.log(cid, "call", at=dt.datetime(2026, 11, 1, 9))
    assert Customer.get_by_id(cid).contact_due == dt.date(2026, 12, 1)
    customers.update_customer(cid, contact_every_days=None)
    assert Customer.get_by_id(cid).contact_due is None


# Every column `refresh` derives, read back as both engines hold them.
_DERIVED = ("id, sort_name, tag_list, last_contact, total_spent_cents, visit_count, "
            "interaction_count, first_visit, last_visit, loyalty_points, lapse_on, contact_due, "
            "newsletter, newsletter_since")


def _derived(database) -> list[tuple]:
    return [tuple(int(v) if isinstance(v, bool) else v for v in row)
            for row in database.execute_sql(f"SELECT {_DERIVED} FROM customer ORDER BY id")]


@pytest.mark.file_only
def test_a_server_derives_each_field_as_the_file_does(store: Path, postgres_url):
    """A sample shop's derived fields made again on a server by its own statements (days
    between visits, a date moved on, the tag list, the latest consent) are the file's."""
    ids = demo.generate(300, seed=11)
    customers.update_customer(ids[0], contact_every_days=7)
    expected = _derived(db)
    with server.opened(postgres_url) as book:
        with book.atomic():
            server.upgrade(book)
            copying.copy_book(db, book)
            book.execute_sql("UPDATE customer SET lapse_on = NULL, contact_due = NULL, "
                             "tag_list = 'stale', visit_count = 0, sort_name = ''")
            refresh.refresh(book, ids)
        assert _derived(book) == expected
        assert any(row[10] for row in expected) and any(row[11] for row in expected)
