"""Files written whole or not at all, readable by the owner only."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.store.files import write_atomically


def test_a_file_is_replaced_whole_and_kept_private(tmp_path: Path):
    path = tmp_path / "customers.csv"
    path.write_text("the old export")
    path.chmod(0o644)
    write_atomically(path, b"First Name\r\nEleanor\r\n")
    assert path.read_bytes() == b"First Name\r\nEleanor\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds customers' details
    assert [p.name for p in tmp_path.iterdir()] == ["customers.csv"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_and_no_litter(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text("kept")
    with pytest.raises(TypeError):
        write_atomically(path, "text, not bytes")  # type: ignore[arg-type]
    assert path.read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_bare_file_name_is_written_in_the_current_folder(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_atomically(Path("out.vcf"), b"BEGIN:VCARD")
    assert (tmp_path / "out.vcf").read_bytes() == b"BEGIN:VCARD"


def test_a_missing_folder_is_refused_and_nothing_is_made(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nowhere" / "out.csv", b"x")
    assert not (tmp_path / "nowhere").exists()
