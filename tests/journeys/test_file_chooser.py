"""The file chooser opens where the owner's files are: at home at first, then in the folder
used last, also after a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog


def _chooser() -> QFileDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog), f"no file chooser: {dialog!r}"
    return dialog


def test_export_opens_at_home_then_where_the_last_file_went(home, regular, start, person,
                                                            tmp_path, qtbot):
    person.choose("File", "Export", "All customers as CSV (Excel)…")
    assert Path(_chooser().directory().absolutePath()) == home
    assert person.sees(str(home))
    exports = tmp_path / "exports"
    exports.mkdir()
    person.type(str(exports / "everyone.csv"))
    person.press("Enter")
    qtbot.waitUntil(lambda: (exports / "everyone.csv").exists(), timeout=10_000)

    person.press("Ctrl+I")
    person.click("Browse…")
    assert Path(_chooser().directory().absolutePath()) == exports
    person.press("Esc")  # the chooser
    person.press("Esc")  # the import wizard

    start()
    person.choose("File", "Export", "Mailing list (newsletter consent only)…")
    assert Path(_chooser().directory().absolutePath()) == exports
    person.press("Esc")
    assert QApplication.activeModalWidget() is None
