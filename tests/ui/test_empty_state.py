"""The first start: a welcome and two ways to begin."""

from __future__ import annotations

from helpers import visible_names
from PySide6.QtCore import Qt, QTimer
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


def test_add_your_first_customer(qtbot, window):
    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.first_name.setText("Eleanor")
        dialog.last_name.setText("Whitfield")
        dialog.nickname.setText("Ellie")
        dialog.phone.setText("+44 7700 900123")
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(window.empty_state.add_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == _MAIN_PAGE
    assert visible_names(window) == ["Eleanor Whitfield"]
    assert window.glance.title.text() == "Ellie"
    assert window.profile.contacts.texts()[0].startswith("+44 7700 900123")
