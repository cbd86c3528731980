"""Another counter's write is heard on a server book: every table sends word of a commit, a
listener counts what other connections committed (not its own book's), and a book made before
the notifications is mended when opened."""

from __future__ import annotations

import select

import psycopg
import pytest

from app.store import database, server, server_changes

pytestmark = pytest.mark.file_only  # each test opens server books of its own


def _other_counter(url: str, statement: str) -> None:
    with psycopg.connect(url, autocommit=True) as other:
        other.execute(statement)


def _heard(listener: server_changes.Listener, before: int, wait: float = 5.0) -> int:
    """The count once the listener's socket says something arrived (or `wait` passed)."""
    select.select([listener.fileno()], [], [], wait)
    return listener.look() - before


def test_a_commit_at_another_counter_is_heard_once_and_this_counters_own_not(server_book):
    database.open_server(server_book)
    try:
        seen = database.changes_seen()
        _other_counter(server_book, "BEGIN; INSERT INTO tag (name) VALUES ('local'); "
                                    "INSERT INTO tag (name) VALUES ('trade'); COMMIT")
        assert _heard(database._LISTENING[0], seen) == 1  # one transaction, one word
        seen = database.changes_seen()
        with database.db.atomic():
            database.db.execute_sql("INSERT INTO tag (name) VALUES ('own')")
        assert _heard(database._LISTENING[0], seen, wait=0.5) == 0
        assert database.changes_socket() == database._LISTENING[0].fileno()
    finally:
        database.close_database()
    assert database.changes_socket() is None  # the file says nothing until asked


def test_every_table_of_the_book_sends_word(server_book):
    with server.opened(server_book) as book:
        tables = {name for (name,) in book.execute_sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")}
        heard = {name for (name,) in book.execute_sql(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = %s", (server_changes.CHANNEL,))}
    assert "customer" in tables and "interaction" in tables
    assert tables - {server.VERSION_TABLE} <= heard


def test_a_book_made_without_the_notifications_gets_them_when_opened(server_book):
    with server.opened(server_book) as book:
        for (table,) in book.execute_sql(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = %s", (server_changes.CHANNEL,)).fetchall():
            book.execute_sql(f'DROP TRIGGER {server_changes.CHANNEL} ON "{table}"')
        book.execute_sql('ALTER TABLE customer ALTER COLUMN "first_name" DROP DEFAULT')
        assert not server_changes.installed(book)
    database.open_server(server_book)
    try:
        assert server_changes.installed(database.db)
        default = database.db.execute_sql(
            "SELECT column_default FROM information_schema.columns "
            "WHERE table_name = 'customer' AND column_name = 'first_name'").fetchone()[0]
        assert default is not None
    finally:
        database.close_database()
