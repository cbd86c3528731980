"""Settings > Customer book: where this counter's book lives, on this computer (the SQLite file)
or on a PostgreSQL server that every counter of the shop uses.

The address is kept in this computer's config file and the password in the system keyring
(`app.core.book_place`); where there is no keyring, the owner is told where else it can go.
Regulars opens the chosen book at its next start: the window does not change books under the
owner's hands.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QRadioButton, QSpinBox, QWidget

from app.core import book_place
from app.core.errors import ValidationError
from app.ui.form import Form
from app.ui.local_forms import say_error


class BookPlaceDialog(Form):
    chosen = Signal(str)  # what the status bar says of the choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer Book"), parent)
        now = book_place.server_of(book_place.chosen())
        self.here = QRadioButton(self.tr("On this &computer (one counter)"))
        self.there = QRadioButton(self.tr("On a &server (every counter of the shop)"))
        (self.there if now else self.here).setChecked(True)
        self.host = QLineEdit(now.host if now else "")
        self.host.setPlaceholderText("backoffice.local")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(now.port if now else book_place.DEFAULT_PORT)
        self.database = QLineEdit(now.database if now else "regulars")
        self.user = QLineEdit(now.user if now else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: the one kept, or ~/.pgpass"))
        self.tls = QCheckBox(self.tr("&Encrypted connection (TLS)"))
        self.tls.setChecked(bool(now and now.tls))
        note = QLabel(self.tr("Regulars opens the customer book there at its next start. "
                              "Copy a book to a new server first with File > Copy the "
                              "customer book to a server."))
        note.setWordWrap(True)
        self.form.addRow(self.here)
        self.form.addRow(self.there)
        self.form.addRow(self.tr("Ser&ver"), self.host)
        self.form.addRow(self.tr("P&ort"), self.port)
        self.form.addRow(self.tr("&Database"), self.database)
        self.form.addRow(self.tr("&User"), self.user)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow("", self.tls)
        self.form.addRow(note)
        self.there.toggled.connect(self._follow)
        self._follow(self.there.isChecked())
        self.setMinimumWidth(460)

    def _follow(self, on_server: bool) -> None:
        for field in (self.host, self.port, self.database, self.user, self.password, self.tls):
            field.setEnabled(on_server)
        self.arrange_focus()  # Tab goes on from the choice to the server's fields

    def accept(self) -> None:
        """Form.accept: the choice kept, or what is wrong said beside the server's name."""
        self.clear_warnings()
        server = book_place.Server(self.host.text().strip(), self.database.text().strip(),
                                   self.user.text().strip(), self.port.value(),
                                   self.tls.isChecked()) if self.there.isChecked() else None
        try:
            kept = book_place.choose(server, self.password.text() or None)
        except (ValidationError, OSError) as refusal:
            self.warn(self.host, say_error(refusal))
            return
        if server is None:
            said = self.tr("The customer book is on this computer from the next start.")
        elif self.password.text() and not kept:
            said = self.tr("The customer book is on {server} from the next start. This "
                           "computer has no keyring to keep the password: put it in "
                           "~/.pgpass, or type it when Regulars asks.").format(
                server=server.host)
        else:
            said = self.tr("The customer book is on {server} from the next start.").format(
                server=server.host)
        self.chosen.emit(said)
        super().accept()
