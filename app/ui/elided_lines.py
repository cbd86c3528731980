"""Lines of text that are never cut in half: a line too long for its width ends in "…", and
items beyond the lines there is room for are counted on the last one ("+2 more"), the rest
shown on hover or on a click.

The glance card is read at a glance on any screen from 1024×600 up: half a name or the top
half of a line reads as something else, while "…" and "+2 more" say that there is more.
Each line is one run of styled pieces (a name in bold, a due date in red), measured with the
font each piece is drawn in, so the ellipsis falls where the text really ends.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

# A piece of a line: its text and how it is drawn ("" plain, or a key of STYLES).
Piece = tuple[str, str]
STYLES = {"b": "font-weight:bold", "warn": "color:#b00020",
          "bwarn": "font-weight:bold; color:#b00020", "dim": "color:#8a959c",
          "note": "color:#8a5a00",
          "link": "color:palette(link); text-decoration:underline"}
_BOLD = ("b", "bwarn")
ELLIPSIS = "…"


def plain_text(pieces: Sequence[Piece]) -> str:
    return "".join(text for text, _style in pieces)


def elide(pieces: Sequence[Piece], font: QFont, width: int) -> tuple[str, bool]:
    """The pieces as rich text that fits `width` pixels, and whether anything was left out."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = {False: QFontMetrics(font), True: QFontMetrics(bold)}
    parts: list[str] = []
    left = width
    for text, style in pieces:
        fm = metrics[style in _BOLD]
        needed = fm.horizontalAdvance(text)
        shown = text if needed <= left else fm.elidedText(text, Qt.TextElideMode.ElideRight, left)
        if shown:
            parts.append(_styled(shown, style))
        if shown != text:
            if not shown:  # not even "…" fits after what came before: it ends the line
                parts.append(ELLIPSIS)
            return "".join(parts), True
        left -= needed
    return "".join(parts), False


def _styled(text: str, style: str) -> str:
    escaped = html.escape(text)
    return f"<span style='{STYLES[style]}'>{escaped}</span>" if style else escaped


class ElidedLine(QLabel):
    """One line of pieces, elided to the label's width; the whole line is its tooltip when cut.

    A line that stands for items left out (`set_more`) shows them in a tooltip on hover, and
    at once on a click.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)
        self._pieces: list[Piece] = []
        self._tip = ""
        self._more: list[str] = []

    def set_pieces(self, pieces: Sequence[Piece], tip: str = "") -> None:
        """The line to show; `tip` is its tooltip when nothing is left out."""
        self._pieces, self._tip, self._more = list(pieces), tip, []
        self.unsetCursor()
        self._render()

    def set_more(self, rest: Sequence[str]) -> None:
        """Stand for items left out: "+N more", with them in the tooltip."""
        self._pieces = [(self.tr("+%Ln more", "", len(rest)), "link")]
        self._more = list(rest)
        self._tip = "\n".join(rest)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._render()

    def clear(self) -> None:
        self.set_pieces([])

    def stands_for_more(self) -> bool:
        return bool(self._more)

    def full_text(self) -> str:
        return plain_text(self._pieces)

    def sizeHint(self) -> QSize:
        """QLabel.sizeHint: one line high whatever it holds, so the lines never move."""
        return QSize(super().sizeHint().width(), self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QWidget.resizeEvent: elide again for the new width."""
        super().resizeEvent(event)
        self._render()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """QWidget.mouseReleaseEvent: a click on "+N more" shows what it stands for."""
        if self._more and event.button() == Qt.MouseButton.LeftButton:
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self._tip, self)
            return
        super().mouseReleaseEvent(event)

    def _render(self) -> None:
        width = self.contentsRect().width()
        text, cut = elide(self._pieces, self.font(), width) if width > 0 else ("", True)
        self.setText(text)
        self.setToolTip(self.full_text() if cut and not self._more else self._tip)


class LineStack(QWidget):
    """A fixed number of lines, one item on each: the card keeps its height whoever is open.

    Items beyond the lines there are fold into "+N more" on the last line.
    """

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.lines = [ElidedLine() for _ in range(lines)]
        for line in self.lines:
            layout.addWidget(line)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_items(self, items: Sequence[Sequence[Piece]], empty: str = "") -> None:
        """One item a line; an empty list shows `empty` in grey."""
        if not items:
            items = [[(empty, "dim")]] if empty else []
        room = len(self.lines)
        shown = items if len(items) <= room else items[: room - 1]
        for line, item in zip(self.lines, shown, strict=False):
            line.set_pieces(item)
        if len(items) > room:
            self.lines[-1].set_more([plain_text(item) for item in items[room - 1:]])
        for line in self.lines[len(items):]:
            line.clear()

    def text(self) -> str:
        """Everything the stack holds, shown or folded, one item a line."""
        return "\n".join(line.toolTip() if line.stands_for_more() else line.full_text()
                         for line in self.lines if line.full_text())
