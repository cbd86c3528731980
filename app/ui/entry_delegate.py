"""How one timeline entry is drawn: its kind's icon, a heading of when and what, the text.

Everything an entry says is in the window's language: its kind, how long ago, how the customer
felt, the points, and the text itself where the program wrote it (a Phrase rebuilt from what
the database keeps, see app.core.said); what the owner typed is shown as typed. A consent
record's row (`app.ui.timeline_model`) is drawn the same way: "Consent", when, and what was
given or withdrawn, and how. Where the timeline names counters, the one that wrote the entry
is in small type at the end of its heading.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core import clock
from app.core.consent import Record
from app.core.humanize import days_ago
from app.core.timeline import SENTIMENTS, Entry
from app.ui.icons import icon
from app.ui.local_forms import LocalForms
from app.ui.timeline_model import CONSENT, COUNTER_ROLE, ENTRY_ROLE, RECORD_ROLE
from app.ui.words import kind_name, words

_Index = QModelIndex | QPersistentModelIndex
_ICON = 24
_PAD = 6
_MAX_TEXT_LINES = 4


class EntryDelegate(QStyledItemDelegate):
    """Paints an entry: kind icon, when, amount, pin, and the text wrapped."""

    def __init__(self, forms: Callable[[], LocalForms], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forms = forms

    def heading(self, entry: Entry) -> str:
        """"Call  ·  Mon 23 Nov 2026, 10:30  ·  today  ·  +20 points", as the window speaks."""
        forms = self._forms()
        parts = [kind_name(entry.kind), forms.date_time(entry.at),
                 forms.say(days_ago(entry.at, clock.today()))]
        if entry.sentiment in SENTIMENTS:
            parts.append(words(SENTIMENTS[entry.sentiment]))
        if entry.loop == "open":
            parts.append(self.tr("to make right"))
        elif entry.loop == "closed":
            parts.append(self.tr("made right ✓"))
        if entry.points and entry.kind != "purchase":
            parts.append(self.tr("+%Ln point(s)", "", entry.points) if entry.points > 0
                         else self.tr("-%Ln point(s)", "", -entry.points))
        return "  ·  ".join(part for part in parts if part)

    def text(self, entry: Entry) -> str:
        """What the entry says, in the window's language where the program wrote it."""
        return self._forms().say(entry.text)

    def record_heading(self, record: Record) -> str:
        """"Consent  ·  Sun 3 May 2026, 10:30  ·  today"."""
        forms = self._forms()
        return "  ·  ".join((words(CONSENT), forms.date_time(record.at),
                             forms.say(days_ago(record.at, clock.today()))))

    def _row(self, index: _Index) -> tuple[str, str, str, Entry | None] | None:
        """(icon, heading, text, the entry) of a row; a consent record's has no entry."""
        entry: Entry | None = index.data(ENTRY_ROLE)
        if entry is not None:
            return entry.kind, self.heading(entry), self.text(entry), entry
        record: Record | None = index.data(RECORD_ROLE)
        if record is not None:
            return "email", self.record_heading(record), self._forms().say(record.said), None
        return None

    @staticmethod
    def _paint_counter(painter: QPainter, option: QStyleOptionViewItem, counter: str,
                       area: QRect, right_edge: int) -> int:
        """The counter's name, small and muted, right-aligned before `right_edge` on the
        heading's line (at most a third of it); returns where the heading must end."""
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        metrics = QFontMetrics(small)
        room = max(0, (right_edge - area.left()) // 3)
        shown = metrics.elidedText(counter, Qt.TextElideMode.ElideRight, room)
        width = metrics.horizontalAdvance(shown)
        painter.setFont(small)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.highlightedText().color() if selected
                       else option.palette.placeholderText().color())
        painter.drawText(QRect(right_edge - width, area.top(), width,
                               QFontMetrics(option.font).lineSpacing()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)
        return right_edge - width - 12

    def _text_rect(self, option: QStyleOptionViewItem) -> QRect:
        r = option.rect
        return QRect(r.left() + _ICON + 2 * _PAD, r.top() + _PAD, r.width() - _ICON - 3 * _PAD,
                     r.height() - 2 * _PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """QStyledItemDelegate.sizeHint: heading plus up to four wrapped lines."""
        row = self._row(index)
        metrics = QFontMetrics(option.font)
        width = max(120, option.rect.width() - _ICON - 3 * _PAD) if option.rect.width() else 400
        lines = 1
        if row and row[2]:
            bounds = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                          int(Qt.TextFlag.TextWordWrap), row[2])
            lines += min(_MAX_TEXT_LINES, max(1, bounds.height() // metrics.lineSpacing()))
        return QSize(width, lines * metrics.lineSpacing() + 2 * _PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """QStyledItemDelegate.paint."""
        row = self._row(index)
        if row is None:
            return
        kind, heading, text, entry = row
        painter.save()
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        r = option.rect
        icon(kind).paint(painter, QRect(r.left() + _PAD, r.top() + _PAD, _ICON, _ICON))
        area = self._text_rect(option)
        metrics = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(text_color)
        painter.setFont(bold)
        line = QRect(area.left(), area.top(), area.width(), metrics.lineSpacing())
        right_edge = area.right()
        if entry is not None and entry.pinned:
            icon("pin").paint(painter, QRect(right_edge - 16, area.top(), 16, 16))
            right_edge -= 20
        if entry is not None and entry.amount is not None:
            amount = self._forms().amount(entry.amount)
            painter.drawText(QRect(area.left(), area.top(), right_edge - area.left(),
                                   metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             amount)
            right_edge -= QFontMetrics(bold).horizontalAdvance(amount) + 12
        counter = index.data(COUNTER_ROLE)
        if counter:
            right_edge = self._paint_counter(painter, option, counter, area, right_edge)
            painter.setPen(text_color)
            painter.setFont(bold)
        line.setRight(right_edge)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(bold).elidedText(heading, Qt.TextElideMode.ElideRight,
                                                       line.width()))
        if text:
            painter.setFont(option.font)
            body = QRect(area.left(), area.top() + metrics.lineSpacing(), area.width(),
                         area.height() - metrics.lineSpacing())
            painter.drawText(body, int(Qt.TextFlag.TextWordWrap), text)
        painter.restore()
