"""Restoring from a backup: the copies listed newest first, a damaged one not offered, and a
restore that asks first and keeps what was there."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.core import backups, clock, directory, edits
from app.store import backup
from app.ui.backup_dialog import RestoreDialog
from app.ui.words import install


def answer(qtbot, text: str) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    press(qtbot, box, text)


def press(qtbot, dialog, text: str) -> None:
    found = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text)
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


@pytest.fixture
def shop(service):
    """Eleanor backed up yesterday morning, Tom added since, and a backup the disk ate."""
    service.run(edits.create_customer(first_name="Eleanor"))
    with clock.frozen(dt.datetime(2026, 11, 22, 9, 0)):
        backups.automatic("daily")
    service.run(edits.create_customer(first_name="Tom"))
    (backups.folder() / "regulars-20261120-090000-daily.sqlite3").write_bytes(b"\xff" * 4096)
    return service


@pytest.fixture
def dialog(qtbot, shop):
    install("en")  # as the window does: its plural forms say "1 customer", not "1 customer(s)"
    window = RestoreDialog(shop)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_backups_are_listed_newest_first_and_a_damaged_one_is_not_offered(dialog):
    rows = [dialog.list.item(i) for i in range(dialog.list.count())]
    assert [r.text() for r in rows] == [
        "Sun, Nov 22, 2026, 9:00\u202fAM · 1 customer · daily",
        "Fri, Nov 20, 2026, 9:00\u202fAM · damaged: cannot be restored · daily",
    ]
    assert rows[0].flags() & Qt.ItemFlag.ItemIsEnabled
    assert not rows[1].flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.list.currentRow() == 0


def test_restore_asks_first_and_keeps_what_was_there(qtbot, dialog, service):
    restored = []
    dialog.restored.connect(restored.append)
    press(qtbot, dialog, "Restore selected…")
    answer(qtbot, "Cancel")
    assert directory.count() == 2 and restored == []  # Cancel changes nothing

    press(qtbot, dialog, "Restore selected…")
    answer(qtbot, "Restore")
    assert restored == [backups.Restored(customers=1, erased_again=0)]
    assert [service.rows([i])[i].name for i in directory.customer_ids()] == ["Eleanor"]
    # What was there is itself a backup now, at the top of the list.
    assert dialog.list.item(0).text() == (
        "Mon, Nov 23, 2026, 10:30\u202fAM · 2 customers · before restore")


def test_a_date_that_cannot_be_right_is_marked(dialog):
    for when in (dt.datetime(2100, 1, 1, 9, 0), dt.datetime(2001, 1, 1, 9, 0)):
        path = backup.copy_to(backups.folder() / f"regulars-{when:%Y%m%d-%H%M%S}-daily.sqlite3")
        os.utime(path, (when.timestamp(), when.timestamp()))  # the whole machine's clock
    dialog.reload()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Fri, Jan 1, 2100, 9:00\u202fAM (date cannot be right) · 2 customers · daily",
        "Sun, Nov 22, 2026, 9:00\u202fAM · 1 customer · daily",
        "Fri, Nov 20, 2026, 9:00\u202fAM · damaged: cannot be restored · daily",
        "Mon, Jan 1, 2001, 9:00\u202fAM (date cannot be right) · 2 customers · daily",
    ]


def test_an_empty_folder_offers_nothing_to_restore(qtbot, service):
    window = RestoreDialog(service)
    qtbot.addWidget(window)
    assert window.list.count() == 0
    assert not window.restore_button.isEnabled()
