"""The database file: private, written with care, and whole after a crash or a crowd."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, check, kill, start, unwritable

from app.core import customers
from app.core.profile import load
from app.store.models import db

# About the SQLite file itself: not run again on a server book.
pytestmark = pytest.mark.file_only

BURST = """
import sys
from app.core import session, customers, timeline
session.open_data(sys.argv[1])
cid = customers.create_customer(first_name="Eleanor")
print("ready", flush=True)
for n in range(100000):
    timeline.log(cid, "note", f"note {n}")
"""

WRITER = """
import sys
from app.core import session, timeline

session.open_data(sys.argv[1])
for n in range(int(sys.argv[3])):
    timeline.log(1, "note", f"{sys.argv[2]} {n}")
"""


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
    # No view or trigger in a file can call a function with side effects.
    assert db.execute_sql("PRAGMA trusted_schema").fetchone()[0] == 0


def test_a_file_read_only_trusts_no_schema_and_writes_nothing(store: Path):
    from app.store.database import open_read_only

    con = open_read_only(store)
    try:
        assert con.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        with pytest.raises(Exception, match="readonly"):
            con.execute("CREATE TABLE x (y)")
    finally:
        con.close()


@pytest.mark.parametrize("after", [0.05, 0.2, 0.5, 1.0])
def test_a_burst_of_edits_killed_keeps_every_committed_note(tmp_path: Path, after: float):
    process = start(BURST, str(tmp_path))
    kill(process, after)
    con = check(tmp_path / "regulars.sqlite3")
    texts = [r[0] for r in con.execute("SELECT text FROM interaction ORDER BY id")]
    assert texts == [f"note {n}" for n in range(len(texts))]  # a prefix: none half there
    # The derived fields and the search index were written in the same transactions.
    count, cached = con.execute(
        "SELECT (SELECT count(*) FROM interaction), interaction_count FROM customer").fetchone()
    assert count == cached
    if texts:
        last = texts[-1].split()[-1]
        assert con.execute("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH ?",
                           (last,)).fetchone()[0] == 1
    con.close()


def test_several_writers_at_once_lose_nothing(store):
    from app.core import customers

    customers.create_customer(first_name="Eleanor")
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(store.parent), name, "60"],
                                cwd=ROOT) for name in ("a", "b", "c")]
    for process in writers:
        assert process.wait(timeout=120) == 0
    notes = [e.text for e in __import__("app.core.timeline", fromlist=["entries"]).entries(
        1, 0, 1000)]
    assert sorted(notes) == sorted(f"{w} {n}" for w in "abc" for n in range(60))
    assert load(1).interaction_count == 180


def _newer_shop(path: Path) -> bytes:
    """A file a newer Regulars made, in rollback-journal mode; its bytes as they were."""
    from app.store.schema import SCHEMA_VERSION

    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE customer (id INTEGER PRIMARY KEY);"
                      f"PRAGMA user_version = {SCHEMA_VERSION + 1};")
    con.close()
    return path.read_bytes()


def test_a_newer_file_is_refused_before_a_byte_of_it_changes(data_dir: Path):
    from app.core import session

    path = data_dir / "regulars.sqlite3"
    before = _newer_shop(path)
    with pytest.raises(session.SchemaTooNewError, match="newer"):
        session.open_data(data_dir)
    session.close()
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_a_read_only_database_opens_for_reading_and_refuses_writing(data_dir: Path):
    from app.core import session

    session.open_data(data_dir)
    customers.create_customer(first_name="Eleanor")
    session.close()
    path = data_dir / "regulars.sqlite3"
    with unwritable(path, data_dir):
        with pytest.raises(session.ReadOnlyDatabaseError, match="read-only"):
            session.open_data(data_dir)
        session.open_data(data_dir, only_reads=True)
        try:
            assert session.database_file() == path
            assert customers.Customer.select().count() == 1
        finally:
            session.close()
