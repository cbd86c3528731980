"""The settings dialog saves good values, refuses bad ones and writes the login entry."""

from __future__ import annotations

from pathlib import Path


def test_settings_dialog_saves_and_refuses_bad_values(qtbot, window, service, tmp_path: Path,
                                                      monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = window.commands.open_settings()
    qtbot.addWidget(dialog)
    dialog.lead_days.setValue(10)
    dialog.region.setText("x1")
    dialog.accept()
    assert "phone_region" in dialog.problem.text() and dialog.isVisible()
    dialog.region.setText("gb")
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    assert service.setting("reminder_lead_days") == 10
    assert service.setting("phone_region") == "GB"
    entry = tmp_path / "config" / "autostart" / "regulars.desktop"
    assert entry.exists() and "--tray" in entry.read_text()
