"""Stray letters start the search; keys meant for a field, a button or a shortcut do not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_a_letter_in_the_list_goes_to_the_search(qtbot, sample_window):
    window = sample_window
    window.table.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M)
    assert window.search.text() == "m"
    assert window.search.hasFocus()


def test_space_and_modified_keys_are_left_alone(qtbot, sample_window):
    window = sample_window
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    qtbot.keyClick(window.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.search.text() == ""
    assert window.table.hasFocus()


def test_a_field_keeps_its_letters(qtbot, sample_window):
    window = sample_window
    window.select_row(0)
    window.timeline.text.setFocus()
    qtbot.keyClicks(window.timeline.text, "ab")
    assert window.timeline.text.text() == "ab"
    assert window.search.text() == ""


def test_a_dialog_keeps_its_letters(qtbot, sample_window):
    """Only the main window's own widgets: a dialog over it types as usual."""
    window = sample_window
    dialog = window.commands.open_settings()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focused = QApplication.focusWidget()
    assert focused.window() is dialog
    qtbot.keyClick(focused, Qt.Key.Key_M)
    assert window.search.text() == ""
    dialog.close()
