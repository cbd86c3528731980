"""The New customer form: what an owner is told at the counter, typed in one go.

Names, the name they go by, a phone and an email, a birthday (day and month; the year only if
they said it) and family and pets, each a row added with "+ Add family or pet" (Space or Enter
on it, or Alt+A). OK saves all of it as one change, so one undo takes it back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import clock
from app.core.customers import check_named, clean_contact, clean_fields, clean_relative
from app.core.dates import check_parts
from app.ui.dialogs import notes_field, relation_box, show_notes_hint, window_language
from app.ui.form import Form, RefusedError, checked
from app.ui.local_forms import month_names


class BirthdayFields(QWidget):
    """Day, month and year, each typed: "17", "may" (the month's first letters), a year or
    nothing. All empty is no birthday."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = QLineEdit()
        self.day.setPlaceholderText(self.tr("day"))
        self.day.setValidator(QIntValidator(1, 31, self.day))
        self.day.setMaximumWidth(
            self.day.fontMetrics().horizontalAdvance(self.day.placeholderText()) + 28)
        self.month = QComboBox()
        self.month.addItems(month_names())
        self.month.setPlaceholderText(self.tr("month"))
        self.month.setCurrentIndex(-1)
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("year, if known"))
        self.year.setValidator(QIntValidator(0, 9999, self.year))
        self.year.setMaximumWidth(
            self.year.fontMetrics().horizontalAdvance(self.year.placeholderText()) + 28)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day)
        row.addWidget(self.month, 1)
        row.addWidget(self.year)

    def parts(self) -> tuple[int, int, int | None] | None:
        """(month, day, year or None), checked; None when nothing was typed."""
        day, month, year = self.day.text().strip(), self.month.currentIndex() + 1, \
            self.year.text().strip()
        if not day and not month and not year:
            return None
        if not day:
            raise RefusedError(self.day, self.tr("type the day of the birthday"))
        if not month:
            raise RefusedError(self.month, self.tr("choose the month of the birthday"))
        checked(self.day, lambda: check_parts(month, int(day), None, clock.today()))
        born = int(year) if year else None
        checked(self.year, lambda: check_parts(month, int(day), born, clock.today()))
        return month, int(day), born


class _Relative(QWidget):
    """One row: name, relation, and the kind of animal or a note, in the window's `language`."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("name"))
        self.relation = relation_box(language)
        self.notes = notes_field(language)
        self.relation.currentTextChanged.connect(lambda r: show_notes_hint(self.notes, r))
        show_notes_hint(self.notes, self.relation.currentText())
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Leave out this row"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # an empty row is left out anyway
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 2)
        row.addWidget(self.relation, 1)
        row.addWidget(self.notes, 3)
        row.addWidget(self.remove)

    def values(self) -> tuple[str, str, str] | None:
        """(name, relation, notes), checked; None for a row left empty."""
        name, relation, notes = (self.name.text(), self.relation.currentText(),
                                 self.notes.text())
        if not name.strip() and not notes.strip():
            return None
        cleaned: list[tuple[str, str, str]] = []
        checked(self.relation if name.strip() else self.name,
                lambda: cleaned.append(clean_relative(name, relation, notes)))
        return cleaned[0]


class FamilyRows(QWidget):
    """Rows of family and pets, and the button that adds one; each row offers the relations
    in the window's `language` (Qt's default locale's when not given)."""

    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self._language = language or window_language()
        self.rows: list[_Relative] = []
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("+ &Add family or pet"))
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self) -> _Relative:
        row = _Relative(self._language, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._rows.addWidget(row)
        row.show()  # now, so that it takes the keyboard at once
        self.rows.append(row)
        self.rows_changed.emit()
        row.name.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _remove(self, row: _Relative) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.rows_changed.emit()
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> list[tuple[str, str, str]]:
        return [v for v in (row.values() for row in self.rows) if v is not None]


class NewCustomerDialog(Form):
    """Relations are offered in the window's `language` (the setting; Qt's default locale's,
    which the window sets to the shop's, when not given)."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(self.tr("New customer"), parent)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.nickname = QLineEdit()
        self.nickname.setPlaceholderText(self.tr("the name they go by"))
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("for a business customer"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("07700 900123")
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.com")
        self.birthday = BirthdayFields()
        self.family = FamilyRows(language=language)
        self.family.rows_changed.connect(self.arrange_focus)
        self.form.addRow(self.tr("First name"), self.first_name)
        self.form.addRow(self.tr("Last name"), self.last_name)
        self.form.addRow(self.tr("Goes by"), self.nickname)
        self.form.addRow(self.tr("Company"), self.company)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Email"), self.email)
        self.form.addRow(self.tr("Birthday"), self.birthday)
        self.form.addRow(self.tr("Family and pets"), self.family)
        hint = QLabel(
            self.tr("Tags, an address, other dates and preferences go in the Details tab."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.form.addRow(hint)
        self.setMinimumWidth(600)

    def _names(self) -> dict[str, str]:
        return {"first_name": self.first_name.text(), "last_name": self.last_name.text(),
                "nickname": self.nickname.text(), "company": self.company.text()}

    def _contacts(self) -> list[tuple[str, str, str]]:
        return [(kind, field.text(), "") for kind, field in
                (("phone", self.phone), ("email", self.email)) if field.text().strip()]

    def checks(self) -> Iterable[Callable[[], object]]:
        names = self._names()
        widgets = (self.first_name, self.last_name, self.nickname, self.company)
        for field, widget in zip(names, widgets, strict=True):
            yield lambda f=field, w=widget: checked(w, lambda: clean_fields({f: names[f]}))
        yield lambda: checked(self.first_name, lambda: check_named(
            names["first_name"], names["last_name"], names["company"]))
        for kind, field in (("phone", self.phone), ("email", self.email)):
            if field.text().strip():
                yield lambda k=kind, f=field: checked(f, lambda: clean_contact(k, f.text(), ""))
        yield self.birthday.parts
        yield from (row.values for row in self.family.rows)

    def values(self) -> dict[str, Any]:
        """What `edits.create_customer` takes; call once the form's checks have passed."""
        return {"contacts": self._contacts(), "relatives": self.family.values(),
                "birthday": self.birthday.parts(), **self._names()}
