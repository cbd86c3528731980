"""The weekly review and the list of promises: act on a row, it is logged and leaves."""

from __future__ import annotations

import datetime as dt

from helpers import eleanor
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.core import followups, timeline


def test_weekly_review_actions_are_logged_and_leave_the_list(qtbot, window, service):
    cid = eleanor(service)
    timeline.log(cid, "purchase", "gift box", "45.00", at=dt.datetime(2026, 11, 20, 11))
    dialog = window.commands.open_week()
    qtbot.addWidget(dialog)
    spenders = dialog.tree.topLevelItem(0)
    assert spenders.text(0) == "Top spenders this week (1)"
    row = spenders.child(0)
    assert row.text(0) == "Eleanor Whitfield" and row.text(1) == "spent 45.00 this week"
    dialog.tree.setCurrentItem(row)
    assert dialog.act_button.text() == "&Thank-you call"  # Alt+T
    qtbot.mouseClick(dialog.act_button, Qt.MouseButton.LeftButton)
    assert dialog.tree.topLevelItem(0).text(0) == "Top spenders this week (0)"
    latest = service.entries(cid, 0, 1)[0]
    assert (latest.kind, latest.text) == ("call", "Thank-you call: a top customer this week")
    assert window.statusBar().currentMessage().startswith(
        "Logged a call with Eleanor Whitfield: “Thank-you call: a top customer this week”.")
    new = dialog.tree.topLevelItem(1)
    assert new.text(0) == "New this week (2)"  # both were added today


def test_no_button_of_a_list_takes_enter_and_a_promise_knows_its_customer(qtbot, window, service):
    cid = eleanor(service)
    followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 20), kind="promise")
    for dialog in (window.commands.open_promises(), window.commands.open_week()):
        qtbot.addWidget(dialog)
        assert not any(b.isDefault() or b.autoDefault() for b in dialog.findChildren(QPushButton))
    assert window.commands.open_promises().current().customer_id == cid
    assert window.commands.open_promises() is window.commands.open_promises()  # one window
