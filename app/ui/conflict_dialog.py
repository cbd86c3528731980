"""Two counters changed one field of one customer: the second save is told so, with both values,
and the owner chooses which stays. Nothing is overwritten without being seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME
from app.core.errors import ConflictError
from app.ui.local_forms import say_error
from app.ui.service import DataService


class ConflictDialog(QMessageBox):
    """"Use mine" saves what this counter typed over the other's value (it can be undone);
    "Keep theirs", also Escape, leaves the other counter's, which the form then shows."""

    def __init__(self, service: DataService, conflict: ConflictError,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._conflict = conflict
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(APP_NAME)
        said = say_error(conflict)
        self.setText(said[:1].upper() + said[1:] + ".")
        self.setInformativeText(self.tr("At the other counter: {theirs}\nYours: {mine}").format(
            theirs=_shown(conflict.theirs), mine=_shown(conflict.mine)))
        self.mine = self.addButton(self.tr("Use mine"), QMessageBox.ButtonRole.AcceptRole)
        self.theirs = self.addButton(self.tr("Keep theirs"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.mine)
        self.setEscapeButton(self.theirs)
        self.buttonClicked.connect(self._chosen)

    def _chosen(self, button: object) -> None:
        if button is self.mine and self._conflict.again is not None:
            self._service.run(self._conflict.again())


def _shown(value: object) -> str:
    """A value as the form shows it: an emptied field as a dash, not as nothing."""
    return "—" if value in (None, "") else str(value)
