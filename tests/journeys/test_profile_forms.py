"""The Details tab's small forms: a phone, family or a pet, a date, staying in touch.

Each form opens with the keyboard in its first field; Enter saves, Esc cancels; what cannot be
saved is said beside its field and the form stays open. At 1024×600 every button and every
hint in an empty field reads whole.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.core.profile import load
from tests.journeys.clipping import problems
from tests.journeys.shop import open_eleanor


def test_a_phone_typed_into_its_form(start, person):
    cid = open_eleanor(start, person)
    person.click("+ Phone")
    person.type("07700 900456")
    person.press("Tab")
    person.type("mobile")
    person.press("Enter")
    assert [(c.kind, c.value, c.label) for c in load(cid).contacts] == [
        ("phone", "07700 900456", "mobile")]
    assert person.sees("07700 900456 · mobile")


def test_esc_closes_a_form_and_saves_nothing(start, person):
    cid = open_eleanor(start, person)
    person.click("+ Email")
    person.type("ellie@example.com")
    person.press("Esc")
    assert load(cid).contacts == ()
    assert not person.sees("ellie@example.com")


def test_an_email_without_at_is_said_beside_it_and_kept(start, person):
    cid = open_eleanor(start, person)
    person.click("+ Email")
    person.type("ellie.example.com")
    person.press("Enter")
    assert person.sees("does not look like an email address")
    assert "ellie.example.com" in person.texts()
    person.press("Home")  # the keyboard is still in the address
    person.press("Right", "Right", "Right", "Right", "Right", "Del")
    person.type("@")
    person.press("Enter")
    assert [c.value for c in load(cid).contacts] == ["ellie@example.com"]


def test_a_grandchild_and_a_dog_typed_into_the_family_form(start, person):
    cid = open_eleanor(start, person)
    person.click("+ Add family or pet")
    person.type("Mia")
    person.press("Tab")
    person.type("grandchild")
    person.press("Enter")
    person.click("+ Add family or pet")
    person.type("Fritz")
    person.press("Tab")
    person.type("pet")
    person.press("Tab")
    person.type("dachshund")
    person.press("Enter")
    assert [(r.name, r.relation, r.notes) for r in load(cid).relatives] == [
        ("Mia", "grandchild", ""), ("Fritz", "pet", "dachshund")]
    assert person.sees("Fritz (dachshund)")


def test_a_date_that_does_not_exist_stays_in_its_form(start, person):
    cid = open_eleanor(start, person)
    person.click("+ Add date")
    person.type("birthday")  # the kind
    person.press("Tab", "Tab")  # whose: the customer
    person.type("feb")
    person.press("Tab")
    person.press("Ctrl+A")
    person.type("31")
    person.press("Enter")
    assert load(cid).dates == ()
    assert person.sees("February has no day 31")
    person.press("Ctrl+A")  # the keyboard is back in the day
    person.type("29")
    person.press("Enter")
    assert [(d.kind, d.month, d.day, d.year) for d in load(cid).dates] == [
        ("birthday", 2, 29, None)]


def test_stay_in_touch_says_what_it_does(start, person):
    cid = open_eleanor(start, person)
    person.click("Remind me to get in touch every")
    assert load(cid).contact_every_days == 30
    person.press("Tab")  # to the number of days
    person.press("Ctrl+A")
    person.type("14")
    person.press("Tab")
    assert load(cid).contact_every_days == 14
    person.click("Remind me to get in touch every")
    assert load(cid).contact_every_days is None


def _cut_hints(root) -> list[str]:
    """Empty fields whose grey hint is wider than the field."""
    cut = []
    for field in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        hint = field.placeholderText()
        if not hint or not field.isVisible():
            continue
        room = (field.viewport().width() if isinstance(field, QPlainTextEdit)
                else field.contentsRect().width()) - 8  # the text's own margins
        if field.fontMetrics().horizontalAdvance(hint) > room:
            cut.append(f"{hint!r}: {field.fontMetrics().horizontalAdvance(hint)} > {room}")
    return cut


def test_the_details_tab_reads_whole_at_1024_by_600(regular, person):
    person.resize_window(1024, 600)
    person.press("Ctrl+F")
    person.type("ellie")
    person.press("Enter")
    person.click("Details")
    QApplication.processEvents()
    details = regular.profile
    assert problems(details) == []
    assert _cut_hints(details) == []
    # One column under the other, scrolled down and never sideways: each button is reached.
    assert not regular.profile.horizontalScrollBar().isVisible()
    for button in ("+ Phone", "+ Email", "+ Address", "+ More…", "+ Add family or pet",
                   "+ Add date"):
        person.scroll_to(button)
        assert person.sees(button)
