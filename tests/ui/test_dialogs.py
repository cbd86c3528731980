"""The small forms: a contact, family, a date, a timeline entry.

Typing into them from the Details tab is in tests/journeys/test_profile_forms.py; these check
what each form holds and refuses."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

import pytest
from helpers import shown, warnings
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from app.core import edits
from app.core import profile as profiles
from app.core.timeline import Entry
from app.ui.dialogs import ContactDialog, DateDialog, EntryDialog, RelativeDialog


def in_the_form(qtbot, fill, open_it) -> None:
    """`open_it()` opens a modal form; `fill(form)` is done in it as a person would, once the
    form has the keyboard. A failure inside closes the form and is raised here, so a test
    never waits on a form left open."""
    failures: list[BaseException] = []

    def act() -> None:
        form = QApplication.activeModalWidget()
        try:
            assert isinstance(form, QDialog), form
            form.activateWindow()
            qtbot.waitUntil(lambda: form.isActiveWindow(), timeout=2000)
            fill(form)
        except BaseException as error:
            failures.append(error)
        finally:
            if form is not None and form.isVisible():
                form.reject()

    acted: list[bool] = []
    QTimer.singleShot(0, lambda: (act(), acted.append(True)))
    open_it()  # returns at once for a form that does not block; it is filled a moment later
    qtbot.waitUntil(lambda: bool(acted), timeout=5000)
    if failures:
        raise failures[0]


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_date_form_for_a_grandchild_without_a_year(qtbot, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    service.run(edits.add_relative(cid, "Mia", "grandchild", ""))
    relatives = profiles.load(cid).relatives
    dialog = DateDialog(relatives)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Add date"
    assert [dialog.whose.itemText(i) for i in range(dialog.whose.count())] == [
        "The customer", "Mia (grandchild)"]
    assert dialog.year.text() == "unknown"  # a year is given only when it was told
    dialog.whose.setCurrentIndex(dialog.whose.findText("Mia (grandchild)"))
    dialog.month.setCurrentIndex(dialog.month.findText("June"))
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "3")
    assert dialog.values() == {"kind": "birthday", "month": 6, "day": 3, "year": None,
                               "label": "", "relative_id": relatives[0].id}


def test_a_date_form_opens_with_the_date_as_saved(qtbot, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    service.run(edits.add_date(cid, kind="anniversary", month=6, day=20, year=1981,
                               label="wedding"))
    saved = profiles.load(cid).dates[0]
    dialog = DateDialog((), saved)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit date"
    assert dialog.values() == {"kind": "anniversary", "month": 6, "day": 20, "year": 1981,
                               "label": "wedding", "relative_id": None}


def test_an_entry_edited_through_its_form(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    service.run(edits.log_entry(cid, "purchase", "dark roast", "24.50",
                                at=dt.datetime(2026, 11, 20, 9, 15)))
    window.reveal(cid)
    seen = []

    def fill(form):
        seen.append((form.kind.currentText(), form.at.text(), form.amount.text()))
        form.amount.setFocus()
        form.amount.selectAll()
        type_text(qtbot, "40.00")
        ok = form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    view = window.timeline.view
    rect = view.visualRect(window.timeline.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    in_the_form(qtbot, fill, lambda: qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()))
    assert seen == [("Purchase", "11/20/2026 9:15\u202fAM", "24.50")]
    entry = service.entries(cid, 0, 1)[0]
    assert (entry.text, str(entry.amount), entry.at) == (
        "dark roast", "40.00", dt.datetime(2026, 11, 20, 9, 15))


ENTRY = Entry(id=1, customer_id=1, kind="purchase", text="dark roast", amount=None,
              at=dt.datetime(2026, 11, 20, 9, 15), sentiment=None, pinned=False)


@pytest.mark.parametrize(("make", "first"), [
    (lambda: ContactDialog("phone"), "value"),
    (lambda: RelativeDialog(), "name"),
    (lambda: DateDialog(()), "kind"),
    (lambda: EntryDialog(ENTRY), "kind"),
])
def test_every_form_opens_in_its_first_field_and_tabs_to_ok_last(qtbot, store, make, first):
    dialog = shown(qtbot, make())
    assert QApplication.focusWidget() is getattr(dialog, first)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isDefault()  # Enter in a field is OK
    seen = []
    while QApplication.focusWidget() is not ok and len(seen) < 12:
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ok
    # Each field once, in turn (a date and time steps through its own parts first).
    visits = [widget for widget, _ in groupby(seen)]
    assert visits[0] is getattr(dialog, first) and len(set(visits)) == len(visits)


def test_a_day_the_month_does_not_have_is_said_beside_it(qtbot, store):
    dialog = shown(qtbot, DateDialog(()))
    dialog.month.setCurrentIndex(1)  # February
    dialog.day.setValue(31)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert warnings(dialog) == ["⚠ February has no day 31"]
    assert QApplication.focusWidget() is dialog.day
    dialog.day.setValue(29)
    dialog.year.setValue(2025)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    assert warnings(dialog) == ["⚠ 29 February 2025 does not exist (2025 is not a leap year)"]
    assert QApplication.focusWidget() is dialog.year
    dialog.year.setValue(2024)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.year, Qt.Key.Key_Return)
    assert warnings(dialog) == []


def test_a_pet_is_noted_with_its_kind(qtbot, store):
    dialog = shown(qtbot, RelativeDialog())
    assert dialog.form.labelForField(dialog.notes).text() == "Notes"
    dialog.relation.setCurrentText("pet")
    assert dialog.form.labelForField(dialog.notes).text() == "Kind"
    assert dialog.notes.placeholderText().startswith("dog, cat")
    dialog.accept()  # no name
    assert dialog.isVisible() and warnings(dialog) == [
        "⚠ A family member or pet needs a name"]


def test_the_relation_is_offered_and_shown_in_the_window_s_language(qtbot, store):
    """A German shop: the field offers "Kind", a child being edited shows as "Kind", and a
    date's person is named with the relation as the window names it."""
    from app.ui.local_forms import LocalForms, speak

    speak(LocalForms("de", "DE", ""))
    mia = profiles.Person(1, "Mia", "child", "")
    dialog = shown(qtbot, RelativeDialog(mia))  # the language as the window speaks it
    assert dialog.relation.currentText() == "Kind"
    assert [dialog.relation.itemText(i) for i in range(3)] == ["Partner", "Kind", "Enkelkind"]
    dialog.relation.setCurrentText("Hund")
    assert dialog.form.labelForField(dialog.notes).text() == "Art"  # a pet's kind
    assert shown(qtbot, RelativeDialog(mia, language="fr")).relation.currentText() == "enfant"
    assert shown(qtbot, DateDialog((mia,))).whose.itemText(1) == "Mia (Kind)"


def test_a_contact_and_an_amount_are_checked_before_closing(qtbot, store):
    contact = shown(qtbot, ContactDialog("email"))
    contact.value.setText("ellie.example.com")
    contact.accept()
    assert contact.isVisible()
    assert warnings(contact) == ["⚠ 'ellie.example.com' does not look like an email address"]
    entry = shown(qtbot, EntryDialog(ENTRY))
    entry.amount.setText("twelve")
    entry.accept()
    assert entry.isVisible() and warnings(entry) == ["⚠ Amount 'twelve' is not a number"]
