"""F1's box: one key to a row, nothing wrapped, within the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.ui.shortcuts_dialog import ShortcutsDialog


def test_each_key_has_its_row_whole_and_the_box_fits_the_screen(qtbot):
    rows = [("Ctrl+Shift+Z", "redo what was undone"), ("Ctrl+Y", "redo what was undone"),
            ("Alt+1…8", "while logging: visit, call, email, message, purchase, feedback, "
                        "note, event")] * 12
    dialog = ShortcutsDialog(rows)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.text()]
    assert len(labels) == 2 * len(rows)
    assert all(not label.wordWrap() and label.width() >= label.sizeHint().width()
               for label in labels)
    assert labels[0].font().bold() and not labels[1].font().bold()
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
