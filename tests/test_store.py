"""The database file: privacy, pragmas, schema versions and upgrades."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from app.core import customers, session, timeline
from app.store import schema
from app.store.models import ALL_MODELS, Customer, db

OLD_FILES = Path(__file__).parent / "data"


def test_database_and_directory_are_private(store: Path):
    customers.create_customer(first_name="Eleanor")
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.parent.stat().st_mode) == 0o700
    for sidecar in (store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")):
        if sidecar.exists():
            assert stat.S_IMODE(sidecar.stat().st_mode) & 0o077 == 0


def test_pragmas_are_set_on_purpose(store: Path):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_new_database_is_at_the_current_version(store: Path):
    assert schema.version(db) == schema.SCHEMA_VERSION


def test_models_match_the_schema_the_steps_build(store: Path):
    """The frozen steps and the models must describe the same tables."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert columns == fields, table


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_old_file_upgrades_and_keeps_every_row(tmp_path: Path, version: int):
    """Files made by each earlier schema version open, upgrade and keep every row."""
    directory = tmp_path / "old"
    directory.mkdir()
    target = directory / "regulars.sqlite3"
    shutil.copy(OLD_FILES / f"regulars-schema-v{version}.sqlite3", target)
    raw = sqlite3.connect(target)
    tables = ("customer", "interaction", "relative", "contact_point", "important_date",
              "follow_up", "tag", "customer_tag", "setting")
    before = {t: raw.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2').fetchall() for t in tables}
    assert raw.execute("PRAGMA user_version").fetchone()[0] == version
    raw.close()

    session.open_data(directory)
    try:
        assert schema.version(db) == schema.SCHEMA_VERSION
        for table in tables:
            rows = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
            assert before[table] or table == "setting", table
            if table == "interaction":  # a balance of loyalty points becomes an entry
                added = rows[len(before[table]):]
                assert all(r[4] == "Loyalty points carried over" for r in added)
                rows = rows[: len(before[table])]
            assert len(rows) == len(before[table]), table
            # Every old column keeps its value; new columns are added at the end.
            assert [r[: len(b)] for r, b in zip(rows, before[table], strict=True)] == [
                tuple(b) for b in before[table]], table
        points_before = {r[0]: r[11] for r in before["customer"]}
        points_after = dict(db.execute_sql("SELECT id, loyalty_points FROM customer"))
        assert points_after == points_before
        from app.core import directory as listing
        from app.core.profile import load

        found = listing.summaries(listing.customer_ids("fritz"))
        assert [s.name for s in found] == ["Eleanor Whitfield"]
        assert listing.customer_ids("dark roast")  # interaction text is indexed too
        assert load(found[0].id).visit_count >= 1
        eleanor = Customer.get_by_id(found[0].id)
        assert eleanor.last_visit is not None and eleanor.first_visit <= eleanor.last_visit
    finally:
        session.close()


def test_a_file_from_a_newer_release_is_refused_untouched(tmp_path: Path):
    directory = tmp_path / "new"
    session.open_data(directory)
    db.execute_sql("PRAGMA user_version = 99")
    session.close()
    path = directory / "regulars.sqlite3"
    before = path.read_bytes()
    with pytest.raises(schema.SchemaTooNewError, match="newer"):
        session.open_data(directory)
    session.close()
    assert path.read_bytes() == before


def test_a_failing_step_leaves_the_file_at_the_old_version(tmp_path: Path, monkeypatch):
    session.open_data(tmp_path / "d")
    try:
        def broken(database):
            database.execute_sql("CREATE TABLE half_done (x)")
            raise RuntimeError("power cut")

        monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, broken))
        monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.STEPS))
        with pytest.raises(RuntimeError):
            schema.upgrade(db)
        assert schema.version(db) == schema.SCHEMA_VERSION - 1
        tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
    finally:
        session.close()


def test_derived_fields_follow_every_timeline_write(store: Path):
    import datetime as dt

    cid = customers.create_customer(first_name="Eleanor")
    first = timeline.log(cid, "purchase", "dark roast", "24.50", dt.datetime(2026, 11, 1, 9))
    timeline.log(cid, "visit", "", None, dt.datetime(2026, 11, 1, 15))
    second = timeline.log(cid, "call", "asked about beans", None, dt.datetime(2026, 11, 20, 11))
    from app.core.profile import load

    p = load(cid)
    assert (p.last_contact, str(p.total_spent), p.visit_count, p.interaction_count) == (
        dt.datetime(2026, 11, 20, 11), "24.50", 1, 3)
    timeline.edit(first, "purchase", "dark roast, 1 kg", "40.00")
    assert str(load(cid).total_spent) == "40.00"
    timeline.delete(second)
    p = load(cid)
    assert p.last_contact == dt.datetime(2026, 11, 1, 15)
    assert p.interaction_count == 2
    timeline.delete(first)
    assert str(load(cid).total_spent) == "0.00"


@pytest.mark.parametrize("query, sort", [("", "recent"), ("", "name"), ("e", "relevance")])
def test_the_first_screenful_is_read_in_index_order(store: Path, query: str, sort: str):
    """At a hundred thousand customers, a sort before the first row cost a frame."""
    from app.core import customers, directory

    for name in ("Eleanor", "Emile", "Tom"):
        customers.create_customer(first_name=name)
    statements: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(statements.append)
    try:
        assert directory.customer_ids(query, sort, limit=2)
    finally:
        connection.set_trace_callback(None)
    plan = " ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + statements[-1]))
    assert "INDEX" in plan and "TEMP B-TREE" not in plan, plan
