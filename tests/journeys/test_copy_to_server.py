"""File > Copy the customer book to a server, typed as the owner types it, into a real
PostgreSQL server: the address, Tab, the password, Enter; a bar while it copies, and the status
bar says what was copied. A server book that holds customers, an address that is not one and a
wrong password are each said beside the address, and nothing is copied."""

from __future__ import annotations

import urllib.parse

import psycopg
import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

TITLE = "Copy the Customer Book to a Server"
MENU = "Copy the customer book to a server…"


@pytest.fixture
def address(postgres_url) -> tuple[str, str]:
    """The test's empty server book: its address without the password, and the password."""
    parts = urllib.parse.urlsplit(postgres_url)
    return postgres_url.replace(f":{parts.password}@", "@"), parts.password


def _customers_on(url: str) -> int:
    with psycopg.connect(url) as connection:
        found = connection.execute("SELECT to_regclass('customer') IS NOT NULL").fetchone()[0]
        return connection.execute("SELECT count(*) FROM customer").fetchone()[0] if found else 0


def _dialog_open() -> bool:
    return any(w.windowTitle() == TITLE and w.isVisible() for w in QApplication.topLevelWidgets())


def _type_address(person, url: str, password: str) -> None:
    person.choose("File", MENU)
    assert isinstance(person.focus, QLineEdit)  # the keyboard starts in the address
    assert person.focus.placeholderText() == "postgresql://user@host/database"
    person.type(url)
    person.press("Tab")
    person.type(password)
    person.press("Enter")


def test_the_book_goes_to_an_empty_server_book_and_the_status_bar_says_so(
        regular, person, qtbot, address, postgres_url):
    url, password = address
    _type_address(person, url, password)
    qtbot.waitUntil(lambda: not _dialog_open(), timeout=60_000)
    assert person.status() == f"Copied 60 customers to {url}, every row checked"
    assert password not in person.status()
    assert _customers_on(postgres_url) == 60
    assert person.sees("60 customers")  # this computer's book is as it was, and still open


@pytest.mark.parametrize("typed, words", [
    ("@server", "already holds customers"),
    ("mysql://shop@host/book", "is not the address of a server's customer book"),
    ("@wrong-password", "did not accept the password for this user"),
])
def test_what_cannot_be_copied_is_said_beside_the_address(regular, person, qtbot, address,
                                                          postgres_url, typed, words):
    url, password = address
    if typed == "@server":
        _type_address(person, url, password)
        qtbot.waitUntil(lambda: not _dialog_open(), timeout=60_000)
    given, secret = {"@server": (url, password), "@wrong-password": (url, "not-it")}.get(
        typed, (typed, ""))
    before = _customers_on(postgres_url)
    _type_address(person, given, secret)
    qtbot.waitUntil(lambda: person.sees(words), timeout=30_000)
    assert _dialog_open()
    assert person.focus.text() == given  # back in the address, nothing typed lost
    assert _customers_on(postgres_url) == before
    person.press("Esc")  # what was typed is thrown away only when the owner says so
    person.press("Alt+T")
    assert not _dialog_open()
