"""The customer list: ids of the current query, rows read lazily in blocks.

Like Anki's browser table, the model never holds more than the ids of the
whole result and a cache of the rows that were shown; sorting and filtering
are redone in SQL. A change to a few customers refreshes just their rows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.core import clock
from app.core.directory import Row
from app.core.humanize import days_ago
from app.core.money import format_amount
from app.ui.service import ADDED, ARCHIVE, Change, DataService

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_BLOCK = 64

# (header, sort key)
COLUMNS = (
    ("Name", "name"),
    ("Goes by", "nickname"),
    ("Last contact", "last_contact"),
    ("Spent", "total_spent"),
    ("Tags", "tags"),
)
SPENT_COLUMN = 3

_Index = QModelIndex | QPersistentModelIndex


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, service: DataService, currency_symbol: str = "") -> None:
        super().__init__()
        self._service = service
        self._symbol = currency_symbol
        self._ids: list[int] = []
        self._position: dict[int, int] = {}
        self._cache: dict[int, Row] = {}
        self._query = ""
        self._sort = "recent"  # with no search: the customers opened most recently
        self._descending = False
        self._include_archived = False
        service.changed.connect(self._on_changed)

    # Queries -----------------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def sort_key(self) -> str:
        return self._sort

    def set_query(self, query: str) -> None:
        query = query.strip()
        if query != self._query:
            self._query = query
            if query and self._sort == "recent":
                self._sort = "relevance"
            elif not query and self._sort == "relevance":
                self._sort = "recent"
            self.reload()

    def set_include_archived(self, include: bool) -> None:
        if include != self._include_archived:
            self._include_archived = include
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self._service.customer_ids(
            self._query, self._sort, self._descending, self._include_archived
        )
        self._position = {}
        self._cache.clear()
        self.endResetModel()

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        if not self._position and self._ids:
            self._position = {cid: row for row, cid in enumerate(self._ids)}
        return self._position.get(customer_id)

    # Qt interface ------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """QAbstractItemModel.rowCount: a table has rows only at the root."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section][0]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == SPENT_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == SPENT_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text)
            return None
        text = self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2 and row.last_contact:
                return f"{row.last_contact:%A %d %B %Y, %H:%M}"
            return text or None
        return text

    def _text(self, row: Row, column: int) -> str:
        if column == 0:
            return row.name + ("  (archived)" if row.archived else "")
        if column == 1:
            return row.nickname
        if column == 2:
            return days_ago(row.last_contact, clock.today()) or "never"
        if column == SPENT_COLUMN:
            return format_amount(int(row.total_spent * 100), self._symbol)
        return row.tags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """QAbstractItemModel.sort: redone as SQL, never in a proxy."""
        if not 0 <= column < len(COLUMNS):
            return
        sort = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self.customer_id(index.row()) for index in persistent]
        self._sort, self._descending = sort, descending
        self._ids = self._service.customer_ids(
            self._query, self._sort, self._descending, self._include_archived
        )
        self._position = {}
        moved = []
        for index, cid in zip(persistent, kept, strict=True):
            row = self.row_of(cid) if cid is not None else None
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # Cache ---------------------------------------------------------------------------------------

    def _row(self, row: int) -> Row | None:
        cid = self._ids[row]
        cached = self._cache.get(cid)
        if cached is not None:
            return cached
        start = max(0, row - _BLOCK // 4)
        wanted = [i for i in self._ids[start : start + _BLOCK] if i not in self._cache]
        self._cache.update(self._service.rows(wanted))
        return self._cache.get(cid)

    def _on_changed(self, change: Change) -> None:
        if change.any(ADDED, ARCHIVE):
            self.reload()
            return
        for cid in change.customer_ids:
            self._cache.pop(cid, None)
            row = self.row_of(cid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
