"""A new customer at the counter: one form, typed from the first field to Enter.

The form opens with the keyboard in First name; Tab goes through the fields in the order they
are shown (first name, last name, goes by, company, phone, email, the birthday's day, month and
year, then family and pets); Enter saves, Esc cancels. What cannot be saved is said beside its
field before the form closes, and nothing typed is lost.
"""

from __future__ import annotations

from app.core import directory
from app.core.profile import Profile, load


def _everyone() -> list[int]:
    return directory.customer_ids("")


def _newest() -> Profile:
    return load(max(_everyone()))


def _phones(profile: Profile) -> list[str]:
    return [c.value for c in profile.contacts_of("phone")]


def _emails(profile: Profile) -> list[str]:
    return [c.value for c in profile.contacts_of("email")]


def test_the_first_customer_is_typed_from_the_welcome_page(opened, person):
    person.click("Add your first customer")
    person.type("Rosa")
    person.press("Tab")
    person.type("Delgado")
    person.press("Tab")
    person.type("Rosie")
    person.press("Tab", "Tab")  # past the company
    person.type("07700 900456")
    person.press("Enter")
    rosa = _newest()
    assert (rosa.first_name, rosa.last_name, rosa.nickname, rosa.company) == (
        "Rosa", "Delgado", "Rosie", "")
    assert _phones(rosa) == ["07700 900456"]
    assert opened.right.customer_id == rosa.id  # she is open
    assert person.sees("Rosie")


def test_esc_cancels_the_form_and_adds_no_one(regular, person):
    before = _everyone()
    person.press("Ctrl+N")
    person.type("Zed")
    person.press("Esc")
    assert _everyone() == before
    assert not person.sees("Zed")


def test_a_form_without_a_name_stays_open_and_keeps_what_was_typed(regular, person):
    before = _everyone()
    person.press("Ctrl+N")
    person.press("Tab", "Tab", "Tab", "Tab")  # to the phone
    person.type("07700 900456")
    person.press("Tab")
    person.type("rosa@example.com")
    person.press("Enter")
    assert _everyone() == before
    assert person.sees("needs a first name, a last name or a company")
    assert "07700 900456" in person.texts() and "rosa@example.com" in person.texts()
    person.type("Rosa")  # the keyboard is back in First name
    person.press("Enter")
    rosa = _newest()
    assert rosa.id not in before and rosa.first_name == "Rosa"
    assert (_phones(rosa), _emails(rosa)) == (["07700 900456"], ["rosa@example.com"])


def test_a_phone_and_an_email_that_are_not_are_said_beside_them(regular, person):
    before = _everyone()
    person.press("Ctrl+N")
    person.type("Rosa")
    person.press("Tab", "Tab", "Tab", "Tab")
    person.type("Rosie")  # a name where the phone goes
    person.press("Tab")
    person.type("rosa at example.com")
    person.press("Enter")
    assert _everyone() == before
    assert person.sees("does not look like a phone number")
    person.press("Ctrl+A")  # the keyboard is back in Phone
    person.type("07700 900456")
    person.press("Enter")
    assert _everyone() == before
    assert person.sees("does not look like an email address")
    assert not person.sees("does not look like a phone number")
    person.press("Ctrl+A")
    person.type("rosa@example.com")
    person.press("Enter")
    rosa = _newest()
    assert (_phones(rosa), _emails(rosa)) == (["07700 900456"], ["rosa@example.com"])


def test_a_birthday_that_does_not_exist_is_refused_before_closing(regular, person):
    before = _everyone()
    person.press("Ctrl+N")
    person.type("Rosa")
    person.press("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")  # to the birthday's day
    person.type("31")
    person.press("Tab")
    person.type("feb")
    person.press("Enter")
    assert _everyone() == before
    assert person.sees("February has no day 31")
    person.press("Ctrl+A")  # the keyboard is back in the day
    person.type("28")
    person.press("Enter")
    rosa = _newest()
    assert [(d.kind, d.month, d.day, d.year) for d in rosa.dates] == [("birthday", 2, 28, None)]


def test_everything_told_at_the_counter_in_one_form_and_one_undo(regular, person):
    """Phone, a birthday without a year, a child and a dog: one form, all by keyboard."""
    before = _everyone()
    person.press("Ctrl+N")
    person.type("Rosa")
    person.press("Tab")
    person.type("Delgado")
    person.press("Tab")
    person.type("Rosie")
    person.press("Tab", "Tab")
    person.type("07700 900456")
    person.press("Tab", "Tab")  # no email
    person.type("17")
    person.press("Tab")
    person.type("may")
    person.press("Tab", "Tab")  # no year: to "+ Add family or pet"
    person.press("Space")
    person.type("Mia")
    person.press("Tab")
    person.type("daughter")  # as the owner says it
    person.press("Alt+A")  # another row, from anywhere in the form
    person.type("Biscuit")
    person.press("Tab")
    person.type("dog")
    person.press("Tab")
    person.type("golden retriever")
    person.press("Alt+A")
    person.type("Luna")
    person.press("Tab")
    person.type("cat")
    person.press("Enter")

    rosa = _newest()
    assert rosa.id not in before
    assert (rosa.first_name, rosa.last_name, rosa.nickname) == ("Rosa", "Delgado", "Rosie")
    assert _phones(rosa) == ["07700 900456"]
    assert [(d.kind, d.month, d.day, d.year, d.relative_id) for d in rosa.dates] == [
        ("birthday", 5, 17, None, None)]
    assert [(r.name, r.relation, r.notes) for r in rosa.relatives] == [
        ("Mia", "child", ""), ("Biscuit", "pet", "golden retriever"), ("Luna", "pet", "cat")]
    assert regular.right.customer_id == rosa.id
    assert person.sees("Biscuit (golden retriever)")

    person.choose("Edit", "Undo add Rosa Delgado")  # one step takes all of it back
    assert _everyone() == before


def test_a_relation_it_does_not_know_is_said_beside_it(regular, person):
    before = _everyone()
    person.press("Ctrl+N")
    person.type("Rosa")
    person.press("Alt+A")
    person.type("Biscuit")
    person.press("Tab")
    person.type("pupper")
    person.press("Enter")
    assert person.sees("or the animal (dog, cat…)")
    assert _everyone() == before
    assert person.focus.currentText() == "pupper"  # kept, the keyboard back in it


def test_a_german_shop_types_the_family_in_german(start, person, monkeypatch):
    """The relation is offered and read in the shop's language: "Tochter" is a child, shown
    on the card as the window names a child ("Kind"); "Hund" a pet that keeps its kind as
    the owner wrote it."""
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start()
    person.press("Ctrl+N")
    person.type("Rosa")
    person.press("Alt+A")  # "+ Familie oder H&austier hinzufügen"
    person.type("Mia")
    person.press("Tab")
    person.type("Toch")  # completed from the German words
    assert person.focus.currentText() == "Tochter"
    person.press("Alt+A")
    person.type("Bello")
    person.press("Tab")
    person.type("hund")
    person.press("Enter")

    rosa = _newest()
    assert [(r.name, r.relation, r.notes) for r in rosa.relatives] == [
        ("Mia", "child", ""), ("Bello", "pet", "Hund")]
    person.waits_to_see("Mia (Kind)")
    assert person.sees("Bello (Hund)")
