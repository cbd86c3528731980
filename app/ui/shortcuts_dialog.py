"""F1: every key the window answers to, one key to a row, from the action table.

A row per key, the keys in a column of their own that never wraps, and a box as wide as its
longest line (or the screen, scrolled), so nothing in it is read broken in two.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Room the dialog's frame and buttons take beside the rows, and a margin to the screen's edge.
_AROUND = 40


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QWidget()
        grid = QGridLayout(table)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for row, (keys, what) in enumerate(rows):
            key = QLabel(keys)
            key.setTextFormat(Qt.TextFormat.PlainText)
            font = key.font()
            font.setBold(True)
            key.setFont(font)
            grid.addWidget(key, row, 0)
            text = QLabel(what)
            text.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(table)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._fit(table, scroll)

    def _fit(self, table: QWidget, scroll: QScrollArea) -> None:
        """As large as the rows need, within the screen; taller than the screen, it scrolls."""
        needed = table.sizeHint()
        scroll.setMinimumWidth(needed.width() + scroll.verticalScrollBar().sizeHint().width())
        screen = (self.parentWidget() or self).screen().availableGeometry()
        height = min(needed.height(), screen.height() - 3 * _AROUND)
        scroll.setMinimumHeight(height)
        self.setMaximumHeight(screen.height() - _AROUND)
