"""The erasure's question keeps the customer unless "Erase" is chosen on purpose; the erasure
itself says it is busy, goes through the one error path, and tells the register line."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from app.core import customers, directory, edits, erasure, timeline
from app.ui.erase_dialog import EraseQuestion, Erasure


@pytest.fixture
def question(qtbot, window):
    box = EraseQuestion("<b>Rosa</b> & Co", 1234, window)
    chosen: list[bool] = []
    box.confirmed.connect(lambda: chosen.append(True))
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    yield box, chosen
    if shiboken6.isValid(box):  # a question left open would hold the next test's keyboard
        box.reject()
        qtbot.waitUntil(lambda: not shiboken6.isValid(box), timeout=2000)


def _said(box: QMessageBox) -> str:
    return "\n".join(label.text() for label in box.findChildren(QLabel))


def test_the_keyboard_starts_on_cancel_and_enter_keeps_the_customer(qtbot, question):
    box, chosen = question
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton) and focused is box.defaultButton()
    assert focused is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(box), timeout=2000)  # closed, and gone
    assert chosen == []


def test_escape_keeps_the_customer(qtbot, question):
    box, chosen = question
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(box), timeout=2000)
    assert chosen == []


def test_erase_is_its_own_button_with_its_own_letter(qtbot, question):
    box, chosen = question
    assert box.erase_button.text() == "&Erase"
    assert not box.erase_button.hasFocus()
    qtbot.mouseClick(box.erase_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    qtbot.waitUntil(lambda: chosen == [True], timeout=2000)


def test_it_names_the_customer_as_written_and_says_what_goes_and_stays(question):
    box, _chosen = question
    assert box.textFormat() == Qt.TextFormat.PlainText
    said = _said(box)
    assert "Erase <b>Rosa</b> & Co for good?" in said
    assert "every entry of their timeline (1,234)" in said
    for words in ("contact points", "family and pets", "follow-ups and promises",
                  "tags only they have", "reminders", "photo", "search",
                  "cannot be undone", "Undo list", "erasure register", "no name",
                  "Backups made before", "erases them again"):
        assert words in said, words
    assert "merged into them" not in said  # none were


def test_it_says_the_records_merged_into_them_go_too_and_the_undo_steps_of_those_go(
        qtbot, window, service):
    from app.core import duplicates

    rosa = service.run(edits.create_customer(first_name="Rosa")).result
    rose = service.run(edits.create_customer(first_name="Rose")).result
    service.run(edits.log_entry(rose, "note", "came as Rose"))
    duplicates.merge(rosa, rose)
    box = EraseQuestion("Rosa", 1, window, merged=service.merged_count(rosa))
    assert "• the record merged into them (1)" in _said(box)  # in the singular
    box.deleteLater()
    assert Erasure(window).erase(rosa) == 1
    assert [line.customer_id for line in erasure.register()] == [rosa, rose]
    assert window.undo_stack.count() == 0  # Rose's own steps went with her


def test_bringing_back_a_merged_record_leaves_the_undo_list_when_its_customer_is_erased(
        window, service):
    """Undoing the bring-back would link Rose again to Rosa, who is gone: the step goes."""
    from app.core import duplicates

    rosa = service.run(edits.create_customer(first_name="Rosa")).result
    rose = service.run(edits.create_customer(first_name="Rose")).result
    duplicates.merge(rosa, rose)
    service.run(edits.set_archived([rose], False))
    assert window.undo_stack.count() == 3
    assert Erasure(window).erase(rosa) == 1
    stack = window.undo_stack
    assert [stack.command(i).text() for i in range(stack.count())] == ["add Rose"]
    assert [line.customer_id for line in erasure.register()] == [rosa]  # Rose is her own


def test_with_no_customer_open_nothing_is_asked(window):
    assert Erasure(window).ask() is None
    assert "Open a customer first" in window.statusBar().currentMessage()


def test_the_window_says_it_is_busy_while_it_erases_then_the_register_line(
        window, service, monkeypatch):
    cid = customers.create_customer(first_name="Rosa")
    seen: list[tuple[str, object]] = []
    run = service.run

    def watched(operation, **kwargs):
        cursor = QApplication.overrideCursor()
        seen.append((window.statusBar().currentMessage(),
                     cursor.shape() if cursor is not None else None))
        return run(operation, **kwargs)

    monkeypatch.setattr(service, "run", watched)
    assert Erasure(window).erase(cid) == 1
    assert seen == [("Erasing…", Qt.CursorShape.WaitCursor)]
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == (
        "Customer erased. Line 1 of the erasure register.")
    assert directory.customer_ids("", include_archived=True) == []


def test_an_erasure_that_cannot_be_made_is_said_and_keeps_the_undo_steps(window, service):
    anna = service.run(edits.create_customer(first_name="Anna")).result
    service.run(edits.log_entry(anna, "note", "kept"))
    assert Erasure(window).erase(404) is None
    assert window.statusBar().currentMessage().startswith("⚠")
    assert QApplication.overrideCursor() is None
    assert window.undo_stack.count() == 2
    assert erasure.register() == []
    assert [e.text for e in timeline.entries(anna)] == ["kept"]
