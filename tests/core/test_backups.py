"""Backups made while the data is in use."""

from __future__ import annotations

import sqlite3

from app.core import backups, customers, timeline


def test_a_backup_is_consistent_while_writes_go_on(store):
    cid = customers.create_customer(first_name="Eleanor")
    for n in range(50):
        timeline.log(cid, "note", f"note {n}")
    path, count = backups.backup_to(store.parent / "copy.sqlite3")
    assert count == 1
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM interaction").fetchone()[0] == 50
    con.close()
