"""Starting the window: the Qt application, the data, and the main window."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from app import APP_ID, APP_NAME, __version__
from app.core import backups, health, logs, relocation, session
from app.core.errors import RegularsError
from app.ui.icons import app_icon
from app.ui.local_forms import LocalForms, say_error
from app.ui.main_window import MainWindow
from app.ui.place_form import PlaceDialog
from app.ui.service import DataService
from app.ui.single_instance import SingleInstance
from app.ui.unsafe_place_dialog import where_to_keep
from app.ui.words import N_, install, words

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
COULD_NOT_OPEN = N_("Regulars could not open its data:\n\n{error}")
PASSWORD_ASKED = N_("The customer book at {where} needs a password. Password:")
PASSWORD_REFUSED = N_("The server at {where} did not accept that password. Password:")
ALREADY_RUNNING = N_("Regulars is already running for this data folder.")


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


def _tell(text: str, *, smoke: bool, **values: object) -> None:
    """Why Regulars cannot start: a message box for the owner, in the computer's language
    (`text` is marked with `N_`, its values named in it); with --smoke (a packaging check,
    nobody there to click) one line on stderr instead, in the command line's English, never a
    dialog to wait on."""
    if smoke:
        print(f"regulars: {' '.join(text.format(**values).split())}", file=sys.stderr)
    else:
        QMessageBox.critical(None, APP_NAME, words(text).format(**values))


class RepairBox(QMessageBox):
    """The database is damaged: the newest good backup in `folder` is offered in its place."""

    def __init__(self, problem: str, folder: Path) -> None:
        super().__init__(QMessageBox.Icon.Critical, APP_NAME, "")
        self.good = backups.newest_good(folder)
        self.setText(self.tr("The database is damaged and cannot be used as it is."))
        if self.good is None:
            offer = self.tr("There is no backup to restore.")
        else:
            offer = self.tr("The newest good backup is from {when} (%Ln customer(s)). Restoring "
                            "it keeps the damaged file aside.", "", self.good.customers or 0
                            ).format(when=LocalForms.of_system().long_date_time(self.good.made))
        self.setInformativeText(f"{problem}\n\n{offer}")
        self.restore = (self.addButton(self.tr("Restore the newest backup"),
                                       QMessageBox.ButtonRole.AcceptRole)
                        if self.good else None)
        self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)


def open_or_repair(data_dir: str | None, *, smoke: bool = False) -> bool:
    """Open the data; if it is damaged, offer the newest good backup (one click)."""
    folder = session.database_location(data_dir).parent
    try:
        session.open_data(data_dir)
        problem = health.start_problem()
    except session.ReadOnlyDatabaseError as error:  # not damage: no backup would help
        _tell(N_("Regulars cannot change its data:\n\n{error}"), smoke=smoke, error=error)
        return False
    except session.DATABASE_ERRORS as error:
        if isinstance(error, relocation.MovedAwayError):  # not damage: the note says where
            _tell(COULD_NOT_OPEN, smoke=smoke, error=error)
            return False
        problem = str(error)
    except Exception as error:  # shown to the owner instead of a traceback
        _tell(COULD_NOT_OPEN, smoke=smoke, error=error)
        return False
    if problem is None:
        return True
    session.close()
    if smoke:  # the command line's words only: English, never translated
        _tell("The database is damaged and cannot be used as it is: {problem}", smoke=True,
              problem=problem)
        return False
    box = RepairBox(problem, folder)
    box.exec()
    if box.good is None or box.clickedButton() is not box.restore:
        return False
    restored = backups.restore(box.good.path, data_dir)
    said = restored.erased_again_said()
    if said is not None:  # the register beside the database erased them from the backup
        QMessageBox.information(None, APP_NAME, LocalForms.of_system().say(said))
    return True


def open_server_book(url: str, *, smoke: bool = False) -> bool:
    """Open the customer book on the server at `url`, asking for the password where the server
    wants one that this computer does not keep (never with --smoke: nobody is there to type it).
    What stops it is said as the owner is told any failure to open the data."""
    from app.core import book_place, server_book

    def ask(refused: bool) -> str | None:
        text = words(PASSWORD_REFUSED if refused else PASSWORD_ASKED).format(
            where=server_book.shown_url(url))
        password, given = QInputDialog.getText(None, APP_NAME, text,
                                               QLineEdit.EchoMode.Password)
        return password if given and password else None

    try:
        server_book.open_book(url, book_place.kept_password(url), ask=None if smoke else ask)
    except RegularsError as error:
        _tell(COULD_NOT_OPEN, smoke=smoke, error=say_error(error))
        return False
    return True


def _headless() -> bool:
    """No display to draw on: a packaging check on a build machine or over ssh."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(data_dir: str | None, *, url: str | None = None, hidden: bool = False,
                verbose: bool = False, settings: QSettings | None = None,
                smoke: bool = False) -> tuple[MainWindow, SingleInstance] | int:
    """Everything `regulars` does before the event loop: the data, the log and the window as
    the owner first sees it (shown, the keyboard in the search box). An exit code instead when
    another window has the folder or the data cannot be opened.

    With `url`, the customer book is the server's there; the data folder is still this
    counter's own, for its log, its backups and the one window it runs."""
    # What is said before the shop's settings can be read (the folder, another window,
    # damaged data) is said in the computer's language; the window then speaks the shop's.
    install(QLocale.system().name().partition("_")[0])
    folder = session.database_location(data_dir).parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        _tell(N_("The data folder {folder} cannot be made: {reason}"), smoke=smoke,
              folder=folder, reason=error.strerror)
        return 1
    instance = SingleInstance(folder)
    if not instance.acquire():
        if instance.ask_running_to_show():
            return 0
        if not os.access(folder, os.W_OK):  # the lock cannot be made there either
            _tell(N_("The data folder {folder} cannot be written to."), smoke=smoke,
                  folder=folder)
        elif smoke:
            _tell(ALREADY_RUNNING, smoke=True)
        else:
            QMessageBox.warning(None, APP_NAME, words(ALREADY_RUNNING))
        return 1
    settings = settings if settings is not None else window_settings()
    if not smoke and url is None:  # a file in a sync folder or on a network drive: offered a move
        kept, instance = where_to_keep(folder, instance, settings)
        if kept != folder:
            data_dir = str(kept)
    opened = (open_server_book(url, smoke=smoke) if url is not None
              else open_or_repair(data_dir, smoke=smoke))
    if not opened:
        instance.release()
        return 1
    # The log beside the database: what a shop owner sends with a problem report.
    logs.setup(logs.log_dir_for(session.own_file()), verbose=verbose)
    logs.install_excepthook()
    if session.narrow_data_folder(data_dir):
        logs.log.warning("the data folder was open to other users; now it is the owner's alone")
    window = MainWindow(DataService(), settings)
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


def run(data_dir: str | None, *, url: str | None = None, smoke: bool = False,
        hidden: bool = False, verbose: bool = False) -> int:
    if smoke and _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application()
    opened = open_window(data_dir, url=url, hidden=hidden, verbose=verbose, smoke=smoke)
    if isinstance(opened, int):
        return opened
    window, instance = opened
    _quit_on_sigterm(app)
    if smoke:  # what the packaging check reads: the window's menus, in the shop's language
        menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
        print(f"regulars: the window opened: {' '.join(menus)}")
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        session.close()
        instance.release()
