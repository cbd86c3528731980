"""The copy to a server: keys typed into the dialog, a real server behind it. While it copies
the fields and buttons wait and Esc does not close it; an address that is not one is said
under it before anything is tried."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core import edits
from app.core.operations import perform


def _dialog(qtbot, window):
    dialog = window.commands.open_copy_to_server()
    qtbot.addWidget(dialog)
    # the keyboard starts in the address
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.address, timeout=2000)
    return dialog


def test_enter_on_an_empty_address_says_how_to_write_one(qtbot, window):
    dialog = _dialog(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog._warnings), timeout=2000)
    assert dialog.isVisible()
    warnings = [label.text() for label in dialog._warnings]
    assert warnings and "write it like postgresql://user@host/database" in warnings[0]
    assert QApplication.focusWidget() is dialog.address
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # nothing typed: it closes
    assert not dialog.isVisible()


def test_while_it_copies_the_dialog_waits_and_then_closes_saying_what_went(
        qtbot, window, postgres_url):
    perform(edits.load_sample_customers(60))  # a book that takes a moment to copy
    dialog = _dialog(qtbot, window)
    copied = []
    dialog.copied.connect(copied.append)
    qtbot.keyClicks(QApplication.focusWidget(), postgres_url)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.address.isEnabled() or not dialog.isVisible(),
                    timeout=2000)
    assert not dialog.copy_button.isEnabled() and dialog.progress.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while it copies: the dialog stays
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert [c.customers for c in copied] == [60]
    assert "Copied 60 customers to " in window.statusBar().currentMessage()
