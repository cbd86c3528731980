"""The glance card: everything worth knowing before saying hello, on one card.

Large: the name they go by, then their full name and first phone number, visits, points and
a date coming up. A date today and a promise due today have a line of their own, in bold,
near the top. Then family and pets with ages, the last visit and purchase, the last three
things that happened, what to ask and what was promised, and what they like.

The card has one height whoever is open, so that the Timeline and Details tabs under it never
move under the mouse: each section has a fixed number of lines, a line too long ends in "…",
and what does not fit is counted ("+2 more") and shown on hover or click
(`app.ui.elided_lines`). It is whole at any window size from 1024×600 up.

In privacy mode the screen faces the shop: the card shows names only (the name they go by,
their family's and pets'), nothing else about them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import clock
from app.core.glance import Glance
from app.core.humanize import days_ago
from app.core.reminders import when
from app.ui.dialogs import relation_name
from app.ui.elided_lines import ElidedLine, LineStack, Piece
from app.ui.local_forms import LocalForms
from app.ui.photos import initials_pixmap
from app.ui.words import N_, kind_name, words

# Lines each section has, whoever is open: what the card's height is made of.
FAMILY_LINES = 6
SECTION_LINES = 3
HIDDEN = N_("hidden")
PRIVATE_NOTE = N_("Privacy on: only names are shown. F8 shows the rest.")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _section(title: str) -> QLabel:
    label = QLabel(title.upper())
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.8)
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: #5f6b73")
    return label


class GlanceCard(QFrame):
    archive_clicked = Signal()
    photo_choose = Signal()
    photo_remove = Signal()

    def __init__(self, forms: Callable[[], LocalForms], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forms = forms  # the shop's dates and amounts, as they are at the time
        self.setObjectName("glance")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#glance { background: palette(base); border-radius: 6px; }")
        self._glance: Glance | None = None
        self._private = False

        header = self._build_header()
        grid = self._build_grid()
        # Today's dates and promises due; in privacy mode, in their place, what is hidden.
        self.today_line = ElidedLine()
        bold = QFont(self.today_line.font())
        bold.setBold(True)
        self.today_line.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.today_line)
        layout.addLayout(grid)
        # One height whoever is open: every line above is one line high, always there.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _build_header(self) -> QHBoxLayout:
        """Photo with its menu, the name in large, subtitle and facts, and the archive button."""
        self.photo = QToolButton()
        self.photo.setIconSize(QSize(64, 64))
        self.photo.setAutoRaise(True)
        self.photo.setToolTip(self.tr("Photo: click to choose or remove"))
        self.photo.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.photo)
        menu.addAction(self.tr("Choose photo…"), self.photo_choose.emit)
        menu.addAction(self.tr("Remove photo"), self.photo_remove.emit)
        self.photo.setMenu(menu)
        self.title = ElidedLine()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.9)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = ElidedLine()
        self.subtitle.setStyleSheet("color: #5f6b73")
        self.facts = ElidedLine()
        self.facts.setStyleSheet("color: #5f6b73")
        self.archive_button = QToolButton()
        self.archive_button.setText(self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Archive this customer (can be undone)"))
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
        """The titled sections under the header, in three columns: the family down the first,
        two sections one above the other in each of the others."""
        self.family = LineStack(FAMILY_LINES)
        self.history = LineStack(SECTION_LINES)
        self.recent = LineStack(SECTION_LINES)
        self.ask = LineStack(SECTION_LINES)
        self.likes = LineStack(SECTION_LINES)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(_section(self.tr("Family and pets")), 0, 0)
        grid.addWidget(self.family, 1, 0, 3, 1, top)
        for column, (title, widget, title2, widget2) in enumerate((
            (self.tr("Last time"), self.history, self.tr("Recently"), self.recent),
            (self.tr("Ask about · promised"), self.ask, self.tr("Likes"), self.likes),
        ), start=1):
            grid.addWidget(_section(title), 0, column)
            grid.addWidget(widget, 1, column, top)
            grid.addWidget(_section(title2), 2, column)
            grid.addWidget(widget2, 3, column, top)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        return grid

    @property
    def glance(self) -> Glance | None:
        return self._glance

    def set_private(self, private: bool) -> None:
        self._private = private
        if self._glance is not None:
            self.show_glance(self._glance)

    def show_glance(self, g: Glance) -> None:
        self._glance = g
        today = clock.today()
        self._show_header(g, today)
        if self._private:
            self.today_line.set_pieces([(words(PRIVATE_NOTE), "note")])
        else:
            self.today_line.set_pieces(self._today(g, today))
        self._show_sections(g, today)

    def _show_header(self, g: Glance, today: dt.date) -> None:
        p = g.profile
        self.title.set_pieces([(p.nickname or p.first_name or p.name, "")])
        if self._private:
            self.subtitle.clear()
            self.facts.clear()
        else:
            self.subtitle.set_pieces(self._who(g))
            self.facts.set_pieces([(" · ".join(self._facts(g, today)), "")])
        self.archive_button.setText(self.tr("Restore") if p.archived else self.tr("Archive"))
        if p.photo and not self._private:  # a face is personal too: initials on a private screen
            pixmap = QPixmap()
            pixmap.loadFromData(p.photo)
            self.photo.setIcon(pixmap)
        else:
            self.photo.setIcon(initials_pixmap(p.nickname or p.name, 128))

    @staticmethod
    def _who(g: Glance) -> list[Piece]:
        """Full name, the first phone number (to call them back), where they work as it is
        said ("Head buyer · Harbour Books", then their role, quieter) and tags."""
        p = g.profile
        who = [p.name] if (p.nickname or p.first_name) != p.name else []
        phones = p.contacts_of("phone")
        if phones:
            who.append(phones[0].value)
        if p.job_title:
            who.append(p.job_title)
        if p.company and p.company != p.name:
            who.append(p.company)
        pieces: list[Piece] = [(" · ".join(who), "")]
        if p.role:
            pieces.append(((" · " if who else "") + p.role, "dim"))
        if p.tags:
            pieces.append(((" · " if who or p.role else "") + ", ".join(p.tags), ""))
        return pieces

    def _say(self, text: str) -> str:
        """What the core says, in the shop's language and forms."""
        return self._forms().say(text)

    def _facts(self, g: Glance, today: dt.date) -> list[str]:
        """Visits, points, what they spent and dates coming up (today's have their own line)."""
        p = g.profile
        facts = [self.tr("%Ln visit(s)", "", p.visit_count)]
        if p.loyalty_points:
            facts.append(self.tr("%Ln point(s)", "", p.loyalty_points))
        facts.append(self.tr("spent {amount}").format(amount=self._forms().amount(p.total_spent)))
        for reminder in [r for r in g.coming_up if r.date != today][:2]:
            said_when = self._say(when(reminder, today))  # mid-line: "in 3 days"
            facts.append(f"{self._say(reminder.text)} {said_when[:1].lower()}{said_when[1:]}")
        if p.archived:
            facts.append(self.tr("archived"))
        return facts

    def _today(self, g: Glance, today: dt.date) -> list[Piece]:
        """A birthday, anniversary or date today and promises due today or overdue: what to
        say or hand over first."""
        items = [self._say(r.text) for r in g.coming_up if r.date == today]
        items += [(self.tr("promised, overdue: {promise}") if f.due < today
                   else self.tr("promised: {promise}")).format(
                       promise=_one_line(self._say(f.text)))
                  for f in g.promises if f.due is not None and f.due <= today]
        return [(self.tr("Today: {items}").format(items=" · ".join(items)), "bwarn")] \
            if items else []

    def _show_sections(self, g: Glance, today: dt.date) -> None:
        """The sections under the header; in privacy mode the family's names only."""
        family: list[list[Piece]] = []
        for line in g.family:
            # The relation as the window's language names it ("Kind"); typed words as typed.
            extra = ", ".join(x for x in (relation_name(line.relation)
                                          if line.relation != "pet" else "",
                                          line.notes if line.relation == "pet" else "",
                                          f"{line.age}" if line.age is not None else "") if x)
            told = [] if self._private else (
                ([(f" ({extra})", "")] if extra else [])
                # What is worth asking about a person ("valedictorian 2026"); a pet's notes
                # are its kind, already in the brackets.
                + ([(f" — {_one_line(line.notes)}", "")]
                   if line.notes and line.relation != "pet" else []))
            family.append([(line.name, "b"), *told])
        self.family.set_items(family, self.tr("no family or pets noted"))
        if self._private:
            for section in (self.history, self.recent, self.ask, self.likes):
                section.set_items([], words(HIDDEN))
            return
        self.history.set_items(self._history(g, today), self.tr("nothing logged yet"))
        self.recent.set_items([[(self.tr("{when}: {kind}").format(
            when=self._say(days_ago(e.at, today)), kind=kind_name(e.kind))
            + (f" — {_one_line(self._say(e.text))}" if e.text else ""), "")]
            for e in g.recent], self.tr("nothing yet"))
        asks: list[list[Piece]] = [[(self.tr("Ask:") + " ", "b"),
                                    (_one_line(self._say(f.text)), "")]
                                   for f in g.to_ask]
        for f in g.promises:
            due: list[Piece] = []
            if f.due is not None:
                day = self._forms().day(f.due)
                due = ([(" " + self.tr("(due {day})").format(day=day), "warn")] if f.due <= today
                       else [(" " + self.tr("(by {day})").format(day=day), "")])
            asks.append([(self.tr("Promised:") + " ", "b"), (_one_line(self._say(f.text)), ""),
                         *due])
        self.ask.set_items(asks, self.tr("nothing to ask or do"))
        self.likes.set_items([[(_one_line(x), "")] for x in g.preferences],
                             self.tr("nothing noted yet"))

    def _history(self, g: Glance, today: dt.date) -> list[list[Piece]]:
        history = []
        if g.last_visit:
            history.append(self.tr("Last visit {when}").format(
                when=self._say(days_ago(g.last_visit, today))))
        if g.last_purchase:
            bought = g.last_purchase
            amount = "" if bought.amount is None else f", {self._forms().amount(bought.amount)}"
            history.append(self.tr("Bought {when}: {what}").format(
                when=self._say(days_ago(bought.at, today)),
                what=f"{_one_line(bought.text)}{amount}"))
        last_contact = g.profile.last_contact
        if last_contact and (not g.last_visit or last_contact > g.last_visit):
            history.append(self.tr("Last contact {when}").format(
                when=self._say(days_ago(last_contact, today))))
        return [[(line, "")] for line in history]
