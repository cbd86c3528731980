"""The Today panel: what is due, opened with a click or Enter; Done, Snooze and Dismiss."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.core import edits, followups, reminders
from app.core.profile import load
from app.ui.greeting_step import GreetingDialog


def test_today_panel_lists_what_is_due_and_opens_the_customer(qtbot, window, service):
    assert window.tray is None  # offscreen there is no tray: the panel carries everything
    cid = service.run(edits.create_customer(first_name="Eleanor", nickname="Ellie")).result
    service.run(edits.add_date(cid, kind="birthday", month=11, day=27, year=1983))
    followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 23), kind="promise")
    window.center.check()
    panel = window.today
    assert panel.title.text() == "Today: 1, and 1 this week"
    assert panel.texts() == ["Today · Ellie — Promised: order the blue size 9",
                             "in 4 days · Ellie's birthday (turns 43)"]
    panel.select_row(1)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # Enter opens the customer
    assert window.profile.customer_id == cid


def test_done_snooze_and_dismiss_from_the_panel(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor", nickname="Ellie")).result
    fid = followups.add(cid, "call about the order", due=dt.date(2026, 11, 22))
    service.run(edits.add_date(cid, kind="birthday", month=11, day=23))
    service.run(edits.add_date(cid, kind="anniversary", month=11, day=25))
    window.center.check()
    panel = window.today
    assert panel.model.rowCount() == 3

    kinds = [r.kind for r in panel.reminders()]
    panel.select_row(kinds.index("follow_up"))  # the overdue promise
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert followups.open_for(cid) == []
    assert load(cid).interaction_count == 1  # logged on the timeline
    assert panel.model.rowCount() == 2

    kinds = [r.kind for r in panel.reminders()]
    panel.select_row(kinds.index("birthday"))  # done offers a greeting; "Just mark done" here
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    offered = panel.findChild(GreetingDialog)
    assert offered is not None and offered.isVisible()
    just_done = next(b for b in offered.findChildren(QPushButton)
                     if b.text() == "2  Just mark done")
    qtbot.mouseClick(just_done, Qt.MouseButton.LeftButton)
    assert [e.text for e in service.entries(cid, 0, 10)] == ["Done: call about the order"]
    assert [r.kind for r in panel.reminders()] == ["anniversary"]
    assert fid

    panel.select_row(0)
    qtbot.mouseClick(panel.snooze_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    tomorrow = dt.date(2026, 11, 24)
    assert [r.kind for r in reminders.pending(tomorrow)] == ["anniversary"]
    window.center.refresh()
    assert panel.title.text() == "Today: nothing to remember"
    dismissed = reminders.pending(tomorrow)
    service.run(edits.dismiss_reminders(dismissed))
    assert reminders.pending(tomorrow) == []


def _many() -> list[reminders.Reminder]:
    return [reminders.Reminder("lapsed", dt.date(2026, 11, 1), n, "Ann", "Ann: usually every "
                               "19 days", f"k{n}", n, reminders.SUGGESTED) for n in range(27113)]


def test_a_suggestion_reads_as_its_text_alone(window):
    window.today.show_reminders(_many())
    assert window.today.texts()[0] == "Ann: usually every 19 days"


def test_a_long_today_list_is_counted_as_people_read_numbers(window):
    window.today.show_reminders(_many())
    assert window.today.title.text() == "Today: nothing due · 27,113 to get in touch"


def test_privacy_lists_reminders_by_whose_they_are_only(window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor", last_name="Whitfield",
                                            nickname="Ellie")).result
    service.run(edits.add_date(cid, kind="birthday", month=11, day=27, year=1983))
    window.center.check()
    panel = window.today
    assert panel.texts() == ["in 4 days · Ellie's birthday (turns 43)"]
    window.set_private(True)
    assert panel.texts() == ["Eleanor Whitfield"]
    index = panel.model.index(0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Eleanor Whitfield"
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    window.set_private(False)
    assert panel.texts() == ["in 4 days · Ellie's birthday (turns 43)"]


def test_the_tray_menu_and_its_message_name_whose_reminders_only(qapp, service):
    from app.ui.notifiers import TrayNotifier

    cid = service.run(edits.create_customer(first_name="Eleanor", last_name="Whitfield",
                                            nickname="Ellie")).result
    service.run(edits.add_date(cid, kind="birthday", month=11, day=23, year=1983))
    due = reminders.pending(dt.date(2026, 11, 23), 7)
    tray = TrayNotifier(service)
    tray.show_reminders(due)
    texts = [a.text() for a in tray.menu.actions()]
    assert "Today · Ellie's birthday (turns 43)" in texts
    assert tray.icon.toolTip() == "Regulars — Today: 1"
    service.privacy.set(True)
    texts = [a.text() for a in tray.menu.actions()]
    assert "Eleanor Whitfield" in texts and not [t for t in texts if "birthday" in t]
    assert "birthday" not in tray.icon.toolTip() and "Ellie" not in tray.icon.toolTip()
    messages: list[tuple] = []
    tray.icon.showMessage = lambda *shown: messages.append(shown)
    tray.announce(due)
    assert messages[0][:2] == ("Regulars — Today: 1", "Eleanor Whitfield")
    tray.hide()


def test_the_tray_menu_lists_the_first_ten_and_counts_the_rest_as_people_read_numbers(
        qapp, service):
    from app.ui.notifiers import TrayNotifier

    tray = TrayNotifier(service)
    tray.show_reminders(_many())
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert texts[1:11] == ["Ann: usually every 19 days"] * 10
    assert texts[11] == "… and 27,103 more"
    tray.hide()


def test_an_ampersand_in_a_tray_entry_is_shown_not_taken_for_a_shortcut(qapp, service):
    from app.ui.notifiers import TrayNotifier

    shop = reminders.Reminder("birthday", dt.date(2026, 11, 23), 1, "Oak & Iron",
                              "Oak & Iron's birthday", "k", 1, reminders.TODAY)
    tray = TrayNotifier(service)
    tray.show_reminders([shop])
    assert "Today · Oak && Iron's birthday" in [a.text() for a in tray.menu.actions()]
    tray.hide()
