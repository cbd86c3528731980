"""One customer's timeline, read a page at a time as the owner scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.operations import Change, Kind
from app.core.timeline import Entry
from app.ui.service import DataService
from app.ui.words import kind_name

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 50

_Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    def __init__(self, service: DataService) -> None:
        super().__init__()
        self._service = service
        self._customer: int | None = None
        self._entries: list[Entry] = []
        self._total = 0
        service.changed.connect(self._on_changed)
        # Another language or country: the entries are said again in it.
        service.forms_changed.connect(self.reload)

    @property
    def customer_id(self) -> int | None:
        return self._customer

    def set_customer(self, customer_id: int | None) -> None:
        self._customer = customer_id
        self._entries = []
        self.reload()

    def reload(self) -> None:
        """Read again as many entries as were shown, so a change keeps the scroll depth."""
        self.beginResetModel()
        if self._customer is None:
            self._entries, self._total = [], 0
        else:
            self._total = self._service.entry_count(self._customer)
            shown = max(PAGE, len(self._entries))
            self._entries = self._service.entries(self._customer, 0, shown)
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """QAbstractItemModel.rowCount: the entries read so far."""
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: _Index) -> bool:
        """QAbstractItemModel.canFetchMore: more pages wait in the database."""
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: _Index) -> None:
        """QAbstractItemModel.fetchMore: read the next page."""
        if parent.isValid() or self._customer is None:
            return
        page = self._service.entries(self._customer, len(self._entries), PAGE)
        if not page:
            self._total = len(self._entries)
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._entries.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # What a screen reader says of the painted entry: its words and forms, and what
            # the program wrote in the window's language.
            forms = self._service.forms
            amount = f" · {forms.amount(entry.amount)}" if entry.amount is not None else ""
            return (f"{kind_name(entry.kind)} · {forms.date_time(entry.at)}{amount} · "
                    f"{forms.say(entry.text)}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._service.forms.say(entry.text) or None
        return None

    def _on_changed(self, change: Change) -> None:
        if (self._customer is not None and change.touches(self._customer)
                and change.any(Kind.TIMELINE)):
            self.reload()
