"""A short editable list in the profile: add with a button, Enter or a double-click edits,
Delete removes; the placeholder of an empty list is never a row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.ui.rows_editor import RowsEditor


def button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def click_row(qtbot, editor: RowsEditor, row: int) -> None:
    rect = editor.list.visualItemRect(editor.list.item(row))
    qtbot.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def editor(qtbot):
    widget = RowsEditor([("phone", "+ Phone"), ("email", "+ Email")], "No phone or email yet")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_an_empty_list_says_so_and_offers_nothing_to_remove(qtbot, editor):
    editor.set_items([])
    assert editor.list.item(0).text() == "No phone or email yet"
    assert editor.texts() == []
    click_row(qtbot, editor, 0)
    assert not button(editor, "Remove").isEnabled()
    with qtbot.assertNotEmitted(editor.remove_requested):
        qtbot.keyClick(editor.list, Qt.Key.Key_Delete)


def test_the_add_buttons_say_what_to_add(qtbot, editor):
    with qtbot.waitSignal(editor.add_requested) as asked:
        qtbot.mouseClick(button(editor, "+ Email"), Qt.MouseButton.LeftButton)
    assert asked.args == ["email"]


def test_a_row_is_edited_with_enter_or_a_double_click_and_removed_with_delete(qtbot, editor):
    mobile, shop = object(), object()
    editor.set_items([(mobile, "+44 7700 900123   · mobile", None), (shop, "01632 960 111", None)])
    assert editor.texts() == ["+44 7700 900123   · mobile", "01632 960 111"]
    assert not button(editor, "Remove").isEnabled()  # nothing chosen yet

    click_row(qtbot, editor, 1)
    assert button(editor, "Remove").isEnabled()
    with qtbot.waitSignal(editor.edit_requested) as edited:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert edited.args == [shop]
    with qtbot.waitSignal(editor.remove_requested) as removed:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert removed.args == [shop]

    click_row(qtbot, editor, 0)
    rect = editor.list.visualItemRect(editor.list.item(0))
    with qtbot.waitSignal(editor.edit_requested) as edited:
        qtbot.mouseDClick(editor.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert edited.args == [mobile]
    with qtbot.waitSignal(editor.remove_requested) as removed:
        qtbot.mouseClick(button(editor, "Remove"), Qt.MouseButton.LeftButton)
    assert removed.args == [mobile]


def test_the_list_is_as_tall_as_its_rows_up_to_six(editor):
    editor.set_items([(n, f"row {n}", None) for n in range(2)])
    two = editor.list.height()
    editor.set_items([(n, f"row {n}", None) for n in range(6)])
    six = editor.list.height()
    editor.set_items([(n, f"row {n}", None) for n in range(20)])
    assert two < six == editor.list.height()
