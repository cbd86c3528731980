"""What a first start shows: a welcome, where the shop is, and two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import app_icon
from app.ui.place_form import PlaceForm
from app.ui.service import DataService


class EmptyState(QWidget):
    """Either way in keeps where the shop is first, as guessed or as changed: Enter on the
    first button accepts the guesses."""

    add_first = Signal()
    try_samples = Signal()

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to Regulars"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "Remember the names, the family, the dog, the usual order and what you\n"
            "promised — and see it all before you say hello."
        ))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Where the shop is: its lists of every country and currency are made when the page
        # first shows (a tenth of a second), never on the starts of a shop with customers.
        self.place: PlaceForm | None = None
        shop = QGroupBox(self.tr("Your shop"))
        shop.setMinimumWidth(360)
        self._shop = QFormLayout(shop)
        self.add_button = QPushButton(self.tr("Add your first customer"))
        self.add_button.setDefault(True)
        self.add_button.setMinimumWidth(260)
        self.add_button.clicked.connect(lambda: self._begin(self.add_first))
        self.sample_button = QPushButton(self.tr("Try with sample customers"))
        self.sample_button.setAutoDefault(True)  # Enter clicks it once Tab is on it
        self.sample_button.setMinimumWidth(260)
        self.sample_button.clicked.connect(lambda: self._begin(self.try_samples))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (logo, title, text):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(shop, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(12)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)

    def showEvent(self, event: QShowEvent) -> None:
        """QWidget.showEvent: the page comes back when the last customer goes (the samples
        removed): it shows where the shop is as the settings say now, not as it first did."""
        if self.place is None:
            self.place = PlaceForm(self._service)  # filled as the settings say
            self.place.add_to(self._shop)
            # the keyboard goes through the place, then the two ways in, as the page reads
            for before, after in ((self.place.language, self.add_button),
                                  (self.add_button, self.sample_button)):
                QWidget.setTabOrder(before, after)
        else:
            self.place.refill()
        super().showEvent(event)

    def _begin(self, way_in: SignalInstance) -> None:
        if self.place is not None and self.place.save(self._service):
            way_in.emit()
