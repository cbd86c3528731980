"""Newsletter consent at the counter: ticking the box asks how it was given, the profile says
the latest word, the timeline shows each one at its time, and Ctrl+Z takes it back.

A consent record is no contact: it is on the timeline, but nothing there edits or deletes it,
and the list's last contact does not move for it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QRadioButton

from app.core import consent
from app.core.profile import load
from tests.journeys.person import plain
from tests.journeys.shop import open_eleanor

NEWSLETTER = "Agreed to the newsletter"


def _tab_to(person, text: str) -> None:
    """Tab through the Details until the keyboard is on what shows this text."""
    for _ in range(40):
        if isinstance(person.focus, QCheckBox) and person.focus.text() == text:
            return
        person.press("Tab")
    raise AssertionError(f"Tab never reached {text!r}")


def _beside_the_box(person) -> str | None:
    """The words on screen right after the box's own (a new shop writes dates as its
    system's locale does: the tests' is American English)."""
    texts = person.texts()
    after = texts[texts.index(NEWSLETTER) + 1]
    return after if after.startswith(("since ", "withdrawn ")) else None


def test_consent_given_on_a_signed_form_shows_on_the_profile_and_the_timeline(start, person):
    cid = open_eleanor(start, person)
    assert not person.find(NEWSLETTER, QCheckBox).isChecked()
    _tab_to(person, NEWSLETTER)
    person.press("Space")
    assert person.sees("How did they agree to the newsletter?")
    assert person.find("In person", QRadioButton).isChecked()
    assert plain(person.focus.text()) == "In person"  # the keyboard is on the choice
    person.press("Down")
    assert person.find("On a signed form", QRadioButton).isChecked()
    person.press("Enter")

    assert [(r.given, r.how) for r in consent.history(cid)] == [(True, "signed_form")]
    assert person.find(NEWSLETTER, QCheckBox).isChecked()
    assert _beside_the_box(person) == "since Mon, Nov 23, 2026, on a signed form"
    person.click("Timeline")
    assert person.sees("Newsletter consent given (on a signed form)")
    assert load(cid).last_contact is None  # a word on mail is no contact

    # A consent record is kept as it was said: Delete and Enter on its row do nothing.
    person.click("Consent")
    person.press("Del")
    person.press("Enter")
    assert len(consent.history(cid)) == 1
    assert person.sees("Newsletter consent given (on a signed form)")

    person.press("Ctrl+Z")
    assert consent.history(cid) == []
    assert not person.sees("Newsletter consent given")
    assert person.sees("Nothing logged yet.")
    person.click("Details")
    assert not person.find(NEWSLETTER, QCheckBox).isChecked()
    assert _beside_the_box(person) is None


def test_withdrawn_by_email_says_so_beside_the_box(start, person):
    cid = open_eleanor(start, person)
    person.click(NEWSLETTER)
    person.press("Enter")  # in person, as chosen already
    assert _beside_the_box(person) == "since Mon, Nov 23, 2026, in person"
    person.click(NEWSLETTER)
    assert person.sees("How did they withdraw their consent?")
    person.press("Alt+E")
    person.press("Enter")
    assert [(r.given, r.how) for r in consent.history(cid)] == [
        (True, "in_person"), (False, "email")]
    assert not person.find(NEWSLETTER, QCheckBox).isChecked()
    assert _beside_the_box(person) == "withdrawn Mon, Nov 23, 2026, by email"
    person.click("Timeline")
    assert person.sees("Newsletter consent withdrawn (by email)")
    assert person.sees("Newsletter consent given (in person)")


def test_esc_in_the_question_leaves_the_box_as_it_was_and_records_nothing(start, person):
    cid = open_eleanor(start, person)
    person.click(NEWSLETTER)
    assert person.sees("How did they agree to the newsletter?")
    person.press("Esc")
    assert not person.sees("How did they agree to the newsletter?")
    assert not person.find(NEWSLETTER, QCheckBox).isChecked()
    assert consent.history(cid) == []
    _tab_to(person, NEWSLETTER)
    person.press("Space", "Esc")
    assert not person.find(NEWSLETTER, QCheckBox).isChecked()
    assert consent.history(cid) == []
    person.click("Timeline")
    assert person.sees("Nothing logged yet.")
