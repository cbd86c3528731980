"""Done on a birthday offers to send a greeting: Enter opens it in the mail program (or copies
it when no program takes the link), the timeline says so, and Ctrl+Z takes it all back."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app.core import customers, reminders
from tests.conftest import TODAY
from tests.journeys.shop import added, entries

GREETING = "Happy birthday, Ann! Warm wishes from all of us."


@pytest.fixture
def birthday(start):
    """A shop where Ann, who has an email, has her birthday today."""
    start(lambda: customers.create_customer(
        [("email", "ann@example.com", "")], first_name="Ann", last_name="Lee",
        birthday=(TODAY.month, TODAY.day, None)))
    return next(r.customer_id for r in reminders.pending(TODAY.date(), 0))


class Links(list):
    """The links the window hands to the desktop; `taken` says whether a program takes them."""

    taken = True

    def open(self, url: QUrl) -> bool:
        self.append(QUrl(url))
        return self.taken


@pytest.fixture
def links(monkeypatch) -> Links:
    opened = Links()
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.open))
    return opened


def _select_the_birthday(person) -> None:
    person.waits_to_see("Ann's birthday")
    row = next(text for text in person.texts() if "Ann's birthday" in text)
    person.click(row)


def test_enter_on_done_sends_a_greeting_by_email_and_ctrl_z_takes_it_back(
        birthday, person, links):
    before = entries(birthday)
    _select_the_birthday(person)
    person.press("Alt+D")
    person.waits_to_see("Send a message")
    assert "2 Just mark done" in person.button_texts()
    person.press("Enter")
    assert len(links) == 1
    url = links[0]
    assert url.scheme() == "mailto" and url.path() == "ann@example.com"
    query = parse_qs(url.toString(QUrl.ComponentFormattingOption.FullyEncoded).split("?", 1)[1])
    assert query == {"subject": ["Happy birthday!"], "body": [GREETING]}
    assert added(birthday, before) == [("email", f"Greeting prepared by email: {GREETING}")]
    assert not person.sees("Ann's birthday")
    assert "Greeting prepared by email" in person.status()
    person.press("Ctrl+Z")
    assert entries(birthday) == before
    assert person.sees("Ann's birthday")


def test_when_no_program_takes_the_link_the_greeting_is_copied(birthday, person, links):
    links.taken = False
    before = entries(birthday)
    _select_the_birthday(person)
    person.press("Alt+D")
    person.waits_to_see("Send a message")
    person.press("Enter")
    assert len(links) == 1
    assert QGuiApplication.clipboard().text() == GREETING
    assert person.status().startswith(
        "The greeting is copied: paste it into your message to Ann.")
    assert added(birthday, before) == [("message", f"Greeting copied to send: {GREETING}")]
    assert not person.sees("Ann's birthday")


def test_just_mark_done_logs_nothing_and_esc_changes_nothing(birthday, person, links):
    before = entries(birthday)
    _select_the_birthday(person)
    person.press("Alt+D")
    person.waits_to_see("Send a message")
    person.press("Esc")
    assert not person.sees("Send a message") and person.sees("Ann's birthday")
    person.press("Alt+D")
    person.waits_to_see("Send a message")
    person.press("2")
    assert links == [] and entries(birthday) == before
    assert not person.sees("Ann's birthday")
    assert person.status().startswith("Nothing logged; the reminder is done.")
