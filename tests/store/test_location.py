"""Where the data lives: the option, else the environment, else the platform's place."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.store.location import (
    DATABASE_NAME,
    ENV_VAR,
    data_dir,
    database_path,
    ensure_private_dir,
    ensure_private_file,
    narrow_to_owner,
)


def test_the_option_beats_the_environment_which_beats_the_platform(tmp_path: Path,
                                                                     monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "Regulars"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "shop"))
    assert data_dir() == tmp_path / "shop"
    assert data_dir(tmp_path / "second-shop") == tmp_path / "second-shop"
    assert database_path(tmp_path / "shop") == tmp_path / "shop" / DATABASE_NAME


def test_a_home_folder_in_the_path_is_expanded(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert data_dir("~/shop") == tmp_path / "shop"
    monkeypatch.setenv(ENV_VAR, "~/other")
    assert data_dir() == tmp_path / "other"


def test_folder_and_file_are_made_private_and_an_existing_file_is_kept(tmp_path: Path):
    folder = tmp_path / "a" / "b"
    ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    path = folder / DATABASE_NAME
    ensure_private_file(path)
    assert path.read_bytes() == b"" and stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_bytes(b"SQLite format 3\x00")
    ensure_private_file(path)  # never truncates what is there
    assert path.read_bytes() == b"SQLite format 3\x00"


def test_the_parents_it_makes_are_private_under_any_umask(tmp_path: Path):
    old = os.umask(0)
    try:
        ensure_private_dir(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(old)
    for folder in ("a", "a/b", "a/b/c"):
        assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700, folder


def test_a_folder_open_to_others_is_narrowed_once(tmp_path: Path):
    tmp_path.chmod(0o755)
    assert narrow_to_owner(tmp_path)
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700
    assert not narrow_to_owner(tmp_path)
