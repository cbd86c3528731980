"""The New customer form: what it hands to `edits.create_customer`, and what it refuses.

Typing it from the window is in tests/journeys/test_new_customer.py."""

from __future__ import annotations

import pytest
from helpers import shown, warnings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.new_customer_dialog import NewCustomerDialog


@pytest.fixture
def form(qtbot, store) -> NewCustomerDialog:
    return shown(qtbot, NewCustomerDialog())


def test_everything_told_at_the_counter_is_one_set_of_values(qtbot, form):
    form.first_name.setText("Rosa")
    form.phone.setText("07700 900456")
    form.birthday.day.setText("17")
    form.birthday.month.setCurrentIndex(4)
    qtbot.mouseClick(form.family.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is form.family.rows[0].name  # ready to type the name
    form.family.rows[0].name.setText("Biscuit")
    form.family.rows[0].relation.setCurrentText("pet")
    form.family.rows[0].notes.setText("golden retriever")
    form.family.add_row()  # left empty: left out
    assert form.values() == {
        "contacts": [("phone", "07700 900456", "")],
        "relatives": [("Biscuit", "pet", "golden retriever")],
        "birthday": (5, 17, None),
        "first_name": "Rosa", "last_name": "", "nickname": "", "company": "",
    }
    with qtbot.waitSignal(form.accepted):
        form.accept()


def test_a_pet_row_asks_for_the_kind_of_animal(qtbot, form):
    row = form.family.add_row()
    assert row.notes.placeholderText() == "a note, if any"
    row.relation.setCurrentText("pet")
    assert row.notes.placeholderText() == "dog, cat, rabbit…"


def test_a_row_taken_out_is_out_of_the_tab_order_too(qtbot, form):
    first, second = form.family.add_row(), form.family.add_row()
    first.name.setText("Mia")
    qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
    assert form.family.rows == [first]
    assert QApplication.focusWidget() is form.family.add_button
    assert first.notes.nextInFocusChain() is form.family.add_button


@pytest.mark.parametrize(("day", "month", "year", "refusal", "field"), [
    ("17", -1, "", "⚠ Choose the month of the birthday", "month"),
    ("", 4, "", "⚠ Type the day of the birthday", "day"),
    ("31", 1, "", "⚠ February has no day 31", "day"),
    ("29", 1, "2025", "⚠ 29 February 2025 does not exist (2025 is not a leap year)", "year"),
    ("3", 1, "2030", "⚠ Year 2030 is not between 1850 and 2026", "year"),
])
def test_a_birthday_is_checked_before_the_form_closes(qtbot, form, day, month, year, refusal,
                                                      field):
    form.first_name.setText("Rosa")
    form.birthday.day.setText(day)
    form.birthday.month.setCurrentIndex(month)
    form.birthday.year.setText(year)
    form.accept()
    assert form.isVisible() and warnings(form) == [refusal]
    assert QApplication.focusWidget() is getattr(form.birthday, field)


def test_nothing_is_lost_when_the_name_is_missing(qtbot, form):
    form.email.setText("rosa@example.com")
    qtbot.keyClick(form.email, Qt.Key.Key_Return)
    assert form.isVisible()
    assert warnings(form) == ["⚠ A customer needs a first name, a last name or a company"]
    assert form.email.text() == "rosa@example.com"
    assert QApplication.focusWidget() is form.first_name


def test_the_family_rows_speak_the_window_s_language(qtbot, store):
    """Offered in Spanish, and read whatever the language: "Tochter" is a child there too."""
    form = shown(qtbot, NewCustomerDialog(language="es"))
    row = form.family.add_row()
    assert row.relation.itemText(1) == "hijo/a"
    row.name.setText("Mia")
    row.relation.setCurrentText("Tochter")
    other = form.family.add_row()
    other.name.setText("Toby")
    other.relation.setCurrentText("perro")
    assert form.family.values() == [("Mia", "child", ""), ("Toby", "pet", "perro")]
