"""A person at the counter: keys go to whatever has the keyboard, clicks to what shows a text.

Journey tests use nothing else to drive the window. A key press goes to
`QApplication.focusWidget()` as it is at that moment (so a Tab that lands on a button makes the
next space press it, as it would for the owner); a click finds a widget by the text a person
reads on it, and only among what is on screen and not behind a modal dialog. What the journey
then asserts is what the person would see (`sees`, `texts`) or what is in the database.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from itertools import islice

import shiboken6
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.exceptions import TimeoutError

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
        self._wait_for_the_dialog()
        widget = QApplication.focusWidget()
        if widget is None:
            widget = QApplication.activeModalWidget() or QApplication.activeWindow()
        if widget is None or not widget.isVisible():  # a menu that closed
            widget = self._window_underneath()
        assert widget is not None, "nothing has the keyboard: no window is active"
        return widget

    def _wait_for_the_dialog(self) -> None:
        """A dialog on screen takes the keyboard a moment after it shows (its window is
        activated through the event loop, later on a busy machine): a person looks at it and
        types into it, not into the window behind it in that moment."""
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return

        def inside() -> bool:
            widget = QApplication.focusWidget()
            return widget is not None and (widget is modal or modal.isAncestorOf(widget))

        if not inside():
            with contextlib.suppress(TimeoutError):
                self.qtbot.waitUntil(inside, timeout=1000)

    def _window_underneath(self) -> QWidget | None:
        """When a dialog or a menu closes, a window manager gives the keyboard back to the
        window under it (the offscreen screen of the tests has no window manager to do so)."""
        windows = [w for w in self.reachable() if isinstance(w, QMainWindow)] or self.reachable()
        if not windows:
            return None
        windows[0].activateWindow()
        QApplication.processEvents()
        return QApplication.focusWidget() or windows[0]

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
            self._let_buttons_go()

    def _let_buttons_go(self) -> None:
        """A button pressed by its key (Alt and its underlined letter) is drawn down for a
        moment, then clicks: the next key waits for that click, as the person's eyes do."""
        down = [button for window in self.reachable()
                for button in window.findChildren(QAbstractButton) if button.isDown()]
        if down:
            self.qtbot.waitUntil(lambda: not any(shiboken6.isValid(b) and b.isDown()
                                                 for b in down), timeout=2000)

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
            # Only its own: a dialog is a child of the window that opened it, and is its own
            # window (counted once, as such, or not at all behind a modal one).
            yield from (w for w in window.findChildren(QWidget)
                        if w.window() is window and shown(w))

    def find(self, text: str, kind: type[QWidget] = QWidget) -> QWidget:
        """The one widget on screen that shows exactly this text (a button, label, tab…)."""
        found = [w for w in self._widgets()
                 if isinstance(w, kind) and plain(_text_of(w)) == text]
        buttons = [w for w in found if isinstance(w, QAbstractButton)]
        if len(found) > 1 and len(buttons) == 1:  # a heading that reads like the button
            return buttons[0]
        assert len(found) == 1, (f"{len(found)} widgets on screen show {text!r}; "
                                 f"buttons shown: {self.button_texts()}")
        return found[0]

    def click(self, text: str, double: bool = False) -> None:
        """Click the button, tab, list row or label that shows this text."""
        views = (w for w in self._widgets()
                 if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView))
        for view in views:
            index = _row_showing(view, text)
            if index is not None:
                rect = view.visualRect(index)
                target, at = view.viewport(), rect.center()
                break
        else:
            for header in (w for w in self._widgets() if isinstance(w, QHeaderView)):
                section = _section_showing(header, text)
                if section is not None:
                    at = QPoint(header.sectionViewportPosition(section)
                                + header.sectionSize(section) // 2, header.height() // 2)
                    target = header.viewport()
                    break
            else:
                target, at = self._tab_or_widget(text)
        assert target.isEnabled(), f"{text!r} is greyed out"
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=at)
        if double:  # as a mouse sends it: a click, then the second press as a double-click
            self.qtbot.mouseDClick(target, Qt.MouseButton.LeftButton, pos=at)
            self.qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=at)
        QApplication.processEvents()

    def _tab_or_widget(self, text: str) -> tuple[QWidget, QPoint]:
        for bar in (w for w in self._widgets() if isinstance(w, QTabBar)):
            tabs = [i for i in range(bar.count()) if plain(bar.tabText(i)) == text]
            if tabs:
                return bar, bar.tabRect(tabs[0]).center()
        target = self.find(text)
        return target, target.rect().center()

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

    def pick(self, item: str) -> None:
        """An entry of the menu a click just popped up (a "More…" button's), with the mouse."""
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu),
                             timeout=2000)
        menu = QApplication.activePopupWidget()
        items = {plain(a.text()): a for a in menu.actions() if a.isVisible()}
        assert item in items, f"no {item!r} in the menu: {sorted(items)}"
        assert items[item].isEnabled(), f"{item!r} is greyed out"
        self.qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                              pos=menu.actionGeometry(items[item]).center())
        QApplication.processEvents()

    def menu(self, title: str) -> list[str]:
        """What a menu of the window offers, greyed-out entries too: opened with the mouse,
        read, and closed with Esc (a menu has the keyboard while it is open)."""
        window = next(w for w in self.reachable() if isinstance(w, QMainWindow))
        bar = window.menuBar()
        titles = {plain(a.text()): a for a in bar.actions()}
        assert title in titles, f"no menu {title!r}: {sorted(titles)}"
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                              pos=bar.actionGeometry(titles[title]).center())
        menu = titles[title].menu()
        self.qtbot.waitUntil(menu.isVisible, timeout=2000)
        items = [plain(a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        self.qtbot.keyClick(menu, Qt.Key.Key_Escape)
        self.qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
        return items

    # What is on screen -------------------------------------------------------------------------

    def texts(self) -> list[str]:
        """Every text on screen: labels, buttons, fields, tabs and the visible rows of lists."""
        found: list[str] = []
        for widget in self._widgets():
            text = _text_of(widget)
            if text:
                found.append(plain(text))
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
                found.extend(_visible_rows(widget))
        return found

    def list_rows(self, text: str) -> list[str]:
        """Every row, in order, of the list on screen that shows a row starting with `text`:
        what a person reads scrolling it from top to bottom (the first column of a table)."""
        for view in (w for w in self._widgets()
                     if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView)):
            if _row_showing(view, text) is not None:
                return [plain(str(index.data() or "")) for index in _rows(view)]
        raise AssertionError(f"no list on screen shows {text!r}; on screen: {self.texts()}")

    def sees(self, text: str) -> bool:
        return any(text in shown_text for shown_text in self.texts())

    def waits_to_see(self, text: str, timeout: int = 2000) -> None:
        """What shows a moment later (a search runs once typing pauses)."""
        try:
            self.qtbot.waitUntil(lambda: self.sees(text), timeout=timeout)
        except TimeoutError:
            raise AssertionError(f"{text!r} never showed; on screen: {self.texts()}") from None

    def button_texts(self) -> list[str]:
        return [plain(w.text()) for w in self._widgets() if isinstance(w, QAbstractButton)]

    def current_row(self) -> list[str]:
        """The cells of the row the keyboard is on, in the list that has the keyboard."""
        view = self.focus
        assert isinstance(view, QAbstractItemView), f"the keyboard is in {view!r}, not a list"
        index = view.currentIndex()
        if not index.isValid():
            return []
        return [plain(str(index.siblingAtColumn(column).data() or ""))
                for column in range(_columns(view))]

    def status(self) -> str:
        """The message in the main window's status bar."""
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QMainWindow) and w.isVisible())
        return window.statusBar().currentMessage()

    # The window manager ------------------------------------------------------------------------

    def maximise(self) -> None:
        """The maximise button on the title bar of the window that has the keyboard."""
        self.focus.window().showMaximized()
        QApplication.processEvents()

    def resize_window(self, width: int, height: int) -> None:
        """Un-maximise the window that has the keyboard and drag its corner to this size."""
        window = self.focus.window()
        window.showNormal()
        window.resize(width, height)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (width, height), \
            f"the window will not go to {width}×{height}: it is {window.width()}×{window.height()}"

    def scroll_to(self, text: str) -> None:
        """Scroll the area that holds what shows this text (as the mouse wheel would) until
        it is on screen."""
        for window in self.reachable():
            for area in (a for a in window.findChildren(QScrollArea) if shown(a)):
                held = [w for w in area.widget().findChildren(QWidget)
                        if w.isVisible() and plain(_text_of(w)) == text]
                if held:
                    area.ensureWidgetVisible(held[0])
                    QApplication.processEvents()
                    return
        raise AssertionError(f"no scrolled area holds {text!r}")

    def hover(self, text: str) -> str:
        """Rest the mouse on what shows this text: the tooltip that would show."""
        return plain(self.find(text).toolTip())


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QStatusBar):
        return widget.currentMessage()
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


def _rows(view: QAbstractItemView, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """The first cell of each row in the order shown; in a tree, the rows of open branches."""
    model = view.model()
    parent = view.rootIndex() if parent is None else parent
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        if isinstance(view, QTreeView) and view.isExpanded(index):
            yield from _rows(view, index)


def _visible_rows(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    viewport = view.viewport().rect()
    for first in _rows(view):
        for column in range(_columns(view)):
            index = first.siblingAtColumn(column)
            if not view.visualRect(index).intersects(viewport):
                continue
            value = index.data()
            if value:
                texts.append(plain(str(value)))
    return texts


def _section_showing(header: QHeaderView, text: str) -> int | None:
    model = header.model()
    if model is None:
        return None
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if plain(str(model.headerData(section, header.orientation()) or "")) == text:
            return section
    return None


def _row_showing(view: QAbstractItemView, text: str):
    """The first visible cell whose text starts with `text` (a row is clicked by its start)."""
    model = view.model()
    if model is None:
        return None
    viewport = view.viewport().rect()
    for first in islice(_rows(view), 500):
        for column in range(_columns(view)):
            index = first.siblingAtColumn(column)
            value = index.data()
            if value and plain(str(value)).startswith(text) and \
                    view.visualRect(index).intersects(viewport):
                return index
    return None
