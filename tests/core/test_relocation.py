"""A customer book in a sync folder moved to this computer's folder, nothing lost on the way."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import backups, customers, edits, relocation, session, timeline
from app.core.operations import perform
from app.core.relocation import MovedAwayError
from app.store.models import Customer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def default(tmp_path, monkeypatch) -> Path:
    """This computer's own data folder (appdirs reads XDG_DATA_HOME), in the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "local"))
    monkeypatch.delenv("REGULARS_DATA_DIR", raising=False)
    return tmp_path / "local" / "Regulars"


def _rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE "
            "VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'")]
        return {table: connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
                for table in tables}
    finally:
        connection.close()


def _shop(folder: Path) -> None:
    session.open_data(folder)
    kept = customers.create_customer(first_name="Eleanor", last_name="Vance")
    timeline.log(kept, "note", "asks for the blue wool")
    gone = customers.create_customer(first_name="Dot")
    backups.automatic("daily")
    perform(edits.erase_customer(gone))
    session.close()


def test_a_book_in_dropbox_is_offered_a_move_and_arrives_whole(tmp_path, default):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    before = _rows(folder / "regulars.sqlite3")
    offer = relocation.offer(folder)
    assert offer is not None and offer.place.name == "Dropbox"
    assert (offer.target, offer.why_not) == (default, None)

    moved = relocation.move(folder, offer.target)

    assert moved == default / "regulars.sqlite3"
    assert _rows(moved) == before
    assert sorted(p.name for p in (default / "backups").iterdir() if p.suffix == ".sqlite3")
    assert (default / "erasures.json").exists()
    assert sorted(p.name for p in folder.iterdir()) == ["regulars-before-move.sqlite3",
                                                        "regulars-moved.txt"]
    assert _rows(folder / "regulars-before-move.sqlite3") == before  # kept, not deleted
    assert (default.stat().st_mode & 0o077) == 0
    assert relocation.offer(default) is None
    session.open_data(None)  # the usual place, as a start without options opens it
    try:
        assert [c.first_name for c in Customer.select()] == ["Eleanor"]
    finally:
        session.close()


def test_a_start_that_still_names_the_old_folder_is_told_where_the_book_went(tmp_path, default):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    relocation.move(folder, default)
    with pytest.raises(MovedAwayError, match=r"was moved to .*local/Regulars: start Regulars "
                                             "without --data-dir and REGULARS_DATA_DIR"):
        session.open_data(folder)
    assert not (folder / "regulars.sqlite3").exists()  # no new empty shop made there
    (folder / "regulars-moved.txt").unlink()  # the owner wants a new book there after all
    session.open_data(folder)
    session.close()


def test_a_book_is_never_moved_over_another(tmp_path, default):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    _shop(default)
    offer = relocation.offer(folder)
    assert offer.why_not == "taken"
    with pytest.raises(session.DATABASE_ERRORS,
                       match=f"cannot be moved: there is already a customer book in {default}$"):
        relocation.move(folder, default)
    assert (folder / "regulars.sqlite3").exists()
    assert not (folder / "regulars-moved.txt").exists()


def test_a_default_folder_that_is_itself_in_a_sync_folder_is_not_offered(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "OneDrive" / "share"))
    folder = tmp_path / "OneDrive" / "share" / "Regulars"
    offer = relocation.offer(folder)
    assert offer.place.name == "OneDrive"
    assert offer.why_not == "same"
    other = relocation.offer(tmp_path / "Nextcloud" / "Regulars")
    assert other.why_not == "unsafe"


def test_a_job_that_still_names_the_old_folder_exits_1_with_one_line(tmp_path, default):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    relocation.move(folder, default)
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "local")}
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(folder), "find",
                             "eleanor"], capture_output=True, text=True, env=environment,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"regulars: the database could not be used: the customer book in {folder} was moved to "
        f"{default}: start Regulars without --data-dir and REGULARS_DATA_DIR to use it there (or "
        f"delete {folder / 'regulars-moved.txt'} to start a new customer book here)"]
    assert not (folder / "regulars.sqlite3").exists()
    found = subprocess.run([sys.executable, "-m", "app", "find", "eleanor"], capture_output=True,
                           text=True, env=environment, cwd=ROOT, timeout=120)
    assert (found.returncode, found.stdout.splitlines()[-1]) == (0, "1 found")


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_move_that_fails_halfway_puts_every_file_back(tmp_path, default, monkeypatch):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    (folder / "logs").mkdir(exist_ok=True)
    (folder / "logs" / "regulars.log").write_text("started\n")
    before, rows = _files(folder), _rows(folder / "regulars.sqlite3")
    real_move = relocation.shutil.move

    def fails_on_the_log(source, destination):
        if Path(source).name == "regulars.log":
            raise PermissionError(13, "Permission denied", str(source))
        return real_move(source, destination)

    monkeypatch.setattr(relocation.shutil, "move", fails_on_the_log)
    with pytest.raises(PermissionError):
        relocation.move(folder, default)

    assert _files(folder) == before
    assert _rows(folder / "regulars.sqlite3") == rows
    assert _files(default) == []  # no half book left in this computer's folder
    assert relocation.offer(folder) is not None  # still offered, as before


def test_the_note_wins_over_a_database_left_behind(tmp_path, default):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    relocation.move(folder, default)
    (folder / "regulars-before-move.sqlite3").rename(folder / "regulars.sqlite3")  # not removed
    assert relocation.offer(folder) is None
    with pytest.raises(MovedAwayError, match=f"was moved to {default}"):
        session.open_data(folder)


def test_a_write_during_the_move_waits_for_it_and_is_not_lost(tmp_path, default, monkeypatch):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    refused = []
    real_copy = relocation.backup.copy_to

    def another_counter_writes(target):
        other = sqlite3.connect(folder / "regulars.sqlite3", timeout=0)
        try:
            other.execute("UPDATE customer SET first_name = 'Nell'")
        except sqlite3.OperationalError as error:
            refused.append(str(error))
        finally:
            other.close()
        return real_copy(target)

    monkeypatch.setattr(relocation.backup, "copy_to", another_counter_writes)
    moved = relocation.move(folder, default)
    assert refused == ["database is locked"]
    assert [row[0] for row in sqlite3.connect(moved).execute(
        "SELECT first_name FROM customer")] == ["Eleanor"]


def test_an_empty_backups_folder_there_takes_the_backups_in(tmp_path, default):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    (default / "backups").mkdir(parents=True)
    names = sorted(p.name for p in (folder / "backups").iterdir())
    relocation.move(folder, default)
    assert sorted(p.name for p in (default / "backups").iterdir()) == names
    assert not (default / "backups" / "backups").exists()


def test_a_register_already_there_is_never_written_over(tmp_path, default):
    folder = tmp_path / "Dropbox" / "Shop"
    _shop(folder)
    default.mkdir(parents=True)
    (default / "erasures.json").write_text("[]")
    offer = relocation.offer(folder)
    assert offer.why_not == "clash"
    with pytest.raises(session.DATABASE_ERRORS, match="already holds files of another customer"):
        relocation.move(folder, default)
    assert (default / "erasures.json").read_text() == "[]"
    assert (folder / "erasures.json").exists() and not (folder / "regulars-moved.txt").exists()
