""""Remind me to get in touch every [30] days": the profile's stay-in-touch choice, said plainly.

Ticked, the Today list and the tray remind the owner once that many days have passed since
anything was logged for the customer; unticked, never. (A spin box whose lowest value read
"off" left owners guessing what it was for.)
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QWidget

DEFAULT_DAYS = 30  # what the number starts at when the box is first ticked


class StayInTouch(QWidget):
    """Emits `chosen` with the number of days, or None for no reminder, when the owner
    ticks or unticks the box or leaves the number."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Remind me to get in touch every"))
        self.check.clicked.connect(self._choose)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(DEFAULT_DAYS)
        self.days.setEnabled(False)
        self.days.editingFinished.connect(self._choose)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.check)
        line.addWidget(self.days)
        line.addStretch(1)

    def show_days(self, days: int | None) -> None:
        """As saved; a number being typed is left alone."""
        if self.days.hasFocus():
            return
        self.check.setChecked(days is not None)
        self.days.setEnabled(days is not None)
        self.days.setValue(days or DEFAULT_DAYS)

    def _choose(self) -> None:
        on = self.check.isChecked()
        self.days.setEnabled(on)
        self.chosen.emit(self.days.value() if on else None)
