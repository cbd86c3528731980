"""Stay in touch: a box to tick and a number of days, never a number that means "off"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.stay_in_touch import DEFAULT_DAYS, StayInTouch


@pytest.fixture
def stay(qtbot) -> StayInTouch:
    widget = StayInTouch()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_ticking_asks_for_a_reminder_every_so_many_days(qtbot, stay):
    assert stay.check.text() == "Remind me to get in touch every"
    assert stay.days.text() == f"{DEFAULT_DAYS} days" and not stay.days.isEnabled()
    with qtbot.waitSignal(stay.chosen) as chosen:
        qtbot.mouseClick(stay.check, Qt.MouseButton.LeftButton)
    assert chosen.args == [DEFAULT_DAYS] and stay.days.isEnabled()
    stay.days.setFocus()
    stay.days.selectAll()
    qtbot.keyClicks(stay.days, "14")
    with qtbot.waitSignal(stay.chosen) as chosen:
        qtbot.keyClick(stay.days, Qt.Key.Key_Return)
    assert chosen.args == [14]
    said: list[object] = []
    stay.chosen.connect(said.append)
    qtbot.mouseClick(stay.check, Qt.MouseButton.LeftButton)  # leaving the number says it too
    assert said[-1] is None and not stay.days.isEnabled()


def test_it_shows_what_is_saved_but_not_over_a_number_being_typed(qtbot, stay):
    stay.show_days(21)
    assert stay.check.isChecked() and stay.days.value() == 21
    stay.show_days(None)
    assert not stay.check.isChecked() and stay.days.value() == DEFAULT_DAYS
    stay.show_days(7)
    stay.days.setFocus()
    qtbot.waitUntil(stay.days.hasFocus, timeout=2000)
    stay.show_days(None)
    assert stay.check.isChecked() and stay.days.value() == 7
