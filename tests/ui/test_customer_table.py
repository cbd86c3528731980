"""A long list: the end of it and select-all mean everyone, not the screenful read so far."""

from __future__ import annotations

from helpers import type_search
from PySide6.QtCore import Qt


def test_a_long_list_keeps_the_open_customer_and_counts_everyone(qtbot, window, service):
    from app.core import demo

    demo.generate(320, seed=11)
    window.model.reload()
    qtbot.waitUntil(lambda: window.count_label.text() == "320 customers")  # once painted
    assert window.model.rowCount() < 320  # a screenful read, the rest waits
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == 320)  # read as the view scrolls
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name: opening moves no one
    far = window.model.customer_id(310)
    window.select_row(310)
    assert window.profile.customer_id == far
    type_search(qtbot, window, "zzzz")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # back to everyone: a screenful first
    qtbot.waitUntil(lambda: window.count_label.text() == "320 customers")
    qtbot.waitUntil(lambda: window.table.currentIndex().row() == 310)  # still theirs
    window.model.reload()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.selected_ids()) == 320  # everyone, not the screenful
    window.model.reload()
    window.select_row(0)
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.table.currentIndex().row() == 319  # the last customer, not the 200th
    window.model.reload()
    window.select_row(199)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 200  # the arrow goes on past the screenful


def test_opening_a_customer_reorders_a_long_list_without_losing_its_end(qtbot, window, service):
    """Opening a customer moves them up the "recent" order, under the screenful already
    read: reading the rest must still bring every customer, in the new order."""
    from app.core import demo

    demo.generate(450, seed=5)
    window.model.reload()  # recently opened first: a screenful
    window.select_row(150)  # opened: now the most recent
    opened = window.profile.customer_id
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.selected_ids()) == 450
    assert window.model.customer_id(0) == opened  # in its new place
    window.model.reload()
    window.select_row(120)
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.table.currentIndex().row() == 449
    window.model.reload()
    window.select_row(90)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == 450)
    assert sorted(window.model.customer_id(r) for r in range(450)) == sorted(
        service.customer_ids("", "name", False))
