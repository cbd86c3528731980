"""Small forms for the parts of a profile that are lists: contacts, family, dates, entries.

Each checks what it can with the rules of `app.core` before it closes (see `app.ui.form`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import ClassVar

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
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
from app.core.customers import DATE_NAMES, clean_contact, clean_relative
from app.core.dates import check_parts
from app.core.money import parse_amount
from app.core.profile import Contact, Date, Person
from app.core.relations import (
    NAMES,
    known_words,
    offered,
    pet_kinds,
    read_relation,
    relation_word,
)
from app.core.timeline import KINDS, Entry, check_entry
from app.ui.contact_points import kind_name
from app.ui.form import Form, checked
from app.ui.icons import icon
from app.ui.local_forms import field_date_time, month_names, typed_amount
from app.ui.words import N_, words
from app.ui.words import kind_name as entry_kind_name

# A contact form's title, by the kind of contact: (adding one, editing one).
CONTACT_TITLES = {
    "phone": (N_("Add phone"), N_("Edit phone")),
    "email": (N_("Add email"), N_("Edit email")),
    "address": (N_("Add address"), N_("Edit address")),
    "handle": (N_("Add handle"), N_("Edit handle")),
    "fax": (N_("Add fax"), N_("Edit fax")),
    "website": (N_("Add web address"), N_("Edit web address")),
}
_OTHER_CONTACT = (N_("Add contact"), N_("Edit contact"))


def window_language() -> str:
    """The language the window speaks ("de"): `local_forms.speak` makes the shop's locale
    Qt's default, so a form opened without the setting at hand still knows it."""
    return QLocale.languageToCode(QLocale().language())


def relation_name(relation: str) -> str:
    """A relation code as the window's language names it: "Kind" for "child"."""
    return words(NAMES[relation]) if relation in NAMES else relation


def relation_box(language: str) -> QComboBox:
    """The relation as the owner says it: picked from the list, or typed ("wife", "son",
    "dog"), completed as it is typed, in the window's language (`language`, "de": "Tochter",
    "Hund"); a word of any of the window's languages is read, and one it does not know is
    said beside it on OK."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(offered(language))
    completer = QCompleter(list(known_words(language)), box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    box.setCompleter(completer)
    return box


def is_pet(relation: str) -> bool:
    found = read_relation(relation)
    return found is not None and found[0] == "pet"


def notes_field(language: str, text: str = "") -> QLineEdit:
    """What a relative's notes hold: for a pet its kind ("dachshund"), shown on the card as
    "Fritz (dachshund)", completed from the animals of the window's `language`; for a person
    anything worth remembering."""
    field = QLineEdit(text)
    completer = QCompleter(list(pet_kinds(language)), field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    field.setCompleter(completer)
    return field


def show_notes_hint(field: QLineEdit, relation: str) -> None:
    found = read_relation(relation)
    field.setPlaceholderText(words(
        N_("a note, if any") if found is None or found[0] != "pet"
        else N_("golden retriever, tabby…") if found[1] else N_("dog, cat, rabbit…")))


class ContactDialog(Form):
    PLACEHOLDERS: ClassVar[dict[str, str]] = {
        "phone": "+44 7700 900123", "email": "name@example.com",
        "address": N_("12 Harbour Street, Porthaven"), "handle": "@name",
        "fax": "+44 20 7946 0000", "website": "www.example.com",
    }

    def __init__(self, kind: str, contact: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        adding, editing = CONTACT_TITLES.get(kind, _OTHER_CONTACT)
        super().__init__(words(editing if contact else adding), parent)
        self.value = QLineEdit(contact.value if contact else "")
        self.value.setPlaceholderText(words(self.PLACEHOLDERS.get(kind, "")))
        self.label = QLineEdit(contact.label if contact else "")
        self.label.setPlaceholderText(self.tr("mobile, work, home…"))
        self.form.addRow(kind_name(kind), self.value)
        self.form.addRow(self.tr("Label"), self.label)
        self._kind = kind

    def checks(self) -> Iterable[Callable[[], object]]:
        yield lambda: checked(self.value, lambda: clean_contact(self._kind, self.value.text(),
                                                                ""))


class RelativeDialog(Form):
    """A person or a pet; for a pet the notes say what kind of animal. The relation is
    offered and shown in the window's `language` (the setting; Qt's default locale's when
    not given)."""

    def __init__(self, person: Person | None = None, parent: QWidget | None = None,
                 language: str | None = None) -> None:
        super().__init__(self.tr("Edit family or pet") if person else self.tr("Add family or pet"),
                         parent)
        language = language or window_language()
        self.name = QLineEdit(person.name if person else "")
        self.relation = relation_box(language)
        if person:
            self.relation.setCurrentText(relation_word(person.relation, language))
        self.notes = notes_field(language, person.notes if person else "")
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Relation"), self.relation)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.relation.currentTextChanged.connect(self._relation_chosen)
        self._relation_chosen(self.relation.currentText())

    def _relation_chosen(self, relation: str) -> None:
        show_notes_hint(self.notes, relation)
        label = self.form.labelForField(self.notes)
        if label is not None:
            label.setText(self.tr("Kind") if is_pet(relation) else self.tr("Notes"))

    def checks(self) -> Iterable[Callable[[], object]]:
        yield lambda: checked(self.name, lambda: clean_relative(
            self.name.text(), self.relation.currentText(), self.notes.text()))


class DateDialog(Form):
    """Month and day required; the year only if it was told."""

    def __init__(self, relatives: tuple[Person, ...], date: Date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit date") if date else self.tr("Add date"), parent)
        self.kind = QComboBox()
        for key, text in DATE_NAMES.items():
            self.kind.addItem(words(text), key)
        self.whose = QComboBox()
        self.whose.addItem(self.tr("The customer"), None)
        for person in relatives:
            self.whose.addItem(f"{person.name} ({relation_name(person.relation)})",
                               person.id)
        self.month = QComboBox()
        self.month.addItems(month_names())
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.year = QSpinBox()
        self.year.setRange(0, clock.today().year)
        self.year.setSpecialValueText(self.tr("unknown"))
        self.label = QLineEdit(date.label if date else "")
        self.label.setPlaceholderText(self.tr("wedding, shop opening…"))
        if date:
            self.kind.setCurrentIndex(max(0, self.kind.findData(date.kind)))
            self.whose.setCurrentIndex(max(0, self.whose.findData(date.relative_id)))
            self.month.setCurrentIndex(date.month - 1)
            self.day.setValue(date.day)
            self.year.setValue(date.year or 0)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Whose"), self.whose)
        self.form.addRow(self.tr("Month"), self.month)
        self.form.addRow(self.tr("Day"), self.day)
        self.form.addRow(self.tr("Year"), self.year)
        self.form.addRow(self.tr("Label"), self.label)

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
        super().__init__(self.tr("Edit timeline entry"), parent)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(icon(kind), entry_kind_name(kind), kind)
        self.kind.setCurrentIndex(KINDS.index(entry.kind))
        self.at = QDateTimeEdit(QDateTime(
            QDate(entry.at.year, entry.at.month, entry.at.day),
            QTime(entry.at.hour, entry.at.minute),
        ))
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat(field_date_time())
        self.text = QPlainTextEdit(entry.text)
        self.text.setTabChangesFocus(True)  # Tab goes on to the amount, as in every form
        self.amount = QLineEdit("" if entry.amount is None else typed_amount(entry.amount))
        # What is most often put right first; When last, as Tab steps through its parts.
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Text"), self.text)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("When"), self.at)
        self._sentiment = entry.sentiment
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        """Only a purchase has an amount: for another kind the field is greyed out."""
        purchase = self.kind.currentData() == "purchase"
        self.amount.setEnabled(purchase)
        if not purchase:
            self.amount.clear()

    def sentiment(self) -> int | None:
        """How they felt, kept while the entry stays feedback."""
        return self._sentiment if self.kind.currentData() == "feedback" else None

    def checks(self) -> Iterable[Callable[[], object]]:
        """The timeline's own rules, each said beside the field it is about."""
        kind, amount = self.kind.currentData(), self.amount.text().strip()
        if amount:
            yield lambda: checked(self.amount, lambda: parse_amount(amount))
        yield lambda: checked(self.text, lambda: check_entry(
            kind, self.text.toPlainText(), None, clock.now(), self.sentiment()))
        yield lambda: checked(self.at, lambda: check_entry("note", "·", None, self.when(), None))

    def when(self) -> dt.datetime:
        value = self.at.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
