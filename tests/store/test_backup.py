"""Copies of the database: thinned out over time, made before an import or an upgrade."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import DATA as OLD_FILES

from app.core import session
from app.store import backup


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 11, 23, 12, 0)
    made = []
    for hours in range(0, 24 * 800, 7):  # one every seven hours for over two years
        when = now - dt.timedelta(hours=hours)
        path = folder / f"regulars-{when:%Y%m%d-%H%M%S}-daily.sqlite3"
        path.write_bytes(b"x")
        made.append(when)
    backup.rotate(folder, now)
    kept = sorted((made_at for _p, made_at in backup.listing(folder)), reverse=True)
    recent = [k for k in kept if now - k < dt.timedelta(days=1)]
    assert len(recent) == 4  # everything of the last day
    older = [k for k in kept if k not in recent]
    days = {k.date() for k in older}
    assert len(kept) <= 4 + 7 + 4 + 12
    assert len({(k.year, k.month) for k in kept}) == 12  # twelve months covered
    assert min(kept) > now - dt.timedelta(days=370)  # nothing older than a year survives
    assert len(days) >= 7


def test_automatic_backup_before_an_import_and_before_an_upgrade(tmp_path: Path):
    directory = tmp_path / "old"
    directory.mkdir()
    shutil.copy(OLD_FILES / "regulars-schema-v2.sqlite3", directory / "regulars.sqlite3")
    session.open_data(directory)
    try:
        names = [p.name for p, _m in backup.listing(directory / "backups")]
        assert len(names) == 1 and names[0].endswith("-before-upgrade-v2.sqlite3")
        con = sqlite3.connect(directory / "backups" / names[0])
        assert con.execute("PRAGMA user_version").fetchone()[0] == 2  # as it was
        con.close()
        from app.exchange import jobs

        jobs.import_file(OLD_FILES / "csv" / "tabs.tsv", "csv")
        assert any(p.name.endswith("-before-import.sqlite3")
                   for p, _m in backup.listing(directory / "backups"))
    finally:
        session.close()


def test_a_killed_backup_leaves_nothing_after_the_next_backup_or_start(tmp_path: Path):
    session.open_data(tmp_path)
    try:
        folder = backup.folder_for(tmp_path / "regulars.sqlite3")
        target = tmp_path / "copy.sqlite3"
        backup.copy_to(target)
        left = [folder / ".regulars-20261201-090000-daily.sqlite3.k1ll3d.partial",
                tmp_path / ".copy.sqlite3.k1ll3d.partial"]
        folder.mkdir(exist_ok=True)
        for path in left:
            path.write_bytes(b"half a backup")
        stranger = tmp_path / "mine.partial"  # not a backup's: never touched
        stranger.write_bytes(b"x")
        backup.copy_to(target)
        assert not left[1].exists()
        session.close()
        session.open_data(tmp_path)
        assert not left[0].exists()
        assert stranger.exists()
        assert [p.name for p in tmp_path.rglob("*.partial")] == ["mine.partial"]
    finally:
        session.close()


def test_a_backup_still_being_written_is_left_alone(tmp_path: Path):
    fcntl = pytest.importorskip("fcntl")
    writing = tmp_path / ".copy.sqlite3.l1v3.partial"
    with writing.open("wb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # as the backup writing it holds it
        backup.remove_abandoned([writing])
        assert writing.exists()
    backup.remove_abandoned([writing])
    assert not writing.exists()
