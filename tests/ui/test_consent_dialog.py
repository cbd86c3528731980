"""The question a ticked newsletter box asks: how consent was given or withdrawn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.consent import HOWS
from app.ui.consent_dialog import CHOICES, ConsentDialog
from app.ui.form import present


def _open(qtbot, given: bool) -> ConsentDialog:
    dialog = ConsentDialog(given)
    qtbot.addWidget(dialog)
    present(dialog)
    qtbot.waitUntil(lambda: dialog.choices.button(0).hasFocus(), timeout=2000)
    return dialog


def test_in_person_is_chosen_and_enter_takes_it(qtbot):
    dialog = _open(qtbot, given=True)
    assert [b.text() for b in dialog.choices.buttons()] == [
        "&In person", "On a &signed form", "By &email"]
    assert "How did they agree to the newsletter?" in [q.text() for q in
                                                       dialog.findChildren(QLabel)]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.how() == "in_person"


def test_the_arrows_and_the_underlined_letters_choose(qtbot):
    dialog = _open(qtbot, given=False)
    assert "How did they withdraw their consent?" in [q.text() for q in
                                                     dialog.findChildren(QLabel)]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.how() == "signed_form"
    # A button's letter presses it down for a moment, then clicks.
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.how() == "email", timeout=2000)


def test_esc_closes_it_unaccepted(qtbot):
    dialog = _open(qtbot, given=True)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)


def test_each_choice_is_a_way_a_consent_record_keeps():
    assert {how for how, _label in CHOICES} <= set(HOWS)
