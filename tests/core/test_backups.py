"""Backups made while the data is in use."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from app.core import backups, clock, customers, directory, edits, erasure, session, timeline
from app.core.operations import perform
from app.store.models import Customer

# Each test is about the SQLite file itself (marked file_only: not run again on a server
# book), but for those of the erasure register, which holds on both.


@pytest.mark.file_only
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


@pytest.mark.file_only
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
        assert backups.restore(folder / name, store.parent) == backups.Restored(1, 0)
        customers.create_customer(first_name="Ana")
    assert sorted(p.name for p in folder.iterdir()) == [
        "hash#1.sqlite3", "pct%41.sqlite3", "pctA.sqlite3", "q?x.sqlite3"]


@pytest.mark.file_only
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


@pytest.mark.file_only
def test_a_wrong_clock_never_rotates_away_the_newest_of_a_reason_or_a_future_one(store):
    customers.create_customer(first_name="Eleanor")
    before_restore = made_under_a_wrong_clock(dt.datetime(2001, 1, 1, 10, 0), "before-restore")
    old_daily = made_under_a_wrong_clock(dt.datetime(2001, 1, 1, 11, 0), "daily")
    future = made_under_a_wrong_clock(dt.datetime(2100, 1, 1, 9, 0), "daily")
    today = backups.automatic("daily")  # the clock is right again
    assert sorted(p.name for p in backups.folder().iterdir()) == sorted(
        p.name for p in (before_restore, future, today))
    assert not old_daily.exists()  # neither the newest daily nor in the future


@pytest.mark.file_only
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


@pytest.mark.file_only
def test_a_backup_named_by_a_wrong_clock_is_dated_by_its_file(store):
    customers.create_customer(first_name="Eleanor")
    with clock.frozen(dt.datetime(2001, 1, 1, 9, 0)):
        path = backups.automatic("daily")
    written = dt.datetime(2026, 11, 23, 8, 0)
    os.utime(path, (written.timestamp(), written.timestamp()))
    [info] = backups.listing()
    assert (info.made, info.date_possible) == (written, True)


@pytest.mark.file_only
def test_after_damage_a_future_dated_backup_is_not_offered_for_its_date(store):
    customers.create_customer(first_name="Eleanor")
    made_under_a_wrong_clock(dt.datetime(2100, 1, 1, 9, 0), "daily")
    today = backups.automatic("manual")
    assert [i.date_possible for i in backups.listing()] == [False, True]
    assert backups.newest_good(store.parent).path == today


class Killed(BaseException):
    """The process ends here: nothing after it runs, no clean-up either."""


@pytest.mark.file_only
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


def _backup_then_three_erased(folder: Path) -> tuple[Path, list[int]]:
    """Ann and Bea backed up, then erased with Cid, who came after the backup; Dot stays."""
    ann, bea = (customers.create_customer(first_name=name, last_name="Erasable")
                for name in ("Ann", "Bea"))
    customers.create_customer(first_name="Dot", last_name="Stays")
    backup, _count = backups.backup_to(folder / "before-the-erasures.sqlite3")
    cid = customers.create_customer(first_name="Cid", last_name="Erasable")
    for erased in (ann, bea, cid):
        perform(edits.erase_customer(erased))
    return backup, [ann, bea, cid]


def _gone_again(erased: list[int]) -> None:
    assert Customer.select().where(Customer.id.in_(erased)).count() == 0
    assert directory.customer_ids("Erasable", include_archived=True) == []
    assert directory.customer_ids("Ann", include_archived=True) == []
    assert len(directory.customer_ids("Stays", include_archived=True)) == 1  # search works
    assert [c.first_name for c in Customer.select()] == ["Dot"]
    assert [line.customer_id for line in erasure.register()] == erased
    assert sorted(erasure.read_register_file(erasure.register_file())) == erased
    assert customers.create_customer(first_name="Eve") > max(erased)  # their ids stay unused


def test_a_backup_made_before_an_erasure_restores_without_the_erased(store, tmp_path):
    backup, erased = _backup_then_three_erased(tmp_path)
    restored = backups.restore(backup, store.parent)
    # Cid was never in the backup: only Ann and Bea were erased again.
    assert restored == backups.Restored(customers=1, erased_again=2)
    assert str(restored.erased_again_said()) == (
        "2 customers erased since this backup were erased again")
    _gone_again(erased)
    assert backups.Restored(3, 1).erased_again_said() == (
        "1 customer erased since this backup was erased again")
    assert backups.Restored(3, 0).erased_again_said() is None


@pytest.mark.file_only
def test_a_restore_over_a_damaged_file_erases_again_from_the_register_beside_it(data_dir,
                                                                                 tmp_path):
    session.open_data(data_dir)
    backup, erased = _backup_then_three_erased(tmp_path)
    session.close()
    live = session.database_location(data_dir)
    live.write_bytes(b"\x00" * 8192)  # too damaged to open: only the file beside it is left
    try:
        assert backups.restore(backup, data_dir) == backups.Restored(1, 2)
        _gone_again(erased)
    finally:
        session.close()


@pytest.mark.file_only
def test_the_register_file_is_brought_up_to_the_table_before_a_restore(store, tmp_path):
    backup, erased = _backup_then_three_erased(tmp_path)
    erasure.register_file().unlink()  # lost, or never written: the table still knows
    assert backups.restore(backup, store.parent).erased_again == 2
    _gone_again(erased)


@pytest.mark.file_only
def test_a_restore_stopped_before_erasing_again_is_finished_when_the_data_next_opens(
        data_dir, tmp_path):
    """A kill after the backup's bytes are in place and before the register was applied: the
    next open (window or job) erases them again before anything reads the file."""
    session.open_data(data_dir)
    backup, erased = _backup_then_three_erased(tmp_path)
    session.close()
    live = session.database_location(data_dir)
    for leftover in (live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")):
        leftover.unlink(missing_ok=True)
    live.write_bytes(backup.read_bytes())  # the restored file, not yet erased again
    try:
        session.open_data(data_dir)
        _gone_again(erased)
    finally:
        session.close()


@pytest.mark.file_only
def test_another_shop_s_backup_restored_here_keeps_its_own_customer_of_an_erased_number(
        data_dir, tmp_path):
    """Customer 2 was erased in this shop; a backup of another shop, whose customer 2 is
    someone else, restored into this folder keeps them (the register's fingerprint differs)."""
    other_shop = tmp_path / "other-shop"
    session.open_data(other_shop)
    customers.create_customer(first_name="Ulla", last_name="Elsewhere")
    with clock.frozen(dt.datetime(2026, 6, 1, 9, 30, 15)):
        theirs = customers.create_customer(first_name="Vera", last_name="Elsewhere")
    backup, _count = backups.backup_to(tmp_path / "other-shop.sqlite3")
    session.close()
    session.open_data(data_dir)
    try:
        customers.create_customer(first_name="Ann", last_name="Here")
        ours = customers.create_customer(first_name="Bea", last_name="Here")
        assert ours == theirs
        perform(edits.erase_customer(ours))
        session.close()
        assert backups.restore(backup, data_dir) == backups.Restored(2, 0)
        assert customers.get_customer(theirs).first_name == "Vera"
        session.close()
        session.open_data(data_dir)  # and not on the next open either
        assert customers.get_customer(theirs).first_name == "Vera"
    finally:
        session.close()


@pytest.mark.file_only
def test_a_shop_s_own_backup_is_still_erased_again_after_another_shop_s_was_restored_here(
        data_dir, tmp_path):
    """Both shops erased a customer 2: restoring the other shop's backup here, then this shop's
    own backup from before its erasure, still erases this shop's customer 2 again."""
    session.open_data(data_dir)
    customers.create_customer(first_name="Ann", last_name="Here")
    ours = customers.create_customer(first_name="Bea", last_name="Here")
    own_backup, _count = backups.backup_to(tmp_path / "ours-before.sqlite3")
    perform(edits.erase_customer(ours))
    session.close()
    session.open_data(tmp_path / "other-shop")
    customers.create_customer(first_name="Uma", last_name="Elsewhere")
    with clock.frozen(dt.datetime(2026, 6, 1, 9, 30, 15)):
        theirs = customers.create_customer(first_name="Vic", last_name="Elsewhere")
    perform(edits.erase_customer(theirs))
    their_backup, _count = backups.backup_to(tmp_path / "theirs-after.sqlite3")
    session.close()
    assert ours == theirs
    try:
        assert backups.restore(their_backup, data_dir) == backups.Restored(1, 0)
        assert backups.restore(own_backup, data_dir) == backups.Restored(1, 1)
        assert [c.first_name for c in Customer.select()] == ["Ann"]
        assert directory.customer_ids("Bea", include_archived=True) == []
    finally:
        session.close()
