"""After the conversation: Ctrl+L, the kind, a sentence, Tab, the amount, Tab, the question for
next time, Enter — exactly as the README says, and nothing logged that was not typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from app.core import followups, timeline


def _open(window, person, letters: str) -> int:
    person.press("Ctrl+F")
    person.type(letters)
    person.press("Enter")
    cid = window.right.customer_id
    assert cid is not None
    return cid


def test_a_purchase_with_a_question_the_readme_way(regular, person):
    cid = _open(regular, person, "henry")
    entries, asks = timeline.count(cid), len(followups.open_for(cid))
    person.press("Ctrl+L", "Alt+5")
    person.type("bought the Ethiopian beans")
    person.press("Tab")
    person.type("18.00")
    person.press("Tab")
    assert person.focus.placeholderText().startswith("Ask next time")
    person.type("how was the grinder?")
    person.press("Enter")
    assert timeline.count(cid) == entries + 1
    newest = timeline.entries(cid, limit=1)[0]
    assert (newest.kind, newest.text, str(newest.amount)) == (
        "purchase", "bought the Ethiopian beans", "18.00")
    assert [f.text for f in followups.open_for(cid)][-1:] == ["how was the grinder?"]
    assert len(followups.open_for(cid)) == asks + 1
    assert person.sees("how was the grinder?")  # on the glance card


def test_a_visit_tabs_straight_to_the_question(regular, person):
    cid = _open(regular, person, "henry")
    entries = timeline.count(cid)
    person.press("Ctrl+L")
    person.type("quick coffee")
    person.press("Tab")
    assert person.focus.placeholderText().startswith("Ask next time")
    person.type("did the dog get better?")
    person.press("Enter")
    assert timeline.count(cid) == entries + 1
    assert timeline.entries(cid, limit=1)[0].text == "quick coffee"


def test_enter_on_an_empty_entry_logs_nothing_and_says_why(regular, person):
    cid = _open(regular, person, "henry")
    entries = timeline.count(cid)
    person.press("Ctrl+L", "Enter")
    assert timeline.count(cid) == entries
    assert person.sees("Write what happened first")
    assert isinstance(person.focus, QLineEdit)
    person.press("Alt+5")
    person.click("Log")
    assert timeline.count(cid) == entries
    person.type("scarf")
    assert not person.sees("Write what happened first")


def test_space_on_the_log_button_logs_once(regular, person):
    """Past the question the keyboard reaches Log; each press is one entry, never a blank."""
    cid = _open(regular, person, "henry")
    entries = timeline.count(cid)
    person.press("Ctrl+L")
    person.type("came in for the usual")
    person.press("Tab", "Tab")
    assert isinstance(person.focus, QPushButton) and person.focus.text() == "Log"
    person.type(" ")
    person.type(" ")
    assert timeline.count(cid) == entries + 1


def test_the_focused_button_is_plainly_marked(regular, person):
    _open(regular, person, "henry")
    person.press("Ctrl+L")
    person.type("came in for the usual")
    button = person.find("Log", QPushButton)
    unfocused = button.grab().toImage()
    person.press("Tab", "Tab")
    assert person.focus is button
    focused = button.grab().toImage()
    differing = sum(1 for x in range(focused.width()) for y in range(focused.height())
                    if focused.pixel(x, y) != unfocused.pixel(x, y))
    assert differing > 2 * (focused.width() + focused.height()), "the focus mark is faint"
