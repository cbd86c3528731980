"""Back up now, and restore from one of the automatic backups (newest first)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.backups import Restored
from app.ui.file_chooser import open_chooser
from app.ui.form import present
from app.ui.local_forms import say
from app.ui.service import DataService
from app.ui.words import N_, words

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
# Why a backup was made, as its file's name says it (app.store.backup), in the window's words.
REASONS = {"daily": N_("daily"), "manual": N_("manual"), "before-restore": N_("before restore"),
           "before-import": N_("before import")}
_UPGRADE = re.compile(r"before-upgrade-v(\d+)")


def reason_in_words(path: Path) -> str:
    """"daily", "before import", "before upgrade v2"; a reason it does not know, as named."""
    reason = path.stem.split("-", 3)[-1]
    upgrade = _UPGRADE.fullmatch(reason)
    if upgrade:
        return words(N_("before upgrade v{version}")).format(version=upgrade[1])
    return words(REASONS[reason]) if reason in REASONS else reason.replace("-", " ")


def restore_done(done: str, restored: Restored) -> str:
    """What the window says of a restore: `done` ("Restored 3 customers"), then the customers
    erased since the backup was made that were erased again, when there were any."""
    said = restored.erased_again_said()
    return done if said is None else f"{done.rstrip('.')}. {say(said)}"


class RestoreDialog(QDialog):
    restored = Signal(object)  # Restored

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 420)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        other = QPushButton(self.tr("Another file…"))
        other.clicked.connect(self._choose_file)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Restoring replaces everything with the backup. What is "
                                        "there now is backed up first, so a restore can itself "
                                        "be undone.")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for info in self._service.backups():
            reason = reason_in_words(info.path)
            count = (self.tr("%Ln customer(s)", "", info.customers)
                     if info.customers is not None else self.tr("damaged: cannot be restored"))
            made = self._service.forms.date_time(info.made)
            if not info.date_possible:  # a wrong clock's date: the owner should not trust it
                made += self.tr(" (date cannot be right)")
            item = QListWidgetItem(f"{made} · {count} · {reason}")
            item.setData(PATH_ROLE, str(info.path))
            if info.customers is None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def _choose_file(self) -> None:
        chooser = open_chooser(self, None, self.tr("Restore from"),
                               [self.tr("Regulars database (*.sqlite3)"), self.tr("All files (*)")])
        chooser.fileSelected.connect(lambda path: self.restore_from(Path(path), confirm=True))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(PATH_ROLE):
            self.restore_from(Path(item.data(PATH_ROLE)), confirm=True)

    def restore_from(self, path: Path, confirm: bool) -> Restored | None:
        """Restore now, or (with `confirm`) once the owner has said yes to the question shown;
        the question waits without blocking, like every form of the window."""
        if confirm:
            self._ask_before_restoring(path)
            return None
        restored = self._service.runner.attempt(lambda: self._service.restore(path), "restore")
        if restored is not None:
            self.restored.emit(restored)
            self.reload()
        return restored

    def _ask_before_restoring(self, path: Path) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore"),
                          self.tr("Replace everything with the backup {name}?\n\nWhat is there "
                                  "now is backed up first.").format(name=path.name), parent=self)
        yes = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.buttonClicked.connect(
            lambda button: self.restore_from(path, confirm=False) if button is yes else None)
        return present(box)
