"""Derived fields (last contact, total spent, visits) follow every write."""

from __future__ import annotations

from pathlib import Path

from app.core import customers, timeline


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
