"""A small form: the keyboard starts in the first field, Tab follows the fields as shown and
ends on OK, and OK checks before it closes, saying what is wrong under each field."""

from __future__ import annotations

from helpers import shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.core.errors import ValidationError
from app.ui.form import Form, RefusedError, checked, fields_in


class TwoNames(Form):
    """Two fields, and a third in a row widget added after the buttons existed."""

    def __init__(self) -> None:
        super().__init__("Names", None)
        self.first = QLineEdit()
        self.second = QLineEdit()
        row = QWidget()
        line = QHBoxLayout(row)
        self.third = QLineEdit()
        line.addWidget(self.third)
        self.form.addRow("First", self.first)
        self.form.addRow("Second", self.second)
        self.form.addRow("Third", row)

    def checks(self):
        yield lambda: checked(self.first, lambda: _needs(self.first.text(), "first"))
        yield lambda: checked(self.third, lambda: _needs(self.third.text(), "third"))


def _needs(text: str, what: str) -> None:
    if not text:
        raise ValidationError(f"the {what} is empty")


def _warnings(form: Form) -> list[str]:
    """The warnings, top to bottom."""
    labels = [w for w in form.findChildren(QLabel) if w.text().startswith("⚠")]
    return [w.text() for w in sorted(labels, key=lambda w: form.form.getWidgetPosition(w)[0])]


def _shown(qtbot) -> TwoNames:
    return shown(qtbot, TwoNames())


def test_the_keyboard_starts_in_the_first_field_and_tabs_in_shown_order(qtbot):
    form = _shown(qtbot)
    assert list(fields_in(form.form)) == [form.first, form.second, form.third]
    order = []
    for _ in range(5):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert [w.text() if w not in (form.first, form.second, form.third) else w
            for w in order] == [form.first, form.second, form.third, "OK", "Cancel"]


def test_every_refusal_is_said_under_its_field_and_the_first_gets_the_keyboard(qtbot):
    form = _shown(qtbot)
    form.second.setFocus()
    qtbot.keyClicks(form.second, "kept")
    qtbot.keyClick(form.second, Qt.Key.Key_Return)  # Enter is OK
    assert form.isVisible() and form.second.text() == "kept"
    assert _warnings(form) == ["⚠ The first is empty", "⚠ The third is empty"]
    rows = sorted(form.form.getWidgetPosition(w)[0] for w in form.findChildren(QLabel)
                  if w.text().startswith("⚠"))
    assert rows == [1, 4]  # under First, and under Third (below Second)
    assert QApplication.focusWidget() is form.first
    form.first.setText("a")
    form.third.setText("c")
    with qtbot.waitSignal(form.accepted):
        qtbot.keyClick(form.first, Qt.Key.Key_Return)
    assert _warnings(form) == []


def test_a_refusal_names_its_field():
    field = QLineEdit()
    try:
        checked(field, lambda: _needs("", "name"))
    except RefusedError as refusal:
        assert (refusal.field, refusal.message) == (field, "the name is empty")
    else:
        raise AssertionError("not refused")


def test_closing_gives_the_keyboard_back_to_the_window_that_opened_it(qtbot):
    opener = QLineEdit()
    qtbot.addWidget(opener)
    opener.show()
    opener.activateWindow()
    qtbot.waitUntil(opener.isActiveWindow, timeout=2000)
    form = Form("Empty", opener)
    form.open()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_Escape)
    qtbot.waitUntil(opener.isActiveWindow, timeout=2000)
    assert QApplication.focusWidget() is opener
