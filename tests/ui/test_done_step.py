"""Done as one step: asked what happened only where Done alone cannot say, then told what went
on the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.core import clock, edits, reminders, timeline
from app.ui.done_step import OutcomeDialog, finish, what_was_logged


def test_the_status_line_says_what_was_logged():
    assert what_was_logged(("call", "Called to keep in touch"), "Ana Ruiz") == \
        "Logged a call with Ana Ruiz: “Called to keep in touch”."
    assert what_was_logged(("note", "Done: ring back"), "Ana Ruiz") == \
        "Logged a note for Ana Ruiz: “Done: ring back”."
    assert what_was_logged(None, "Ana Ruiz") == "Nothing logged; the reminder is done."


def test_the_question_has_a_key_for_each_answer_and_none_chosen(qtbot):
    dialog = OutcomeDialog("Ana Ruiz")
    qtbot.addWidget(dialog)
    chosen: list[str] = []
    dialog.chosen.connect(chosen.append)
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    assert buttons[:4] == ["1  Called", "2  Messaged", "3  Saw them", "4  Nothing"]
    assert not any(b.isDefault() or b.autoDefault() for b in dialog.findChildren(QPushButton))
    assert [b.shortcut().toString() for b in dialog.findChildren(QPushButton)[:4]] == \
        ["1", "2", "3", "4"]
    dialog.findChildren(QPushButton)[2].click()
    assert chosen == ["visit"]


def test_unambiguous_done_runs_at_once_and_esc_on_the_question_changes_nothing(
        qtbot, service):
    cid = service.run(edits.create_customer(first_name="Ana", last_name="Ruiz")).result
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    fid = service.run(edits.add_follow_up(cid, "ring back")).result
    assert finish(service, "Ana Ruiz", False, lambda _o: edits.complete_follow_up(cid, fid),
                  said.append, parent) is None
    assert said == ["Logged a note for Ana Ruiz: “Done: ring back”."]
    reminder = reminders.Reminder("stay_in_touch", clock.today(), cid, "Ana Ruiz", "Ana",
                                  f"stay_in_touch:{cid}:x", cid)
    question = finish(service, "Ana Ruiz", True,
                      lambda outcome: edits.complete_reminder(reminder, outcome),
                      said.append, parent)
    assert question is not None and question.isVisible()
    before = timeline.entries(cid, 0, 50)
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert timeline.entries(cid, 0, 50) == before and len(said) == 1
