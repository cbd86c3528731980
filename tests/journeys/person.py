"""A person at the counter: keys go to whatever has the keyboard, clicks to what shows a text.

Journey tests use nothing else to drive the window. A key press goes to
`QApplication.focusWidget()` as it is at that moment (so a Tab that lands on a button makes the
next space press it, as it would for the owner); a click finds a widget by the text a person
reads on it, and only among what is on screen and not behind a modal dialog. What the journey
then asserts is what the person would see (`sees`, `texts`) or what is in the database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_HTML_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A widget's text as a person reads it: no mnemonic ampersands, no markup."""
    text = _HTML_TAG.sub(" ", text).replace("&nbsp;", " ").replace("&&", "\0")
    return " ".join(text.replace("&", "").replace("\0", "&").split())


def shown(widget: QWidget) -> bool:
    """On screen: visible, with some size, and inside its window."""
    if not widget.isVisible() or widget.width() <= 1 or widget.height() <= 1:
        return False
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (top_left.x() < window.width() and top_left.y() < window.height()
            and top_left.x() + widget.width() > 0 and top_left.y() + widget.height() > 0)


class Person:
    """Keys and clicks as the owner makes them; `qtbot` does the pressing."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    # The keyboard ------------------------------------------------------------------------------

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:
            widget = QApplication.activeModalWidget() or QApplication.activeWindow()
        assert widget is not None, "nothing has the keyboard: no window is active"
        return widget

    def type(self, text: str) -> None:
        """Each character to whatever has the keyboard when it is typed."""
        for char in text:
            self.qtbot.keyClicks(self.focus, char)
            QApplication.processEvents()

    def press(self, *keys: str) -> None:
        """Keys as the README writes them: "Ctrl+L", "Tab", "Enter", "Alt+5", "Esc", "F7"."""
        for name in keys:
            name = {"Enter": "Return", "Esc": "Escape", "Del": "Delete"}.get(name, name)
            sequence = QKeySequence(name)
            assert sequence.count() == 1, f"not one key: {name!r}"
            combination = sequence[0]
            self.qtbot.keyClick(self.focus, combination.key(), combination.keyboardModifiers())
            QApplication.processEvents()

    # The mouse ---------------------------------------------------------------------------------

    def reachable(self) -> list[QWidget]:
        """The windows a person can click into: the modal dialog if one is open, else all."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return [modal]
        return [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and not isinstance(w, QMenu)]

    def _widgets(self) -> Iterator[QWidget]:
        for window in self.reachable():
            yield window
            yield from (w for w in window.findChildren(QWidget) if shown(w))

    def find(self, text: str, kind: type[QWidget] = QWidget) -> QWidget:
        """The one widget on screen that shows exactly this text (a button, label, tab…)."""
        found = [w for w in self._widgets()
                 if isinstance(w, kind) and plain(_text_of(w)) == text]
        assert len(found) == 1, (f"{len(found)} widgets on screen show {text!r}; "
                                 f"buttons shown: {self.button_texts()}")
        return found[0]

    def click(self, text: str, double: bool = False) -> None:
        """Click the button, tab, list row or label that shows this text."""
        for view in (w for w in self._widgets() if isinstance(w, QAbstractItemView)):
            index = _row_showing(view, text)
            if index is not None:
                rect = view.visualRect(index)
                target, at = view.viewport(), rect.center()
                break
        else:
            for bar in (w for w in self._widgets() if isinstance(w, QTabBar)):
                tabs = [i for i in range(bar.count()) if plain(bar.tabText(i)) == text]
                if tabs:
                    target, at = bar, bar.tabRect(tabs[0]).center()
                    break
            else:
                target = self.find(text)
                at = target.rect().center()
        assert target.isEnabled(), f"{text!r} is greyed out"
        if double:
            self.qtbot.mouseDClick(target, Qt.MouseButton.LeftButton, pos=at)
        else:
            self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=at)
        QApplication.processEvents()

    def double_click(self, text: str) -> None:
        self.click(text, double=True)

    def choose(self, *path: str) -> None:
        """A menu command with the mouse: choose("File", "Add sample customers")."""
        window = next(w for w in self.reachable() if isinstance(w, QMainWindow))
        bar = window.menuBar()
        titles = {plain(a.text()): a for a in bar.actions()}
        assert path[0] in titles, f"no menu {path[0]!r}: {sorted(titles)}"
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                              pos=bar.actionGeometry(titles[path[0]]).center())
        menu = titles[path[0]].menu()
        for step in path[1:]:
            self.qtbot.waitUntil(menu.isVisible, timeout=2000)
            items = {plain(a.text()): a for a in menu.actions() if a.isVisible()}
            assert step in items, f"no {step!r} in the menu: {sorted(items)}"
            action = items[step]
            assert action.isEnabled(), f"{step!r} is greyed out"
            self.qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                                  pos=menu.actionGeometry(action).center())
            menu = action.menu()
            QApplication.processEvents()

    # What is on screen -------------------------------------------------------------------------

    def texts(self) -> list[str]:
        """Every text on screen: labels, buttons, fields, tabs and the visible rows of lists."""
        found: list[str] = []
        for widget in self._widgets():
            text = _text_of(widget)
            if text:
                found.append(plain(text))
            if isinstance(widget, QAbstractItemView):
                found.extend(_visible_rows(widget))
        return found

    def sees(self, text: str) -> bool:
        return any(text in shown_text for shown_text in self.texts())

    def button_texts(self) -> list[str]:
        return [plain(w.text()) for w in self._widgets() if isinstance(w, QAbstractButton)]


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    return ""


def _columns(view: QAbstractItemView) -> int:
    model = view.model()
    if isinstance(model, QAbstractListModel) or model is None:  # its columnCount is private
        return 1
    return model.columnCount(view.rootIndex())


def _visible_rows(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    viewport = view.viewport().rect()
    for row in range(model.rowCount(view.rootIndex())):
        for column in range(_columns(view)):
            index = model.index(row, column, view.rootIndex())
            if not view.visualRect(index).intersects(viewport):
                continue
            value = index.data()
            if value:
                texts.append(plain(str(value)))
    return texts


def _row_showing(view: QAbstractItemView, text: str):
    """The first visible cell whose text starts with `text` (a row is clicked by its start)."""
    model = view.model()
    if model is None:
        return None
    viewport = view.viewport().rect()
    for row in range(min(model.rowCount(view.rootIndex()), 500)):
        for column in range(_columns(view)):
            index = model.index(row, column, view.rootIndex())
            value = index.data()
            if value and plain(str(value)).startswith(text) and \
                    view.visualRect(index).intersects(viewport):
                return index
    return None
