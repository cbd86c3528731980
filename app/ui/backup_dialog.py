"""Back up now, and restore from one of the automatic backups (newest first)."""

from __future__ import annotations

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

from app.core.humanize import plural
from app.ui.file_chooser import open_chooser
from app.ui.form import present
from app.ui.service import DataService

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    restored = Signal(int)

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle("Restore from a backup")
        self.resize(620, 420)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.restore_button = QPushButton("Restore selected…")
        self.restore_button.clicked.connect(self.restore_selected)
        other = QPushButton("Another file…")
        other.clicked.connect(self._choose_file)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Restoring replaces everything with the backup. What is there "
                                "now is backed up first, so a restore can itself be undone."))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for info in self._service.backups():
            reason = info.path.stem.split("-", 3)[-1].replace("-", " ")
            count = (plural(info.customers, "customer") if info.customers is not None
                     else "damaged: cannot be restored")
            made = self._service.forms.date_time(info.made)
            if not info.date_possible:  # a wrong clock's date: the owner should not trust it
                made += " (date cannot be right)"
            item = QListWidgetItem(f"{made} · {count} · {reason}")
            item.setData(PATH_ROLE, str(info.path))
            if info.customers is None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def _choose_file(self) -> None:
        chooser = open_chooser(self, None, "Restore from",
                               ["Regulars database (*.sqlite3)", "All files (*)"])
        chooser.fileSelected.connect(lambda path: self.restore_from(Path(path), confirm=True))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(PATH_ROLE):
            self.restore_from(Path(item.data(PATH_ROLE)), confirm=True)

    def restore_from(self, path: Path, confirm: bool) -> int | None:
        """Restore now, or (with `confirm`) once the owner has said yes to the question shown;
        the question waits without blocking, like every form of the window."""
        if confirm:
            self._ask_before_restoring(path)
            return None
        customers = self._service.runner.attempt(lambda: self._service.restore(path), "restore")
        if customers is not None:
            self.restored.emit(customers)
            self.reload()
        return customers

    def _ask_before_restoring(self, path: Path) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, "Restore",
                          f"Replace everything with the backup {path.name}?\n\nWhat is there "
                          "now is backed up first.", parent=self)
        yes = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.buttonClicked.connect(
            lambda button: self.restore_from(path, confirm=False) if button is yes else None)
        return present(box)
