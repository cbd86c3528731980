"""The profile's newsletter box, and under it the latest word the customer gave on it.

Consent is a history of records (`app.core.consent`), not a flag: ticking or clearing the box
asks how the customer said so (`ConsentDialog`), and only OK records it, through the runner
like every change (so Ctrl+Z takes it back). Esc leaves the box as it was. Under the box's
words, the latest record: "since 3 May 2026, on a signed form".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core import edits
from app.core.consent import Record
from app.ui.consent_dialog import ConsentDialog
from app.ui.elided_lines import ElidedLine
from app.ui.form import present
from app.ui.service import DataService


class NewsletterRow(QWidget):
    """The box and what the latest record says; `show_consent` fills them."""

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._customer: int | None = None
        self.box = QCheckBox(self.tr("Agreed to the newsletter"))
        self.box.clicked.connect(self._ask)
        # As wide as its words: a click beside them is no click on the box.
        self.box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # One line in grey under the box's words (what was recorded, not something to edit),
        # ending in "…" only where the column is narrower still, the whole of it on hover.
        self.latest = ElidedLine()
        style = self.box.style()
        self.latest.setContentsMargins(
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self.box)
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self.box),
            0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.box)
        layout.addWidget(self.latest)
        self.setFocusProxy(self.box)
        self.dialog: ConsentDialog | None = None
        self._asked = (0, False)  # the customer and the word the open dialog asks about

    def show_consent(self, customer_id: int, agreed: bool, latest: Record | None) -> None:
        """The customer's box ticked as they agreed, and their latest record beside it."""
        self._customer = customer_id
        self.box.setChecked(agreed)
        self.latest.set_pieces([(self.said(latest), "dim")] if latest else [])
        self.latest.setVisible(latest is not None)

    def said(self, record: Record) -> str:
        """"since 3 May 2026, on a signed form", "withdrawn 9 May 2026, by email"."""
        forms = self._service.forms
        day, how = forms.date(record.at.date()), forms.say(record.how_said)
        return (self.tr("since {day}, {how}") if record.given
                else self.tr("withdrawn {day}, {how}")).format(day=day, how=how)

    def _ask(self, on: bool) -> None:
        """The box was ticked or cleared: how? The answer comes to `_answered`."""
        if self._customer is None:
            return
        self._asked = (self._customer, on)
        self.dialog = ConsentDialog(on, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._answered)
        present(self.dialog)

    def _answered(self, result: int) -> None:
        """OK records the word; Esc, or a refusal (said by the runner), puts the box back."""
        dialog, self.dialog = self.dialog, None
        customer_id, given = self._asked
        if dialog is None:
            return
        done = result == QDialog.DialogCode.Accepted and self._service.run(
            edits.record_consent(customer_id, given, dialog.how())) is not None
        if not done:
            self.box.setChecked(not given)
