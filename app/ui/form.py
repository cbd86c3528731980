"""A small form that opens with the keyboard in its first field and checks before it closes.

Tab goes through the fields in the order they are shown, then OK and Cancel; Enter in a field
is OK, Esc is Cancel. OK first runs the form's `checks()`: each refusal is shown in red under
the field it is about, the keyboard goes back into the first of them and nothing typed is
lost. The
checks are the rules of `app.core` (they raise `ValidationError`), so the form says exactly
what saving would have said, before the form is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ValidationError
from app.ui.local_forms import say_error
from app.ui.words import N_, words

WARNING_STYLE = "color: #b00020"
# Said by every form through this base class (`self.tr` would look them up under the name of
# the form's own class).
THROW_AWAY, DISCARD, KEEP = (N_("Throw away what you typed?"), N_("&Throw it away"),
                             N_("&Keep typing"))
D = TypeVar("D", bound=QWidget)


class RefusedError(Exception):
    """What is wrong with one field of a form, said beside that field."""

    def __init__(self, field: QWidget, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def checked(field: QWidget, rule: Callable[[], object]) -> None:
    """Run a rule of `app.core`; its refusal becomes the field's."""
    try:
        rule()
    except ValidationError as refusal:
        raise RefusedError(field, say_error(refusal)) from None


def _takes_tab(widget: QWidget) -> bool:
    return (widget.isEnabled() and not widget.isHidden()
            and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value))


def fields_in(layout: QLayout) -> Iterator[QWidget]:
    """The widgets of a layout that Tab stops at, in the order they are shown."""
    if isinstance(layout, QFormLayout):
        items = [layout.itemAt(row, role) for row in range(layout.rowCount())
                 for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                              QFormLayout.ItemRole.SpanningRole)]
    else:
        items = [layout.itemAt(i) for i in range(layout.count())]
    for item in items:
        if item is None:
            continue
        widget = item.widget()
        if widget is not None and _takes_tab(widget):
            yield widget
        elif widget is not None and widget.layout() is not None and not widget.isHidden():
            yield from fields_in(widget.layout())
        elif item.layout() is not None:
            yield from fields_in(item.layout())


def present(dialog: D, modal: bool = True) -> D:
    """Show a dialog without blocking (tests and the window's timers keep running), with the
    keyboard in it: what is typed next is for the dialog that just opened."""
    dialog.setModal(modal)
    dialog.show()
    dialog.activateWindow()
    return dialog


class Form(QDialog):
    """Fields in `self.form`; each of `checks()` raises `RefusedError` for a field that cannot
    be saved as it is."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        # Enter is OK from any field (in the dialog now, so that the dialog knows it).
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self._warnings: list[QLabel] = []
        self._arranged = False
        self._as_opened: dict[int, str] = {}
        self._asking: QMessageBox | None = None
        self.setMinimumWidth(380)  # room for the hints in empty fields, and for a warning

    def checks(self) -> Iterable[Callable[[], object]]:
        """The form's checks, in the order of the fields they are about."""
        return ()

    def arrange_focus(self) -> None:
        """Tab in the order the fields are shown, then OK and Cancel (Qt's own order is the
        order the widgets were made in, which put the buttons first)."""
        order = [*fields_in(self.form), *(b for b in self.buttons.buttons() if _takes_tab(b))]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def showEvent(self, event: QShowEvent) -> None:
        """QWidget.showEvent: the first time, the keyboard starts in the first field."""
        super().showEvent(event)
        if not self._arranged:
            self._arranged = True
            self._as_opened = self.typed()
            self.arrange_focus()
            first = next(fields_in(self.form), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def accept(self) -> None:
        """QDialog.accept: only a form with nothing refused closes."""
        self.clear_warnings()
        refusals = []
        for check in self.checks():
            try:
                check()
            except RefusedError as refusal:
                refusals.append(refusal)
        for refusal in reversed(refusals):  # each goes right under its row: the last first
            self.warn(refusal.field, refusal.message)
        if refusals:
            refusals[0].field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def typed(self) -> dict[int, str]:
        """What the fields hold now: their text, by field (a list's own line is a choice, not
        typing)."""
        return {id(w): w.text() for w in self.findChildren(QLineEdit)
                if not isinstance(w.parentWidget(), QComboBox)}

    def reject(self) -> None:
        """QDialog.reject: Esc on a form with something typed asks first; nothing lost to a
        key pressed by mistake."""
        typed = any(text != self._as_opened.get(field, "") for field, text in self.typed().items())
        if not typed or self._asking is not None:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          words(THROW_AWAY), parent=self)
        discard = box.addButton(words(DISCARD), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(words(KEEP), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._asking = box
        box.finished.connect(lambda _r: setattr(self, "_asking", None))
        box.buttonClicked.connect(lambda button: super(Form, self).reject()
                                  if button is discard else None)
        present(box)

    def done(self, result: int) -> None:
        """QDialog.done: closed, the keyboard goes back to the window that opened the form
        (where it was before), even where no window manager hands it back."""
        super().done(result)
        opener = self.parentWidget()
        if opener is not None and opener.window().isVisible():
            opener.window().activateWindow()

    def warn(self, field: QWidget, message: str) -> None:
        """Say what is wrong in red under the row of `field`, and put the keyboard there."""
        label = QLabel("⚠ " + message[:1].upper() + message[1:])
        label.setWordWrap(True)
        label.setStyleSheet(WARNING_STYLE)
        row = self._row_of(field)
        self.form.insertRow(row + 1 if row >= 0 else self.form.rowCount(), "", label)
        label.show()  # now, not once the window next gets round to it
        self._warnings.append(label)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_warnings(self) -> None:
        while self._warnings:
            self.form.removeRow(self._warnings.pop())

    def _row_of(self, field: QWidget) -> int:
        widget: QWidget | None = field
        while widget is not None and widget is not self:
            row, _role = self.form.getWidgetPosition(widget)
            if row >= 0:
                return row
            widget = widget.parentWidget()
        return -1
