"""The window's door to the data: a write that cannot be made is said plainly."""

from __future__ import annotations

from helpers import eleanor

from app.core import edits
from app.core.profile import load
from app.store.models import db


def test_a_full_disk_is_said_plainly_and_loses_nothing(service, window):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    service.run(edits.log_entry(cid, "note", "saved before the disk filled up"))
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # as if the disk were full
    try:
        result = service.run(edits.log_entry(cid, "note", "x" * 200_000))
        assert result is None
        assert "the disk is full" in window.statusBar().currentMessage()
        assert window.isVisible()
    finally:
        db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert [e.text for e in service.entries(cid, 0, 10)] == ["saved before the disk filled up"]


def test_a_read_only_database_is_said_plainly(service, window):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    db.execute_sql("PRAGMA query_only = 1")
    try:
        assert service.run(edits.log_entry(cid, "note", "hello")) is None
        assert "cannot be written" in window.statusBar().currentMessage()
    finally:
        db.execute_sql("PRAGMA query_only = 0")
    assert service.entries(cid, 0, 10) == []


def test_loyalty_points_and_redeeming(qtbot, window, service):
    cid = eleanor(service)
    assert load(cid).loyalty_points == 24
    service.run(edits.redeem(cid, 20, "free coffee"))
    assert load(cid).loyalty_points == 4
    assert service.entries(cid, 0, 1)[0].text == "Redeemed 20 points: free coffee"
    assert service.run(edits.redeem(cid, 50)) is None
    assert "only 4 points" in window.statusBar().currentMessage()
