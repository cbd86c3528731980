"""Logging at the counter by keyboard, and the timeline's entries pinned, deleted, undone."""

from __future__ import annotations

import datetime as dt

from helpers import eleanor
from PySide6.QtCore import Qt

from app.core import edits
from app.core import profile as profiles
from app.core.profile import load


def test_capture_by_keyboard_with_a_question_for_next_time(qtbot, window, service):
    cid = eleanor(service)
    window.reveal(cid)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.timeline
    qtbot.keyClick(panel.text, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(panel.text, "bought the Ethiopian beans")
    qtbot.keyClick(panel.text, Qt.Key.Key_Tab)
    assert panel.amount.hasFocus()
    qtbot.keyClicks(panel.amount, "18.00")
    qtbot.keyClick(panel.amount, Qt.Key.Key_Tab)
    assert panel.ask.hasFocus()
    qtbot.keyClicks(panel.ask, "how was the grinder?")
    qtbot.keyClick(panel.ask, Qt.Key.Key_Return)
    p = load(cid)
    assert p.last_contact.date() == dt.date(2026, 11, 23)
    assert str(p.total_spent) == "42.50" and p.loyalty_points == 42
    assert "how was the grinder?" in window.glance.ask.text()
    assert panel.text.text() == panel.ask.text() == ""


def test_unhappy_feedback_opens_a_loop_that_closes(qtbot, window, service):
    cid = eleanor(service)
    window.reveal(cid)
    panel = window.timeline
    panel.set_kind("feedback")
    panel.sentiment.setCurrentIndex(panel.sentiment.findData(-1))
    qtbot.keyClicks(panel.text, "croissants sold out by ten")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert "Make it right: croissants sold out by ten" in window.glance.ask.text()
    model = panel.model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1).loop == "open"
    dialog = window.commands.open_promises()
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert rows[0] == "To do: Make it right: croissants sold out by ten"  # due tomorrow first
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.act_button, Qt.MouseButton.LeftButton)
    assert dialog.tree.topLevelItemCount() == len(rows) - 1
    entry = next(e for e in service.entries(cid, 0, 20) if e.kind == "feedback")
    assert entry.loop == "closed"
    assert service.entries(cid, 0, 1)[0].text == "Done: Make it right: croissants sold out by ten"


def test_log_a_note_by_keyboard(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    assert window.model.data(window.model.index(0, 2)) == "never"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.text.hasFocus()
    qtbot.keyClick(window.timeline.text, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert window.timeline.kind() == "note"
    qtbot.keyClicks(window.timeline.text, "Moving to Germany in spring")
    qtbot.keyClick(window.timeline.text, Qt.Key.Key_Return)
    model = window.timeline.model
    assert model.rowCount() == 1
    assert "Moving to Germany in spring" in model.data(model.index(0, 0))
    assert window.timeline.text.text() == ""
    assert window.model.data(window.model.index(0, 2)) == "today"
    assert profiles.load(cid).interaction_count == 1


def test_log_a_purchase_with_an_amount(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    panel = window.timeline
    panel.focus_entry()
    qtbot.keyClick(panel.text, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert panel.kind() == "purchase" and panel.amount.isEnabled()
    qtbot.keyClicks(panel.text, "dark roast")
    qtbot.keyClicks(panel.amount, "24.50")
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    assert str(profiles.load(cid).total_spent) == "24.50"
    assert window.model.data(window.model.index(0, 3)) == "24.50"
    assert "24.50" in window.glance.facts.text()


def test_delete_an_entry_and_undo(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    service.run(edits.log_entry(cid, "note", "allergic to nuts"))
    window.reveal(cid)
    view = window.timeline.view
    view.setFocus()
    view.setCurrentIndex(window.timeline.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.timeline.model.rowCount() == 0
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.model.rowCount() == 1
    assert profiles.load(cid).interaction_count == 1


def test_pin_keeps_an_entry_on_top(qtbot, window, service):
    import datetime as dt

    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    service.run(edits.log_entry(cid, "note", "allergic to nuts", at=dt.datetime(2025, 1, 1, 9)))
    service.run(edits.log_entry(cid, "visit", "quick coffee"))
    window.reveal(cid)
    model = window.timeline.model
    window.timeline.view.setCurrentIndex(model.index(1, 0))
    window.timeline.toggle_pin()
    assert "allergic to nuts" in model.data(model.index(0, 0))


def test_the_program_s_words_are_edited_as_the_window_says_them(qtbot, window, service):
    """In German the form shows the German; left as it was, the entry stays the program's (in
    every language), and rewritten it is the owner's own text."""
    from PySide6.QtWidgets import QDialogButtonBox

    from app.core import timeline
    from app.store.models import Interaction
    from app.ui.local_forms import LocalForms, speak
    from tests.ui.test_dialogs import in_the_form

    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    timeline.log(cid, "purchase", "", "40")
    entry_id = timeline.redeem(cid, 20, "Kaffee")
    service.run(edits.put_place("DE", "EUR", "de"))  # the window speaks German from here
    shown: list[str] = []

    def ok(form, text: str | None = None) -> None:
        shown.append(form.text.toPlainText())
        if text is not None:
            form.text.setPlainText(text)
        qtbot.mouseClick(form.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    try:
        window.reveal(cid)
        panel = window.timeline
        panel.view.setCurrentIndex(panel.model.index(0, 0))
        in_the_form(qtbot, ok, panel.edit_current)
        kept = Interaction.get_by_id(entry_id)
        assert kept.text == "Redeemed 20 points: Kaffee" and kept.said is not None
        panel.view.setCurrentIndex(panel.model.index(0, 0))
        in_the_form(qtbot, lambda form: ok(form, "20 Punkte: Kaffee und Kuchen"),
                    panel.edit_current)
        rewritten = Interaction.get_by_id(entry_id)
        assert (rewritten.text, rewritten.said) == ("20 Punkte: Kaffee und Kuchen", None)
        assert shown == ["20 Treuepunkte eingelöst: Kaffee"] * 2
    finally:
        speak(LocalForms("en", "US", ""))


def test_a_consent_record_on_the_timeline_is_not_edited_pinned_or_deleted(qtbot, window,
                                                                           service):
    """A record the law asks the shop to keep is no entry: Delete, Enter and pinning pass it
    by, and it is no contact."""
    from app.core import consent

    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    service.run(edits.record_consent(cid, True, "signed_form"))
    window.reveal(cid)
    panel = window.timeline
    assert panel.model.rowCount() == 1
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.current_entry() is None
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    panel.toggle_pin()
    assert [(r.given, r.how) for r in consent.history(cid)] == [(True, "signed_form")]
    assert panel.model.rowCount() == 1
    assert window.service.runner.undo_stack.undoText().startswith("record the newsletter")
    p = load(cid)
    assert (p.last_contact, p.interaction_count) == (None, 0)
    assert window.model.data(window.model.index(window.model.row_of(cid), 2)) == "never"
