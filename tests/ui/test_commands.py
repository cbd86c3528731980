"""The window's commands: each asks what it needs, then hands the change to the runner."""

from __future__ import annotations

import csv
import io
import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from app.core import backups, edits, session
from app.core import profile as profiles


def test_export_runs_in_the_background_and_says_where(qtbot, sample_window, tmp_path):
    window = sample_window
    out = tmp_path / "All Customers.csv"
    said: list[str] = []  # the day's reminders may take the status bar a moment later
    window.statusBar().messageChanged.connect(said.append)
    task = window.commands.export("csv", None, path=str(out))
    assert window.statusBar().currentMessage() == "Exporting…"
    qtbot.waitUntil(lambda: not task.running(), timeout=10_000)
    qtbot.waitUntil(lambda: f"Exported 60 customers to {out}" in said)  # its name as written
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 60


def test_an_export_that_cannot_be_written_is_said_plainly(qtbot, sample_window, tmp_path):
    window = sample_window
    task = window.commands.export("csv", None, path=str(tmp_path / "no such folder" / "x.csv"))
    qtbot.waitUntil(lambda: not task.running(), timeout=10_000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("⚠"))
    assert "Traceback" not in window.statusBar().currentMessage()


def test_an_export_onto_the_database_is_refused_with_a_message(qtbot, sample_window):
    window = sample_window
    database = session.database_file()
    task = window.commands.export("csv", None, path=str(database))
    qtbot.waitUntil(lambda: not task.running(), timeout=10_000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("⚠"))
    assert "is the database itself" in window.statusBar().currentMessage()
    assert len(session.db.execute_sql("SELECT id FROM customer").fetchall()) == 60


def test_back_up_now_makes_a_copy_and_says_so(window, service):
    service.run(edits.create_customer(first_name="Ana"))
    window.actions["backup_now"].trigger()
    assert "Backed up 1 customer" in window.statusBar().currentMessage()
    assert len(backups.listing()) == 1


def test_archive_from_the_card_offers_undo_and_undo_brings_back(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Ana", last_name="Ruiz")).result
    window.reveal(cid)
    archive = next(b for b in window.glance.findChildren(QToolButton) if b.text() == "Archive")
    qtbot.mouseClick(archive, Qt.MouseButton.LeftButton)
    assert profiles.load(cid).archived
    assert window.statusBar().currentMessage().startswith("Archived Ana Ruiz.")
    qtbot.mouseClick(window._undo_button, Qt.MouseButton.LeftButton)
    assert not profiles.load(cid).archived


def test_the_log_folder_is_made_owner_only(window, monkeypatch):
    monkeypatch.setattr("app.ui.commands.QDesktopServices.openUrl", lambda _url: True)
    folder = window.commands.open_log_folder()
    assert folder == session.database_file().parent / "logs"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_new_customer_opens_its_form_without_waiting_and_adds_in_one_step(qtbot, window,
                                                                           service):
    form = window.commands.new_customer()
    assert form.isVisible()  # the call came back with the form still open
    form.first_name.setText("Rosa")
    form.phone.setText("07700 900456")
    form.family.add_row().name.setText("Mia")
    form.accept()
    rosa = window.profile.profile
    assert rosa is not None and rosa.first_name == "Rosa"
    assert [r.name for r in rosa.relatives] == ["Mia"]
    assert service.runner.undo_stack.count() == 1
    service.runner.undo_stack.undo()
    assert not service.rows([rosa.id])
