"""At start: a customer book on a network drive or in a sync folder, said and moved.

Asked before the data opens, so that a move copies a closed book and the window then opens it
in its new place. The owner may keep it where it is ("Do not ask again for this folder" is
remembered per computer, in the window settings); the keyboard starts on the move.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from app import APP_NAME
from app.core import logs, relocation
from app.ui.single_instance import SingleInstance

KEPT_KEY = "unsafe_places/kept"
WIDTH = 520


class UnsafePlaceBox(QMessageBox):
    """Why the book's folder loses data, and the way out: move it, or keep it here."""

    def __init__(self, offer: relocation.Offer, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, APP_NAME, "", parent=parent)
        place = offer.place
        if place.kind == "sync":
            self.setText(self.tr("The customer book is in a {client} folder.").format(
                client=place.name))
            why = self.tr("{client} copies the file while Regulars writes to it, and can put "
                          "an older copy back over newer work: saved notes can be lost, and "
                          "two computers using the file damage it.").format(client=place.name)
        else:
            self.setText(self.tr("The customer book is on a network drive ({system}).").format(
                system=place.name))
            why = self.tr("A network drive does not keep the locks that protect a database "
                          "while it is written: a dropped connection or a second computer "
                          "writing to it can damage it and lose saved notes.")
        if offer.why_not is None:
            advice = self.tr("Move it to this computer's own folder, {target}? Its backups go "
                             "with it, and {folder} keeps a note saying where it went.").format(
                target=offer.target, folder=folder)
        else:
            advice = self.tr("Regulars cannot move it to this computer's own folder: {reason}. "
                             "Keep it on one computer only, and back it up often.").format(
                reason=self._why_not(offer))
        self.setInformativeText(f"{why}\n\n{advice}")
        self.move_button = None
        if offer.why_not is None:
            self.move_button = self.addButton(self.tr("&Move it to this computer"),
                                              QMessageBox.ButtonRole.AcceptRole)
        keep = self.addButton(self.tr("&Keep it here"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.move_button or keep)
        self.setEscapeButton(keep)
        # Kept here: the box does not take the check box from Python, which would delete it.
        self.ask_no_more = QCheckBox(self.tr("&Do not ask again for this folder"))
        self.setCheckBox(self.ask_no_more)
        # Wide enough that the folders' paths read whole: a message box is narrow by itself.
        layout = self.layout()
        if isinstance(layout, QGridLayout):
            layout.addItem(QSpacerItem(WIDTH, 0, QSizePolicy.Policy.Minimum,
                                       QSizePolicy.Policy.Expanding),
                           layout.rowCount(), 0, 1, layout.columnCount())

    def _why_not(self, offer: relocation.Offer) -> str:
        target = str(offer.target)
        return {
            "same": self.tr("it is already this computer's data folder"),
            "unsafe": self.tr("{target} is not a safe place either").format(target=target),
            "taken": self.tr("there is already a customer book in {target}").format(
                target=target),
            "backups": self.tr("there are backups of another customer book in {target}"
                               ).format(target=target),
            "clash": self.tr("{target} already holds files of another customer book").format(
                target=target),
        }[offer.why_not or "same"]


def where_to_keep(folder: Path, instance: SingleInstance,
                  settings: QSettings) -> tuple[Path, SingleInstance]:
    """The folder to open and the instance that holds it: `folder` as it is (kept there, or
    the move could not be made, which is said), or the folder the book was moved to."""
    kept = [str(value) for value in _as_list(settings.value(KEPT_KEY, []))]
    if str(folder) in kept:  # asked no more: not even its mounts and folders are looked at
        return folder, instance
    offer = relocation.offer(folder)
    if offer is None:
        return folder, instance
    box = UnsafePlaceBox(offer, folder)
    box.exec()
    if box.ask_no_more.isChecked():
        settings.setValue(KEPT_KEY, [*kept, str(folder)])
    if box.move_button is None or box.clickedButton() is not box.move_button:
        logs.log.info("the customer book was kept in an unsafe folder")
        return folder, instance
    relocation.make_target(offer.target)  # where the lock of the one running window goes
    moved = SingleInstance(offer.target)
    if not moved.acquire():
        QMessageBox.warning(None, APP_NAME, QApplication.translate(
            "UnsafePlaceBox", "Regulars is already running for {target}: quit it and start "
            "again to move the customer book there.").format(target=offer.target))
        return folder, instance
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        relocation.move(folder, offer.target)
    except Exception as error:  # said to the owner; the book stays where it was, whole
        QApplication.restoreOverrideCursor()
        moved.release()
        QMessageBox.critical(None, APP_NAME, QApplication.translate(
            "UnsafePlaceBox", "The customer book could not be moved, and stays where it "
            "was:\n\n{error}").format(error=error))
        return folder, instance
    QApplication.restoreOverrideCursor()
    instance.release()
    return offer.target, moved


def _as_list(value: object) -> list[object]:
    """QSettings gives one string for a list of one in an INI file."""
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]
