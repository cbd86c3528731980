"""F6, the weekly review: the keyboard starts on the first row, Enter and a double-click open
the customer, each row's action is a key away and undone with Ctrl+Z, and "get in touch" asks
what happened instead of writing a guess on the timeline."""

from __future__ import annotations

from tests.journeys.shop import added, customer_named, entries

WILLIAM = "William: usually every 19 days"


def test_f6_starts_on_the_first_row_and_enter_opens_the_customer_doing_nothing(regular, person):
    agnieszka = customer_named("Agnieszka Costa")
    before = entries(agnieszka)
    person.press("F6")
    assert person.current_row() == ["Agnieszka Costa", "spent $30.00 this week"]
    person.press("Enter")
    assert regular.right.customer_id == agnieszka
    assert entries(agnieszka) == before
    assert person.sees("F6 brings the list back.")  # it stepped aside for the card
    person.press("F6")
    assert person.current_row() == ["Agnieszka Costa", "spent $30.00 this week"]


def test_a_double_click_opens_the_customer_in_the_window_as_it_was(regular, person):
    william = customer_named("William Murphy")
    before = entries(william)
    person.maximise()
    person.press("F6")
    person.type("William M")
    person.double_click(WILLIAM)
    assert regular.right.customer_id == william
    assert regular.isMaximized()
    assert entries(william) == before


def test_a_thank_you_call_is_a_key_away_says_what_it_logged_and_is_undone(regular, person):
    agnieszka = customer_named("Agnieszka Costa")
    before = entries(agnieszka)
    person.press("F6")
    assert "Thank-you call" in person.button_texts()
    person.press("Alt+T")
    assert added(agnieszka, before) == [("call", "Thank-you call: a top customer this week")]
    assert person.status().startswith("Logged a call with Agnieszka Costa: ")
    assert person.current_row() == ["Henry Rossi", "spent $30.00 this week"]
    person.press("Ctrl+Z")  # from the list, as from the window
    assert entries(agnieszka) == before
    assert person.texts().count("spent $30.00 this week") == 2  # her row is back
    person.press("Esc", "F6")
    assert person.current_row() == ["Agnieszka Costa", "spent $30.00 this week"]


def test_get_in_touch_asks_what_happened(regular, person):
    william = customer_named("William Murphy")
    before = entries(william)
    person.press("F6")
    person.type("William M")  # the list finds the name typed
    assert person.current_row() == ["William Murphy", WILLIAM + ", last visit 149 days ago"]
    assert "Get in touch" in person.button_texts()
    person.press("Alt+G")
    assert person.sees("What happened with William Murphy?")
    person.press("Enter")  # nothing is chosen in advance
    assert entries(william) == before
    person.press("Esc")
    assert entries(william) == before and person.sees(WILLIAM)
    person.press("Alt+G")
    person.waits_to_see("What happened with William Murphy?")
    person.press("2")
    assert added(william, before) == [("message", "Sent a message to keep in touch")]
    assert person.status().startswith("Logged a message with William Murphy: ")
    assert not person.sees(WILLIAM)
    person.press("Ctrl+Z")
    assert entries(william) == before
    assert person.sees(WILLIAM)
