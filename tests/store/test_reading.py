"""A connection that only reads, through plain sqlite3: it takes only a file it can read as
this version writes it, and it can change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core import customers, session
from app.store.reading import open_reading
from app.store.version import SCHEMA_VERSION


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    session.open_data(tmp_path)
    customers.create_customer(first_name="Ann", last_name="Lee")
    session.close()
    return tmp_path / "regulars.sqlite3"


def test_it_reads_a_file_of_this_version_and_writes_nothing(saved: Path):
    before = saved.read_bytes()
    reading = open_reading(saved)
    assert reading is not None
    try:
        assert reading.execute_sql("SELECT first_name FROM customer").fetchall() == [("Ann",)]
        with pytest.raises(sqlite3.OperationalError):
            reading.execute_sql("DELETE FROM customer")
    finally:
        reading.close()
    assert saved.read_bytes() == before


@pytest.mark.parametrize("version", [SCHEMA_VERSION - 1, SCHEMA_VERSION + 1])
def test_another_version_is_left_to_the_usual_way(saved: Path, version: int):
    with sqlite3.connect(saved) as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    connection.close()
    assert open_reading(saved) is None


def test_a_restores_copy_beside_it_is_left_to_the_usual_way(saved: Path):
    """The usual way finishes or undoes the restore a crash stopped before reading."""
    (saved.parent / "regulars.sqlite3.partial").write_bytes(saved.read_bytes())
    assert open_reading(saved) is None


def test_a_database_held_locked_raises_after_one_wait(saved: Path, monkeypatch):
    monkeypatch.setattr("app.store.reading.BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(saved)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            open_reading(saved)
    finally:
        holder.rollback()
        holder.close()


def test_no_file_or_not_a_database_is_left_to_the_usual_way(tmp_path: Path):
    assert open_reading(tmp_path / "regulars.sqlite3") is None
    (tmp_path / "regulars.sqlite3").write_bytes(b"not a database at all" * 100)
    assert open_reading(tmp_path / "regulars.sqlite3") is None


def test_a_file_in_a_folder_that_cannot_be_written_to_is_read_as_unchanging(saved: Path,
                                                                             monkeypatch):
    """No shared-memory file can be made there: the file is opened as immutable."""
    monkeypatch.setattr("app.store.reading.can_write", lambda path: False)
    (saved.parent / "regulars.sqlite3-shm").unlink(missing_ok=True)
    reading = open_reading(saved)
    assert reading is not None
    try:
        assert reading.execute_sql("SELECT count(*) FROM customer").fetchone() == (1,)
    finally:
        reading.close()
    assert not (saved.parent / "regulars.sqlite3-shm").exists()
