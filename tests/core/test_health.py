"""Is the file sound: quickly at start-up, page by page afterwards."""

from __future__ import annotations

import sqlite3

import pytest

from app.core import customers, session

# About the SQLite file itself: not run again on a server book.
pytestmark = pytest.mark.file_only


def test_start_up_opens_a_damaged_index_and_the_later_check_finds_it(tmp_path):
    from app.core import health

    session.open_data(tmp_path)
    for number in range(400):
        customers.create_customer(first_name=f"Customer {number}")
    session.close()
    raw = sqlite3.connect(tmp_path / "regulars.sqlite3")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    root = raw.execute("SELECT rootpage FROM sqlite_master "
                       "WHERE name = 'customer_archived_at_sort_name'").fetchone()[0]
    raw.close()
    with open(tmp_path / "regulars.sqlite3", "r+b") as file:  # a bad sector in one index
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * 64)
    session.open_data(tmp_path)
    try:
        assert health.start_problem() is None  # it opens, so the window comes up at once
        assert health.quick_problem()  # and the check after start-up finds the damage
    finally:
        session.close()


def test_the_check_finds_a_schema_object_regulars_never_makes(store):
    from app.core import health
    from app.store.models import db

    assert health.problems() == []
    db.execute_sql("CREATE TRIGGER keep_nothing AFTER INSERT ON interaction "
                   "BEGIN DELETE FROM interaction WHERE id = new.id; END")
    assert health.problems() == [
        "schema: it has a trigger keep_nothing that Regulars never makes"]
