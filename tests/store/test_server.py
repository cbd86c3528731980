"""The customer book on a PostgreSQL server has the SQLite file's tables, on a real server."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from app.store import schema, server, server_search
from app.store.models import ALL_MODELS, Customer, Interaction, Tag
from app.store.version import SCHEMA_VERSION


@pytest.fixture
def book(postgres_url):
    database = server.connect(postgres_url)
    database.connect()
    try:
        yield database
    finally:
        database.close()


def _sqlite_schema() -> tuple[dict[str, list[str]], set[str]]:
    """Each table's columns and the index names of a new SQLite file at this version; not the
    search index, which each engine keeps its own way."""
    database = peewee.SqliteDatabase(":memory:")
    database.connect()
    try:
        schema.upgrade(database)
        connection = database.connection()
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_fts%'")]
        columns = {table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
                   for table in tables}
        indexes = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        # A column declared UNIQUE in the table (SQLite's own index for it) is, on the server,
        # the unique index peewee names after the table and the column.
        for table in tables:
            for _seq, name, _unique, origin, _partial in connection.execute(
                    f'PRAGMA index_list("{table}")'):
                if origin == "u":
                    (column,) = [row[2] for row in
                                 connection.execute(f'PRAGMA index_info("{name}")')]
                    indexes.add(f"{table}_{column}")
        return columns, indexes
    finally:
        database.close()


def test_an_empty_database_becomes_a_book_at_this_version(book):
    assert server.version(book) == 0
    assert server.upgrade(book) == [SCHEMA_VERSION]
    assert server.version(book) == SCHEMA_VERSION
    assert server.upgrade(book) == []  # opened again: nothing to do


def test_the_server_book_has_every_table_column_and_index_of_the_sqlite_file(book):
    server.upgrade(book)
    columns, indexes = _sqlite_schema()
    found = server.columns(book)
    found.pop(server.VERSION_TABLE)
    # each engine's own search index
    assert found.pop(server_search.TABLE) == ["customer_id", "document"]
    assert found.pop(server_search.NAMES) == ["customer_id", "sort_name", "names"]
    # In any order: the file's steps added columns at the end, the models name them in place.
    assert {table: sorted(names) for table, names in found.items()} == {
        table: sorted(names) for table, names in columns.items()}
    assert set(server.indexes(book)) == indexes | {f"{server_search.TABLE}_document",
                                                   f"{server_search.NAMES}_names",
                                                   "customer_listed"}


def test_the_server_compares_and_sorts_text_by_its_bytes_as_the_file_does(book):
    server.upgrade(book)
    collations = book.execute_sql(
        "SELECT DISTINCT collation_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND data_type = 'text'").fetchall()
    assert collations == [("C",)]
    for name in ("b", "C", "a", "Ä"):
        book.execute_sql('INSERT INTO "setting" ("key", "value") VALUES (%s, %s)', (name, ""))
    assert [r[0] for r in book.execute_sql(
        'SELECT "key" FROM "setting" ORDER BY "key"')] == ["C", "a", "b", "Ä"]


def test_a_book_from_a_newer_regulars_is_refused(book):
    server.upgrade(book)
    book.execute_sql(f'UPDATE "{server.VERSION_TABLE}" SET "version" = %s',
                     (SCHEMA_VERSION + 1,))
    with pytest.raises(schema.SchemaTooNewError, match="please update Regulars"):
        server.upgrade(book)


def test_a_book_at_a_version_no_step_brings_up_is_refused_as_such(book):
    server.upgrade(book)
    book.execute_sql(f'UPDATE "{server.VERSION_TABLE}" SET "version" = %s',
                     (SCHEMA_VERSION - 1,))
    with pytest.raises(server.UnknownVersionError, match=f"version {SCHEMA_VERSION - 1} cannot"):
        server.upgrade(book)


def test_the_test_server_sorts_text_in_a_language_not_by_bytes(book):
    # What the copy's row order is checked against: "b" before "C", as a shop's server sorts.
    assert book.execute_sql("SELECT 'b' < 'C'").fetchone()[0] is True


def test_the_models_read_and_write_on_the_server_as_in_the_file(book):
    server.upgrade(book)
    photo = bytes(range(256))  # every byte, a NUL and 0xff among them
    at = dt.datetime(2026, 11, 23, 10, 30, 0, 123456)
    with book.bind_ctx(ALL_MODELS):
        ann = Customer.create(first_name="Ann", photo=photo, newsletter=True)
        Interaction.create(customer=ann, kind="note", at=at, text="asks for the blue wool",
                           amount_cents=1250)
        read = Customer.get_by_id(ann.id)
        assert (read.first_name, bytes(read.photo), read.newsletter) == ("Ann", photo, True)
        assert [(i.at, i.amount_cents) for i in read.interactions] == [(at, 1250)]
        # A customer's number is never given again once they are gone, as in the file.
        ann.delete_instance()
        assert Customer.create(first_name="Bo").id > ann.id


def test_text_is_as_long_as_the_file_lets_it_be(book):
    server.upgrade(book)
    tags = ", ".join(f"tag {n}" for n in range(100))  # 690 characters
    with book.bind_ctx(ALL_MODELS):
        ann = Customer.create(first_name="Ann", tag_list=tags)
        assert Customer.get_by_id(ann.id).tag_list == tags


def test_tag_names_ignore_the_case_of_a_to_z_only_as_in_the_file(book):
    server.upgrade(book)
    with book.bind_ctx(ALL_MODELS):
        Tag.create(name="Wool")
        with pytest.raises(peewee.IntegrityError), book.atomic():
            Tag.create(name="wOOL")
        # SQLite's NOCASE leaves É alone: a file may hold both, and a copy must take both.
        Tag.create(name="Café")
        Tag.create(name="CAFÉ")
        assert sorted(t.name for t in Tag.select()) == ["CAFÉ", "Café", "Wool"]


@pytest.mark.parametrize("given, kept", [
    ("postgresql://shop@db.example/book", "postgresql://shop@db.example/book"),
    ("postgres://shop@db.example:6432/book", "postgresql://shop@db.example:6432/book"),
    ("postgresql://shop@a:5432,b:5433/book?sslmode=require",
     "postgresql://shop@a:5432,b:5433/book?sslmode=require"),
])
def test_a_server_address_is_read_as_libpq_reads_it(given, kept):
    assert server.checked_url(given) == kept


@pytest.mark.parametrize("given, words", [
    ("sqlite:///book", "is not the address of a server"),
    ("postgresql://shop@host", "names no database"),
    ("postgresql://shop@host:http/book", "the port is a number"),
    ("postgresql://shop@host/book?colour=blue", "could not be read as the address"),
])
def test_an_address_that_is_not_a_server_book_is_refused_saying_why(given, words):
    with pytest.raises(ValueError, match=words):
        server.checked_url(given)


@pytest.mark.parametrize("given, shown", [
    ("postgresql://shop:s3cret@host:5432/book", "postgresql://shop@host:5432/book"),
    ("postgresql://shop@host/book?password=s3cret&sslmode=require",
     "postgresql://shop@host/book?sslmode=require"),
    ("postgresql://shop@host/book?PASSWORD=s3cret", "postgresql://shop@host/book"),
    ("postgresql://shop:s3#cret@host/book", "postgresql://shop@host/book"),
    ("postgresql://shop:s3?cr@et@host/book", "postgresql://shop@host/book"),
])
def test_the_password_is_never_shown(given, shown):
    assert server.shown_url(given) == shown


@pytest.mark.parametrize("typed", [
    "postgresql://shop:s3cret@host/book?colour=blue",
    "postgresq://shop:s3cret@host/book",
    "postgresql://shop:s3cr%ZZet@host/book",
    "postgresql://shop:s3cret@host:http/book",
])
def test_a_refused_address_never_quotes_its_password(typed):
    with pytest.raises(ValueError) as refused:
        server.checked_url(typed)
    assert "s3cr" not in str(refused.value) and "shop@host" in str(refused.value)


def test_the_password_file_is_where_libpq_looks(monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert server.password_file() == tmp_path / ".pgpass"
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "shop.pass"))
    assert server.password_file() == tmp_path / "shop.pass"


def test_a_server_that_refuses_is_said_in_one_line(postgres_url):
    import urllib.parse

    parts = urllib.parse.urlsplit(postgres_url)
    wrong = postgres_url.replace(f":{parts.password}@", ":not-it@")
    with pytest.raises(server.ServerUnavailableError) as refused, server.opened(wrong):
        pass
    assert refused.value.reason == "password_refused"
    assert "\n" not in str(refused.value) and "not-it" not in str(refused.value)
    assert refused.value.where == server.shown_url(wrong)


def test_a_server_that_stops_answering_on_the_way_is_said_as_such(postgres_url):
    with pytest.raises(server.ServerUnavailableError) as stopped, \
            server.opened(postgres_url) as database:
        database.execute_sql("SELECT pg_terminate_backend(pg_backend_pid())")
    assert stopped.value.reason == "unusable" and stopped.value.said.startswith("terminating")


def test_an_error_of_the_sqlite_file_is_not_the_servers(postgres_url):
    other = peewee.SqliteDatabase(":memory:")
    with pytest.raises(peewee.OperationalError), server.opened(postgres_url):
        other.execute_sql("SELECT * FROM nowhere")


@pytest.mark.parametrize(("written", "read"), [
    ("SELECT id FROM customer WHERE id = ?", "SELECT id FROM customer WHERE id = %s"),
    ("SELECT ? || '?' || \"a?b\"", "SELECT %s || '?' || \"a?b\""),
    ("SELECT key FROM reminder_state WHERE key LIKE 'lapsed:%' AND until <= ?",
     "SELECT key FROM reminder_state WHERE key LIKE 'lapsed:%%' AND until <= %s"),
    ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', %s"),
    ("SELECT id FROM customer WHERE id = %s", "SELECT id FROM customer WHERE id = %s"),
    ("SELECT 1", "SELECT 1"),
])
def test_a_statement_in_sqlites_marks_is_read_in_psycopgs(written, read):
    assert server.in_server_marks(written) == read


def test_the_stores_statements_run_on_the_server_with_their_marks_and_patterns(book):
    server.upgrade(book)
    book.execute_sql("INSERT INTO reminder_state (key, state, until, updated_at) "
                     "VALUES (?, ?, ?, ?)", ("lapsed:1:2026-01-01", "shown", "2026-12-01",
                                             "2026-12-01 10:00:00"))
    assert book.execute_sql("SELECT key, until, updated_at FROM reminder_state "
                            "WHERE key LIKE 'lapsed:%' AND state = ?", ("shown",)).fetchall() == [
        ("lapsed:1:2026-01-01", "2026-12-01", "2026-12-01 10:00:00")]  # days and times as text
    assert book.execute_sql("SELECT count(*) FROM reminder_state WHERE key LIKE '%:%'"
                            ).fetchone() == (1,)  # no values: read as it is


def test_a_column_left_out_gets_the_files_default(book):
    server.upgrade(book)
    book.execute_sql("INSERT INTO customer (first_name, created_at, updated_at) "
                     "VALUES ('Eleanor', '2026-01-01 10:00:00', '2026-01-01 10:00:00')")
    row = book.execute_sql("SELECT last_name, job_title, newsletter, sample, loyalty_points, "
                           "total_spent_cents FROM customer").fetchone()
    assert row == ("", "", False, False, 0, 0)


@pytest.mark.parametrize(("written", "read"), [
    ("SELECT 1 WHERE x LIKE '%sale%' AND id = ?", "SELECT 1 WHERE x LIKE '%%sale%%' AND id = %s"),
    ("SELECT \"%s\", ?", "SELECT \"%%s\", %s"),
])
def test_a_mark_like_psycopgs_inside_quotes_is_text(written, read):
    assert server.in_server_marks(written) == read
