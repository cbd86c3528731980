"""What the start says of a book on a network drive, and of one that cannot be moved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import relocation
from app.store.unsafe_places import UnsafePlace
from app.ui.unsafe_place_dialog import KEPT_KEY, UnsafePlaceBox, where_to_keep


def _said(box: QMessageBox) -> str:
    return f"{box.text()} {box.informativeText()}"


def test_a_book_on_a_network_drive_is_told_why_and_offered_the_move(qtbot, tmp_path):
    offer = relocation.Offer(UnsafePlace("network", "NFS", Path("/home")),
                             tmp_path / "local", None)
    box = UnsafePlaceBox(offer, Path("/home/owner/shop"))
    qtbot.addWidget(box)
    assert box.text() == "The customer book is on a network drive (NFS)."
    assert "a second computer writing to it can damage it" in box.informativeText()
    assert [b.text() for b in box.buttons()] == ["&Move it to this computer", "&Keep it here"]
    assert box.defaultButton() is box.move_button


def test_a_book_that_cannot_be_moved_is_only_told_why(qtbot, tmp_path):
    offer = relocation.Offer(UnsafePlace("sync", "OneDrive", tmp_path / "OneDrive"),
                             tmp_path / "local", "taken")
    box = UnsafePlaceBox(offer, tmp_path / "OneDrive" / "Shop")
    qtbot.addWidget(box)
    assert box.move_button is None
    assert [b.text() for b in box.buttons()] == ["&Keep it here"]
    assert (f"Regulars cannot move it to this computer's own folder: there is already a "
            f"customer book in {tmp_path / 'local'}.") in _said(box)


def test_a_folder_the_owner_kept_is_not_asked_about_again(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "local"))
    folder = tmp_path / "Dropbox" / "Shop"
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue(KEPT_KEY, [str(folder)])
    asked: list[QMessageBox] = []

    def look() -> None:  # inside the question's own loop, if it were asked
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        asked.extend(boxes)
        for box in boxes:
            box.reject()

    QTimer.singleShot(0, look)
    instance = object()
    assert where_to_keep(folder, instance, settings) == (folder, instance)  # type: ignore[arg-type]
    qtbot.wait(20)
    assert asked == []
