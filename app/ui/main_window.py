"""The main window: the parts laid out and wired together.

The list pane on the left over the Today list, the customer pane on the right, the commands
from the action table (`app.ui.actions`, handled in `app.ui.commands`), and the background
duties (`app.ui.duties`). The parts talk through signals; this class only connects them and
keeps the window's state.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
)

from app import APP_NAME
from app.core.operations import Change, Kind
from app.ui import window_settings as ws
from app.ui.actions import ActionTable
from app.ui.commands import Commands
from app.ui.conflict_dialog import ConflictDialog
from app.ui.customer_model import CustomerTableModel
from app.ui.customer_pane import CustomerPane
from app.ui.customer_table import CustomerTable
from app.ui.duties import Duties
from app.ui.empty_state import EmptyState
from app.ui.form import present
from app.ui.glance_card import GlanceCard
from app.ui.icons import app_icon
from app.ui.list_pane import ListPane
from app.ui.local_forms import speak
from app.ui.notifiers import TodayPanel, TrayNotifier
from app.ui.privacy import told
from app.ui.profile_pane import ProfilePane
from app.ui.reminder_center import ReminderCenter
from app.ui.runner import SAVING
from app.ui.service import DataService
from app.ui.timeline_panel import TimelinePanel
from app.ui.type_to_search import TypeToSearch
from app.ui.words import DELETED, LOGGED, N_, words

# Reminders are read once the window is on screen: the list first, the Today panel a moment
# later, so that a large shop's thousands of reminders never hold up the window.
REMINDERS_AFTER_MS = 300
OFFER_UNDO_MS = 10_000
_EMPTY_PAGE, _MAIN_PAGE = 0, 1


class MainWindow(QMainWindow):
    def __init__(self, service: DataService, settings: QSettings,
                 use_tray: bool | None = None) -> None:
        super().__init__()
        self.service = service
        self.settings = settings
        self.runner = service.runner
        self.undo_stack = self.runner.undo_stack
        self._quitting = False
        speak(service.forms)
        service.forms_changed.connect(self._speak_again)
        service.forms_changed.connect(self.runner.say_again)  # once the new language is spoken
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._build_parts(service)
        self._build_status_bar()
        self._build_reminders(service, use_tray)
        self._build_actions()
        service.changed.connect(self._on_changed)
        service.failed.connect(self.show_problem)

        self.duties = Duties(service, self)
        self.duties.damaged.connect(self.commands.report_damage)
        self.model.reload()
        self.show_page()
        self._restore_layout()
        self.set_private(ws.read(settings, ws.PRIVACY))
        self._open_last_customer()
        QTimer.singleShot(REMINDERS_AFTER_MS, self.center.start)
        self.duties.start()

    def _build_parts(self, service: DataService) -> None:
        """The list and Today on the left, the customer on the right, or the first-run page."""
        self.list_pane = ListPane(service)
        self.list_pane.customer_chosen.connect(self.open_customer)
        self.type_to_search = TypeToSearch(self, self.list_pane)
        self.today = TodayPanel(service)
        self.today.setContentsMargins(8, 0, 0, 8)
        self.today.open_customer.connect(self.bring_customer)
        self.today.said.connect(self.say_done)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.list_pane)
        self.left.addWidget(self.today)
        self.left.setStretchFactor(0, 4)
        self.left.setStretchFactor(1, 1)

        self.right = CustomerPane(service)
        self.right.profile.message.connect(self.show_problem)
        self.right.timeline.logged.connect(self._logged)
        self.right.timeline.deleted.connect(
            lambda entry: self.offer_undo(words(DELETED.get(entry.kind) or N_(
                "Deleted the entry from the timeline."))))
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.left)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)

        self.commands = Commands(self)
        self.right.glance.archive_clicked.connect(self.commands.archive_open_customer)
        self.empty_state = EmptyState(service)
        self.empty_state.add_first.connect(self.commands.new_customer)
        self.empty_state.try_samples.connect(self.commands.load_samples)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.split)
        self.setCentralWidget(self.pages)

    def _build_reminders(self, service: DataService, use_tray: bool | None) -> None:
        self.tray: TrayNotifier | None = None
        if use_tray if use_tray is not None else TrayNotifier.available():
            self.tray = TrayNotifier(service, self)
            self.tray.open_customer.connect(self.bring_customer)
            self.tray.open_window.connect(self.bring_to_front)
            self.tray.quit_requested.connect(self.commands.quit)
        self.center = ReminderCenter(service, self)
        self.center.updated.connect(self.today.show_reminders)
        if self.tray is not None:
            self.center.updated.connect(self.tray.show_reminders)
        self.center.announce.connect(self.commands.announce)

    def _build_actions(self) -> None:
        """Menus, the list's context menu and F1, all from the one action table."""
        self.actions = ActionTable(self, lambda name: getattr(self.commands, name), {
            "undo": self.runner.undo_action(self), "redo": self.runner.redo_action(self),
        }, self.table)
        self.menus = self.actions.fill_menus(self.menuBar())
        self.menus["Edit"].aboutToShow.connect(self.commands.update_undo_import)
        self.menus["File"].aboutToShow.connect(self.commands.update_samples)
        self.menus["Customer"].aboutToShow.connect(self.commands.update_customer_menu)
        self.table.customContextMenuRequested.connect(self._list_menu)
        self.list_pane.only_changed.connect(
            lambda only: self.actions["show_stopped_coming"].setChecked(bool(only)))
        self.undo_stack.indexChanged.connect(self._undo_moved)
        self.runner.reveal.connect(self.reveal)
        self.runner.saving.connect(self._saving)
        # On the next turn: a form whose OK saved is still closing, and the window it leaves
        # would take the keyboard back from the question.
        self.runner.conflicted.connect(lambda conflict: QTimer.singleShot(
            0, lambda: present(ConflictDialog(self.service, conflict, self))))

    def _build_status_bar(self) -> None:
        self._undo_button = QPushButton(self.tr("Undo"))
        self._undo_button.setFlat(True)
        self._undo_button.clicked.connect(self.undo_stack.undo)
        self._undo_button.hide()
        self._offered_at: int | None = None
        self._offer = ""  # the status bar's words while the undo is on offer
        self.statusBar().addPermanentWidget(self._undo_button)
        self._privacy_badge = QLabel(self.tr("Privacy on (F8)"))
        self._privacy_badge.setStyleSheet(
            "background: #8a5a00; color: white; border-radius: 3px; padding: 0 4px")
        self._privacy_badge.hide()
        self.statusBar().addPermanentWidget(self._privacy_badge)

    # The parts, by the names the rest of the window and its tests use ------------------------

    @property
    def search(self) -> QLineEdit:
        return self.list_pane.search

    @property
    def table(self) -> CustomerTable:
        return self.list_pane.table

    @property
    def model(self) -> CustomerTableModel:
        return self.list_pane.model

    @property
    def count_label(self) -> QLabel:
        return self.list_pane.count_label

    @property
    def glance(self) -> GlanceCard:
        return self.right.glance

    @property
    def profile(self) -> ProfilePane:
        return self.right.profile

    @property
    def timeline(self) -> TimelinePanel:
        return self.right.timeline

    @property
    def tabs(self) -> QTabWidget:
        return self.right.tabs

    def selected_ids(self) -> list[int]:
        return self.list_pane.selected_ids()

    def select_row(self, row: int) -> None:
        self.list_pane.select_row(row)

    def select_customer(self, customer_id: int) -> bool:
        return self.list_pane.select_customer(customer_id)

    def apply_search(self) -> None:
        self.list_pane.apply_search()

    # Opening customers -------------------------------------------------------------------------

    def open_customer(self, customer_id: int) -> None:
        self.list_pane.open_id = customer_id
        self.right.open_customer(customer_id)

    def _open_last_customer(self) -> None:
        """A returning owner finds the customer opened last (or the first by name), never an
        empty pane beside the list."""
        if self.pages.currentIndex() == _MAIN_PAGE and self.right.customer_id is None:
            last = self.service.customer_ids("", "recent", False, limit=1)
            if last:
                self.reveal(last[0])

    def reveal(self, customer_id: int) -> None:
        """Show this customer, clearing a search that hides them (if they are there at all:
        an undone "add" has taken them away)."""
        if not self.service.rows([customer_id]):
            return
        if self.pages.currentIndex() != _MAIN_PAGE:
            self.show_page()
        if self.right.customer_id == customer_id:
            return
        if not self.list_pane.reveal(customer_id):
            self.open_customer(customer_id)

    def bring_to_front(self) -> None:
        """Shown, as it was: a maximised or full-screen window stays so; a minimised one
        comes back to the state it had."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        if QApplication.platformName() != "offscreen":  # nothing is in front of an offscreen one
            self.raise_()
            self.activateWindow()

    def bring_customer(self, customer_id: int) -> None:
        self.bring_to_front()
        self.reveal(customer_id)

    def _list_menu(self, position: QPoint) -> None:
        if self.selected_ids():
            self.actions.list_menu(self).exec(self.table.viewport().mapToGlobal(position))

    # Pages, privacy, messages ------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.any(Kind.LIST):
            self.list_pane.open_id = self.right.customer_id
            self.show_page()

    def show_page(self) -> None:
        # With no search and no archived, the list's count is the count of customers.
        total = self.model.total()
        empty = (total == 0 and not self.model.query and not self.model.only
                 and not self.actions["show_archived"].isChecked())
        self.pages.setCurrentIndex(_EMPTY_PAGE if empty else _MAIN_PAGE)
        self.list_pane.update_count(total)

    def first_focus(self) -> None:
        """Where the keyboard starts: the search box, or on a first start the first way in."""
        if self.pages.currentIndex() == _MAIN_PAGE:
            self.search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        else:
            self.empty_state.add_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def set_private(self, private: bool) -> None:
        """Privacy mode: the screen faces the shop. Remembered until switched off; every part
        hides what `app.ui.privacy` says, told through the service."""
        self.actions["set_private"].setChecked(private)
        ws.write(self.settings, ws.PRIVACY, private)
        if private:
            self.statusBar().clearMessage()  # it may tell an amount or a tag
        self.service.privacy.set(private)
        self.setWindowTitle(self.tr("{app} — privacy on").format(app=APP_NAME) if private
                            else APP_NAME)
        self._privacy_badge.setVisible(private)

    def _logged(self, customer_id: int, kind: str) -> None:
        """Say what went on the timeline (it may be hidden), and ready the search."""
        name = self.service.profile(customer_id).name
        unnamed = self.tr("Logged for {name}.")  # on a private screen: the kind unsaid
        logged = words(LOGGED[kind]) if kind in LOGGED else unnamed
        self.offer_undo(told(self.service.privacy.on, logged.format(name=name),
                             unnamed.format(name=name)))
        self.list_pane.ready_for_next()

    def offer_undo(self, text: str) -> None:
        """Say what was done and that Ctrl+Z undoes it, while it is the next undo."""
        self._offer = self.tr("{text}  Ctrl+Z undoes it.").format(text=text)
        self.statusBar().showMessage(self._offer, OFFER_UNDO_MS)
        self._offered_at = self.undo_stack.index()
        self._undo_button.show()
        QTimer.singleShot(OFFER_UNDO_MS, self._undo_button.hide)

    def _speak_again(self) -> None:
        """Dates and amounts follow at once; a new language says, in itself, that what shows
        already stays until the next start."""
        before = QLocale().language()
        speak(self.service.forms)
        if QLocale().language() != before:
            self.statusBar().showMessage(self.tr("Regulars speaks this language everywhere "
                                                 "from its next start."), 15_000)

    def say_done(self, text: str) -> None:
        """What a list did (a reminder or a promise done, what it logged), with the offer to
        undo it; on a private screen without the words, which tell what the reminder said."""
        self.offer_undo(told(self.service.privacy.on, text, self.tr("Done.")))

    def _undo_moved(self, index: int) -> None:
        if self._offered_at is not None and index != self._offered_at:
            self._offered_at = None
            self._undo_button.hide()
            if self.statusBar().currentMessage() == self._offer:
                self.statusBar().clearMessage()

    def _saving(self, waiting: bool) -> None:
        """While a change waits for another program's write, say so; then stop saying it."""
        if waiting:
            self.statusBar().showMessage(words(SAVING))
        elif self.statusBar().currentMessage() == words(SAVING):
            self.statusBar().clearMessage()

    def show_problem(self, text: str) -> None:
        self.statusBar().showMessage(f"⚠ {text}", 10_000)

    # Window state ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """As the owner left it (size, maximised or not, splitters, columns); the first time,
        the whole of the screen: a size of our own choosing may be larger than a laptop's
        screen, and a window manager then shrinks it to its minimum."""
        geometry = ws.read(self.settings, ws.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen() or QApplication.primaryScreen()
            self.setGeometry(ws.normal_geometry(screen.availableGeometry()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            room = screen.availableGeometry().size()
        else:
            room = self.size()
        for setting, splitter, weights, total in (
                (ws.SPLIT, self.split, ws.DEFAULT_SPLIT, room.width()),
                (ws.LEFT, self.left, ws.DEFAULT_LEFT, room.height())):
            state = ws.read(self.settings, setting)
            if state is None or not splitter.restoreState(state):
                splitter.setSizes(ws.shares(weights, total))
        columns = ws.read(self.settings, ws.COLUMNS)
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
            self.list_pane.fit_columns()  # the order comes back; the widths follow the window

    def _save_layout(self) -> None:
        ws.write(self.settings, ws.GEOMETRY, self.saveGeometry())
        ws.write(self.settings, ws.SPLIT, self.split.saveState())
        ws.write(self.settings, ws.LEFT, self.left.saveState())
        ws.write(self.settings, ws.COLUMNS, self.table.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        """QWidget.closeEvent: save what is being typed; with a tray, keep running there."""
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a field saves when it loses focus
        self._save_layout()
        if self.tray is not None and not self._quitting:
            event.ignore()
            self.hide()
            if not ws.read(self.settings, ws.TRAY_TOLD):
                self.tray.icon.showMessage(
                    self.tr("Regulars is still running"),
                    self.tr("Reminders keep coming from the tray. Quit from its menu to stop."),
                    app_icon(), 10_000)
                ws.write(self.settings, ws.TRAY_TOLD, True)
            return
        self.duties.stop()  # a closed window no longer watches the database
        self.center.stop()
        self.runner.wait_for_jobs()
        super().closeEvent(event)
