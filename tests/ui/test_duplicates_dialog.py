"""Likely duplicates side by side, merged after a question, and undone from the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import customers, edits
from app.core.profile import load


def answer_merge(qtbot) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    merge = next(b for b in box.buttons() if b.text().replace("&", "") == "Merge")
    assert box.defaultButton() is merge
    qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)


def test_merge_duplicates_through_the_dialog_and_undo(qtbot, window, service):
    keep = customers.create_customer(first_name="Eleanor", last_name="Whitfield",
                                     contacts=[("email", "ellie@example.com", "")])
    other = customers.create_customer(first_name="Ellie", last_name="Whitfield",
                                      contacts=[("email", "ellie@example.com", "")])
    customers.add_relative(other, "Fritz", "pet", "dachshund")
    service.run(edits.log_entry(other, "note", "moving to Germany"))
    window.model.reload()
    window.show_page()
    dialog = window.commands.open_duplicates()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "same email: ellie@example.com" in dialog.list.item(0).text()
    dialog.merge_current()
    answer_merge(qtbot)
    assert dialog.list.count() == 0
    assert load(other).archived
    merged = load(keep)
    assert [r.name for r in merged.relatives] == ["Fritz"] and merged.interaction_count == 1
    assert window.profile.customer_id == keep
    assert window.model.rowCount() == 1
    dialog.reject()
    assert window._undo_button.isVisible()  # the status bar offers the undo
    qtbot.mouseClick(window._undo_button, Qt.MouseButton.LeftButton)
    assert not load(other).archived
    assert load(keep).relatives == ()
    assert window.model.rowCount() == 2
