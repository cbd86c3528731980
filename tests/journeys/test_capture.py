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


def test_the_next_customer_s_letters_find_them_and_go_on_no_timeline(regular, person):
    """After logging, the keyboard waits in the search: the next regular's first letters are
    a search, not an entry on the last one's timeline; the kind starts as a visit again."""
    cid = _open(regular, person, "henry")
    person.press("Ctrl+L", "Alt+5")
    person.type("scarf")
    person.press("Tab")
    person.type("24.50")
    person.press("Enter")
    entries = timeline.count(cid)
    assert person.sees("Logged a purchase for ")
    person.type("ro")
    person.press("Enter")
    assert timeline.count(cid) == entries
    assert regular.right.customer_id != cid
    person.press("Ctrl+L")
    person.type("quick coffee")
    person.press("Enter")
    assert timeline.entries(regular.right.customer_id, limit=1)[0].kind == "visit"


def test_logging_with_privacy_on_says_it_was_logged(regular, person):
    _open(regular, person, "henry")
    person.press("F8", "Ctrl+L")
    person.type("quick coffee")
    person.press("Enter")
    assert person.sees("Logged for Henry Ahmed.")
    assert not person.sees("quick coffee")


def test_an_entry_edited_into_something_it_cannot_be_is_said_in_the_form(regular, person):
    """A note emptied in the edit form is refused there, beside the text, and the form stays
    open; nothing is changed until it can be saved."""
    cid = _open(regular, person, "henry")
    person.press("Ctrl+L", "Alt+7")
    person.type("moving to Germany in spring")
    person.press("Enter")
    newest = timeline.entries(cid, limit=1)[0]
    person.double_click("Note · ")
    assert person.focus.window().windowTitle() == "Edit timeline entry"
    person.press("Tab", "Ctrl+A", "Del")
    person.press("Tab", "Enter")  # Enter in the text would be a new line: OK from When
    assert person.sees("⚠ A note needs some text")
    assert person.focus.window().windowTitle() == "Edit timeline entry"
    assert timeline.get_entry(newest.id) == newest
    person.type("moving to Spain")
    person.press("Tab", "Enter")
    assert timeline.get_entry(newest.id).text == "moving to Spain"


def test_a_long_paste_is_logged_whole(regular, person):
    """Qt cuts a field at 32,767 characters by default; a pasted letter is kept whole."""
    from PySide6.QtWidgets import QApplication

    cid = _open(regular, person, "henry")
    letter = ("Dear Ellie, thank you for the lovely afternoon. " * 1000)[:40_000]
    QApplication.clipboard().setText(letter)
    person.press("Ctrl+L", "Ctrl+V", "Enter")
    assert timeline.entries(cid, limit=1)[0].text == letter.strip()
