"""Starting the window: the Qt application, the data, and the main window."""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME, __version__
from app.core import backups, health, logs, session
from app.ui.icons import app_icon
from app.ui.local_forms import LocalForms
from app.ui.main_window import MainWindow
from app.ui.place_form import PlaceDialog
from app.ui.service import DataService
from app.ui.single_instance import SingleInstance

# Where the keyboard is must show from across the counter: the styles' own focus marks on
# buttons are a faint dotted line or a tint. A frame in the highlight colour instead.
FOCUS_MARK = """
QPushButton:focus, QToolButton:focus {
    border: 2px solid palette(highlight); border-radius: 4px;
    background: palette(button); padding: 3px 10px;
}
QToolButton:focus { padding: 2px 4px; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # how Wayland and the docks match the window to its entry
    app.setWindowIcon(app_icon())
    app.setStyleSheet(FOCUS_MARK)
    return app


def window_settings() -> QSettings:
    """Window geometry and such: per machine, not part of the data or its backups."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "window")


def _tell(text: str, *, smoke: bool) -> None:
    """Why Regulars cannot start: a message box for the owner; with --smoke (a packaging
    check, nobody there to click) one line on stderr instead, never a dialog to wait on."""
    if smoke:
        print(f"regulars: {' '.join(text.split())}", file=sys.stderr)
    else:
        QMessageBox.critical(None, APP_NAME, text)


def open_or_repair(data_dir: str | None, *, smoke: bool = False) -> bool:
    """Open the data; if it is damaged, offer the newest good backup (one click)."""
    folder = session.database_location(data_dir).parent
    try:
        session.open_data(data_dir)
        problem = health.start_problem()
    except session.ReadOnlyDatabaseError as error:  # not damage: no backup would help
        _tell(f"Regulars cannot change its data:\n\n{error}", smoke=smoke)
        return False
    except session.DATABASE_ERRORS as error:
        problem = str(error)
    except Exception as error:  # shown to the owner instead of a traceback
        _tell(f"Regulars could not open its data:\n\n{error}", smoke=smoke)
        return False
    if problem is None:
        return True
    session.close()
    if smoke:
        _tell(f"The database is damaged and cannot be used as it is: {problem}", smoke=True)
        return False
    good = backups.newest_good(folder)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      "The database is damaged and cannot be used as it is.")
    box.setInformativeText(
        f"{problem}\n\n" + (f"The newest good backup is from "
                             f"{LocalForms.of_system().long_date_time(good.made)} "
                             f"({good.customers} customers). Restoring it keeps the damaged "
                             "file aside." if good else "There is no backup to restore."))
    restore = (box.addButton("Restore the newest backup", QMessageBox.ButtonRole.AcceptRole)
               if good else None)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if good is None or box.clickedButton() is not restore:
        return False
    backups.restore(good.path, data_dir)
    return True


def _headless() -> bool:
    """No display to draw on: a packaging check on a build machine or over ssh."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(data_dir: str | None, *, hidden: bool = False, verbose: bool = False,
                settings: QSettings | None = None,
                smoke: bool = False) -> tuple[MainWindow, SingleInstance] | int:
    """Everything `regulars` does before the event loop: the data, the log and the window as
    the owner first sees it (shown, the keyboard in the search box). An exit code instead when
    another window has the folder or the data cannot be opened."""
    folder = session.database_location(data_dir).parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        _tell(f"The data folder {folder} cannot be made: {error.strerror}", smoke=smoke)
        return 1
    instance = SingleInstance(folder)
    if not instance.acquire():
        if instance.ask_running_to_show():
            return 0
        if not os.access(folder, os.W_OK):  # the lock cannot be made there either
            _tell(f"The data folder {folder} cannot be written to.", smoke=smoke)
        elif smoke:
            _tell("Regulars is already running for this data folder.", smoke=True)
        else:
            QMessageBox.warning(None, APP_NAME,
                                "Regulars is already running for this data folder.")
        return 1
    if not open_or_repair(data_dir, smoke=smoke):
        instance.release()
        return 1
    # The log beside the database: what a shop owner sends with a problem report.
    logs.setup(logs.log_dir_for(session.database_file()), verbose=verbose)
    logs.install_excepthook()
    if session.narrow_data_folder(data_dir):
        logs.log.warning("the data folder was open to other users; now it is the owner's alone")
    window = MainWindow(DataService(), settings if settings is not None else window_settings())
    instance.activated.connect(window.bring_to_front)
    if window.tray is not None:
        QApplication.setQuitOnLastWindowClosed(False)  # closing leaves Regulars in the tray
    if not (hidden and window.tray is not None):
        window.show()
        window.activateWindow()
        window.first_focus()
        ask_place(window)
    return window, instance


def ask_place(window: MainWindow) -> None:
    """A shop that was here before Regulars knew where shops are is asked once, over the
    window (a new shop says so on the first page)."""
    if window.service.setting("ask_place"):
        dialog = PlaceDialog(window.service, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def _quit_on_sigterm(app: QApplication) -> None:
    """A logout or `kill` ends Regulars as Quit does: the data closes, the socket and lock go.

    Python runs a signal handler only between its own steps, and an idle event loop gives it
    none: a slow timer gives it the chance.
    """
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


def run(data_dir: str | None, *, smoke: bool = False, hidden: bool = False,
        verbose: bool = False) -> int:
    if smoke and _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application()
    opened = open_window(data_dir, hidden=hidden, verbose=verbose, smoke=smoke)
    if isinstance(opened, int):
        return opened
    _window, instance = opened
    _quit_on_sigterm(app)
    if smoke:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        session.close()
        instance.release()
