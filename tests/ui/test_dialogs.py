"""The small forms: a new customer, a contact, family, a date, a timeline entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from app.core import edits
from app.core import profile as profiles
from app.ui.dialogs import DateDialog


def test_new_customer_shortcut(qtbot, sample_window):
    window = sample_window
    seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle())
        dialog.company.setText("Harbour Bakery")
        dialog.email.setText("orders@harbour.example")
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["New customer"]
    assert window.profile.profile.company == "Harbour Bakery"
    assert window.model.rowCount() == 61


def details_tab(qtbot, window) -> None:
    bar = window.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Details")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


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

    QTimer.singleShot(0, act)
    open_it()
    if failures:
        raise failures[0]


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_a_phone_number_added_through_its_form(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    details_tab(qtbot, window)
    seen = []

    def fill(form):
        seen.append((form.windowTitle(), form.value.placeholderText()))
        qtbot.mouseClick(form.value, Qt.MouseButton.LeftButton)
        type_text(qtbot, "+44 7700 900123")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "mobile")
        press(qtbot, Qt.Key.Key_Return)  # Enter is OK

    in_the_form(qtbot, fill, lambda: qtbot.mouseClick(button(window.profile, "+ Phone"),
                                                      Qt.MouseButton.LeftButton))
    assert seen == [("Add phone", "+44 7700 900123")]
    assert [(c.kind, c.label, c.value) for c in profiles.load(cid).contacts] == [
        ("phone", "mobile", "+44 7700 900123")]
    assert window.profile.contacts.texts() == ["+44 7700 900123   · mobile"]


def test_a_cancelled_form_saves_nothing(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    details_tab(qtbot, window)
    closed = []

    def fill(form):
        type_text(qtbot, "ellie@example.com")
        press(qtbot, Qt.Key.Key_Escape)
        closed.append(not form.isVisible())

    in_the_form(qtbot, fill, lambda: qtbot.mouseClick(button(window.profile, "+ Email"),
                                                      Qt.MouseButton.LeftButton))
    assert closed == [True]
    assert profiles.load(cid).contacts == ()


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
    assert seen == [("Purchase", "2026-11-20 09:15", "24.50")]
    entry = service.entries(cid, 0, 1)[0]
    assert (entry.text, str(entry.amount), entry.at) == (
        "dark roast", "40.00", dt.datetime(2026, 11, 20, 9, 15))
