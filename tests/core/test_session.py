"""Opening the owner's data: created privately when asked, left alone when only read."""

from __future__ import annotations

import re
import sqlite3
import stat
from pathlib import Path

import pytest

from app.core import backups, customers, directory, session


def test_opening_creates_the_database_in_the_chosen_folder(tmp_path: Path):
    path = session.open_data(tmp_path / "shop")
    try:
        assert path == tmp_path / "shop" / "regulars.sqlite3"
        assert session.database_file() == path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        cid = customers.create_customer(first_name="Eleanor")
    finally:
        session.close()
    session.open_data(tmp_path / "shop")  # opened again: what was saved is there
    try:
        assert directory.customer_ids() == [cid]
    finally:
        session.close()


def test_reading_a_folder_with_no_data_creates_nothing(tmp_path: Path):
    session.open_data(tmp_path / "nothing-here", create=False)
    try:
        assert directory.count() == 0
        assert directory.customer_ids("eleanor", sort="relevance") == []
    finally:
        session.close()
    assert not (tmp_path / "nothing-here").exists()


def test_the_environment_variable_picks_the_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("REGULARS_DATA_DIR", str(tmp_path / "from-env"))
    assert session.database_location() == tmp_path / "from-env" / "regulars.sqlite3"
    assert session.database_location(tmp_path / "given") == (
        tmp_path / "given" / "regulars.sqlite3")


@pytest.mark.file_only
def test_a_write_by_another_program_changes_the_data_version(store: Path):
    before = session.data_version()
    customers.create_customer(first_name="Eleanor")  # this connection's own write
    assert session.data_version() == before
    other = sqlite3.connect(store)
    other.execute("UPDATE customer SET nickname = 'Ellie'")
    other.commit()
    other.close()
    assert session.data_version() != before


def _shop_with_a_backup(folder: Path) -> Path:
    session.open_data(folder)
    try:
        customers.create_customer(first_name="Eleanor")
        kept, _count = backups.backup_to()
    finally:
        session.close()
    return kept


def test_an_empty_database_file_is_damaged_not_a_new_shop(tmp_path: Path):
    kept = _shop_with_a_backup(tmp_path)
    path = session.database_location(tmp_path)
    path.write_bytes(b"")
    with pytest.raises(session.DATABASE_ERRORS, match=re.escape(str(kept))):
        session.open_data(tmp_path)
    assert path.stat().st_size == 0


def test_no_database_beside_good_backups_is_not_a_new_shop(tmp_path: Path):
    kept = _shop_with_a_backup(tmp_path)
    session.database_location(tmp_path).unlink()
    for create in (True, False):
        with pytest.raises(session.DATABASE_ERRORS,
                           match=re.escape(f"regulars restore {kept}")):
            session.open_data(tmp_path, create=create)
    assert not session.database_location(tmp_path).exists()
