"""Small forms for the parts of a profile that are lists: contacts, family, dates, entries."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import clock
from app.core.dates import MONTHS
from app.core.profile import Contact, Date, Person
from app.core.timeline import KINDS, Entry
from app.ui.icons import icon

RELATIONS = ("partner", "child", "grandchild", "parent", "sibling", "pet", "friend", "other")
DATE_KINDS = (("birthday", "Birthday"), ("anniversary", "Anniversary"), ("other", "Other"))


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class ContactDialog(_Form):
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


class RelativeDialog(_Form):
    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__("Edit family or pet" if person else "Add family or pet", parent)
        self.name = QLineEdit(person.name if person else "")
        self.relation = QComboBox()
        self.relation.addItems(RELATIONS)
        if person:
            self.relation.setCurrentText(person.relation)
        self.notes = QLineEdit(person.notes if person else "")
        self.notes.setPlaceholderText("dachshund, valedictorian 2026, loves dinosaurs…")
        self.form.addRow("Name", self.name)
        self.form.addRow("Relation", self.relation)
        self.form.addRow("Notes", self.notes)


class DateDialog(_Form):
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

    def values(self) -> dict[str, object]:
        return {
            "kind": self.kind.currentData(),
            "month": self.month.currentIndex() + 1,
            "day": self.day.value(),
            "year": self.year.value() or None,
            "label": self.label.text(),
            "relative_id": self.whose.currentData(),
        }


class EntryDialog(_Form):
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
        self.amount = QLineEdit("" if entry.amount is None else str(entry.amount))
        self.form.addRow("Kind", self.kind)
        self.form.addRow("When", self.at)
        self.form.addRow("Text", self.text)
        self.form.addRow("Amount", self.amount)

    def when(self) -> dt.datetime:
        value = self.at.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class NewCustomerDialog(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("New customer", parent)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.nickname = QLineEdit()
        self.nickname.setPlaceholderText("the name they go by")
        self.company = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.form.addRow("First name", self.first_name)
        self.form.addRow("Last name", self.last_name)
        self.form.addRow("Goes by", self.nickname)
        self.form.addRow("Company", self.company)
        self.form.addRow("Phone", self.phone)
        self.form.addRow("Email", self.email)
        self.setMinimumWidth(360)
