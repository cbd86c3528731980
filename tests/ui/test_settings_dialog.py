"""The settings dialog keeps where the shop is, its reminders and the login entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def test_settings_dialog_saves_the_shop_s_place_and_the_login_entry(qtbot, window, service,
                                                                     tmp_path: Path,
                                                                     monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = window.commands.open_settings()
    qtbot.addWidget(dialog)
    dialog.lead_days.setValue(10)
    dialog.place.country.setFocus()
    dialog.place.country.lineEdit().selectAll()
    completer = dialog.place.country.completer()
    completer.setCompletionPrefix("kingdom")  # any part of a name offers it
    assert completer.completionCount() == 1 and completer.currentCompletion() == "United Kingdom"
    dialog.start_at_login.setChecked(True)
    qtbot.keyClicks(dialog.place.country.lineEdit(), "united kingdom")
    qtbot.keyClick(dialog.place.country.lineEdit(), Qt.Key.Key_Return)  # OK is the default
    assert not dialog.isVisible()
    assert service.setting("reminder_lead_days") == 10
    assert (service.setting("country"), service.setting("currency")) == ("GB", "GBP")
    assert (service.setting("phone_region"), service.setting("date_order")) == ("GB", "dmy")
    entry = tmp_path / "config" / "autostart" / "regulars.desktop"
    assert entry.exists() and "--tray" in entry.read_text()


def test_a_new_currency_shows_at_once_in_the_list(qtbot, sample_window, service):
    dialog = sample_window.commands.open_settings()
    qtbot.addWidget(dialog)
    dialog.place.country.lineEdit().setText("germany")
    dialog.accept()  # the name typed whole counts, in any case
    spent = [sample_window.model.data(sample_window.model.index(row, 3))
             for row in range(sample_window.model.rowCount())]
    assert spent and all(text.endswith("\u00a0€") for text in spent), spent


def test_saving_other_settings_keeps_the_phone_region_the_owner_set(qtbot, window, service):
    """A shop that kept its own phone region (a place never answered, or answered "Not now")
    keeps it when Settings saves something else: only a country chosen anew brings its own."""
    from app.core import edits

    service.run(edits.put_settings({"phone_region": "IE"}))
    dialog = window.commands.open_settings()
    qtbot.addWidget(dialog)
    dialog.lead_days.setValue(12)
    qtbot.keyClick(dialog.lead_days, Qt.Key.Key_Return)  # OK is the default
    assert not dialog.isVisible()
    assert (service.setting("reminder_lead_days"), service.setting("phone_region")) == (12, "IE")


def test_the_offer_to_erase_shows_its_years_and_unticked_turns_it_off(qtbot, window, service):
    from app.core import edits

    service.run(edits.put_settings({"erase_after_years": 5}))
    dialog = window.commands.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.erase_offer.isChecked() and dialog.erase_years.value() == 5
    dialog.erase_offer.setChecked(False)
    assert not dialog.erase_years.isEnabled()
    dialog.accept()
    assert service.setting("erase_after_years") is None
