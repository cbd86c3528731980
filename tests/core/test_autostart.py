"""Starting at login: the entry each system reads, written into a temporary home."""

from __future__ import annotations

from pathlib import Path

from app.core import autostart


def test_start_at_login_on_linux_with_a_temporary_home(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert not autostart.is_enabled(platform="linux")
    path = autostart.enable(platform="linux")
    assert path == tmp_path / ".config" / "autostart" / "regulars.desktop"
    text = path.read_text()
    assert text.startswith("[Desktop Entry]\nType=Application\nName=Regulars\n")
    assert "Exec=" in text and "--tray" in text and "X-GNOME-Autostart-enabled=true" in text
    assert autostart.is_enabled(platform="linux")
    autostart.disable(platform="linux")
    assert not path.exists() and not autostart.is_enabled(platform="linux")


def test_launch_agent_on_macos_written_to_a_temporary_home(tmp_path: Path):
    import plistlib

    path = autostart.enable(home=tmp_path, platform="darwin")
    data = plistlib.loads(path.read_bytes())
    assert data["Label"] == autostart.LABEL and data["RunAtLoad"] is True
    assert data["ProgramArguments"][-1] == "--tray"
    autostart.disable(home=tmp_path, platform="darwin")
    assert not path.exists()
