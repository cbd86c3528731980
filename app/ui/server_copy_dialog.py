"""File > Copy the customer book to a server: the first step of a shop that grows a second
counter, without the command line (`regulars copy --to` does the same).

The owner types the address of an empty database on the server (and its password, unless
libpq finds it in ~/.pgpass); the copy runs in the background with a bar of the rows copied,
checked row for row, and the dialog says what was copied, or why not, beside the address.
Nothing here changes this computer's book, which the window keeps using.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QWidget

from app.core.errors import ValidationError
from app.ui.form import Form
from app.ui.local_forms import say_error
from app.ui.service import DataService
from app.ui.worker import Background


class ServerCopyDialog(Form):
    copied = Signal(object)  # server_copy.Copied

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Copy the Customer Book to a Server"), parent)
        self._service = service
        self._job: Background | None = None
        about = QLabel(self.tr(
            "For a shop with more than one counter: every customer, entry and backup mark is "
            "copied into an empty database on a PostgreSQL server and checked row for row. "
            "This computer keeps its own book as it is."))
        about.setWordWrap(True)
        self.form.addRow(about)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://user@host/database")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: the one in ~/.pgpass"))
        self.form.addRow(self.tr("Server &address"), self.address)
        self.form.addRow(self.tr("&Password"), self.password)
        self.progress = QProgressBar()
        self.progress.hide()
        self.form.addRow(self.progress)
        self.copy_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.copy_button.setText(self.tr("&Copy"))
        self.setMinimumWidth(520)

    def accept(self) -> None:
        """Form.accept: the address checked, then the copy started; the dialog stays open
        until it is done, and closes saying what was copied."""
        if self._job is not None:
            return
        self.clear_warnings()
        try:
            url = self._service.server_address(self.address.text())
        except ValidationError as refusal:
            self.warn(self.address, say_error(refusal))
            return
        self._busy(True)
        self._job = self._service.runner.background(
            self._service.copy_to_server_job(url, self.password.text()),
            on_result=self._done, on_failure=self._failed, on_progress=self._progressed,
            where="copy to a server")

    def reject(self) -> None:
        """Form.reject: not while the copy runs (it is one transaction on the server: stopped
        half way, it would leave nothing, and the wait is short)."""
        if self._job is None:
            super().reject()

    def _busy(self, busy: bool) -> None:
        for widget in (self.address, self.password, self.buttons):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # until the first rows are counted
        if not busy:
            self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, copied: object) -> None:
        self._job = None
        self._busy(False)
        self.copied.emit(copied)
        super().accept()

    def _failed(self, message: str) -> None:
        self._job = None
        self._busy(False)
        self.warn(self.address, message)
