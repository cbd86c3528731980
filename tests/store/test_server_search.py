"""Search on a real PostgreSQL server finds what the SQLite file's FTS5 index finds, in the same
order, for the same queries: the shop of the search tests, and a demo shop of a few hundred,
copied to a server book and asked the same things on both."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import customers, demo, timeline
from app.store import copying, search, server, server_search
from app.store.models import db
from tests.store.test_search import shop  # noqa: F401 - the fixture, shared

# The file beside a server book of the test's own: run once, not again on a server book.
pytestmark = pytest.mark.file_only

QUERIES = (
    "garcia", "GARCÍA", "maria", "0123", "7700 900", "07700 900123", "+44 7700", "fritz",
    "dachshund", "mia", "vip", "mari", "maria@example", "oat milk", "blue size 9", "rose",
    "ros", "ro", "ga", "e", "W", "z", "eleanor fritz", "eleanor latte", "rosalind", "tom",
    '"', "'", "AND", "OR NOT", "*", "(", "NEAR(", "'; DROP TABLE customer; --", "😀", "name:",
    "-", "^", "{name}:x", "a" * 500, "\u202eabc", "A¨", "", "  ", "!!", "ma ro", "ha", "hale",
    "o'brien", "obrien", "jean-luc", "jeanluc", "ß", "strasse", "Ørsted", "łukasz",
)


@pytest.fixture
def book(store, postgres_url):
    """A server book, made empty; filled by `_copy`."""
    database = server.connect(postgres_url)
    database.connect()
    server.upgrade(database)
    try:
        yield database
    finally:
        database.close()


def _copy(book) -> None:
    book.execute_sql(f'DELETE FROM "{server_search.TABLE}"')
    copying.copy_book(db, book)


def _named(book, query: str, include_archived: bool) -> int:
    """How many customers the server finds by their name (the ones listed first)."""
    if search.by_start(query):
        return len(server_search.search_ids(book, query, include_archived=include_archived))
    wanted = server_search.query(query, names=True)
    if wanted is None:
        return 0
    archived = search.archived_condition(include_archived)
    return book.execute_sql(
        f'SELECT count(*) FROM "{server_search.TABLE}" s JOIN customer c ON c.id = '
        f"s.customer_id WHERE s.document @@ %s::tsquery {archived}", (wanted,)).fetchone()[0]


def _same(book, query: str, include_archived: bool = False, exact: bool = False) -> None:
    """The same customers on both; those found by name first, in the same order; the others
    after them, strongest first by each engine's own measure (FTS5's bm25, the server's
    ts_rank), in the same order where `exact`."""
    how = {"include_archived": include_archived}
    expected = search.search_ids(db, query, **how)
    found = server_search.search_ids(book, query, **how)
    named = _named(book, query, include_archived)
    assert found[:named] == expected[:named], query
    assert sorted(found) == sorted(expected) and len(found) == len(expected), query
    assert found == expected or not exact, query
    assert server_search.count(book, query, **how) == len(expected), query
    for limit in (1, 3, 20):
        shown = server_search.search_ids(book, query, limit=limit, **how)
        assert shown == found[:limit], (query, limit)


def test_the_search_tests_shop_is_found_the_same_on_a_server(shop, book):  # noqa: F811
    customers.create_customer(first_name="Seán", last_name="O'Brien")
    customers.create_customer(first_name="Jean-Luc", last_name="Straße")
    customers.create_customer(first_name="Łukasz", last_name="Ørsted")
    customers.set_archived([shop["rose"]], True)
    _copy(book)
    for query in QUERIES:
        _same(book, query, exact=True)
        _same(book, query, include_archived=True, exact=True)


def test_a_demo_shop_is_found_the_same_on_a_server(store, book):
    demo.generate(400, seed=5)
    customers.set_archived(search.search_ids(db, "m", limit=7), True)
    ann = customers.create_customer(first_name="Ann", last_name="Quill")
    for _ in range(3):
        timeline.log(ann, "note", "roast dark, roast again", at=dt.datetime(2026, 11, 2, 10))
    _copy(book)
    typed = ("m", "ma", "mar", "maria ga", "roast", "0123", "a¨", "zz", "!!", "ma ro", "ell",
             "whit", "coffee", "birthday", "07700", "example", "dog", "cat", "oat")
    for query in typed:
        _same(book, query)
        _same(book, query, include_archived=True)
    # a customer whose notes say it three times comes before those who mention it once
    assert search.search_ids(db, "roast")[0] == ann
    assert server_search.search_ids(book, "roast")[0] == ann


def test_the_server_index_follows_a_customer_rewritten(store, book):
    cid = customers.create_customer(first_name="Rose", last_name="Byrne")
    _copy(book)
    assert server_search.search_ids(book, "rosalind") == []
    book.execute_sql("UPDATE customer SET first_name = 'Rosalind' WHERE id = %s", (cid,))
    server_search.reindex(book, [cid])
    assert server_search.search_ids(book, "rosalind") == [cid]
    book.execute_sql("DELETE FROM customer WHERE id = %s", (cid,))
    assert server_search.search_ids(book, "rosalind") == []  # its row went with it


def test_a_book_made_before_the_names_were_kept_apart_gets_them_when_opened(store, book):
    demo.generate(120, seed=3)
    customers.set_archived(search.search_ids(db, "e", limit=4), True)
    _copy(book)
    before = {query: server_search.search_ids(book, query) for query in ("ell", "mar", "roast")}
    book.execute_sql(f'DROP TABLE "{server_search.NAMES}"')
    assert not server_search.has_names(book)

    assert server.upgrade(book) == []  # no new version: the same book, mended

    assert server_search.has_names(book)
    assert book.execute_sql(f'SELECT count(*) FROM "{server_search.NAMES}"').fetchone()[0] == (
        116)
    assert {query: server_search.search_ids(book, query) for query in before} == before


def test_a_word_of_a_name_is_a_lexeme_of_the_heaviest_class():
    row = (1, "ann o'brien\nobrien", "", "0123 123", "vip", "", "ann again")
    assert server_search.lexemes(row) == (
        "'ann':1A,8D 'o':2A 'brien':3A 'obrien':4A '0123':5B '123':6B 'vip':7C 'again':9D")
