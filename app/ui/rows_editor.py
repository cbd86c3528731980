"""A short editable list inside the profile: contacts, family and pets, dates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.words import words

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class _List(QListWidget):
    remove_pressed = Signal()
    edit_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """QWidget.keyPressEvent: Delete removes, Enter edits the current row."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.remove_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.edit_pressed.emit()
        else:
            super().keyPressEvent(event)


def _flat_button(text: str) -> QPushButton:
    """A button that reads like a link, as wide as its words: a push button is at least 80 px
    wide, and five of those push a narrow column out of the window."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFixedWidth(button.fontMetrics().horizontalAdvance(text) + 20)
    return button


class RowsEditor(QWidget):
    """Rows with add buttons below; double-click or Enter edits, Delete removes.

    Adders beyond the few that fit on one line (`more`) are offered by a "+ More…" button's
    menu. Beside rows that `opens` says can be opened there is an Open button, for the chosen one:
    opening is a deliberate click of its own, never what choosing or double-clicking a row does.
    The adders' texts and `empty_text` may be marked only (`N_`, as a table of the module that
    offers them has to): they are said in the window's language, and a text translated already
    stays as it is.
    """

    add_requested = Signal(str)  # which add button
    edit_requested = Signal(object)
    remove_requested = Signal(object)
    open_requested = Signal(object)

    def __init__(self, adders: list[tuple[str, str]], empty_text: str,
                 parent: QWidget | None = None, *, more: list[tuple[str, str]] | None = None,
                 opens: Callable[[object], bool] | None = None) -> None:
        super().__init__(parent)
        self._opens = opens
        self._empty_text = words(empty_text)
        self.list = _List()
        self.list.setIconSize(QSize(18, 18))
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda item: self._emit_edit(item))
        self.list.edit_pressed.connect(lambda: self._emit_edit(self.list.currentItem()))
        self.list.remove_pressed.connect(self._emit_remove)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for key, text in adders:
            button = _flat_button(words(text))
            button.clicked.connect(lambda _=False, k=key: self.add_requested.emit(k))
            buttons.addWidget(button)
        if more:
            buttons.addWidget(self._more_button(more))
        self.open_button = _flat_button(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open in the browser"))
        self.open_button.hide()
        self.open_button.clicked.connect(self._emit_open)
        self.remove_button = _flat_button(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._emit_remove)
        self.list.currentItemChanged.connect(lambda item, _prev: self._chosen(item))
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def set_items(self, items: list[tuple[object, str, QIcon | None]]) -> None:
        self.list.clear()
        for payload, text, item_icon in items:
            item = QListWidgetItem(text)
            if item_icon is not None:
                item.setIcon(item_icon)
            item.setData(ITEM_ROLE, payload)
            item.setToolTip(text)
            self.list.addItem(item)
        if not items:
            placeholder = QListWidgetItem(self._empty_text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        rows = max(1, len(items))
        height = self.list.sizeHintForRow(0) * min(rows, 6) + 2 * self.list.frameWidth() + 2
        self.list.setFixedHeight(height)
        # There (greyed out until such a row is chosen) only beside rows that can be opened.
        opens = self._opens
        self.open_button.setVisible(opens is not None and any(opens(p) for p, _t, _i in items))
        self._chosen(None)

    def _more_button(self, more: list[tuple[str, str]]) -> QPushButton:
        """One button for the rarer adders; its menu pops up without waiting for a choice."""
        button = _flat_button(self.tr("+ More…"))
        menu = QMenu(button)
        for key, text in more:
            menu.addAction(words(text), lambda k=key: self.add_requested.emit(k))
        button.clicked.connect(lambda: menu.popup(button.mapToGlobal(QPoint(0, button.height()))))
        return button

    def _chosen(self, item: QListWidgetItem | None) -> None:
        payload = item.data(ITEM_ROLE) if item is not None else None
        self.remove_button.setEnabled(payload is not None)
        self.open_button.setEnabled(payload is not None and self._opens is not None
                                    and self._opens(payload))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).data(ITEM_ROLE) is not None]

    def _emit_edit(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(ITEM_ROLE) is not None:
            self.edit_requested.emit(item.data(ITEM_ROLE))

    def _emit_open(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ITEM_ROLE) is not None:
            self.open_requested.emit(item.data(ITEM_ROLE))

    def _emit_remove(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ITEM_ROLE) is not None:
            self.remove_requested.emit(item.data(ITEM_ROLE))
