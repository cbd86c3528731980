"""Customer > Erase This Customer…: the question, then the erasure for good.

A customer may ask to be forgotten (`app.core.erasure`), and an erasure is the one change the
window cannot take back. So the question says all that goes and the little that stays, and
the keyboard starts on Cancel: Enter or Esc keeps the customer, and only "Erase", chosen on
purpose, erases. The erasure runs through the runner as every change does; it is no step on
the undo stack, and the steps that touch the customer leave it (`Runner.forget`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core import edits
from app.ui.form import present

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

# How long the status bar tells the register line of an erasure.
SAID_MS = 15_000


class EraseQuestion(QMessageBox):
    """Erase this customer for good? What goes, what stays; Cancel is where the keyboard is."""

    confirmed = Signal()  # "Erase" was chosen; the box has closed and is off screen

    def __init__(self, name: str, entries: int, parent: QWidget | None = None, *,
                 merged: int = 0) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Erase This Customer"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # a name is never read as markup
        self.setText(self.tr("Erase {name} for good?").format(name=name))
        # Records merged into them (kept archived by a merge) are theirs and go too.
        merged_line = (self.tr("• the records merged into them (%Ln)", "", merged),) \
            if merged else ()
        self.setInformativeText("\n".join((
            self.tr("Everything kept about them goes now:"),
            self.tr("• the customer, with their contact points"),
            *merged_line,
            self.tr("• their family and pets, and their dates"),
            self.tr("• every entry of their timeline (%Ln)", "", entries),
            self.tr("• their follow-ups and promises"),
            self.tr("• the tags only they have"),
            self.tr("• what was done with their reminders"),
            self.tr("• their photo, and their rows in the search"),
            "",
            self.tr("This cannot be undone. Their earlier changes leave the Undo list. One "
                    "line stays in the erasure register: a number and the date, no name."),
            "",
            self.tr("Backups made before keep them until the backup rotation removes them; "
                    "restoring one of those erases them again."))))
        self.erase_button = self.addButton(self.tr("&Erase"),
                                           QMessageBox.ButtonRole.DestructiveRole)
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)
        # Said once the box's own handling of the click is over: what the erasure does
        # meanwhile (the runner may wait for another program's write) cannot delete the box
        # under it. The box goes after.
        self.finished.connect(lambda _result: QTimer.singleShot(0, self, self._closed))

    def _closed(self) -> None:
        if self.clickedButton() is self.erase_button:
            self.confirmed.emit()
        self.deleteLater()


class Erasure(QObject):
    """Asks about the open customer, and erases them when told to."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.service = window.service

    def ask(self) -> EraseQuestion | None:
        p = self.w.profile.profile
        if p is None:
            self.w.show_problem(self.tr("Open a customer first"))
            return None
        customer_id = p.id
        box = EraseQuestion(p.name, self.service.entry_count(customer_id), self.w,
                            merged=self.service.merged_count(customer_id))
        box.confirmed.connect(lambda: self._erase_open(customer_id))
        return present(box)

    def _erase_open(self, customer_id: int) -> None:
        """The open customer gone, the keyboard goes to the search for the next one."""
        if self.erase(customer_id) is not None:
            self.w.first_focus()

    def erase(self, customer_id: int) -> int | None:
        """Erase now; the number of the register's line, or None when it was not done (the
        runner has said why). The window is busy meanwhile (a large shop's search index is
        merged whole, a second or more) and says so before it starts."""
        bar = self.w.statusBar()
        bar.showMessage(self.tr("Erasing…"))
        bar.repaint()  # now, before the work holds the window's thread
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self.service.run(edits.erase_customer(customer_id))
        finally:
            QApplication.restoreOverrideCursor()
        if done is None:
            return None
        self.service.forget_erased(done.result)  # the customer, and the records merged in
        number = self.service.erasure_line(customer_id)
        bar.showMessage(self.tr("Customer erased. Line {number} of the erasure register.")
                        .format(number=number), SAID_MS)
        return number
