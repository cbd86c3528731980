"""Small forms for the parts of a profile that are lists: contacts, family, dates, entries.

Each checks what it can with the rules of `app.core` before it closes (see `app.ui.form`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import ClassVar

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.core import clock
from app.core.customers import clean_contact, clean_relative
from app.core.dates import MONTHS, check_parts
from app.core.money import parse_amount
from app.core.profile import Contact, Date, Person
from app.core.timeline import KINDS, Entry
from app.ui.form import Form, checked
from app.ui.icons import icon

RELATIONS = ("partner", "child", "grandchild", "parent", "sibling", "pet", "friend", "other")
DATE_KINDS = (("birthday", "Birthday"), ("anniversary", "Anniversary"), ("other", "Other"))
PET_KINDS = ("dog", "cat", "rabbit", "bird", "horse", "guinea pig")


def relation_box() -> QComboBox:
    """The relations, picked by typing their first letters ("gr" is grandchild)."""
    box = QComboBox()
    box.addItems(RELATIONS)
    return box


def notes_field(text: str = "") -> QLineEdit:
    """What a relative's notes hold: for a pet its kind ("dachshund"), shown on the card as
    "Fritz (dachshund)"; for a person anything worth remembering."""
    field = QLineEdit(text)
    completer = QCompleter(list(PET_KINDS), field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    field.setCompleter(completer)
    return field


def show_notes_hint(field: QLineEdit, relation: str) -> None:
    field.setPlaceholderText("dog, cat, rabbit…" if relation == "pet" else "a note, if any")


class ContactDialog(Form):
    PLACEHOLDERS: ClassVar[dict[str, str]] = {
        "phone": "+44 7700 900123", "email": "name@example.com",
        "address": "12 Harbour Street, Porthaven", "handle": "@name",
    }

    def __init__(self, kind: str, contact: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(("Edit " if contact else "Add ") + kind, parent)
        self.value = QLineEdit(contact.value if contact else "")
        self.value.setPlaceholderText(self.PLACEHOLDERS.get(kind, ""))
        self.label = QLineEdit(contact.label if contact else "")
        self.label.setPlaceholderText("mobile, work, home…")
        self.form.addRow(kind.capitalize(), self.value)
        self.form.addRow("Label", self.label)
        self._kind = kind

    def checks(self) -> Iterable[Callable[[], object]]:
        yield lambda: checked(self.value, lambda: clean_contact(self._kind, self.value.text(),
                                                                ""))


class RelativeDialog(Form):
    """A person or a pet; for a pet the notes say what kind of animal."""

    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__("Edit family or pet" if person else "Add family or pet", parent)
        self.name = QLineEdit(person.name if person else "")
        self.relation = relation_box()
        if person:
            self.relation.setCurrentText(person.relation)
        self.notes = notes_field(person.notes if person else "")
        self.form.addRow("Name", self.name)
        self.form.addRow("Relation", self.relation)
        self.form.addRow("Notes", self.notes)
        self.relation.currentTextChanged.connect(self._relation_chosen)
        self._relation_chosen(self.relation.currentText())

    def _relation_chosen(self, relation: str) -> None:
        show_notes_hint(self.notes, relation)
        label = self.form.labelForField(self.notes)
        if label is not None:
            label.setText("Kind" if relation == "pet" else "Notes")

    def checks(self) -> Iterable[Callable[[], object]]:
        yield lambda: checked(self.name, lambda: clean_relative(
            self.name.text(), self.relation.currentText(), self.notes.text()))


class DateDialog(Form):
    """Month and day required; the year only if it was told."""

    def __init__(self, relatives: tuple[Person, ...], date: Date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit date" if date else "Add date", parent)
        self.kind = QComboBox()
        for key, text in DATE_KINDS:
            self.kind.addItem(text, key)
        self.whose = QComboBox()
        self.whose.addItem("The customer", None)
        for person in relatives:
            self.whose.addItem(f"{person.name} ({person.relation})", person.id)
        self.month = QComboBox()
        self.month.addItems(MONTHS)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.year = QSpinBox()
        self.year.setRange(0, clock.today().year)
        self.year.setSpecialValueText("unknown")
        self.label = QLineEdit(date.label if date else "")
        self.label.setPlaceholderText("wedding, shop opening…")
        if date:
            self.kind.setCurrentIndex(max(0, self.kind.findData(date.kind)))
            self.whose.setCurrentIndex(max(0, self.whose.findData(date.relative_id)))
            self.month.setCurrentIndex(date.month - 1)
            self.day.setValue(date.day)
            self.year.setValue(date.year or 0)
        self.form.addRow("Kind", self.kind)
        self.form.addRow("Whose", self.whose)
        self.form.addRow("Month", self.month)
        self.form.addRow("Day", self.day)
        self.form.addRow("Year", self.year)
        self.form.addRow("Label", self.label)

    def checks(self) -> Iterable[Callable[[], object]]:
        """A day the month does not have is the day's fault; 29 February 2025 the year's."""
        yield self._check_date

    def _check_date(self) -> None:
        month, day = self.month.currentIndex() + 1, self.day.value()
        checked(self.day, lambda: check_parts(month, day, None, clock.today()))
        checked(self.year, lambda: check_parts(month, day, self.year.value() or None,
                                               clock.today()))

    def values(self) -> dict[str, object]:
        return {
            "kind": self.kind.currentData(),
            "month": self.month.currentIndex() + 1,
            "day": self.day.value(),
            "year": self.year.value() or None,
            "label": self.label.text(),
            "relative_id": self.whose.currentData(),
        }


class EntryDialog(Form):
    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__("Edit timeline entry", parent)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(icon(kind), kind.capitalize(), kind)
        self.kind.setCurrentIndex(KINDS.index(entry.kind))
        self.at = QDateTimeEdit(QDateTime(
            QDate(entry.at.year, entry.at.month, entry.at.day),
            QTime(entry.at.hour, entry.at.minute),
        ))
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.text = QPlainTextEdit(entry.text)
        self.text.setTabChangesFocus(True)  # Tab goes on to the amount, as in every form
        self.amount = QLineEdit("" if entry.amount is None else str(entry.amount))
        self.form.addRow("Kind", self.kind)
        self.form.addRow("When", self.at)
        self.form.addRow("Text", self.text)
        self.form.addRow("Amount", self.amount)

    def checks(self) -> Iterable[Callable[[], object]]:
        amount = self.amount.text().strip()
        if amount:
            yield lambda: checked(self.amount, lambda: parse_amount(amount))

    def when(self) -> dt.datetime:
        value = self.at.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
