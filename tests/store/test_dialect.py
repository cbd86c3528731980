"""The words the file and a server say differently give the same answer on both engines."""

from __future__ import annotations

import peewee
import pytest

from app.store import dialect, server


@pytest.fixture(params=["file", "server"])
def engine(request) -> peewee.Database:
    """An empty database of either engine, with one table of rows to read."""
    if request.param == "file":
        database = peewee.SqliteDatabase(":memory:")
    else:
        database = server.connect(request.getfixturevalue("postgres_url"))
    database.connect()
    database.execute_sql('CREATE TABLE t (n INTEGER, m INTEGER, d INTEGER, name TEXT, '
                         'at TIMESTAMP, "on" DATE)')
    database.execute_sql("INSERT INTO t VALUES (3, 3, 7, 'walnut loaf', '2026-03-01 10:15:00', "
                         "'2026-12-24'), (1, 12, 25, 'Rye', '2026-12-31 23:59:59', NULL), "
                         "(3, 1, 1, 'apple', '2027-01-01 00:00:00', '2027-01-01')")
    yield database
    database.close()


def _one(database: peewee.Database, expression: str, where: str = "") -> object:
    return database.execute_sql(f"SELECT {expression} FROM t {where}").fetchone()[0]


def test_a_month_and_day_are_written_mm_dd(engine):
    assert [r[0] for r in engine.execute_sql(
        f"SELECT {dialect.month_day(engine, 'm', 'd')} FROM t ORDER BY n, m")] == [
        "12-25", "01-01", "03-07"]


@pytest.mark.parametrize("column", ["at", '"on"'])
def test_the_day_of_a_time_or_a_date_is_its_iso_day(engine, column):
    assert [r[0] for r in engine.execute_sql(
        f"SELECT {dialect.day_of(engine, column)} FROM t ORDER BY n, m")] == [
        "2026-12-31" if column == "at" else None, "2027-01-01",
        "2026-03-01" if column == "at" else "2026-12-24"]


def test_names_are_joined_in_the_order_read_whatever_their_case(engine):
    joined = dialect.joined(engine, "name")
    assert engine.execute_sql(
        f"SELECT {joined} FROM (SELECT name FROM t ORDER BY lower(name), name) AS named"
    ).fetchone()[0] == "apple, Rye, walnut loaf"


def test_distinct_ids_are_listed_once_each(engine):
    listed = _one(engine, dialect.id_list(engine, "n"))
    assert sorted(int(i) for i in listed.split(",")) == [1, 3]


@pytest.mark.parametrize(("text", "first"), [("walnut loaf", "walnut"), ("Rye", "Rye"),
                                             ("", ""), (" lead", "")])
def test_the_first_word_is_the_text_up_to_its_first_space(engine, text, first):
    assert engine.execute_sql(
        f"SELECT {dialect.first_word(engine, 'x')} FROM (SELECT {engine.param} AS x) AS given",
        (text,)).fetchone()[0] == first


def test_a_truth_that_is_not_there_is_false_on_both(engine):
    assert not _one(engine, f"coalesce(NULL, {dialect.false(engine)})")


def test_the_hint_is_the_files_alone(engine):
    hint = dialect.hint(engine)
    assert hint == ("" if isinstance(engine, peewee.PostgresqlDatabase) else "+")
    assert _one(engine, "count(*)", f"WHERE {hint}n = 3") == 2


def test_a_join_in_order_with_a_condition_reads_the_same_rows(engine):
    join = dialect.join_in_order(engine)
    rows = engine.execute_sql(f"SELECT a.name, b.name FROM t a {join} t b ON b.n = a.m "
                              "ORDER BY a.name, b.name").fetchall()
    assert rows == [("apple", "Rye"), ("walnut loaf", "apple"), ("walnut loaf", "walnut loaf")]


def test_a_transaction_s_own_rows_are_measured_on_a_server_and_nothing_is_done_in_the_file(
        engine):
    with engine.atomic():
        engine.execute_sql("INSERT INTO t (n) SELECT 1 FROM (VALUES (1), (2), (3), (4)) a, "
                           "(VALUES (1), (2), (3), (4), (5)) b, (VALUES (1), (2), (3), (4), "
                           "(5), (6), (7), (8), (9), (10)) c")
        dialect.measure_again(engine, ("t",))
        if dialect.is_server(engine):
            assert engine.execute_sql("SELECT reltuples FROM pg_class WHERE relname = 't'"
                                      ).fetchone()[0] == 203
        else:
            assert engine.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = "
                                      "'sqlite_stat1'").fetchone()[0] == 0
