"""What a first start shows: a welcome and two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import app_icon


class EmptyState(QWidget):
    add_first = Signal()
    try_samples = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("Welcome to Regulars")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            "Remember the names, the family, the dog, the usual order and what you\n"
            "promised — and see it all before you say hello."
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton("Add your first customer")
        self.add_button.setDefault(True)
        self.add_button.setMinimumWidth(260)
        self.add_button.clicked.connect(self.add_first)
        self.sample_button = QPushButton("Try with sample customers")
        self.sample_button.setMinimumWidth(260)
        self.sample_button.clicked.connect(self.try_samples)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (logo, title, text):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
