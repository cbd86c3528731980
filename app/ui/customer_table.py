"""The customer list's view: selecting everyone means everyone, not the screenful read so far."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from app.ui.customer_model import CustomerTableModel


class CustomerTable(QTableView):
    def selectAll(self) -> None:
        """QAbstractItemView.selectAll (Ctrl+A): the rest of a long list is read first, so a
        bulk action reaches every customer listed."""
        model = self.model()
        if isinstance(model, CustomerTableModel):
            model.load_rest()
        super().selectAll()
