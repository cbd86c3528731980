"""Likely duplicates side by side, and a merge the owner confirms and can undo."""

from __future__ import annotations

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

from app.core.duplicates import DuplicatePair
from app.core.profile import Profile
from app.ui.form import present
from app.ui.service import DataService

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(QDialog):
    """Emits `merge_requested(keep_id, other_id)`; the window does the merge (for undo)."""

    merge_requested = Signal(int, int)

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.resize(720, 420)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.merge_current())
        self.summary = QLabel()
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(
            self.tr("Keep the first, move everything of the second onto it"))
        self.merge_button.clicked.connect(self.merge_current)
        self.swap_button = QPushButton(self.tr("Keep the other one"))
        self.swap_button.setCheckable(True)
        self.swap_button.toggled.connect(lambda _on: self.refresh_labels())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Customers who share an email, a phone number or their "
                                        "whole name. Merging keeps the first and archives the "
                                        "second.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._profiles: dict[int, Profile] = {}
        self.reload()

    def reload(self) -> None:
        pairs = self._service.duplicate_pairs()
        ids = {i for pair in pairs for i in (pair.first_id, pair.second_id)}
        self._profiles = {p.id: p for p in self._service.profiles(sorted(ids))}
        self.list.clear()
        for pair in pairs:
            item = QListWidgetItem()
            item.setData(PAIR_ROLE, pair)
            self.list.addItem(item)
        self.refresh_labels()
        self.summary.setText(self.tr("%Ln likely duplicate(s)", "", len(pairs)) if pairs
                             else self.tr("No likely duplicates."))
        if pairs:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _ordered(self, pair: DuplicatePair) -> tuple[int, int]:
        keep, other = pair.first_id, pair.second_id
        return (other, keep) if self.swap_button.isChecked() else (keep, other)

    def refresh_labels(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            pair: DuplicatePair = item.data(PAIR_ROLE)
            keep, other = self._ordered(pair)
            item.setText(self.tr("Keep  {kept}\nMerge {merged}\n({reason})").format(
                kept=self.describe(self._profiles[keep]),
                merged=self.describe(self._profiles[other]),
                reason=self._service.forms.say(pair.reason)))

    def describe(self, p: Profile) -> str:
        """One customer of a pair: name, phone or email, and how much their timeline holds."""
        parts = [p.name + (f" ({p.nickname})" if p.nickname else "")]
        reach = [c.value for c in p.contacts if c.kind in ("phone", "email")][:2]
        if reach:
            parts.append(", ".join(reach))
        parts.append(self.tr("%Ln timeline entry(s)", "", p.interaction_count))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.merge_button.setEnabled(has)
        self.swap_button.setEnabled(has)

    def merge_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        keep, other = self._ordered(item.data(PAIR_ROLE))
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Merge customers"),
            self.tr("Merge {other} into {kept}?\n\nTimeline, family, dates, tags, phone numbers "
                    "and emails are combined, and {other} is archived. Edit > Undo reverses it.")
            .format(other=self._profiles[other].name, kept=self._profiles[keep].name),
            parent=self)
        merge = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._merge(keep, other) if button is merge else None)
        present(box)

    def _merge(self, keep: int, other: int) -> None:
        self.merge_requested.emit(keep, other)
        self.swap_button.setChecked(False)
        self.reload()
