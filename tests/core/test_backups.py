"""Backups made while the data is in use."""

from __future__ import annotations

import sqlite3

import pytest

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


def test_names_with_uri_characters_are_the_files_read(store, tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    customers.create_customer(first_name="Eleanor")
    for name in ("pct%41.sqlite3", "hash#1.sqlite3", "q?x.sqlite3"):
        path, count = backups.backup_to(folder / name)
        assert (path, count) == (folder / name, 1)
    customers.create_customer(first_name="Ana")
    backups.backup_to(folder / "pctA.sqlite3")  # two customers: what %41 as a URI would read
    for name in ("pct%41.sqlite3", "hash#1.sqlite3", "q?x.sqlite3"):
        assert backups.restore(folder / name, store.parent) == 1
        customers.create_customer(first_name="Ana")
    assert sorted(p.name for p in folder.iterdir()) == [
        "hash#1.sqlite3", "pct%41.sqlite3", "pctA.sqlite3", "q?x.sqlite3"]


def test_the_window_refuses_to_export_or_back_up_onto_the_database(store):
    from app.core.errors import RegularsError
    from app.exchange import jobs

    before = store.read_bytes()
    for write in (lambda: jobs.export_file(store, "csv"),
                  lambda: backups.backup_to(store.with_name(store.name + "-wal")),
                  lambda: jobs.import_file(store, "csv")):
        with pytest.raises(RegularsError, match="the database"):
            write()
    assert store.read_bytes() == before
