"""The file chooser opens at home, then where the last file was chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui import window_settings as ws
from app.ui.file_chooser import open_chooser


def test_it_opens_at_home_then_in_the_folder_chosen_last(qtbot, settings, tmp_path,
                                                         monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    chooser = open_chooser(parent, settings, "Export", ["CSV (*.csv)"], "customers.csv")
    assert Path(chooser.directory().absolutePath()) == tmp_path
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    (tmp_path / "out").mkdir()
    chooser.fileSelected.emit(str(tmp_path / "out" / "customers.csv"))
    chooser.reject()
    assert ws.read(settings, ws.FOLDER) == str(tmp_path / "out")
    again = open_chooser(parent, settings, "Import", ["Contacts (*.vcf)"])
    assert Path(again.directory().absolutePath()) == tmp_path / "out"
    assert again.fileMode() == QFileDialog.FileMode.ExistingFile
    again.reject()
    (tmp_path / "out").rmdir()  # gone since: home again
    assert ws.start_folder(settings) == str(tmp_path)
    assert ws.start_folder(None) == str(tmp_path)
