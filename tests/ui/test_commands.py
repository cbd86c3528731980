"""The window's commands: each asks what it needs, then hands the change to the runner."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from app.core import backups, edits, session
from app.core import profile as profiles


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
