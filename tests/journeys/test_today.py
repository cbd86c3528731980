"""The Today list under the customer list: a click, Enter and a double-click open the
customer; Done, Tomorrow and Dismiss are each a key away and undone with Ctrl+Z; Done on "get in
touch" asks what happened instead of writing a guess on the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView

from app.core import followups
from tests.journeys.shop import added, customer_named, entries

ARJUN = "Arjun: usually every 19 days, last visit 47 days ago"
MICHAEL = "in 5 days · Michael — Promised: put aside the autumn range"


def test_enter_and_a_double_click_open_the_customer_in_the_window_as_it_was(regular, person):
    arjun, fatima = customer_named("Arjun Patel"), customer_named("Fatima Larsen")
    person.maximise()
    person.waits_to_see(ARJUN)
    person.double_click(ARJUN)
    assert regular.right.customer_id == arjun
    assert regular.isMaximized()
    person.press("Down")  # to Fatima's row, and Enter opens her
    person.press("Enter")
    assert regular.right.customer_id == fatima
    assert regular.isMaximized()


def test_done_on_a_regular_who_stopped_coming_asks_what_happened(regular, person):
    arjun = customer_named("Arjun Patel")
    before = entries(arjun)
    person.waits_to_see(ARJUN)
    person.click(ARJUN)
    person.press("Alt+D")
    assert person.sees("What happened with Arjun Patel?")
    assert {"1 Called", "2 Messaged", "3 Saw them", "4 Nothing"} <= set(person.button_texts())
    person.press("Enter")  # nothing is chosen in advance
    assert person.sees("What happened with Arjun Patel?")
    assert entries(arjun) == before
    person.press("1")
    assert not person.sees("What happened with Arjun Patel?")
    assert added(arjun, before) == [("call", "Called to keep in touch")]
    assert person.status().startswith("Logged a call with Arjun Patel: ")
    assert ARJUN not in person.texts()  # not in the Today list
    person.press("Ctrl+Z")
    assert entries(arjun) == before
    assert ARJUN in person.texts()


def test_esc_leaves_the_reminder_as_it_was_and_nothing_logs_nothing(regular, person):
    arjun = customer_named("Arjun Patel")
    before = entries(arjun)
    person.waits_to_see(ARJUN)
    person.click(ARJUN)
    person.press("Alt+D")
    person.waits_to_see("What happened with Arjun Patel?")
    person.press("Esc")
    assert not person.sees("What happened with Arjun Patel?")
    assert ARJUN in person.texts() and entries(arjun) == before
    person.press("Alt+D")
    person.waits_to_see("What happened with Arjun Patel?")
    person.press("4")
    assert person.status().startswith("Nothing logged; the reminder is done.")
    assert ARJUN not in person.texts() and entries(arjun) == before


def test_done_on_a_promise_closes_it_in_one_step_and_says_so(regular, person):
    michael = customer_named("Michael Fernández")
    before = entries(michael)
    person.waits_to_see(ARJUN)
    person.click(ARJUN)
    person.press("Home", "Down")  # the promise is second, after tomorrow's anniversary
    assert person.current_row() == [MICHAEL]
    person.press("Alt+D")
    assert "put aside the autumn range" not in [f.text for f, _n in followups.all_open()]
    assert added(michael, before) == [("note", "Done: put aside the autumn range")]
    assert "Michael Fernández" in person.status()
    assert not person.sees(MICHAEL)
    person.press("Ctrl+Z")
    assert person.sees(MICHAEL)


def test_tomorrow_and_dismiss_are_a_key_away_and_come_back_with_ctrl_z(regular, person):
    person.waits_to_see(ARJUN)
    person.click(ARJUN)
    person.press("Alt+T")
    assert ARJUN not in person.texts()  # not in the Today list
    person.press("Ctrl+Z")
    assert ARJUN in person.texts()
    assert person.current_row()[0].startswith(ARJUN)  # back on him, not on his neighbour
    person.press("Alt+I")
    assert ARJUN not in person.texts()  # not in the Today list
    person.press("Ctrl+Z")
    assert ARJUN in person.texts()
    assert person.current_row()[0].startswith(ARJUN)


def test_the_rows_are_read_whole_at_the_size_the_window_opens(regular, person):
    person.waits_to_see(ARJUN)
    today = next(view for view in regular.findChildren(QListView)
                 if view.model().rowCount() and str(view.model().index(0, 0).data())
                 .startswith("Tomorrow · "))
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
