"""The whole book to a real PostgreSQL server and back through the one door the command line
and the window use: only into an empty book, and a copy that fails leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import customers, edits, server_book, server_copy, session, summaries, timeline
from app.core.errors import UnavailableError, ValidationError
from app.core.operations import perform
from app.store import copying, server
from app.store.models import db

# The file beside a server book of the test's own: run once, not again on a server book.
pytestmark = pytest.mark.file_only


def _names() -> list[str]:
    return [s.name for s in summaries.read(db, summaries.found_ids(db, "", 1000))]


def _server_rows(url: str, table: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        exists = connection.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()
        if not exists[0]:
            return -1
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_a_shop_goes_to_the_server_and_comes_back_to_another_folder(store, postgres_url,
                                                                   tmp_path):
    perform(edits.load_sample_customers(30))
    ann = customers.create_customer(first_name="Ann", last_name="Ó Briain")
    timeline.log(ann, "purchase", "blue wool", amount="12.50")
    names = _names()
    told: list[tuple[str, int]] = []

    there = server_copy.to_server(postgres_url, lambda table, rows: told.append((table, rows)))
    assert there.customers == 31 and there.total > 31
    assert ("customer", 31) in told
    session.close()

    back = server_copy.from_server(postgres_url, tmp_path / "laptop")
    assert back.rows == there.rows
    assert _names() == names  # the lists read the copy as they read the book
    assert summaries.found_ids(db, "briain", 5) == [ann]  # and search finds in it


def test_a_server_book_with_customers_is_not_copied_into(store, postgres_url):
    customers.create_customer(first_name="Ann")
    server_copy.to_server(postgres_url)
    customers.create_customer(first_name="Bea")
    with pytest.raises(ValidationError, match="already holds customers"):
        server_copy.to_server(postgres_url)
    assert _server_rows(postgres_url, "customer") == 1


def test_a_copy_that_fails_on_the_way_leaves_the_server_as_it_was(store, postgres_url,
                                                                 monkeypatch):
    customers.create_customer(first_name="Ann")

    def differs(_source, _target):
        raise copying.CopyMismatchError("table customer, row 1 differs")

    monkeypatch.setattr(copying, "compare", differs)
    with pytest.raises(copying.CopyMismatchError):
        server_copy.to_server(postgres_url)
    # not even the tables: the database is as the owner made it, ready for another try
    assert _server_rows(postgres_url, server.VERSION_TABLE) == -1


def test_a_book_on_this_computer_with_customers_is_not_copied_into(store, postgres_url):
    customers.create_customer(first_name="Ann")
    server_copy.to_server(postgres_url)
    with pytest.raises(ValidationError, match="already holds customers"):
        server_copy.from_server(postgres_url, store.parent)
    assert _names() == ["Ann"]


def test_a_server_without_a_book_gives_nothing_and_makes_no_file(postgres_url, tmp_path):
    with pytest.raises(ValidationError, match="no customer book on the server"):
        server_copy.from_server(postgres_url, tmp_path / "laptop")
    assert not (tmp_path / "laptop").exists()


def test_a_copy_from_the_server_that_fails_removes_the_file_it_made(store, postgres_url,
                                                                   tmp_path, monkeypatch):
    customers.create_customer(first_name="Ann")
    server_copy.to_server(postgres_url)
    session.close()

    def differs(_source, _target):
        raise copying.CopyMismatchError("table customer, row 1 differs")

    monkeypatch.setattr(copying, "compare", differs)
    laptop = tmp_path / "laptop"
    with pytest.raises(copying.CopyMismatchError):
        server_copy.from_server(postgres_url, laptop)
    assert not [p.name for p in laptop.iterdir() if p.name.startswith("regulars.sqlite3")]


def test_a_server_that_does_not_answer_is_said_plainly(store, tmp_path: Path):
    with pytest.raises(UnavailableError) as trouble:
        server_copy.to_server("postgresql://nobody@127.0.0.1:1/shop")
    said = trouble.value.args[0]
    assert said == ("the server at postgresql://nobody@127.0.0.1:1/shop cannot be used: "
                    "Connection refused")
    assert said.template == server_book._WHY["unusable"]  # said in the shop's language too


def test_a_password_given_is_used_and_a_wrong_one_said_as_such(store, postgres_url):
    import urllib.parse

    customers.create_customer(first_name="Ann")
    parts = urllib.parse.urlsplit(postgres_url)
    bare = postgres_url.replace(f":{parts.password}@", "@")
    with pytest.raises(UnavailableError, match="did not accept the password"):
        server_copy.to_server(bare, password="not-it")
    assert server_copy.to_server(bare, password=parts.password).customers == 1


def test_large_amounts_and_a_pasted_token_go_to_the_server_whole(store, postgres_url):
    """Amounts in cents pass 2^31 in rupiah or won; a token pasted into a note is longer than
    a server keeps as a word: the copy carries both, and the server still finds the note."""
    from app.store import server_search

    ann = customers.create_customer(first_name="Ann")
    timeline.log(ann, "purchase", "the big order", amount="25000000")
    timeline.log(ann, "note", "pasted token " + "x" * 2100 + " and 日本語" * 400)
    there = server_copy.to_server(postgres_url)
    assert there.customers == 1
    with server_copy.opened(postgres_url) as book:
        assert server_search.search_ids(book, "pasted token") == [ann]
        assert book.execute_sql("SELECT total_spent_cents FROM customer").fetchone()[0] == (
            2_500_000_000)


@pytest.mark.parametrize("version, words", [(99, "newer Regulars (version 99); update"),
                                            (3, "older Regulars (version 3)")])
def test_a_server_book_of_another_version_is_refused_saying_which(store, postgres_url,
                                                                  version, words):
    customers.create_customer(first_name="Ann")
    server_copy.to_server(postgres_url)
    with server_copy.opened(postgres_url) as book:
        book.execute_sql(f'UPDATE "{server.VERSION_TABLE}" SET "version" = %s', (version,))
    session.close()
    for copy in (lambda: server_copy.to_server(postgres_url),
                 lambda: server_copy.from_server(postgres_url, store.parent.parent / "laptop")):
        with pytest.raises(ValidationError) as refused:
            copy()
        assert words in str(refused.value)
