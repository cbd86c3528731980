"""The glance card: everything worth knowing before saying hello, on one card.

Large: the name they go by. Then family and pets with ages, what they like,
the last visit and purchase, what to ask and what was promised, a date
coming up, visits and points, and the last three things that happened. It
fits above the timeline at 1366×768 without scrolling. In privacy mode the
parts a customer across the counter should not read are hidden.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import clock
from app.core.glance import Glance
from app.core.humanize import days_ago, plural
from app.ui.notifiers import when
from app.ui.profile_pane import initials_pixmap

_MAX_LINE = 70


def _clip(text: str, limit: int = _MAX_LINE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _section(title: str) -> QLabel:
    label = QLabel(title.upper())
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.8)
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: #5f6b73")
    return label


def _body() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _lines(items: list[str], empty: str) -> str:
    if not items:
        return f"<span style='color:#8a959c'>{html.escape(empty)}</span>"
    return "<br>".join(items)


class GlanceCard(QFrame):
    archive_clicked = Signal()
    photo_choose = Signal()
    photo_remove = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glance")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#glance { background: palette(base); border-radius: 6px; }")
        self._glance: Glance | None = None
        self._private = False

        header = self._build_header()
        grid = self._build_grid()
        self.private_note = QLabel("Privacy on: preferences, notes, amounts and promises are "
                                   "hidden. F8 shows them.")
        self.private_note.setStyleSheet("color: #8a5a00")
        self.private_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addWidget(self.private_note)

    def _build_header(self) -> QHBoxLayout:
        """Photo with its menu, the name in large, subtitle and facts, and the archive button."""
        self.photo = QToolButton()
        self.photo.setIconSize(QSize(64, 64))
        self.photo.setAutoRaise(True)
        self.photo.setToolTip("Photo: click to choose or remove")
        self.photo.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.photo)
        menu.addAction("Choose photo…", self.photo_choose.emit)
        menu.addAction("Remove photo", self.photo_remove.emit)
        self.photo.setMenu(menu)
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.9)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #5f6b73")
        self.facts = QLabel()
        self.archive_button = QToolButton()
        self.archive_button.setText("Archive")
        self.archive_button.setToolTip("Archive this customer (can be undone)")
        self.archive_button.clicked.connect(self.archive_clicked.emit)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        names.addWidget(self.facts)
        header = QHBoxLayout()
        header.addWidget(self.photo)
        header.addLayout(names, 1)
        header.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_grid(self) -> QGridLayout:
        """The titled sections under the header, in three columns."""
        self.family = _body()
        self.likes = _body()
        self.history = _body()
        self.ask = _body()
        self.recent = _body()
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        for column, (title, widget, title2, widget2) in enumerate((
            ("Family and pets", self.family, "Likes", self.likes),
            ("Last time", self.history, "Recently", self.recent),
            ("Ask about · promised", self.ask, None, None),
        )):
            grid.addWidget(_section(title), 0, column)
            grid.addWidget(widget, 1, column)
            if title2:
                grid.addWidget(_section(title2), 2, column)
                grid.addWidget(widget2, 3, column)
            grid.setColumnStretch(column, 1)
        return grid

    @property
    def glance(self) -> Glance | None:
        return self._glance

    def set_private(self, private: bool) -> None:
        self._private = private
        self.private_note.setVisible(private)
        if self._glance is not None:
            self.show_glance(self._glance)

    def show_glance(self, g: Glance) -> None:
        self._glance = g
        today = clock.today()
        self._show_header(g, today)
        self._show_sections(g, today)

    def _show_header(self, g: Glance, today: dt.date) -> None:
        p = g.profile
        self.title.setText(p.nickname or p.first_name or p.name)
        subtitle = [p.name] if (p.nickname or p.first_name) != p.name else []
        if p.company and p.company != p.name:
            subtitle.append(p.company)
        if p.tags:
            subtitle.append(", ".join(p.tags))
        self.subtitle.setText(" · ".join(subtitle))
        facts = [plural(p.visit_count, "visit")]
        if p.loyalty_points:
            facts.append(plural(p.loyalty_points, "point"))
        if not self._private:
            facts.append(f"spent {p.total_spent:,.2f}")
        for reminder in g.coming_up[:2]:
            facts.append(f"{reminder.text} {when(reminder, today)}")
        if p.archived:
            facts.append("archived")
        self.facts.setText(" · ".join(facts))
        self.archive_button.setText("Restore" if p.archived else "Archive")
        if p.photo:
            pixmap = QPixmap()
            pixmap.loadFromData(p.photo)
            self.photo.setIcon(pixmap)
        else:
            self.photo.setIcon(initials_pixmap(p.nickname or p.name, 128))

    def _show_sections(self, g: Glance, today: dt.date) -> None:
        """The sections under the header; in privacy mode the personal ones read hidden."""
        p = g.profile
        family = []
        for line in g.family:
            extra = ", ".join(x for x in (line.relation if line.relation != "pet" else "",
                                          line.notes if line.relation == "pet" else "",
                                          f"{line.age}" if line.age is not None else "") if x)
            family.append(f"<b>{html.escape(line.name)}</b>"
                          + (f" ({html.escape(extra)})" if extra else ""))
        self.family.setText(_lines(family, "no family or pets noted"))
        hidden = "<span style='color:#8a959c'>hidden</span>"
        self.likes.setText(hidden if self._private else _lines(
            [html.escape(_clip(x)) for x in g.preferences], "nothing noted yet"))
        history = []
        if g.last_visit:
            history.append(f"Last visit {days_ago(g.last_visit, today)}")
        if g.last_purchase:
            bought = g.last_purchase
            amount = "" if self._private or bought.amount is None else f", {bought.amount:,.2f}"
            what = "" if self._private else f": {html.escape(_clip(bought.text, 40))}"
            history.append(f"Bought {days_ago(bought.at, today)}{what}{amount}")
        if p.last_contact and (not g.last_visit or p.last_contact > g.last_visit):
            history.append(f"Last contact {days_ago(p.last_contact, today)}")
        self.history.setText(_lines(history, "nothing logged yet"))
        if self._private:
            self.ask.setText(hidden)
            self.recent.setText(hidden)
            return
        asks = [f"<b>Ask:</b> {html.escape(_clip(f.text))}" for f in g.to_ask]
        promised = [f"<b>Promised:</b> {html.escape(_clip(f.text))}"
                    + (f" <span style='color:#b00020'>(due {f.due:%a %d %b})</span>"
                       if f.due and f.due <= today else
                       f" (by {f.due:%a %d %b})" if f.due else "") for f in g.promises]
        self.ask.setText(_lines(asks + promised, "nothing to ask or do"))
        self.recent.setText(_lines([
            f"{days_ago(e.at, today)}: {e.kind}"
            + (f" — {html.escape(_clip(e.text, 50))}" if e.text else "") for e in g.recent],
            "nothing yet"))
