"""Settings > Customer book, typed: the place chosen with the keyboard, the server's fields
only open to typing once a server is chosen, a missing field said beside the server's name and
nothing kept, and the choice read back the next time the dialog opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core import book_place
from app.ui.book_place_dialog import BookPlaceDialog
from app.ui.settings_dialog import SettingsDialog


def _typed(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_server_chosen_with_the_keyboard_is_kept_for_the_next_start(qtbot, window, service):
    settings = SettingsDialog(service, window)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.book.text() == "On this computer…"
    dialog = settings.choose_book()
    qtbot.waitExposed(dialog)
    assert dialog.here.isChecked() and not dialog.host.isEnabled()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.there, Qt.MouseButton.LeftButton)  # "On a server"
    assert dialog.there.isChecked() and dialog.host.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to the server's name
    _typed(qtbot, "backoffice.local")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the port, as it is
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the database, "regulars"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _typed(qtbot, "shop")
    said: list[str] = []
    dialog.chosen.connect(said.append)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert book_place.chosen() == "postgresql://shop@backoffice.local/regulars"
    assert said == ["The customer book is on backoffice.local from the next start."]
    assert settings.book.text() == "On a server: regulars at backoffice.local…"
    again = BookPlaceDialog(window)
    qtbot.addWidget(again)
    assert again.there.isChecked() and again.host.text() == "backoffice.local"
    assert again.user.text() == "shop"


def test_a_server_without_a_user_is_refused_beside_it(qtbot, window):
    dialog = BookPlaceDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.there, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _typed(qtbot, "backoffice.local")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert any("the user is missing" in label.text().lower() for label in dialog._warnings)
    assert book_place.chosen() is None
