"""This computer's config file: what is written is read back, by the owner only, and a file
that is not a settings file is said to be so, never half read."""

from __future__ import annotations

import stat

import pytest

from app.store import config_file


def test_a_value_written_is_read_back_with_the_rest_kept(tmp_path, monkeypatch):
    monkeypatch.setenv(config_file.ENV_VAR, str(tmp_path / "config" / "Regulars"))
    assert config_file.read() == {}
    config_file.write("counter", "name", "Till 2 % Café")
    config_file.write("server", "Host", "backoffice.local")
    assert config_file.read() == {"counter": {"name": "Till 2 % Café"},
                                  "server": {"Host": "backoffice.local"}}
    config_file.write("counter", "name", None)
    assert config_file.value("counter", "name") is None
    assert config_file.value("server", "Host") == "backoffice.local"
    where = config_file.path()
    assert where.parent == tmp_path / "config" / "Regulars"
    assert stat.S_IMODE(where.stat().st_mode) == 0o600
    assert stat.S_IMODE(where.parent.stat().st_mode) == 0o700
    assert [p.name for p in where.parent.iterdir()] == [config_file.FILE_NAME]


@pytest.mark.parametrize("content, words", [
    (b"name = no section\n", "is not a settings file"),
    (b"[counter]\nname\n", "is not a settings file"),
    (b"\xff\xfe[\x00c\x00", "is not UTF-8 text"),
    (b"[counter]\n" + b"x = y\n" * 20_000, "is too large"),
])
def test_a_file_that_is_not_settings_is_said_to_be_so(tmp_path, monkeypatch, content, words):
    monkeypatch.setenv(config_file.ENV_VAR, str(tmp_path))
    config_file.path().write_bytes(content)
    with pytest.raises(config_file.ConfigFileError, match=words):
        config_file.read()
    config_file.write("counter", "name", "Till 2")  # and a setting saved replaces it
    assert config_file.read() == {"counter": {"name": "Till 2"}}
