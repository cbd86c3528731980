"""Starting the window: the Qt application, the data, and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.core import session
from app.ui.icons import app_icon
from app.ui.main_window import MainWindow
from app.ui.service import DataService


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("regulars")
    app.setWindowIcon(app_icon())
    return app


def window_settings() -> QSettings:
    """Window geometry and such: per machine, not part of the data or its backups."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "window")


def run(data_dir: str | None, *, smoke: bool = False, hidden: bool = False) -> int:
    app = make_application()
    try:
        session.open_data(data_dir)
    except Exception as error:
        QMessageBox.critical(None, APP_NAME, f"Regulars could not open its data:\n\n{error}")
        return 1
    window = MainWindow(DataService(), window_settings())
    if window.tray is not None:
        app.setQuitOnLastWindowClosed(False)  # closing the window leaves Regulars in the tray
    if not (hidden and window.tray is not None):
        window.show()
        window.search.setFocus()
    if smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        session.close()
