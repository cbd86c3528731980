"""The Today list under the customer list: Enter and a double-click open the customer; Done,
Tomorrow and Dismiss are each a key away and undone with Ctrl+Z; Done on "get in touch" asks
what happened instead of writing a guess on the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView

from app.core import followups
from tests.journeys.shop import added, customer_named, entries

WILLIAM = "overdue · William usually comes every 19 days"
MICHAEL = "Sat 28 Nov · Michael — Promised: put aside the autumn range"


def test_enter_and_a_double_click_open_the_customer_in_the_window_as_it_was(regular, person):
    william, staszek = customer_named("William Murphy"), customer_named("Stanisław Haddad")
    person.maximise()
    person.waits_to_see(WILLIAM)
    person.double_click(WILLIAM)
    assert regular.right.customer_id == william
    assert regular.isMaximized()
    person.click("overdue · Staszek")
    person.press("Enter")
    assert regular.right.customer_id == staszek
    assert regular.isMaximized()


def test_done_on_a_regular_who_stopped_coming_asks_what_happened(regular, person):
    william = customer_named("William Murphy")
    before = entries(william)
    person.waits_to_see(WILLIAM)
    person.click(WILLIAM)
    person.press("Alt+D")
    assert person.sees("What happened with William Murphy?")
    assert {"1 Called", "2 Messaged", "3 Saw them", "4 Nothing"} <= set(person.button_texts())
    person.press("Enter")  # nothing is chosen in advance
    assert person.sees("What happened with William Murphy?")
    assert entries(william) == before
    person.press("1")
    assert not person.sees("What happened with William Murphy?")
    assert added(william, before) == [("call", "Called to keep in touch")]
    assert person.status().startswith("Logged a call with William Murphy: ")
    assert not person.sees(WILLIAM)
    person.press("Ctrl+Z")
    assert entries(william) == before
    assert person.sees(WILLIAM)


def test_esc_leaves_the_reminder_as_it_was_and_nothing_logs_nothing(regular, person):
    william = customer_named("William Murphy")
    before = entries(william)
    person.waits_to_see(WILLIAM)
    person.click(WILLIAM)
    person.press("Alt+D")
    person.waits_to_see("What happened with William Murphy?")
    person.press("Esc")
    assert not person.sees("What happened with William Murphy?")
    assert person.sees(WILLIAM) and entries(william) == before
    person.press("Alt+D")
    person.waits_to_see("What happened with William Murphy?")
    person.press("4")
    assert person.status().startswith("Nothing logged; the reminder is done.")
    assert not person.sees(WILLIAM) and entries(william) == before


def test_done_on_a_promise_closes_it_in_one_step_and_says_so(regular, person):
    michael = customer_named("Michael Fernández")
    before = entries(michael)
    person.waits_to_see(WILLIAM)
    person.click(WILLIAM)
    person.press("End")  # the promise is due last
    assert person.current_row() == [MICHAEL]
    person.press("Alt+D")
    assert "put aside the autumn range" not in [f.text for f, _n in followups.all_open()]
    assert added(michael, before) == [("note", "Done: put aside the autumn range")]
    assert "Michael Fernández" in person.status()
    assert not person.sees(MICHAEL)
    person.press("Ctrl+Z")
    assert person.sees(MICHAEL)


def test_tomorrow_and_dismiss_are_a_key_away_and_come_back_with_ctrl_z(regular, person):
    person.waits_to_see(WILLIAM)
    person.click(WILLIAM)
    person.press("Alt+T")
    assert not person.sees(WILLIAM)
    person.press("Ctrl+Z")
    assert person.sees(WILLIAM)
    assert person.current_row()[0].startswith(WILLIAM)  # back on him, not on his neighbour
    person.press("Alt+I")
    assert not person.sees(WILLIAM)
    person.press("Ctrl+Z")
    assert person.sees(WILLIAM)
    assert person.current_row()[0].startswith(WILLIAM)


def test_the_rows_are_read_whole_at_the_size_the_window_opens(regular, person):
    person.waits_to_see(WILLIAM)
    today = next(view for view in regular.findChildren(QListView)
                 if view.model().rowCount() and str(view.model().index(0, 0).data())
                 .startswith("overdue"))
    metrics = QFontMetrics(today.font())
    shown = 0
    for row in range(today.model().rowCount()):
        index = today.model().index(row, 0)
        rect = today.visualRect(index)
        if not today.viewport().rect().contains(rect):
            continue
        shown += 1
        room = rect.adjusted(today.iconSize().width() + 12, 0, -4, 0)
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, str(index.data()))
        assert needed.height() <= rect.height(), f"{index.data()!r} is cut"
    assert shown >= 3, "fewer than three reminders can be read without scrolling"
