"""A sample shop copied from its SQLite file to a real PostgreSQL server and back: the same book,
every table and every value; a copy never goes into a book that holds customers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
import pytest

from app.core import customers, edits, timeline
from app.core.operations import perform
from app.store import copying, schema, server
from app.store.models import db

# The file beside a server book of the test's own: run once, not again on a server book.
pytestmark = pytest.mark.file_only


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every table of a SQLite file, read as stored: the search index by its rows (its own
    inner tables are how FTS5 lays them out), and the numbers each table has given."""
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'customer_fts_%' ORDER BY name")]
        found = {}
        for table in tables:
            select = "SELECT rowid, *" if table == "customer_fts" else "SELECT *"
            found[table] = connection.execute(f'{select} FROM "{table}"').fetchall()
            found[table].sort(key=repr)
        return found
    finally:
        connection.close()


def _sqlite(path: Path) -> peewee.SqliteDatabase:
    database = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    database.connect()
    schema.upgrade(database)
    return database


def _sample_shop() -> None:
    perform(edits.load_sample_customers(60))
    ann = customers.create_customer(first_name="Ann", last_name="Ó Briain", about="Ünïcode ✓")
    timeline.log(ann, "purchase", "blue wool", amount="12.50")
    perform(edits.record_consent(ann, True, "signed_form"))
    twin = customers.create_customer(first_name="Ann", last_name="O Briain")
    perform(edits.merge(ann, twin))
    # Names whose letters a language sorts among A to Z and bytes after Z: both sides must
    # still read their rows in one order.
    customers.create_customer(first_name="Łukasz", last_name="Ørsted")
    gone = customers.create_customer(first_name="Dot")
    perform(edits.erase_customer(gone))


def test_a_sample_shop_goes_to_a_server_and_back_identical(store, postgres_url, tmp_path):
    _sample_shop()
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _dump(store)
    book = server.connect(postgres_url)
    book.connect()
    server.upgrade(book)
    counts = copying.copy_book(db, book)
    assert counts["customer"] == 63 and counts["interaction"] > 60
    back = _sqlite(tmp_path / "back.sqlite3")
    assert copying.copy_book(book, back) == counts
    back.close()
    book.close()
    assert _dump(tmp_path / "back.sqlite3") == before


@pytest.fixture
def ann_on_the_server(store, postgres_url):
    """A book of one customer, Ann, copied to a new server book (open)."""
    customers.create_customer(first_name="Ann")
    book = server.connect(postgres_url)
    book.connect()
    server.upgrade(book)
    copying.copy_book(db, book)
    yield book
    book.close()


def test_a_copy_never_goes_into_a_book_that_holds_customers(ann_on_the_server):
    book = ann_on_the_server
    with pytest.raises(copying.TargetNotEmptyError):
        copying.copy_book(db, book)
    assert book.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 1


def test_a_copy_that_differs_in_one_value_is_caught(ann_on_the_server):
    book = ann_on_the_server
    copying.compare(db, book)
    book.execute_sql("UPDATE customer SET first_name = 'Anne'")
    with pytest.raises(copying.CopyMismatchError, match="table customer, row 1 differs"):
        copying.compare(db, book)


def _another_counter_saves(path: Path) -> None:
    """A customer and a purchase of theirs, saved through a connection of another program."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            columns = ", ".join(f'"{row[1]}"' for row in connection.execute(
                'PRAGMA table_info("customer")') if row[1] != "id")
            connection.execute(f"INSERT INTO customer ({columns}) "
                               f"SELECT {columns} FROM customer ORDER BY id LIMIT 1")
            number = connection.execute("SELECT last_insert_rowid()").fetchone()[0]
            columns = ", ".join(f'"{row[1]}"' for row in connection.execute(
                'PRAGMA table_info("interaction")') if row[1] not in ("id", "customer_id"))
            connection.execute(f"INSERT INTO interaction (customer_id, {columns}) "
                               f"SELECT ?, {columns} FROM interaction ORDER BY id LIMIT 1",
                               (number,))
    finally:
        connection.close()


def test_a_save_during_the_copy_is_wholly_out_of_it(store, postgres_url):
    # The customers are all read when a counter saves a new one with a purchase: read afresh,
    # the purchase would go without its customer. The copy reads the book as it was.
    _sample_shop()
    before = db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
    book = server.connect(postgres_url)
    book.connect()
    server.upgrade(book)
    saved: list[str] = []

    def progress(table: str, _copied: int) -> None:
        if table == "customer" and not saved:
            _another_counter_saves(store)
            saved.append(table)

    try:
        counts = copying.copy_book(db, book, progress)
        assert saved and counts["customer"] == before
        assert db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == before + 1
    finally:
        book.close()


def test_a_save_on_the_server_during_a_copy_from_it_is_wholly_out_of_it(store, postgres_url,
                                                                        tmp_path):
    import psycopg

    _sample_shop()
    book = server.connect(postgres_url)
    book.connect()
    server.upgrade(book)
    copying.copy_book(db, book)
    before = book.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
    saved: list[str] = []

    def progress(table: str, _copied: int) -> None:
        if table != "customer" or saved:
            return
        with psycopg.connect(postgres_url, autocommit=True) as other:
            customer = ", ".join(c.name for c in book.get_columns("customer") if c.name != "id")
            (number,) = other.execute(f"INSERT INTO customer ({customer}) SELECT {customer} "
                                      "FROM customer ORDER BY id LIMIT 1 RETURNING id").fetchone()
            purchase = ", ".join(c.name for c in book.get_columns("interaction")
                                 if c.name not in ("id", "customer_id"))
            other.execute(f"INSERT INTO interaction (customer_id, {purchase}) SELECT %s, "
                          f"{purchase} FROM interaction ORDER BY id LIMIT 1", (number,))
        saved.append(table)

    back = _sqlite(tmp_path / "back.sqlite3")
    try:
        counts = copying.copy_book(book, back, progress)
        assert saved and counts["customer"] == before
    finally:
        back.close()
        book.close()
