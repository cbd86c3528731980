"""Where the customer book lives, as this computer keeps it: the address in the config file,
field by field as the settings show it, and the password in the keyring where there is one."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.core import book_place
from app.core.book_place import Server
from app.core.errors import ValidationError
from app.store import config_file


class _Memory(KeyringBackend):
    """A keyring such as a desktop has, in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def desktop_keyring():
    before = keyring.get_keyring()
    memory = _Memory()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.mark.parametrize(("server", "address"), [
    (Server("backoffice.local", "regulars", "shop"), "postgresql://shop@backoffice.local/regulars"),
    (Server("db.example.com", "corner shop", "anna", 6432, tls=True),
     "postgresql://anna@db.example.com:6432/corner%20shop?sslmode=require"),
    (Server("::1", "regulars", "shop"), "postgresql://shop@[::1]/regulars"),
])
def test_the_fields_make_an_address_and_come_back_from_it(server, address):
    assert server.address() == address
    assert book_place.server_of(address) == server


def test_a_server_chosen_is_what_the_window_and_jobs_read_and_the_file_again_after(
        desktop_keyring):
    assert book_place.chosen() is None  # the default: this computer's file
    assert book_place.choose(Server("backoffice.local", "regulars", "shop"), "s3cret")
    address = "postgresql://shop@backoffice.local/regulars"
    assert book_place.chosen() == address
    assert "s3cret" not in config_file.path().read_text()  # the password is never in the file
    assert book_place.kept_password(address) == "s3cret"
    assert not book_place.choose(None)
    assert book_place.chosen() is None


def test_without_a_keyring_the_password_is_not_kept_and_says_so(monkeypatch):
    from keyring.backends.fail import Keyring as NoKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert not book_place.choose(Server("backoffice.local", "regulars", "shop"), "s3cret")
        assert book_place.kept_password("postgresql://shop@backoffice.local/regulars") is None
    finally:
        keyring.set_keyring(before)
    assert book_place.chosen() == "postgresql://shop@backoffice.local/regulars"


@pytest.mark.parametrize(("server", "said"), [
    (Server("", "regulars", "shop"), "the server is missing"),
    (Server("backoffice.local", "", "shop"), "the database is missing"),
    (Server("backoffice.local", "regulars", " "), "the user is missing"),
    (Server("backoffice.local", "regulars", "shop", port=0), "the port must be a number"),
])
def test_a_missing_field_is_refused_and_nothing_is_kept(server, said):
    with pytest.raises(ValidationError, match=said):
        book_place.choose(server, "s3cret")
    assert book_place.chosen() is None
