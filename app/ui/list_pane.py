"""The list pane: the search box, the customer list and its count.

It knows nothing of the rest of the window: it says which customer the person chose
(`customer_chosen`) and is told which one is open (`keep_open`), so that a list read again
keeps that customer selected.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.directory import STOPPED_COMING
from app.core.humanize import days_ago
from app.ui.customer_model import CustomerTableModel
from app.ui.customer_table import CustomerTable
from app.ui.service import DataService

SEARCH_DELAY_MS = 150
ROW_HEIGHT = 26
# What each column beside the name should show whole where there is room: a typical value
# (the amount as the shop writes it, with its currency).
# The last contact as the core says it, in the window's language when shown: "vor 10 Monaten".
TYPICAL = ((1, "Frankie"), (2, days_ago(dt.date(2000, 1, 1), dt.date(2000, 11, 1))),
           (3, Decimal("1234.50")), (4, "gift buyer"))
# Where there is not (a 1024×600 screen), each as narrow as its title, so that the name keeps
# its room and no column is behind a sideways scroll; but a short value of the last contact
# and an amount of three figures whole, whatever the language's titles.
LEAST = {2: days_ago(dt.date(2000, 1, 1), dt.date(2000, 1, 4)), 3: Decimal("465.00")}
NAME_ROOM = 180  # most names whole


class ListPane(QWidget):
    customer_chosen = Signal(int)
    # A saved filter went on or off ("" for everyone), from its menu item, Esc or "Everyone".
    only_changed = Signal(str)

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_id: int | None = None
        # Where the keyboard was before a search began: Esc gives it back.
        self._came_from: QWidget | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Find: name, phone, email, family, pet, tag, note…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.textChanged.connect(lambda text: None if text else self.apply_search())
        self.search.returnPressed.connect(self.open_top_match)
        # A long list read in part is counted on the next turn, once its first rows are on
        # screen: a server book counts every match of a search (2 to 4 ms at 100,000).
        self._count_later = QTimer(self, singleShot=True, interval=0)
        self._count_later.timeout.connect(lambda: self.update_count(self.model.total()))

        self._service = service
        self.model = CustomerTableModel(service)
        service.forms_changed.connect(self.fit_columns)
        service.privacy.changed.connect(self._hide_private_columns)
        self.table = CustomerTable()
        self.table.setModel(self.model)
        self._set_up_table()
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._after_reset)  # the rest of a long list came
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        self.table.installEventFilter(self)
        self.filter_bar = self._filter_bar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def _filter_bar(self) -> QWidget:
        """Above the list while a saved filter is on: what it shows, and the way back."""
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("<b>Stopped coming</b>, who used to spend most first")), 1)
        everyone = QPushButton(self.tr("Everyone"))
        everyone.setToolTip(self.tr("Show every customer again (Esc)"))
        everyone.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        everyone.clicked.connect(lambda: self.show_only(""))
        row.addWidget(everyone)
        bar.hide()
        return bar

    def show_only(self, only: str) -> None:
        """Only the customers of a saved filter (STOPPED_COMING), or "" for everyone again;
        a search goes on within them."""
        if only == self.model.only:
            return
        self.model.set_only(only)
        self.filter_bar.setVisible(bool(only))
        self.apply_search()
        self.only_changed.emit(only)

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = table.horizontalHeader()
        # No column order at first: the list starts with the customers opened most recently.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(False)
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))

    def _hide_private_columns(self) -> None:
        """Privacy mode: only the names show; the columns it empties are not shown empty."""
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column in self.model.hidden_columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QWidget.resizeEvent: the columns follow the list's width."""
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Typical values whole where the name keeps room beside them, else titles only."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        forms = self._service.forms

        def shown(value: str | Decimal) -> str:
            return forms.amount(value) if isinstance(value, Decimal) else forms.say(value)

        titles = [(column, max(header.fontMetrics().horizontalAdvance(
            str(self.model.headerData(column, Qt.Orientation.Horizontal))) + 14,
            metrics.horizontalAdvance(shown(LEAST[column])) + 18 if column in LEAST else 0))
            for column, _typical in TYPICAL]
        roomy = [(column, max(metrics.horizontalAdvance(shown(typical)) + 18, title))
                 for (column, typical), (_c, title) in zip(TYPICAL, titles, strict=True)]
        # From the pane's own width: the table inside is laid out only after this resize.
        layout = self.layout()
        if layout is None:  # still being built
            return
        margins = layout.contentsMargins()
        width = (self.width() - margins.left() - margins.right() - 2 * self.table.frameWidth()
                 - self.table.verticalScrollBar().sizeHint().width())
        chosen = roomy if width - sum(w for _c, w in roomy) >= NAME_ROOM else titles
        for column, column_width in chosen:
            header.resizeSection(column, column_width)

    # Search ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QObject.eventFilter: Esc clears the search, then a saved filter; Down moves into the
        list."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                self.model.only and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_Escape:
            self.show_only("")
            return True
        if watched is self.search and event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            # Ctrl+Z in the search box (where the keyboard goes back after most forms) undoes
            # the last change, as anywhere else in the window, not a letter of the search.
            if event.matches(QKeySequence.StandardKey.Undo) or \
                    event.matches(QKeySequence.StandardKey.Redo):
                return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                if not self.search.text() and self.model.only:
                    self.show_only("")
                    return True
                self.search.clear()
                self._give_back_keyboard()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.apply_search()
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.select_row(0)
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self._remember_focus(QApplication.focusWidget())
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def ready_for_next(self) -> None:
        """After an entry is logged, the keyboard waits in the search for the next customer,
        so that their first letters find them instead of going onto this one's timeline."""
        self._came_from = None
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()

    def start_search(self, text: str, came_from: QWidget | None) -> None:
        """A search begun by typing outside the search box: it starts with what was typed."""
        self._remember_focus(came_from)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.setText(text)
        self._search_timer.start()

    def _remember_focus(self, widget: QWidget | None) -> None:
        if widget is not None and widget is not self.search:
            self._came_from = widget

    def _give_back_keyboard(self) -> None:
        """After Esc: the keyboard goes back where it was, if that is still on screen."""
        widget, self._came_from = self._came_from, None
        if widget is not None and shiboken6.isValid(widget) and widget.isVisible() \
                and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.search.text())
        # Matches come best first; a column order shows only when one was chosen.
        self.table.horizontalHeader().setSortIndicatorShown(
            self.model.sort_key not in ("relevance", "recent"))
        self.update_count()

    def open_top_match(self) -> None:
        self.apply_search()
        if self.model.rowCount() > 0:
            self.select_row(0)
            self.table.setFocus()

    # Selection -------------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def reveal(self, customer_id: int) -> bool:
        """Select this customer, clearing a search or filter that hides them; False when not
        listed."""
        if self.model.row_of(customer_id) is None and self.model.only:
            self.show_only("")
        if self.model.row_of(customer_id) is None and self.search.text():
            self.search.clear()
            self.apply_search()
        return self.select_customer(customer_id)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.customer_id(r) for r in rows) if cid is not None]

    def name_of(self, customer_id: int) -> str | None:
        row = self.model.row_of(customer_id, wait=False)
        return None if row is None else self.model.data(self.model.index(row, 0))

    def update_count(self, count: int | None = None) -> None:
        if count is None and not self.model.counted:
            self._count_later.start()
            return
        count = self.model.total() if count is None else count
        if self.model.query:
            self.count_label.setText(self.tr("%Ln match(es) among them", "", count)
                                     if self.model.only else self.tr("%Ln match(es)", "", count))
        elif self.model.only == STOPPED_COMING:
            self.count_label.setText(self.tr("%Ln stopped coming", "", count))
        else:
            self.count_label.setText(self.tr("%Ln customer(s)", "", count))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.customer_id(current.row()) if current.isValid() else None
        if cid is not None and cid != self.open_id:
            self.customer_chosen.emit(cid)

    def _after_reset(self) -> None:
        """Keep the open customer selected; further down a long list, once the rest is read
        (on the next turn, so the keystroke that brought the list back is not held up)."""
        cid = self.open_id
        if cid is not None:
            row = self.model.row_of(cid, wait=False)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            elif not self.model.complete:
                self.model.fetchMore(QModelIndex())
        self.update_count()
