"""Two working lists: every open promise, and the weekly review.

Each row's action is one key, shown on its button, and logs what was done on the customer's
timeline; the row leaves the list, the keyboard moves on to the next, the status bar says what
was logged and Ctrl+Z brings it back. Enter or a double-click opens the customer in the main
window; Enter never acts (F7 then Enter once closed a promise nobody meant to close). Each
list draws its rows in one place (`_fill`). A customer not seen for years (when the owner
turned that on) has two: Keep (asked again in a year) and Erase…, which asks as Customer >
Erase This Customer… does (`app.ui.erase_dialog`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import clock, edits, followups, week
from app.core.operations import Change, Kind
from app.ui.done_step import finish
from app.ui.form import present
from app.ui.privacy import hidden, note, told
from app.ui.service import DataService
from app.ui.words import N_, words

if TYPE_CHECKING:
    from app.ui.erase_dialog import EraseQuestion
    from app.ui.main_window import MainWindow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QBrush(QColor("#b00020"))
# The base class's own words, said in its subclasses too (`self.tr` would look them up under
# the subclass's name).
DONE, CLOSE, DONE_SAID = N_("&Done"), N_("Close"), N_("Done.")


class _ListDialog(QDialog):
    """A list of rows to act on: the row under the keyboard is the one acted on."""

    READS: tuple[Kind, ...] = (Kind.REMINDERS, Kind.LIST, Kind.TIMELINE)  # changes it shows
    open_customer = Signal(int)
    said = Signal(str)  # what an action logged, for the status bar

    def __init__(self, title: str, columns: list[str], service: DataService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(title)
        # Tall enough for a whole week of a small shop, within the screen it opens on.
        room = (parent.screen() if parent else QApplication.primaryScreen()).availableGeometry()
        self.resize(min(820, room.width() - 40), min(720, room.height() - 60))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(columns)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemActivated.connect(self._open)  # Enter and double-click
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.summary = QLabel()
        self.message = QLabel()  # what the last action logged
        self.message.setWordWrap(True)
        self.act_button = QPushButton(words(DONE))
        self.act_button.setAutoDefault(False)  # a dialog would make it Enter's: never
        self.act_button.clicked.connect(self.act_on_current)
        close = QPushButton(words(CLOSE))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()  # the row's action first; a subclass may add beside it
        self.buttons.addWidget(self.act_button)
        self.buttons.addWidget(self.message, 1)
        self.buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addLayout(self.buttons)
        self.tree.setFocus()
        service.changed.connect(self._changed)
        service.privacy.changed.connect(self._privacy_changed)
        # The keyboard goes back to the window (the desktop does this; offscreen not).
        self.finished.connect(lambda _result: parent.activateWindow() if parent else None)

    def start(self) -> None:
        """Read afresh, with the keyboard in the list on the first row."""
        self.message.clear()
        self.reload()
        rows = self._rows()
        if rows:
            self.tree.setCurrentItem(rows[0])
        self.tree.setFocus()

    def reload(self) -> None:
        """The rows as they are now; the keyboard stays on its row, or on the one that took
        its place when it left."""
        current = self.current()
        item = self.tree.currentItem()
        rows = self._rows()
        position = rows.index(item) if item in rows else 0
        self.tree.clear()
        self._fill()
        rows = self._rows()
        again = next((i for i in rows if i.data(0, ROW_ROLE) == current), None) \
            if current is not None else None
        if again is None and rows:
            again = rows[min(position, len(rows) - 1)]
        if again is not None:
            self.tree.setCurrentItem(again)
        self._update_button()

    def _fill(self) -> None:
        """Every row of the list, drawn: the one place that says what a row shows."""
        raise NotImplementedError

    def _rows(self) -> list[QTreeWidgetItem]:
        """The items that are rows to act on, in order (not the headings of sections)."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top.data(0, ROW_ROLE) is not None:
                found.append(top)
            found.extend(top.child(c) for c in range(top.childCount()))
        return found

    def current(self) -> object | None:
        item = self.tree.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def _privacy_changed(self, _private: bool) -> None:
        self.message.clear()  # it may tell what was logged
        self.reload()

    def _changed(self, change: Change) -> None:
        if self.isVisible() and change.any(*self.READS):
            self.reload()

    def _open(self, item: QTreeWidgetItem) -> None:
        row = item.data(0, ROW_ROLE)
        if row is not None:
            self.open_customer.emit(row.customer_id)

    def _update_button(self) -> None:
        self.act_button.setEnabled(self.current() is not None)

    def _say(self, text: str) -> None:
        self.message.setText(told(self._service.privacy.on, text, words(DONE_SAID)))
        self.said.emit(text)

    def act_on_current(self) -> None:
        raise NotImplementedError


class PromisesDialog(_ListDialog):
    """Every open follow-up, overdue first; Done (Alt+D) closes it and logs it."""

    READS = (Kind.FOLLOW_UPS, Kind.LIST)

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Promises and follow-ups"),
                         [self.tr("Due"), self.tr("Customer"), self.tr("What")], service, parent)
        self._names: dict[int, str] = {}
        self.start()

    def _fill(self) -> None:
        today = clock.today()
        private = self._service.privacy.on  # whom only: not when, nor what was promised
        items = self._service.open_follow_ups()
        self._names = {follow_up.id: name for follow_up, name in items}
        for follow_up, name in items:
            due = self._service.forms.day(follow_up.due) if follow_up.due else "—"
            kind = words(followups.KIND_NAMES.get(follow_up.kind, followups.KIND_NAMES["task"]))
            item = QTreeWidgetItem(["", name, ""] if private else [
                due, name, self.tr("{kind}: {text}").format(
                    kind=kind, text=self._service.forms.say(follow_up.text))])
            item.setData(0, ROW_ROLE, follow_up)
            if follow_up.due and follow_up.due < today and not private:
                for column in range(3):
                    item.setForeground(column, _OVERDUE)
            self.tree.addTopLevelItem(item)
        overdue = sum(1 for f, _n in items if f.due and f.due < today)
        self.summary.setText(self.tr("%Ln open follow-up(s)", "", len(items)) + ", "
                             + self.tr("%Ln overdue", "", overdue)
                             + (". " + hidden("What was promised") if private else ""))

    def act_on_current(self) -> None:
        follow_up = self.current()
        if not isinstance(follow_up, followups.OpenFollowUp):
            return
        finish(self._service, self._names.get(follow_up.id, ""), False,
               lambda _outcome: edits.complete_follow_up(follow_up.customer_id, follow_up.id),
               self._say, self)


class WeekDialog(_ListDialog):
    """The weekly review: each section with its action, on the button with its key; a
    customer not seen for years has Erase… (Alt+E) beside Keep (Alt+K)."""

    def __init__(self, service: DataService, end: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This week"), [self.tr("Customer"), self.tr("Why")], service,
                         parent)
        self.tree.setRootIsDecorated(True)
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase_current)
        self.erase_button.hide()
        self.buttons.insertWidget(1, self.erase_button)
        # Privacy hides the whole review: its sections say why each name is there.
        self.private_note = note("The weekly review")
        self.layout().insertWidget(0, self.private_note, 1)
        self._asked_end = end
        self.end = end or clock.today()
        self.start()

    def start(self) -> None:
        self.end = self._asked_end or clock.today()
        super().start()

    def _fill(self) -> None:
        review = self._service.week(self.end)
        start = self.end - dt.timedelta(days=6)
        forms = self._service.forms
        self.setWindowTitle(self.tr("This week: {start} – {end}").format(
            start=forms.day(start), end=forms.day(self.end)))
        private = self._service.privacy.on
        self.tree.setVisible(not private)
        self.private_note.setVisible(private)
        if private:
            self.summary.clear()
            return
        total = 0
        for name in review.shown():
            rows = review.sections[name]
            total += len(rows)
            more = review.more.get(name, 0)  # left for the weeks after
            count = (self.tr("{shown}, {more} more").format(shown=len(rows), more=more)
                     if more else str(len(rows)))
            section = QTreeWidgetItem([f"{forms.say(review.title(name))} ({count})", ""])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(section)
            for row in rows:
                item = QTreeWidgetItem([row.customer, self._detail(row)])
                item.setData(0, ROW_ROLE, row)
                section.addChild(item)
            section.setExpanded(True)
        self.summary.setText(self.tr("%Ln customer(s) to look after this week", "", total))

    def _detail(self, row: week.Row) -> str:
        """Why the row is there, in the shop's language, its amount or day in its forms."""
        return self._service.forms.say(row.detail)

    def _update_button(self) -> None:
        super()._update_button()
        row = self.current()
        self.act_button.setText(f"&{words(row.action)}" if isinstance(row, week.Row)
                                else words(DONE))
        # Hidden, its Alt+E is no key at all; shown only beside a customer to erase or keep.
        self.erase_button.setVisible(self._to_erase() is not None)

    def _to_erase(self) -> week.Row | None:
        row = self.current()
        return row if isinstance(row, week.Row) and row.section == week.NOT_SEEN else None

    def act_on_current(self) -> None:
        row = self.current()
        if not isinstance(row, week.Row):
            return
        if row.section == week.NOT_SEEN:  # Keep: nothing logged, asked again in a year
            if self._service.run(edits.act_on_week_row(row, self.end)) is not None:
                self._say(self.tr("Keeping {name}: asked again in a year.")
                          .format(name=row.customer))
            return
        finish(self._service, row.customer, row.asks_what_happened,
               lambda outcome: edits.act_on_week_row(row, self.end, outcome), self._say, self)

    def erase_current(self) -> EraseQuestion | None:
        """Erase…: the window's own question (what goes, what stays; Cancel where the keyboard
        is), then the erasure as Customer > Erase This Customer… does it. The one place the
        review erases from."""
        from app.ui.erase_dialog import EraseQuestion, Erasure

        row = self._to_erase()
        window = cast("MainWindow | None", self.parentWidget())
        if row is None or window is None:
            return None
        box = EraseQuestion(row.customer, self._service.entry_count(row.customer_id), self,
                            merged=self._service.merged_count(row.customer_id))
        box.confirmed.connect(
            lambda: (window.findChild(Erasure) or Erasure(window)).erase(row.customer_id))
        # The keyboard comes back to the list, on the row that took the erased one's place.
        box.finished.connect(lambda _result: (self.activateWindow(), self.tree.setFocus()))
        return present(box)
