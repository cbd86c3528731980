"""What `regulars find` lists, read through plain sqlite3 or the program's database alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.core import clock, customers, demo, directory, session, summaries, timeline
from app.store.reading import open_reading


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    with clock.frozen(dt.datetime(2026, 11, 23, 10, 30)):
        session.open_data(tmp_path)
        demo.generate(200, seed=3)
        siobhan = customers.create_customer(first_name="Siobhán", last_name="O'Brien")
        timeline.log(siobhan, "visit", "Asked about the blue scarf")
        customers.set_archived([1, 2], True)
        session.close()
    return tmp_path


def test_find_lists_what_the_customer_list_shows(shop):
    """The same customers, in the same order, with the names and last contacts the list reads
    through the models."""
    reading = open_reading(shop / "regulars.sqlite3")
    assert reading is not None
    session.open_data(shop, create=False, only_reads=True)
    try:
        for query, limit in (("ma", None), ("mar", 7), ("o'brien", None), ("0790", None),
                             ("", 40), ("", None)):
            ids = summaries.found_ids(reading, query, limit)
            assert ids == directory.customer_ids(
                query, sort="relevance" if query else "name", limit=limit), query
            rows = directory.rows(ids)
            assert [(s.id, s.name, s.nickname, s.last_contact) for s in summaries.read(
                reading, ids)] == [(i, rows[i].name, rows[i].nickname, rows[i].last_contact)
                                   for i in ids], query
            assert any(rows[i].last_contact for i in ids) or not ids
    finally:
        session.close()
        reading.close()
