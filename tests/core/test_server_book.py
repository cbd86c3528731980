"""Opening the customer book on a server, as a counter's jobs do: made in an empty database,
refused in the owner's words when the server cannot be used or another Regulars wrote it."""

from __future__ import annotations

import psycopg
import pytest

from app.core import customers, server_book, session
from app.core.errors import UnavailableError, ValidationError
from app.store import database, server
from app.store.models import FILE, db
from app.store.version import SCHEMA_VERSION


def test_an_empty_database_becomes_a_book_and_closing_binds_the_file_again(postgres_url):
    server_book.open_book(postgres_url)
    try:
        assert database.on_server()
        assert customers.create_customer(first_name="Eleanor") == 1
    finally:
        session.close()
    assert not database.on_server() and db.obj is FILE
    with psycopg.connect(postgres_url) as book:
        assert book.execute("SELECT first_name FROM customer").fetchall() == [("Eleanor",)]
        assert book.execute(f'SELECT version FROM "{server.VERSION_TABLE}"').fetchone() == (
            SCHEMA_VERSION,)


def test_a_server_that_cannot_be_reached_is_said_in_the_owners_words():
    with pytest.raises(UnavailableError) as caught:
        server_book.open_book("postgresql://shop:secret@127.0.0.1:1/regulars")
    assert str(caught.value) == ("the server at postgresql://shop@127.0.0.1:1/regulars cannot be "
                                 "used: Connection refused")
    assert not database.on_server()


@pytest.mark.parametrize(("version", "words"), [
    (SCHEMA_VERSION + 1, f"written by a newer Regulars (version {SCHEMA_VERSION + 1}); "
                         "update Regulars first"),
    (3, "written by an older Regulars (version 3); open it with that one first"),
])
def test_a_book_another_regulars_wrote_is_refused_saying_which(server_book_url, version, words):
    with psycopg.connect(server_book_url, autocommit=True) as book:
        book.execute(f'UPDATE "{server.VERSION_TABLE}" SET version = %s', (version,))
    with pytest.raises(ValidationError) as caught:
        server_book.open_book(server_book_url)
    assert words in str(caught.value)
    assert not database.on_server()


@pytest.fixture
def server_book_url(server_book: str) -> str:
    return server_book
