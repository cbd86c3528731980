"""Text a person cannot read whole: cut without an ellipsis, or pushed outside its parent.

`problems(widget)` walks a window or dialog as it is on screen and returns one readable line
per fault, so a failing check says what to fix ("Glance card > QLabel 'Luna (tabby cat)':
needs 118 px wide, has 80"). It reads sizes only, never the words, so it runs the same in any
language the window is shown in.

What counts as a fault:
- a label whose text needs more room than it has (wider than it without wrapping, or more lines
  than fit when it wraps): text that does not fit must be elided ("…") by the window itself;
- a button whose text does not fit inside it;
- a column header whose title does not fit its column, or a list that scrolls sideways;
- a row of a list whose text needs more height than the row has, or is cut on the right
  where the list does not elide;
- a widget that sticks out of its parent (except the contents of a scrolled area).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from tests.journeys.person import _columns, plain

_SLACK = 1  # rounding between a font's advance and the pixels Qt lays out
_MOST_ROWS = 200  # rows read per list: what is on screen, whatever its length


def problems(root: QWidget) -> list[str]:
    """Every fault on screen in `root` and its children, as readable lines."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _on_screen(widget, root):
            continue
        if widget is not root:
            found += _outside_parent(widget)
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QAbstractItemView):
            found += _rows(widget)
    return found


def name_of(widget: QWidget) -> str:
    """Where a widget is, as a person would point at it: its window, its kind and its text."""
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = plain(widget.text())
    what = widget.accessibleName() or widget.objectName() or text[:40]
    window = widget.window()
    where = window.windowTitle() or type(window).__name__
    return f"{where} > {type(widget).__name__}" + (f" {what!r}" if what else "")


def _on_screen(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    return widget is root or widget.window() is root.window()


def _in_scrolled_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _outside_parent(widget: QWidget) -> list[str]:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _in_scrolled_area(widget):
        return []
    inside = parent.rect().adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK)
    if inside.contains(widget.geometry()):
        return []
    g = widget.geometry()
    return [f"{name_of(widget)}: at {g.x()},{g.y()} {g.width()}×{g.height()}, outside its "
            f"parent {type(parent).__name__} of {parent.width()}×{parent.height()}"]


def _label(label: QLabel) -> list[str]:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + _SLACK:
            return [f"{name_of(label)}: needs {needed} px high to show all its lines, has "
                    f"{label.height()}"]
        return []
    hint = label.sizeHint()
    margins = label.width() - room.width()
    out = []
    if hint.width() > label.width() + _SLACK and hint.width() - margins > room.width() + _SLACK:
        out.append(f"{name_of(label)}: needs {hint.width()} px wide, has {label.width()}")
    if label.fontMetrics().height() > label.height() + _SLACK:
        out.append(f"{name_of(label)}: a line needs {label.fontMetrics().height()} px high, "
                   f"has {label.height()}")
    return out


def _button(button: QAbstractButton) -> list[str]:
    text = plain(button.text())
    if not text:
        return []
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return []
        needed = button.sizeHint().width()
        room = button.width()
    elif isinstance(button, (QCheckBox, QRadioButton)):
        needed, room = button.sizeHint().width(), button.width()
    else:
        needed, room = _push_button_room(button, text)
    if needed > room + _SLACK:
        return [f"{name_of(button)}: its text needs {needed} px, has {room}"]
    if button.fontMetrics().height() > button.height():
        return [f"{name_of(button)}: its text needs {button.fontMetrics().height()} px high, "
                f"has {button.height()}"]
    return []


def _push_button_room(button: QAbstractButton, text: str) -> tuple[int, int]:
    """(the text and icon's width, the room inside the button's frame)."""
    option = QStyleOptionButton()
    option.initFrom(button)
    contents = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                             button)
    needed = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    return needed, contents.width()


def _header(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    out = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    view = header.parentWidget()
    while view is not None and not isinstance(view, QAbstractItemView):
        view = view.parentWidget()
    if view is not None and view.horizontalScrollBar().isVisible():
        hidden = [str(header.model().headerData(s, Qt.Orientation.Horizontal))
                  for s in range(header.count()) if not header.isSectionHidden(s)
                  and header.sectionViewportPosition(s) + header.sectionSize(s)
                  > header.viewport().width()]
        out.append(f"{name_of(view)}: scrolls sideways; cut off: {', '.join(hidden)}")
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(header.model().headerData(section, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None,
                                                 header)
        if needed > header.sectionSize(section) + _SLACK:
            out.append(f"{name_of(header)}: the column {text!r} needs {needed} px, has "
                       f"{header.sectionSize(section)}")
    return out


def _rows(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    viewport = view.viewport().rect()
    for row in range(min(model.rowCount(view.rootIndex()), _MOST_ROWS)):
        for column in range(_columns(view)):
            index = model.index(row, column, view.rootIndex())
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            fault = _cell(view, index, rect)
            if fault:
                out.append(f"{name_of(view)}: row {row + 1}"
                           + (f", column {column + 1}" if column else "") + f" {fault}")
    return out


def _cell(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> str:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = rect
    option.textElideMode = view.textElideMode()
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText \
        if getattr(view, "wordWrap", lambda: False)() else \
        QStyleOptionViewItem.ViewItemFeature.None_
    hint = view.itemDelegateForIndex(index).sizeHint(option, index)
    text = plain(str(index.data() or ""))
    if hint.height() > rect.height() + _SLACK:
        return f"{text[:40]!r}: needs {hint.height()} px high, has {rect.height()}"
    if view.textElideMode() == Qt.TextElideMode.ElideNone and hint.width() > rect.width():
        return f"{text[:40]!r}: needs {hint.width()} px wide, has {rect.width()}"
    return ""
