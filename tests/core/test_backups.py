"""Backups made while the data is in use."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from app.core import backups, clock, customers, session, timeline
from app.store.models import Customer


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


def made_under_a_wrong_clock(when: dt.datetime, reason: str) -> Path:
    """An automatic backup made while the whole machine's clock said `when` (name and file)."""
    with clock.frozen(when):
        path = backups.automatic(reason)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def test_a_wrong_clock_never_rotates_away_the_newest_of_a_reason_or_a_future_one(store):
    customers.create_customer(first_name="Eleanor")
    before_restore = made_under_a_wrong_clock(dt.datetime(2001, 1, 1, 10, 0), "before-restore")
    old_daily = made_under_a_wrong_clock(dt.datetime(2001, 1, 1, 11, 0), "daily")
    future = made_under_a_wrong_clock(dt.datetime(2100, 1, 1, 9, 0), "daily")
    today = backups.automatic("daily")  # the clock is right again
    assert sorted(p.name for p in backups.folder().iterdir()) == sorted(
        p.name for p in (before_restore, future, today))
    assert not old_daily.exists()  # neither the newest daily nor in the future


def test_nothing_but_the_newest_outlives_a_year(store, tmp_path):
    customers.create_customer(first_name="Eleanor")
    for when in (dt.datetime(2025, 3, 1, 9, 0), dt.datetime(2025, 4, 1, 9, 0)):
        with clock.frozen(when):
            backups.automatic("before-import")
    with clock.frozen(dt.datetime(2025, 5, 1, 9, 0)):
        newest = backups.automatic("before-upgrade")
    with clock.frozen(dt.datetime(2026, 11, 23, 10, 30)):
        from app.store import backup
        backup.rotate(backups.folder(), clock.now())
    assert [p.name for p in backups.folder().iterdir()] == [newest.name]


def test_a_backup_named_by_a_wrong_clock_is_dated_by_its_file(store):
    customers.create_customer(first_name="Eleanor")
    with clock.frozen(dt.datetime(2001, 1, 1, 9, 0)):
        path = backups.automatic("daily")
    written = dt.datetime(2026, 11, 23, 8, 0)
    os.utime(path, (written.timestamp(), written.timestamp()))
    [info] = backups.listing()
    assert (info.made, info.date_possible) == (written, True)


def test_after_damage_a_future_dated_backup_is_not_offered_for_its_date(store):
    customers.create_customer(first_name="Eleanor")
    made_under_a_wrong_clock(dt.datetime(2100, 1, 1, 9, 0), "daily")
    today = backups.automatic("manual")
    assert [i.date_possible for i in backups.listing()] == [False, True]
    assert backups.newest_good(store.parent).path == today


class Killed(BaseException):
    """The process ends here: nothing after it runs, no clean-up either."""


@pytest.mark.parametrize("renames_done", [0, 1])
def test_a_swap_killed_at_any_rename_is_finished_or_undone_on_the_next_open(
        data_dir, tmp_path, monkeypatch, renames_done):
    session.open_data(data_dir)
    customers.create_customer(first_name="Eleanor")
    good, _count = backups.backup_to(tmp_path / "good.sqlite3")
    session.close()
    live = session.database_location(data_dir)
    live.write_bytes(b"\x00" * 8192)  # too damaged to open: the restore swaps files
    real_replace, calls = os.replace, []

    def replace_then_die(source, target):
        if len(calls) == renames_done:
            raise Killed
        calls.append(target)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_then_die)
    with pytest.raises(Killed):
        backups.restore(good, data_dir)
    monkeypatch.undo()
    session.close()
    try:
        session.open_data(data_dir)
    except session.DATABASE_ERRORS:  # undone: the damaged file is still the database
        assert live.read_bytes() == b"\x00" * 8192
    else:
        assert [c.first_name for c in Customer.select()] == ["Eleanor"]
        session.close()
    assert not live.with_name(live.name + ".partial").exists()
