"""Backups, restore, damage: what Regulars promises about the owner's data."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from test_cli import assert_one_line_error, db_counts, run

from app.core import backups, customers, edits, session, timeline
from app.store import backup
from app.store.models import Customer, db
from app.ui.backup_dialog import RestoreDialog

OLD_FILES = Path(__file__).parent / "data"


def test_backup_and_restore_from_the_command_line(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "20")
    made = run(tmp_path, "backup")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("backed up 20 customers to ")
    automatic = list((tmp_path / "backups").glob("regulars-*-manual.sqlite3"))
    assert len(automatic) == 1
    assert stat.S_IMODE(automatic[0].stat().st_mode) == 0o600
    copy = tmp_path / "copy.sqlite3"
    assert run(tmp_path, "backup", str(copy)).returncode == 0
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    run(tmp_path, "log", "1", "--kind", "note", "--text", "after the backup")
    assert db_counts(tmp_path)[1] > 0
    after = db_counts(tmp_path)
    restored = run(tmp_path, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert db_counts(tmp_path) == (after[0], after[1] - 1)
    kept = list((tmp_path / "backups").glob("regulars-*-before-restore.sqlite3"))
    assert len(kept) == 1  # what was there is kept, so the restore can be undone
    con = sqlite3.connect(kept[0])
    assert con.execute("SELECT count(*) FROM interaction").fetchone()[0] == after[1]
    con.close()


@pytest.mark.parametrize("content, words", [
    (b"these are my shopping notes\n" * 100, "not a Regulars database"),
    (None, "no such file"),
])
def test_restore_refuses_what_is_not_a_regulars_database(tmp_path: Path, content, words):
    run(tmp_path, "demo", "--customers", "5")
    before = (tmp_path / "regulars.sqlite3").read_bytes()
    source = tmp_path / "other.sqlite3"
    if content is not None:
        source.write_bytes(content)
    assert_one_line_error(run(tmp_path, "restore", str(source)), words)
    assert (tmp_path / "regulars.sqlite3").read_bytes() == before


def test_restore_refuses_a_damaged_backup(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "30")
    copy = tmp_path / "copy.sqlite3"
    run(tmp_path, "backup", str(copy))
    data = bytearray(copy.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset + 50: offset + 600] = b"\xff" * 550
    copy.write_bytes(bytes(data))
    assert run(tmp_path, "restore", str(copy)).returncode == 2


def test_a_damaged_database_is_restored_from_a_backup_and_kept_aside(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "10")
    copy = tmp_path / "good.sqlite3"
    run(tmp_path, "backup", str(copy))
    live = tmp_path / "regulars.sqlite3"
    live.write_bytes(b"\x00" * 8192)  # the disk ate it
    assert run(tmp_path, "check").returncode != 0
    restored = run(tmp_path, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert run(tmp_path, "check").returncode == 0
    assert list((tmp_path / "backups").glob("damaged-*"))


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 11, 23, 12, 0)
    made = []
    for hours in range(0, 24 * 800, 7):  # one every seven hours for over two years
        when = now - dt.timedelta(hours=hours)
        path = folder / f"regulars-{when:%Y%m%d-%H%M%S}-daily.sqlite3"
        path.write_bytes(b"x")
        made.append(when)
    backup.rotate(folder, now)
    kept = sorted((made_at for _p, made_at in backup.listing(folder)), reverse=True)
    recent = [k for k in kept if now - k < dt.timedelta(days=1)]
    assert len(recent) == 4  # everything of the last day
    older = [k for k in kept if k not in recent]
    days = {k.date() for k in older}
    assert len(kept) <= 4 + 7 + 4 + 12
    assert len({(k.year, k.month) for k in kept}) == 12  # twelve months covered
    assert min(kept) > now - dt.timedelta(days=370)  # nothing older than a year survives
    assert len(days) >= 7


def test_automatic_backup_before_an_import_and_before_an_upgrade(tmp_path: Path):
    directory = tmp_path / "old"
    directory.mkdir()
    shutil.copy(OLD_FILES / "regulars-schema-v2.sqlite3", directory / "regulars.sqlite3")
    session.open_data(directory)
    try:
        names = [p.name for p, _m in backup.listing(directory / "backups")]
        assert len(names) == 1 and names[0].endswith("-before-upgrade-v2.sqlite3")
        con = sqlite3.connect(directory / "backups" / names[0])
        assert con.execute("PRAGMA user_version").fetchone()[0] == 2  # as it was
        con.close()
        from app.exchange import jobs

        jobs.import_file(OLD_FILES / "csv" / "tabs.tsv", "csv")
        assert any(p.name.endswith("-before-import.sqlite3")
                   for p, _m in backup.listing(directory / "backups"))
    finally:
        session.close()


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


def test_startup_offers_the_newest_good_backup(qtbot, tmp_path: Path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.application import open_or_repair

    folder = tmp_path / "data"
    session.open_data(folder)
    customers.create_customer(first_name="Eleanor")
    backups.automatic("daily")
    session.close()
    (folder / "regulars.sqlite3").write_bytes(b"garbage" * 2000)
    seen = []

    def choose_restore():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:  # not shown yet: look again shortly
            QTimer.singleShot(20, choose_restore)
            return
        box = boxes[0]
        seen.append(box.informativeText())
        chosen = [b for b in box.buttons() if b.text() == "Restore the newest backup"]
        (chosen or box.buttons())[0].click()  # never leave the box open

    QTimer.singleShot(0, choose_restore)
    try:
        assert open_or_repair(str(folder))
        assert "1 customers" in seen[0]
        assert Customer.select().count() == 1
    finally:
        session.close()


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


def test_the_window_makes_its_daily_backup_in_the_background(qtbot, window, service,
                                                             monkeypatch):
    from app.ui import duties

    service.run(edits.create_customer(first_name="Eleanor"))
    monkeypatch.setattr(duties, "BACKUP_LOOK_EVERY_MS", 0)
    window.duties.watch()
    job = window.duties._backup_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running(), timeout=10_000)
    made = [p.name for p, _m in backup.listing(backups.folder())]
    assert len(made) == 1 and made[0].endswith("-daily.sqlite3")
    window.duties.watch()  # a second look the same day makes no second copy
    qtbot.waitUntil(lambda: not window.duties._backup_job.running(), timeout=10_000)
    assert len(backup.listing(backups.folder())) == 1


def test_a_damaged_page_found_after_start_up_offers_a_backup(qtbot, window, service, store):
    service.run(edits.create_customer(first_name="Eleanor"))
    window.duties.check_soundness()
    qtbot.waitUntil(lambda: not window.duties._check_job.running())
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]  # sound: silent

    box = window.commands.report_damage("row 12 missing from index customer_archived_at_sort_name")
    assert box.isVisible() and "damaged" in box.text()
    assert "row 12 missing" in box.informativeText()
    choose = next(b for b in box.buttons() if b.text() == "Choose a backup…")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert any(isinstance(w, RestoreDialog) and w.isVisible() for w in window.findChildren(QDialog))


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
