"""F7, every open promise and follow-up: Enter and a double-click open the customer, Done is
one key away and Ctrl+Z takes it back, and nothing closes a promise by accident."""

from __future__ import annotations

from app.core import followups, profile, timeline
from tests.journeys.shop import customer_named

PROMISE = "Promised: put aside the autumn range"


def open_promises() -> list[str]:
    return [f.text for f, _name in followups.all_open()]


def test_f7_then_enter_opens_the_top_promise_and_closes_nothing(regular, person):
    michael = customer_named("Michael Fernández")
    before = open_promises()
    entries = len(timeline.entries(michael, 0, 500))
    person.press("F7")
    assert person.current_row() == ["Sat, Nov 28", "Michael Fernández", PROMISE]
    person.press("Enter")
    assert regular.right.customer_id == michael
    assert open_promises() == before
    assert len(timeline.entries(michael, 0, 500)) == entries
    assert profile.load(michael).follow_ups  # still promised
    assert "Promises and follow-ups" not in [w.windowTitle() for w in person.reachable()]
    assert person.sees("F7 brings the list back.")
    person.press("Enter")
    assert open_promises() == before
    person.press("F7")  # back on the row it was on
    assert person.current_row() == ["Sat, Nov 28", "Michael Fernández", PROMISE]


def test_a_double_click_opens_the_customer_in_the_window_as_it_was(regular, person):
    michael = customer_named("Michael Fernández")
    person.maximise()
    person.press("F7")
    person.double_click(PROMISE)
    assert regular.right.customer_id == michael
    assert regular.isMaximized()
    assert not person.status().startswith("⚠"), person.status()
    assert len(open_promises()) == 4


def test_done_is_alt_d_says_what_it_logged_and_ctrl_z_brings_the_promise_back(regular, person):
    michael = customer_named("Michael Fernández")
    entries = len(timeline.entries(michael, 0, 500))
    person.press("F7")
    assert "Done" in person.button_texts()
    person.press("Alt+D")
    assert "put aside the autumn range" not in open_promises()
    assert not person.sees(PROMISE)
    assert len(timeline.entries(michael, 0, 500)) == entries + 1
    assert "Michael Fernández" in person.status() and "note" in person.status()
    assert person.current_row()[1] == "Eleanor Moreau"  # the keyboard stays in the list
    person.press("Ctrl+Z")  # from the list, as from the window
    assert "put aside the autumn range" in open_promises()
    assert len(timeline.entries(michael, 0, 500)) == entries
    assert person.sees(PROMISE)
