"""The notes timeline with its quick-add box.

The quick-add row is for the moment after a conversation: pick the kind with
one click (or Alt+1…Alt+8), type a sentence, Enter. Entries below are newest
first, pinned ones on top; right-click or the keyboard edits, pins, deletes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import edits
from app.core.timeline import KINDS, TEXT_LIMIT, Entry
from app.ui.dialogs import EntryDialog
from app.ui.entry_delegate import EntryDelegate
from app.ui.form import present
from app.ui.icons import icon
from app.ui.privacy import note
from app.ui.service import DataService
from app.ui.timeline_model import ENTRY_ROLE, TimelineModel
from app.ui.words import kind_name


class _TimelineView(QListView):
    delete_pressed = Signal()
    edit_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """QWidget.keyPressEvent: Delete removes the entry, Enter edits it."""
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_pressed.emit()
        else:
            super().keyPressEvent(event)


class TimelinePanel(QWidget):
    """Quick-add on top, the timeline below. `deleted` lets the window offer undo."""

    deleted = Signal(object)  # Entry
    logged = Signal(int, str)  # the customer, and the kind of what was logged for them

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.model = TimelineModel(service)
        kind_row = self._build_kind_row()
        entry_row = self._build_entry_row()
        self._build_timeline()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 8)
        layout.addLayout(kind_row)
        layout.addLayout(entry_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.ask)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.hidden_note, 1)
        # Tab goes as the README says: the sentence, the amount, the question, then Log.
        for before, after in ((self.text, self.amount), (self.amount, self.sentiment),
                              (self.sentiment, self.ask), (self.ask, self.log_button)):
            QWidget.setTabOrder(before, after)
        self._kind_changed()
        self.setEnabled(False)
        self._update_empty()

    def _build_kind_row(self) -> QHBoxLayout:
        """The "Log" heading and one checkable button per kind, each with its Alt+N shortcut."""
        self.kinds = QButtonGroup(self)
        self.kinds.setExclusive(True)
        kind_row = QHBoxLayout()
        kind_row.setSpacing(2)
        heading = QLabel(self.tr("Log"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        kind_row.addWidget(heading)
        for number, kind in enumerate(KINDS, start=1):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(icon(kind))
            button.setIconSize(QSize(18, 18))
            button.setText(kind_name(kind))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setToolTip(f"{kind_name(kind)} (Alt+{number})")
            button.setProperty("kind", kind)
            # A QShortcut rather than the button's own: that one clicks after an animation.
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.set_kind(k))
            self.kinds.addButton(button, number - 1)
            # Narrow windows show the icons only (the tooltip names each), so that the
            # customer list beside keeps room for the names.
            button.setMinimumWidth(button.iconSize().width() + 10)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        self.kinds.button(0).setChecked(True)
        self.kinds.idToggled.connect(lambda _i, _on: self._kind_changed())
        return kind_row

    def _build_entry_row(self) -> QHBoxLayout:
        """The quick-add fields: text, amount, sentiment and Log, plus the ask-next-time box."""
        entry_row = QHBoxLayout()
        self.text = QLineEdit()
        # A long paste is never cut short without a word (Qt's default cuts at 32,767): one
        # character past the limit reaches the rule, which says the text is too long.
        self.text.setMaxLength(TEXT_LIMIT + 1)
        self.text.setPlaceholderText(
            self.tr("What happened? Enter saves  (Ctrl+L from anywhere)"))
        self.text.returnPressed.connect(self.submit)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("amount"))
        self.amount.setMaximumWidth(90)
        self.amount.returnPressed.connect(self.submit)
        self.sentiment = QComboBox()
        for value, label in ((1, self.tr("Happy")), (0, self.tr("Neutral")),
                             (-1, self.tr("Unhappy"))):
            self.sentiment.addItem(label, value)
        self.sentiment.setToolTip(
            self.tr("How did they feel? Unhappy opens a follow-up to make it right"))
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.clicked.connect(self.submit)
        entry_row.addWidget(self.text, 1)
        entry_row.addWidget(self.amount)
        entry_row.addWidget(self.sentiment)
        entry_row.addWidget(self.log_button)
        self.ask = QLineEdit()
        self.ask.setPlaceholderText(self.tr("Ask next time… (optional: shown on the glance card)"))
        self.ask.returnPressed.connect(self.submit)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.text.textEdited.connect(lambda _t: self.problem.hide())
        self.amount.textEdited.connect(lambda _t: self.problem.hide())
        return entry_row

    def _build_timeline(self) -> None:
        """The entry list and the two notes that stand in for it when empty or private."""
        self.view = _TimelineView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryDelegate(lambda: self._service.forms, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.view.delete_pressed.connect(self.delete_current)
        self.view.edit_pressed.connect(self.edit_current)
        self._private = False
        self.hidden_note = note("The timeline")
        self.empty = QLabel(
            self.tr("Nothing logged yet. Type what happened above and press Enter."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QWidget.resizeEvent: the kinds' names where they fit, their icons alone where not."""
        super().resizeEvent(event)
        buttons = self.kinds.buttons()
        with_text = sum(b.sizeHint().width() if b.toolButtonStyle()
                        == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                        else b.sizeHint().width() + b.fontMetrics().horizontalAdvance(
                            b.text()) + 6 for b in buttons)
        room = self.width() - 80  # the "Log" heading and the margins
        style = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon if with_text <= room
                 else Qt.ToolButtonStyle.ToolButtonIconOnly)
        for button in buttons:
            button.setToolButtonStyle(style)

    def set_customer(self, customer_id: int | None) -> None:
        self.model.set_customer(customer_id)
        self.setEnabled(customer_id is not None)
        self.text.clear()
        self.amount.clear()
        self.ask.clear()
        self.problem.hide()

    def set_private(self, private: bool) -> None:
        """Privacy mode: what was said and spent stays hidden; logging still works."""
        self._private = private
        self.view.setVisible(not private and self.model.rowCount() > 0)
        self.hidden_note.setVisible(private)
        if private:
            self.empty.hide()
        else:
            self._update_empty()

    def kind(self) -> str:
        return str(self.kinds.checkedButton().property("kind"))

    def set_kind(self, kind: str) -> None:
        self.kinds.button(KINDS.index(kind)).setChecked(True)

    def focus_entry(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def _kind_changed(self) -> None:
        purchase = self.kind() == "purchase"
        self.amount.setEnabled(purchase)
        self.amount.setVisible(purchase)
        self.sentiment.setVisible(self.kind() == "feedback")
        if not purchase:
            self.amount.clear()

    def _update_empty(self) -> None:
        if self._private:
            return
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows and self.model.customer_id is not None)
        self.view.setVisible(has_rows or self.model.customer_id is None)

    def submit(self) -> None:
        cid = self.model.customer_id
        if cid is None:
            return
        kind, text, amount = self.kind(), self.text.text(), self.amount.text().strip() or None
        if not text.strip() and amount is None:
            self._refuse(self.tr("Write what happened first, or the amount")
                         if kind == "purchase" else self.tr("Write what happened first"))
            return
        sentiment = self.sentiment.currentData() if kind == "feedback" else None
        ask = self.ask.text()
        done = self._service.run(edits.log_entry(cid, kind, text, amount, sentiment=sentiment,
                                                 ask=ask))
        if done is not None:
            self.text.clear()
            self.amount.clear()
            self.ask.clear()
            self.problem.hide()
            self.set_kind(KINDS[0])  # the next customer's entry starts as a visit again
            self.logged.emit(cid, kind)

    def _refuse(self, why: str) -> None:
        """Nothing blank goes on a timeline: say so beside the field, keyboard back in it."""
        self.problem.setText(why)
        self.problem.show()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_entry(self) -> Entry | None:
        index = self.view.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        # Words the program wrote are edited as the window says them; left as they were, they
        # stay the program's (kept in every language), and rewritten they are the owner's.
        shown = self._service.forms.say(entry.text)
        dialog = EntryDialog(dataclasses.replace(entry, text=shown), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            text = dialog.text.toPlainText()
            self._service.run(edits.edit_entry(
                entry, dialog.kind.currentData(), entry.text if text == shown else text,
                dialog.amount.text().strip() or None, dialog.when()))

        dialog.accepted.connect(save)
        present(dialog)

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is not None and self._service.run(edits.delete_entry(entry)):
            self.deleted.emit(entry)

    def toggle_pin(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._service.run(edits.set_pinned(entry, not entry.pinned))

    def _menu(self, position: object) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_current)
        menu.addAction(self.tr("Unpin") if entry.pinned else self.tr("Pin to top"),
                       self.toggle_pin)
        remove = QAction(self.tr("Delete"), menu)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.triggered.connect(self.delete_current)
        menu.addAction(remove)
        menu.exec(self.view.viewport().mapToGlobal(position))
