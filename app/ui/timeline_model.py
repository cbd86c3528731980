"""One customer's timeline, read a page at a time as the owner scrolls.

Beside what was logged, the timeline shows each word the customer gave on newsletter mail
(`app.core.consent`) at its time. Those rows are records the law asks the shop to keep, not
contact: they are no entries (`ENTRY_ROLE` is None on them, so nothing edits, pins or deletes
them), and nothing counted from the timeline (last contact, visits) counts them.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.consent import Record
from app.core.operations import Change, Kind
from app.core.timeline import Entry
from app.ui.service import DataService
from app.ui.words import N_, kind_name, words

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # a consent record's row: its `Record`
# The counter that wrote an entry, where the timeline names them (see `_counters_shown`).
COUNTER_ROLE = Qt.ItemDataRole.UserRole + 3
# What a consent record's row is, where an entry's row says its kind ("Visit").
CONSENT = N_("Consent")
PAGE = 50

_Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    def __init__(self, service: DataService) -> None:
        super().__init__()
        self._service = service
        self._customer: int | None = None
        self._entries: list[Entry] = []
        self._records: list[Record] = []  # newest first
        self._rows: list[Entry | Record] = []
        self._total = 0
        self._counters_shown = False
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
            self._entries, self._records, self._total = [], [], 0
        else:
            self._total = self._service.entry_count(self._customer)
            shown = max(PAGE, len(self._entries))
            self._entries = self._service.entries(self._customer, 0, shown)
            self._records = self._service.consent_history(self._customer)[::-1]
        self._rows = self._merged()
        self._counters_shown = self._several_counters()
        self.endResetModel()

    def _several_counters(self) -> bool:
        """Whether the entries read name a counter other than this one: then each entry says
        which counter wrote it. A shop with one counter is not told its own name every time."""
        named = {entry.counter for entry in self._entries if entry.counter}
        return bool(named) and named != {self._service.counter_name()}

    def _merged(self) -> list[Entry | Record]:
        """Pinned entries, then entries and consent records newest first (an entry first at
        the same moment). A record older than the last entry read waits for the next page, so
        that a page read only ever adds rows at the end."""
        pinned = [e for e in self._entries if e.pinned]
        rest = [e for e in self._entries if not e.pinned]
        if len(self._entries) >= self._total:  # everything read
            records = self._records
        else:  # (none while only pinned entries are read: the order of the rest is to come)
            records = [r for r in self._records if rest and r.at > rest[-1].at]
        return pinned + sorted([*rest, *records], key=lambda row: row.at, reverse=True)

    def entry(self, row: int) -> Entry | None:
        """The entry of a row; None for a consent record's row (not an entry to edit)."""
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Entry) else None

    def record(self, row: int) -> Record | None:
        """The consent record of a row; None for an entry's."""
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Record) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """QAbstractItemModel.rowCount: the entries read so far, and the records among them."""
        return 0 if parent.isValid() else len(self._rows)

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
        self._entries.extend(page)
        if not self._counters_shown and self._several_counters():
            self._counters_shown = True  # the rows read so far name theirs too
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        rows = self._merged()
        first = len(self._rows)
        if len(rows) > first:
            self.beginInsertRows(QModelIndex(), first, len(rows) - 1)
            self._rows = rows
            self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row() if index.isValid() else -1
        record = self.record(row)
        if record is not None:
            return self._record_data(record, role)
        entry = self.entry(row)
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        counter = entry.counter if self._counters_shown else ""
        if role == COUNTER_ROLE:
            return counter
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # What a screen reader says of the painted entry: its words and forms, and what
            # the program wrote in the window's language.
            forms = self._service.forms
            amount = f" · {forms.amount(entry.amount)}" if entry.amount is not None else ""
            said = (f"{kind_name(entry.kind)} · {forms.date_time(entry.at)}{amount} · "
                    f"{forms.say(entry.text)}")
            return f"{said} · {counter}" if counter else said
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._service.forms.say(entry.text) or None
        return None

    def _record_data(self, record: Record, role: int) -> object:
        if role == RECORD_ROLE:
            return record
        said = self._service.forms.say(record.said)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{words(CONSENT)} · {self._service.forms.date_time(record.at)} · {said}"
        return said if role == Qt.ItemDataRole.ToolTipRole else None

    def _on_changed(self, change: Change) -> None:
        if (self._customer is not None and change.touches(self._customer)
                and change.any(Kind.TIMELINE)):
            self.reload()
