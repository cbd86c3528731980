"""The window as a whole: privacy mode, archiving from the card, a long day of use."""

from __future__ import annotations

from helpers import eleanor
from PySide6.QtCore import Qt


def test_privacy_mode_hides_and_is_remembered(qtbot, window, service, settings):
    cid = eleanor(service)
    window.reveal(cid)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.actions["set_private"].isChecked()
    assert window._privacy_badge.isVisible() and "privacy on" in window.windowTitle()
    card = window.glance
    assert "oat-milk" not in card.likes.text() and "hidden" in card.likes.text()
    assert "knee" not in card.ask.text() and "24.50" not in card.history.text()
    assert "spent" not in card.facts.text()
    assert not window.timeline.view.isVisible() and window.timeline.hidden_note.isVisible()
    kept = [c for c in range(window.model.columnCount()) if not window.table.isColumnHidden(c)]
    assert [window.model.headerData(c, Qt.Orientation.Horizontal) for c in kept] == [
        "Name", "Goes by"]
    assert card.title.text() == "Ellie"  # the name stays: it is how to greet them
    from app.ui.main_window import MainWindow

    again = MainWindow(service, settings)
    qtbot.addWidget(again)
    assert again.actions["set_private"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert not window.actions["set_private"].isChecked()
    assert "oat-milk" in card.likes.text() and window.timeline.view.isVisible()
    assert not any(window.table.isColumnHidden(c) for c in range(window.model.columnCount()))


def test_archive_button_and_show_archived(qtbot, sample_window):
    window = sample_window
    window.select_row(2)
    cid = window.profile.customer_id
    qtbot.mouseClick(window.glance.archive_button, Qt.MouseButton.LeftButton)
    assert window.model.row_of(cid) is None
    window.actions["show_archived"].setChecked(True)
    row = window.model.row_of(cid)
    assert row is not None
    assert window.model.data(window.model.index(row, 0)).endswith("(archived)")


def test_opening_customers_all_day_does_not_wear_out_none(qtbot, sample_window):
    """A Qt binding that hands back None one reference short ends the program with
    "deallocating None" after a few hundred customers opened (PySide6 6.12.0 on Python 3.11).
    Python 3.12 made None immortal, so there the count never moves."""
    import sys

    window = sample_window
    window.select_row(0)
    before = sys.getrefcount(None)
    for turn in range(120):
        window.select_row(turn % 60)
        window.right.repaint()
    assert sys.getrefcount(None) >= before - 100
