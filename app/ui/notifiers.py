"""Where reminders reach the owner: the system tray, or the Today panel in the window.

Both take the same two calls (the `Notifier` interface): `show_reminders`
with everything pending, and `announce` with what is new today. The tray
exists only when the desktop has one (`QSystemTrayIcon.isSystemTrayAvailable`);
the Today panel always works, so no reminder depends on the desktop.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Container, Iterable
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.core import clock, edits
from app.core.greetings import offers_greeting
from app.core.reminders import ASKS_WHAT_HAPPENED, Reminder, heading, when
from app.ui.done_step import finish
from app.ui.greeting_step import offer
from app.ui.icons import app_icon, icon
from app.ui.local_forms import say
from app.ui.service import DataService

TRAY_MENU_LIMIT = 10
ROW_LINES = 2  # what a row wraps to when the pane is too narrow for a reminder on one line
SHOWN_ROWS = 3  # the Today list never shrinks below this many rows
MEASURED = 20  # the longest texts, measured to know whether every row fits on one line
_ICONS = {"birthday": "event", "anniversary": "event", "date": "event", "follow_up": "note",
          "stay_in_touch": "call", "lapsed": "visit"}


class Notifier(Protocol):
    def show_reminders(self, reminders: list[Reminder]) -> None: ...

    def announce(self, reminders: list[Reminder]) -> None: ...


def line(reminder: Reminder, today: dt.date, private: bool = False,
         shared: Container[str] = ()) -> str:
    """A reminder as listed: when and what ("overdue 4 days · Ellie — Promised: …"); a
    suggestion to get in touch is its text alone; on a private screen only whose it is. A
    text `shared` by reminders of different customers (three Agnieszkas' birthdays) is
    followed by whose it is, where that says more than the text."""
    if private:
        return reminder.customer
    said = say(when(reminder, today))
    text = say(reminder.text)
    # `shared` holds the core's texts (its English), whatever the window speaks
    if reminder.text in shared and reminder.customer not in reminder.text:
        text = f"{text} — {reminder.customer}"
    return f"{said} · {text}" if said else text


def shared_texts(reminders: Iterable[Reminder]) -> set[str]:
    """The texts that reminders of more than one customer read alike (see `line`)."""
    whose: dict[str, int] = {}
    shared = set()
    for reminder in reminders:
        if whose.setdefault(reminder.text, reminder.customer_id) != reminder.customer_id:
            shared.add(reminder.text)
    return shared


class ReminderModel(QAbstractListModel):
    """Pending reminders for a list view: rows are drawn on demand, so a shop with tens of
    thousands of reminders opens as fast as one with three."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reminders: list[Reminder] = []
        self._today = clock.today()
        self.row_size = QSize()  # every row's: the view lays out one size for all, quickly
        self.private = False
        self._shared: set[str] = set()

    def set_private(self, private: bool) -> None:
        self.private = private
        if self.reminders:
            self.dataChanged.emit(self.index(0), self.index(len(self.reminders) - 1))

    def longest(self) -> list[str]:
        """The rows likeliest to be the widest, without drawing tens of thousands."""
        return [line(r, self._today, self.private, self._shared) for r in heapq.nlargest(
            MEASURED, self.reminders, key=lambda r: len(r.text) + len(r.customer))]

    def set_reminders(self, reminders: list[Reminder]) -> None:
        self.beginResetModel()
        self.reminders = list(reminders)
        self._shared = shared_texts(self.reminders)
        self._today = clock.today()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reminders)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.reminders):
            return None
        reminder = self.reminders[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line(reminder, self._today, self.private, self._shared)
        if role == Qt.ItemDataRole.DecorationRole:
            return None if self.private else icon(_ICONS[reminder.kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.private:
                return reminder.customer
            return f"{reminder.customer}: {say(reminder.text)}"
        if role == Qt.ItemDataRole.SizeHintRole and self.row_size.isValid():
            return self.row_size
        return None


class TodayPanel(QWidget):
    """The in-window list of what is due, with Done, Snooze and Dismiss.

    Each is a key away (Alt+D, Alt+T, Alt+I) and undone with Ctrl+Z; what was done is said
    through `said`. A click, Enter or a double-click opens the customer; the buttons act on
    the row the click selected.
    """

    open_customer = Signal(int)
    said = Signal(str)  # what was done, for the status bar

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = ReminderModel(self)
        service.privacy.changed.connect(self.model.set_private)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setIconSize(QSize(18, 18))
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(self._activated)  # Enter, or a double-click
        self.list.clicked.connect(self._clicked)  # a click selects the row and opens it
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._size_rows()
        self._row = 0  # where the current row was: after it is done, the next one is there
        self._acted: str | None = None  # the reminder last acted on: an undo brings it back
        # Each language has its own letters (after "&"): its tooltips name them.
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Closes a promise, offers to send a greeting, or "
                                            "asks what happened (Alt+D)"))
        self.done_button.clicked.connect(self.done_current)
        self.snooze_button = QPushButton(self.tr("&Tomorrow"))
        self.snooze_button.setToolTip(self.tr("Snooze until tomorrow (Alt+T)"))
        self.snooze_button.clicked.connect(self.snooze_current)
        self.dismiss_button = QPushButton(self.tr("D&ismiss"))
        self.dismiss_button.setToolTip(self.tr("Not this time (Alt+I)"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.done_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_reminders([])

    def _size_rows(self) -> None:
        """Every row one line high while every reminder fits the pane's width, else ROW_LINES
        high, wrapped: a reminder is read whole. The list keeps room for SHOWN_ROWS rows of
        ROW_LINES however small the window."""
        metrics = self.list.fontMetrics()
        room = self.list.viewport().width() - self.list.iconSize().width() - 16
        widest = max((metrics.horizontalAdvance(text) for text in self.model.longest()),
                     default=0)

        def height(lines: int) -> int:
            return max(metrics.lineSpacing() * lines, self.list.iconSize().height()) + 6

        wanted = height(1 if widest <= room else ROW_LINES)
        if wanted != self.model.row_size.height():
            self.model.row_size = QSize(1, wanted)
            self.model.layoutChanged.emit()
        frame = 2 * self.list.frameWidth() if self.list.frameShape() != QFrame.Shape.NoFrame \
            else 0
        self.list.setMinimumHeight(SHOWN_ROWS * height(ROW_LINES) + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QWidget.resizeEvent: the rows wrap, or not, to the new width."""
        super().resizeEvent(event)
        self._size_rows()

    def reminders(self) -> list[Reminder]:
        return list(self.model.reminders)

    def texts(self) -> list[str]:
        """The rows as the owner reads them."""
        return [self.model.index(row).data() for row in range(self.model.rowCount())]

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row))

    def show_reminders(self, reminders: list[Reminder]) -> None:
        """Notifier.show_reminders: list everything pending, keeping the selection."""
        current = self.current()
        self.model.set_reminders(reminders)
        back = next((row for row, r in enumerate(reminders) if r.key == self._acted), None)
        if back is not None:  # undone: the keyboard goes back to it, not on to its neighbour
            self._acted = None
            self.select_row(back)
        elif current is not None:
            row = next((row for row, r in enumerate(reminders) if r.key == current.key), None)
            if row is None and reminders:  # it was done: the keyboard moves on to the next
                row = min(self._row, len(reminders) - 1)
            if row is not None:
                self.select_row(row)
        self.title.setText(say(heading(reminders)))
        self._size_rows()
        self._update_buttons()

    def announce(self, reminders: list[Reminder]) -> None:
        """Notifier.announce: without a tray, the panel shows itself and selects the first."""
        self.setVisible(True)
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.select_row(0)

    def current(self) -> Reminder | None:
        index = self.list.currentIndex()
        return self.model.reminders[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.current() is not None
        if has:
            self._row = self.list.currentIndex().row()
        for button in (self.done_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(has)

    def _open(self, index: QModelIndex) -> None:
        self.open_customer.emit(self.model.reminders[index.row()].customer_id)

    def _clicked(self, index: QModelIndex) -> None:
        """A click opens the customer, unless the desktop itself opens items on a click (a
        KDE setting): then the click is also an activation, which opens it."""
        if not self.list.style().styleHint(
                QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, self.list):
            self._open(index)

    def _activated(self, index: QModelIndex) -> None:
        """Enter opens the customer, as does a click where the desktop opens items on a click;
        a double-click's first click already has."""
        if QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self._open(index)

    def done_current(self) -> None:
        """Done; for a birthday or an anniversary it offers to send a greeting, for "get in
        touch" it first asks what happened."""
        reminder = self.current()
        if reminder is not None:
            self._acted = reminder.key
            if offers_greeting(reminder):
                offer(self._service, reminder, self.said.emit, self)
                return
            finish(self._service, reminder.customer, reminder.kind in ASKS_WHAT_HAPPENED,
                   lambda outcome: edits.complete_reminder(reminder, outcome), self.said.emit,
                   self)

    def snooze_current(self) -> None:
        reminder = self.current()
        if reminder is not None:
            tomorrow = clock.today() + dt.timedelta(days=1)
            self._acted = reminder.key
            if self._service.run(edits.snooze_reminders([reminder], tomorrow)) is not None:
                self.said.emit(self.tr("Snoozed until tomorrow: {text}").format(
                    text=say(reminder.text)))

    def dismiss_current(self) -> None:
        reminder = self.current()
        if reminder is None:
            return
        self._acted = reminder.key
        if self._service.run(edits.dismiss_reminders([reminder])) is not None:
            self.said.emit(self.tr("Dismissed: {text}").format(text=say(reminder.text)))


class TrayNotifier(QObject):
    """The tray icon: a tooltip counting what is due, a menu, and a message once a day."""

    open_customer = Signal(int)
    open_window = Signal()
    quit_requested = Signal()

    def __init__(self, service: DataService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._reminders: list[Reminder] = []
        self._announced: list[Reminder] = []
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        service.privacy.changed.connect(lambda _on: self.show_reminders(self._reminders))
        self.show_reminders([])
        self.icon.show()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_reminders(self, reminders: list[Reminder]) -> None:
        """Notifier.show_reminders: tooltip and menu."""
        self._reminders = list(reminders)
        today = clock.today()
        self.icon.setToolTip(f"Regulars — {say(heading(reminders))}")
        self.menu.clear()
        self.menu.addAction(self.tr("Open Regulars"), self.open_window.emit)
        self.menu.addSeparator()
        first = reminders[:TRAY_MENU_LIMIT]
        shared = shared_texts(first)
        for reminder in first:
            private = self._service.privacy.on
            # "&&": a menu takes a lone "&" for a shortcut ("Oak & Iron")
            action = QAction(line(reminder, today, private, shared).replace("&", "&&"),
                             self.menu)
            if not private:
                action.setIcon(icon(_ICONS[reminder.kind]))
            action.triggered.connect(
                lambda _=False, cid=reminder.customer_id: self.open_customer.emit(cid))
            self.menu.addAction(action)
        if len(reminders) > TRAY_MENU_LIMIT:
            more = self.menu.addAction(self.tr("… and %Ln more", "",
                                               len(reminders) - TRAY_MENU_LIMIT))
            more.triggered.connect(self.open_window.emit)
        if not reminders:
            self.menu.addAction(self.tr("Nothing to remember")).setEnabled(False)
        self.menu.addSeparator()
        self.snooze_action = self.menu.addAction(self.tr("Snooze all until tomorrow"),
                                                 self.snooze_all)
        self.snooze_action.setEnabled(bool(reminders))
        self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)

    def announce(self, reminders: list[Reminder]) -> None:
        """Notifier.announce: one message for what is new; clicking it opens the customer."""
        if not reminders:
            return
        self._announced = list(reminders)
        today = clock.today()
        first = reminders[:4]
        shared = shared_texts(first)
        lines = [line(r, today, self._service.privacy.on, shared) for r in first]
        if len(reminders) > 4:
            lines.append(self.tr("… and %Ln more", "", len(reminders) - 4))
        self.icon.showMessage(f"Regulars — {say(heading(reminders))}", "\n".join(lines),
                              app_icon(), 15_000)

    def _message_clicked(self) -> None:
        if self._announced:
            self.open_customer.emit(self._announced[0].customer_id)
        else:
            self.open_window.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window.emit()

    def snooze_all(self) -> None:
        tomorrow = clock.today() + dt.timedelta(days=1)
        self._service.run(edits.snooze_reminders(self._reminders, tomorrow))

    def hide(self) -> None:
        self.icon.hide()
