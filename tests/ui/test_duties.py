"""What the open window does in the background: watch, back up, check the file."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.core import backups, edits
from app.store import backup
from app.ui.backup_dialog import RestoreDialog


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


def test_the_window_shows_what_a_command_line_job_wrote(qtbot, window, service, store):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    window.duties.watch()
    result = subprocess.run([sys.executable, "-m", "app", "log", str(cid), "--kind", "call",
                             "--text", "rang from the shop phone", "--at", "2026-11-23T10:00",
                             "--data-dir",
                             str(store.parent)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    window.duties.watch()  # the timer's tick
    model = window.timeline.model
    assert model.rowCount() == 1 and "rang from the shop phone" in model.data(model.index(0, 0))
    assert window.model.data(window.model.index(window.model.row_of(cid), 2)) == "today"


def test_a_closed_window_stops_watching(qtbot, window):
    assert window.duties._watcher.isActive()
    window.close()
    assert not window.duties._watcher.isActive()
