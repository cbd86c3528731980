"""The customer list's view: the end of the list and "select all" mean the whole list, not
the screenful read so far."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.ui.customer_model import CustomerTableModel

_Move = QAbstractItemView.CursorAction
_TOWARDS_THE_END = (_Move.MoveEnd, _Move.MoveDown, _Move.MoveNext, _Move.MovePageDown)


class CustomerTable(QTableView):
    def __init__(self) -> None:
        super().__init__()
        # A row is what is chosen here, never a cell: Tab goes on to the Today list below, as
        # it leaves any other field, instead of stepping through the cells of the row.
        self.setTabKeyNavigation(False)

    def _load_rest(self) -> None:
        model = self.model()
        if isinstance(model, CustomerTableModel):
            model.load_rest()

    def selectAll(self) -> None:
        """QAbstractItemView.selectAll (Ctrl+A): the rest of a long list is read first, so a
        bulk action reaches every customer listed."""
        self._load_rest()
        super().selectAll()

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """QAbstractItemView.moveCursor: Ctrl+End, or the arrow keys at the last row read so
        far, go on into the rest of the list."""
        model = self.model()
        if action in _TOWARDS_THE_END and isinstance(model, CustomerTableModel) \
                and not model.complete:
            near_end = self.currentIndex().row() >= model.rowCount() - 2 * max(
                1, self.viewport().height() // max(1, self.verticalHeader().defaultSectionSize()))
            if action == _Move.MoveEnd or near_end:
                self._load_rest()
        return super().moveCursor(action, modifiers)
