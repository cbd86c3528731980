"""F1: every key the window answers to, one to a row, whole, in a box that fits the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.journeys.clipping import problems


def test_f1_lists_every_key_one_to_a_row_and_whole(regular, person):
    person.press("F1")
    box = QApplication.activeModalWidget()
    assert box is not None and box.isVisible()
    for key in ("Ctrl+N", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Q", "Ctrl+L", "F9", "F8", "F7", "F6",
                "Ctrl+,", "Ctrl+B", "Ctrl+T", "Alt+1…8", "Esc", "F1"):
        assert key in person.texts(), f"F1 has no row of its own for {key}"
    assert any("redo" in text for text in person.texts())
    assert any("quit" in text.lower() for text in person.texts())
    assert problems(box) == []
    assert box.screen().availableGeometry().contains(box.frameGeometry())
    person.press("Esc")
    assert QApplication.activeModalWidget() is None
