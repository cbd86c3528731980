"""The first start: a welcome and two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.directory import count
from app.ui.main_window import _EMPTY_PAGE, _MAIN_PAGE


def test_first_run_offers_a_start(window):
    assert window.pages.currentIndex() == _EMPTY_PAGE
    assert window.empty_state.add_button.text() == "Add your first customer"
    assert window.empty_state.sample_button.text() == "Try with sample customers"


def test_try_with_sample_customers_fills_the_list(qtbot, window):
    qtbot.mouseClick(window.empty_state.sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == _MAIN_PAGE
    assert window.model.rowCount() == count() == 60
    assert window.count_label.text() == "60 customers"


def test_add_your_first_customer_opens_the_form_ready_for_typing(qtbot, window):
    """Typing the customer in is a journey (tests/journeys/test_new_customer.py)."""
    assert window.empty_state.add_button.isDefault()
    qtbot.mouseClick(window.empty_state.add_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.windowTitle() == "New customer"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_name)
    dialog.reject()
