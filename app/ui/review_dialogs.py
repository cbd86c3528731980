"""Two working lists: every open promise, and the weekly review.

Both act with one click and log what was done on the customer's timeline;
a row that was dealt with leaves the list. Double-click opens the customer.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import clock, edits, week
from app.core.humanize import plural
from app.ui.service import DataService

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QBrush(QColor("#b00020"))


class _ListDialog(QDialog):
    open_customer = Signal(int)

    def __init__(self, title: str, columns: list[str], service: DataService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(title)
        self.resize(820, 520)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(columns)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemDoubleClicked.connect(self._open)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.summary = QLabel()
        self.act_button = QPushButton("Done")
        self.act_button.setDefault(True)
        self.act_button.clicked.connect(self.act_on_current)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.act_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def _open(self, item: QTreeWidgetItem) -> None:
        row = item.data(0, ROW_ROLE)
        if row is not None:
            self.open_customer.emit(row[0] if isinstance(row, tuple) else row.customer_id)

    def _update_button(self) -> None:
        item = self.tree.currentItem()
        self.act_button.setEnabled(item is not None and item.data(0, ROW_ROLE) is not None)

    def act_on_current(self) -> None:
        raise NotImplementedError


class PromisesDialog(_ListDialog):
    """Every open follow-up, overdue first; Done closes it and logs it."""

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__("Promises and follow-ups", ["Due", "Customer", "What"], service, parent)
        self.reload()

    def reload(self) -> None:
        today = clock.today()
        self.tree.clear()
        items = self._service.open_follow_ups()
        for follow_up, name in items:
            due = f"{follow_up.due:%a %d %b}" if follow_up.due else "—"
            kind = {"promise": "Promised", "ask": "Ask"}.get(follow_up.kind, "To do")
            item = QTreeWidgetItem([due, name, f"{kind}: {follow_up.text}"])
            item.setData(0, ROW_ROLE, (follow_up.customer_id, follow_up.id))
            if follow_up.due and follow_up.due < today:
                for column in range(3):
                    item.setForeground(column, _OVERDUE)
            self.tree.addTopLevelItem(item)
        overdue = sum(1 for f, _n in items if f.due and f.due < today)
        self.summary.setText(f"{plural(len(items), 'open follow-up')}, {overdue} overdue")
        if items:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_button()

    def act_on_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, ROW_ROLE) is None:
            return
        customer_id, follow_up_id = item.data(0, ROW_ROLE)
        self._service.run(edits.complete_follow_up(customer_id, follow_up_id))
        self.reload()


class WeekDialog(_ListDialog):
    """The weekly review: each section with its action."""

    def __init__(self, service: DataService, end: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("This week", ["Customer", "Why"], service, parent)
        self.tree.setRootIsDecorated(True)
        self.end = end or clock.today()
        self.reload()

    def reload(self) -> None:
        review = self._service.week(self.end)
        start = self.end - dt.timedelta(days=6)
        self.setWindowTitle(f"This week: {start:%a %d %b} – {self.end:%a %d %b}")
        self.tree.clear()
        total = 0
        for name in week.SECTIONS:
            rows = review.sections[name]
            total += len(rows)
            section = QTreeWidgetItem([f"{week.TITLES[name]} ({len(rows)})", ""])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(section)
            for row in rows:
                item = QTreeWidgetItem([row.customer, row.detail])
                item.setData(0, ROW_ROLE, row)
                section.addChild(item)
            section.setExpanded(True)
        self.summary.setText(f"{plural(total, 'customer')} to look after this week")
        first = next((self.tree.topLevelItem(i).child(0) for i in range(
            self.tree.topLevelItemCount()) if self.tree.topLevelItem(i).childCount()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_button()

    def _update_button(self) -> None:
        super()._update_button()
        item = self.tree.currentItem()
        row = item.data(0, ROW_ROLE) if item is not None else None
        self.act_button.setText(week.ACTIONS[row.section][0] if row else "Done")

    def act_on_current(self) -> None:
        item = self.tree.currentItem()
        row = item.data(0, ROW_ROLE) if item is not None else None
        if row is None:
            return
        self._service.run(edits.act_on_week_row(row, self.end))
        self.reload()
