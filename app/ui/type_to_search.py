"""Typing a name anywhere in the main window finds it, as file managers and address books do.

At the counter the keyboard is wherever the last customer left it: in the list, on the
timeline, on a tab. A letter typed there, where it would mean nothing, starts the search with
that letter, so two letters and Enter bring the card from any screen of the main window. Keys
typed into a field stay in the field, and Space still presses the focused button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.ui.list_pane import ListPane

# Fields that take typed text themselves.
_TYPED_INTO = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
          Qt.KeyboardModifier.KeypadModifier)


class TypeToSearch(QObject):
    """Watches the key presses of one window and hands stray letters to its search box."""

    def __init__(self, window: QWidget, list_pane: ListPane) -> None:
        super().__init__(window)
        self._window = window
        self._list = list_pane
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QObject.eventFilter: a printable key on a widget of the window that takes no text."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if not self._stray(watched, event):
            return False
        self._list.start_search(event.text(), came_from=watched)
        return True

    def _stray(self, widget: QWidget, event: QKeyEvent) -> bool:
        text = event.text()
        if not text or not text.isprintable() or text.isspace():
            return False
        if event.modifiers() not in _PLAIN or widget is not QApplication.focusWidget():
            return False
        if widget.window() is not self._window or not self._list.isVisible():
            return False
        if QApplication.activeModalWidget() not in (None, self._window):
            return False  # a form is open over the window: what is typed is for it
        return not isinstance(widget, _TYPED_INTO)
