"""Long lists of ids cut to fit one SQL statement, in order, none lost."""

from __future__ import annotations

import sqlite3

from app.store.batches import SIZE, batches, marks


def test_a_long_list_is_cut_in_order_and_nothing_is_lost():
    ids = list(range(1, 1201))
    pieces = list(batches(ids))
    assert [len(p) for p in pieces] == [SIZE, SIZE, 1200 - 2 * SIZE]
    assert [i for piece in pieces for i in piece] == ids
    assert list(batches([], 3)) == []
    assert [list(p) for p in batches([1, 2, 3, 4], 3)] == [[1, 2, 3], [4]]


def test_the_marks_fit_the_batch_and_read_every_row():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    con.executemany("INSERT INTO customer VALUES (?, ?)", [(i, f"Ann{i}") for i in range(3000)])
    wanted = list(range(0, 3000, 2))  # 1,500 ids: three statements
    found = []
    for batch in batches(wanted):
        assert marks(batch) == ",".join(["?"] * len(batch))
        found += [row[0] for row in con.execute(
            f"SELECT id FROM customer WHERE id IN ({marks(batch)}) ORDER BY id", batch)]
    assert found == wanted
    con.close()
