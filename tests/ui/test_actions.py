"""The action table: menus, the list's context menu and F1 are made from it, and every
shortcut they show works when pressed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from app.core import edits
from app.ui import commands as commands_module
from app.ui.actions import ACTIONS, action_name
from app.ui.main_window import MainWindow


def shown_keys(window) -> dict[str, list[QKeySequence]]:
    return {name: action.shortcuts() for name, action in window.actions.actions.items()
            if action.shortcuts()}


@pytest.fixture
def recording_window(qtbot, service, settings, monkeypatch):
    """The window with every command's handler replaced by a recorder, so that a key that
    would open a dialog is seen arriving without the dialog blocking the test."""
    service.run(edits.create_customer(first_name="Anna", last_name="Lindqvist"))
    calls: list[str] = []
    for spec in ACTIONS:
        if spec.key in ("undo", "redo"):
            continue
        monkeypatch.setattr(commands_module.Commands, spec.key,
                            lambda self, *args, _name=spec.key: calls.append(_name))
    window = MainWindow(service, settings, use_tray=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window, calls


def click_list(qtbot, window) -> None:
    rect = window.table.visualRect(window.model.index(0, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press_sequence(qtbot, sequence: QKeySequence) -> None:
    combination = sequence[0]
    qtbot.keyClick(QApplication.focusWidget(), combination.key(),
                   combination.keyboardModifiers())


def test_every_shortcut_shown_works_when_pressed(qtbot, recording_window, service):
    window, calls = recording_window
    keys = shown_keys(window)
    assert set(keys) >= {"new_customer", "open_import", "backup_now", "quit", "undo", "redo",
                         "focus_search", "open_settings", "toggle_today", "open_week",
                         "open_promises", "set_private", "focus_log", "archive_selected",
                         "tag_selected", "show_shortcuts"}
    for name, sequences in keys.items():
        if name in ("undo", "redo"):
            continue
        for sequence in sequences:
            click_list(qtbot, window)  # the keyboard in the list, as after finding someone
            calls.clear()
            press_sequence(qtbot, sequence)
            assert calls == [name], f"{sequence.toString()} should run {name}"


def test_undo_and_redo_keys_work_from_the_list(qtbot, recording_window, service):
    window, _calls = recording_window
    service.run(edits.log_entry(window.model.customer_id(0), "note", "one"))
    for sequence in shown_keys(window)["undo"]:
        service.run(edits.log_entry(window.model.customer_id(0), "note", "again"))
        click_list(qtbot, window)
        before = window.undo_stack.index()
        press_sequence(qtbot, sequence)
        assert window.undo_stack.index() == before - 1
    for sequence in shown_keys(window)["redo"]:
        window.undo_stack.undo()  # something to redo
        click_list(qtbot, window)
        before = window.undo_stack.index()
        press_sequence(qtbot, sequence)
        assert window.undo_stack.index() == before + 1


def test_settings_and_redo_have_the_keys_the_help_promises(window):
    texts = {name: [k.toString() for k in keys] for name, keys in shown_keys(window).items()}
    assert "Ctrl+," in texts["open_settings"]  # Qt binds nothing to Preferences on Linux
    assert "Ctrl+Shift+Z" in texts["redo"]
    assert "Ctrl+Q" in texts["quit"]


def test_f1_lists_every_shortcut_from_the_table_one_key_a_row(qtbot, window):
    rows = window.actions.help_rows()
    for name, keys in shown_keys(window).items():
        spec = next(s for s in ACTIONS if action_name(s) == name)
        for key in keys:
            assert (key.toString(QKeySequence.SequenceFormat.NativeText),
                    spec.help or spec.text.replace("&", "").rstrip("…")) in rows
    assert ("Ctrl+Shift+Z", "redo what was undone") in rows
    assert ("Ctrl+Q", "quit Regulars") in rows
    box = window.commands.show_shortcuts()
    shown = [label.text() for label in box.findChildren(QLabel)]
    assert all(key in shown and what in shown for key, what in rows)
    box.close()


def test_menus_hold_each_action_once(window):
    seen: list[str] = []
    for menu in window.menus.values():
        seen += [a.text() for a in menu.actions() if not a.isSeparator() and not a.menu()]
    assert len(seen) == len(set(seen))
    assert "&Settings…" in seen and "Open the &log folder" in seen


def test_the_list_menu_comes_from_the_table(window):
    menu = window.actions.list_menu(window)
    assert [a.text() for a in menu.actions()] == [s.text for s in ACTIONS if s.in_list_menu]
    # The same actions as the Customer menu's, so their keys and enabled state agree.
    customer = window.menus["Customer"].actions()
    assert all(action in customer for action in menu.actions())
