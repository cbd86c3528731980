"""The customer list: ids of the current query, rows read lazily in blocks.

Like Anki's browser table, the model never holds more than the ids of the
whole result and a cache of the rows that were shown; sorting and filtering
are redone in SQL. A change to a few customers refreshes just their rows.

Where the first screenful is cheaper than the whole list (everyone, or one
letter, at a hundred thousand customers), only it is read; the rest of the
ids come when the view scrolls to them (Qt's fetchMore) or when something
needs the whole list, so neither start-up nor a keystroke grows with the shop.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.core import clock
from app.core.directory import Row, first_page_is_cheap
from app.core.humanize import days_ago
from app.core.operations import Change, Kind
from app.ui.privacy import LIST_KEEPS
from app.ui.service import DataService
from app.ui.words import N_, words

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_BLOCK = 64
_FIRST_PAGE = 200  # more than a tall window shows

# (header, sort key)
COLUMNS = (
    (N_("Name"), "name"),
    (N_("Goes by"), "nickname"),
    (N_("Last contact"), "last_contact"),
    (N_("Spent"), "total_spent"),
    (N_("Tags"), "tags"),
)
SPENT_COLUMN = 3

_Index = QModelIndex | QPersistentModelIndex

# The roles as plain numbers: a view asks for a dozen roles of every cell it paints, and
# comparing with Qt's enum members, or combining flags, costs more than the answer.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND))
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, service: DataService) -> None:
        super().__init__()
        self._service = service
        self._ids: list[int] = []
        self._position: dict[int, int] = {}
        self._cache: dict[int, Row] = {}
        self._query = ""
        self._sort = "recent"  # with no search: the customers opened most recently
        self._descending = False
        # The order the owner chose for the whole list, back when a search is cleared: while
        # one is typed, the best match comes first, so that Enter opens the one they meant.
        self._chosen: tuple[str, bool] = ("recent", False)
        self._include_archived = False
        self._only = ""  # a saved filter (directory.STOPPED_COMING), or everyone
        self._partial = False
        self._total: int | None = None  # of a partial list, counted once for each reading
        self._fetch = QTimer(self, singleShot=True, interval=0)
        self._fetch.timeout.connect(self.load_rest)
        service.changed.connect(self._on_changed)
        # The columns privacy mode empties (it keeps the names); the list pane hides them.
        self.hidden_columns: frozenset[int] = frozenset()
        service.privacy.changed.connect(self._set_private)
        service.forms_changed.connect(self._repaint)

    # Queries -----------------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def only(self) -> str:
        return self._only

    def set_query(self, query: str) -> None:
        query = query.strip()
        if query != self._query:
            if query or self._only:  # a column clicked orders it until the next keystroke
                self._sort, self._descending = "relevance", False
            else:
                self._sort, self._descending = self._chosen
            self._query = query
            self.reload()

    def set_only(self, only: str) -> None:
        """A saved filter on (or "" for everyone): its customers come in its own order (who
        used to spend most first) until a column is clicked."""
        if only != self._only:
            self._only = only
            self._sort, self._descending = ("relevance", False) if only or self._query \
                else self._chosen
            self.reload()

    def set_include_archived(self, include: bool) -> None:
        if include != self._include_archived:
            self._include_archived = include
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._fetch.stop()
        self._partial = False
        self._total = None
        if first_page_is_cheap(self._query, self._sort, self._only):
            self._ids = self._read_ids(_FIRST_PAGE + 1)
            if len(self._ids) > _FIRST_PAGE:
                del self._ids[_FIRST_PAGE:]
                self._partial = True
        else:
            self._ids = self._read_ids()
        self._position = {}
        self._cache.clear()
        self.endResetModel()

    @property
    def complete(self) -> bool:
        """False while only the first screenful of a long list is loaded."""
        return not self._partial

    @property
    def counted(self) -> bool:
        """Whether `total` is known without asking the database."""
        return not self._partial or self._total is not None

    def total(self) -> int:
        """How many customers the list holds, loaded or not."""
        if self._partial:
            if self._total is None:  # the count label asks after the reset and after it
                self._total = self._service.customer_total(self._query,
                                                           self._include_archived, self._only)
            return self._total
        return len(self._ids)

    def load_rest(self) -> None:
        """Append the ids after the first screenful. Where the order moved meanwhile (opening a
        customer moves them up the "recent" order), the rows are added first and then put in
        their new places, so selections and the scroll position follow their customers."""
        self._fetch.stop()
        if not self._partial:
            return
        self._partial = False
        everyone = self._read_ids()
        shown = len(self._ids)
        if len(everyone) < shown:  # customers went meanwhile: read the list afresh
            self.beginResetModel()
            self._ids, self._position = everyone, {}
            self.endResetModel()
            return
        if len(everyone) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(everyone) - 1)
            self._ids = self._ids + everyone[shown:]
            self._position = {}
            self.endInsertRows()
        if self._ids != everyone:
            self._rearrange(everyone)

    def _rearrange(self, ids: list[int]) -> None:
        """The same customers in another order, as a layout change."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self.customer_id(index.row()) for index in persistent]
        self._ids, self._position = ids, {}
        moved = []
        for index, cid in zip(persistent, kept, strict=True):
            row = self.row_of(cid) if cid is not None else None
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _read_ids(self, limit: int | None = None) -> list[int]:
        return self._service.customer_ids(
            self._query, self._sort, self._descending, self._include_archived, limit, self._only
        )

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int, *, wait: bool = True) -> int | None:
        """The row of a customer in the list; with `wait`, among the rows still to come too."""
        if not self._position and self._ids:
            self._position = {cid: row for row, cid in enumerate(self._ids)}
        row = self._position.get(customer_id)
        if row is None and wait and self._partial:
            self.load_rest()
            return self.row_of(customer_id)
        return row

    # Qt interface ------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index) -> bool:
        """QAbstractItemModel.canFetchMore: the rest of a long list waits in the database."""
        return self._partial and not parent.isValid()

    def fetchMore(self, parent: _Index) -> None:
        """QAbstractItemModel.fetchMore: the rows come on the next turn of the event loop, as
        a view asks while it is still handling a reset."""
        if not parent.isValid() and self._partial:
            self._fetch.start()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """QAbstractItemModel.rowCount: a table has rows only at the root."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return words(COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == SPENT_COLUMN:
                return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        role = int(role)
        if role not in _ANSWERED and role != ID_ROLE:
            return None
        position = index.row()
        if not 0 <= position < len(self._ids) or not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[position]
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column == SPENT_COLUMN else _LEFT
        row = self._row(position)
        if row is None:
            return None
        if role == _FOREGROUND:
            if row.archived:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text)
            return None
        if column in self.hidden_columns:
            return None
        text = self._text(row, column)
        if role == _TOOLTIP:
            if column == 2 and row.last_contact:
                return self._service.forms.long_date_time(row.last_contact)
            return text or None
        return text

    def _text(self, row: Row, column: int) -> str:
        if column == 0:
            return row.name + ("  " + self.tr("(archived)") if row.archived else "")
        if column == 1:
            return row.nickname
        if column == 2:
            return self._service.forms.say(days_ago(row.last_contact, clock.today())) \
                or self.tr("never")
        if column == SPENT_COLUMN:
            return self._service.forms.amount(row.total_spent)
        return row.tags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """QAbstractItemModel.sort: redone as SQL, never in a proxy."""
        if not 0 <= column < len(COLUMNS):
            return
        sort = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        self._chosen = (sort, descending)
        if (sort, descending) == (self._sort, self._descending):
            return
        if self._partial:  # a screenful in the old order: a screenful in the new one
            self._sort, self._descending = sort, descending
            self.reload()
            return
        self._sort, self._descending = sort, descending
        everyone = self._read_ids()
        if len(everyone) != len(self._ids):
            self.reload()
        else:
            self._rearrange(everyone)

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

    def _set_private(self, private: bool) -> None:
        self.hidden_columns = frozenset(
            column for column, (_title, key) in enumerate(COLUMNS)
            if private and key not in LIST_KEEPS)
        self._repaint()

    def _repaint(self) -> None:
        """Every row written again: what they hold is the same, how it is written is not."""
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _on_changed(self, change: Change) -> None:
        if change.any(Kind.LIST):
            self.reload()
            return
        for cid in change.customer_ids:
            self._cache.pop(cid, None)
            row = self.row_of(cid, wait=False)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
