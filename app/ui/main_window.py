"""The main window: customer list on the left, profile and timeline on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.core.customers import split_tags
from app.core.humanize import plural
from app.core.reminders import Reminder
from app.core.timeline import Entry
from app.ui.backup_dialog import RestoreDialog
from app.ui.customer_model import CustomerTableModel
from app.ui.customer_table import CustomerTable
from app.ui.dialogs import NewCustomerDialog
from app.ui.duplicates_dialog import DuplicatesDialog
from app.ui.empty_state import EmptyState
from app.ui.glance_card import GlanceCard
from app.ui.icons import app_icon
from app.ui.notifiers import TodayPanel, TrayNotifier, summary
from app.ui.profile_pane import ProfilePane
from app.ui.reminder_center import ReminderCenter
from app.ui.review_dialogs import PromisesDialog, WeekDialog
from app.ui.service import ADDED, ALL, ARCHIVE, Change, DataService
from app.ui.settings_dialog import SettingsDialog
from app.ui.timeline_panel import TimelinePanel
from app.ui.undo import ArchiveCommand, DeleteEntryCommand, MergeCommand
from app.ui.worker import Background

if TYPE_CHECKING:
    from app.ui.import_wizard import ImportWizard

D = TypeVar("D", bound=QDialog)
SEARCH_DELAY_MS = 150
WATCH_EVERY_MS = 2000
BACKUP_LOOK_EVERY_MS = 60_000
CHECK_AFTER_MS = 5_000
# Reminders are read once the window is on screen: the list first, the Today panel a moment
# later, so that a large shop's thousands of reminders never hold up the window.
REMINDERS_AFTER_MS = 300
ROW_HEIGHT = 26
_EMPTY_PAGE, _MAIN_PAGE = 0, 1


class MainWindow(QMainWindow):
    def __init__(self, service: DataService, settings: QSettings,
                 use_tray: bool | None = None) -> None:
        super().__init__()
        self.service = service
        self.settings = settings
        self._quitting = False
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())

        # Left: search and list.
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            "Find: name, phone, email, family, pet, tag, note…  (Ctrl+F)"
        )
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.textChanged.connect(self._search_cleared)
        self.search.returnPressed.connect(self.open_top_match)

        self.model = CustomerTableModel(service)
        self.table = CustomerTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # No column order at first: the list starts with the customers opened most recently.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 96), (3, 70), (4, 96)):
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        header.sortIndicatorChanged.connect(lambda *_: header.setSortIndicatorShown(True))
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._after_reset)  # the rest of a long list came
        self.count_label = QLabel()
        self.count_label.setEnabled(False)

        listing = QWidget()
        left_layout = QVBoxLayout(listing)
        left_layout.setContentsMargins(8, 8, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.today = TodayPanel(service)
        self.today.setContentsMargins(8, 0, 0, 8)
        self.today.open_customer.connect(self.bring_customer)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(listing)
        left.addWidget(self.today)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)
        self.left = left

        # Right: the glance card over the timeline and the details.
        self.glance = GlanceCard()
        self.glance.archive_clicked.connect(self._archive_open_customer)
        self.profile = ProfilePane(service)
        self.profile.message.connect(self.show_problem)
        self.glance.photo_choose.connect(self.profile.choose_photo)
        self.glance.photo_remove.connect(self.profile.remove_photo)
        self.timeline = TimelinePanel(service)
        self.timeline.deleted.connect(self._entry_deleted)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(self.profile, "Details")
        self.right = QWidget()
        right_layout = QVBoxLayout(self.right)
        right_layout.setContentsMargins(8, 8, 8, 4)
        right_layout.addWidget(self.glance)
        right_layout.addWidget(self.tabs, 1)
        self.glance.hide()
        service.changed.connect(self._refresh_glance)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)

        self.empty_state = EmptyState()
        self.empty_state.add_first.connect(self.new_customer)
        self.empty_state.try_samples.connect(self.load_samples)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.split)
        self.setCentralWidget(self.pages)

        self._undo_button = QPushButton("Undo")
        self._undo_button.setFlat(True)
        self._undo_button.clicked.connect(self.undo_stack.undo)
        self._undo_button.hide()
        self.statusBar().addPermanentWidget(self._undo_button)

        self.tray: TrayNotifier | None = None
        if use_tray if use_tray is not None else TrayNotifier.available():
            self.tray = TrayNotifier(service, self)
            self.tray.open_customer.connect(self.bring_customer)
            self.tray.open_window.connect(self.bring_to_front)
            self.tray.quit_requested.connect(self.quit)
        self.center = ReminderCenter(service, self)
        self.center.updated.connect(self.today.show_reminders)
        if self.tray is not None:
            self.center.updated.connect(self.tray.show_reminders)
        self.center.announce.connect(self._announce)

        self._privacy_badge = QLabel(" Privacy on (F8) ")
        self._privacy_badge.setStyleSheet("background: #8a5a00; color: white; border-radius: 3px")
        self._privacy_badge.hide()
        self.statusBar().addPermanentWidget(self._privacy_badge)
        self._build_menus()
        service.changed.connect(self._on_changed)
        service.failed.connect(self.show_problem)
        self.model.reload()
        self._show_page()
        self._restore_layout()
        self.set_private(self.settings.value("privacy/on", False, type=bool))
        QTimer.singleShot(REMINDERS_AFTER_MS, self.center.start)
        self._check_job: Background | None = None
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.timeout.connect(self.check_soundness)
        self._check_timer.start(CHECK_AFTER_MS)
        self._data_version: int | None = None
        self._backup_checked = QElapsedTimer()
        self._backup_checked.start()  # the first look, a minute after start-up
        self._backup_job: Background | None = None
        self._watcher = QTimer(self)
        self._watcher.setInterval(WATCH_EVERY_MS)
        self._watcher.timeout.connect(self._watch)
        self._watcher.start()
        self._watch()

    # Menus and shortcuts ---------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.new_action = self._action("&New customer…", self.new_customer,
                                       QKeySequence.StandardKey.New, "Add a customer")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self._action("Add &sample customers", self.load_samples))
        file_menu.addSeparator()
        self.import_action = self._action("&Import customers…", self.open_import, "Ctrl+I",
                                          "From a phone's vCard file or a shop system's CSV")
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu("&Export")
        for text, file_format in (("All customers as &CSV (Excel)…", "csv"),
                                  ("All customers as &vCard (phones)…", "vcard"),
                                  ("&Birthdays and anniversaries (calendar)…", "ical"),
                                  ("&Mailing list (newsletter consent only)…", "emails")):
            export_menu.addAction(self._action(
                text, lambda _=False, f=file_format: self.export(f, None)))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Back up now", self.backup_now, "Ctrl+B",
                                         "Copy everything into the backups folder"))
        file_menu.addAction(self._action("&Restore from a backup…", self.open_restore))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", self.quit, QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.find_action = self._action("&Find customer", self.focus_search,
                                        QKeySequence.StandardKey.Find)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.settings_action = self._action("&Settings…", self.open_settings,
                                            QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.settings_action)

        view_menu = bar.addMenu("&View")
        self.today_action = self._action("&Today's reminders", self.toggle_today, "F9")
        self.today_action.setCheckable(True)
        self.today_action.setChecked(True)
        view_menu.addAction(self.today_action)
        self.week_action = self._action("This &week…", self.open_week, "F6",
                                        "The weekly review")
        view_menu.addAction(self.week_action)
        self.promises_action = self._action("&Promises and follow-ups…", self.open_promises, "F7")
        view_menu.addAction(self.promises_action)
        view_menu.addSeparator()
        self.privacy_action = self._action("Pri&vacy mode", self.set_private, "F8",
                                           "Hide preferences, notes, amounts and promises")
        self.privacy_action.setCheckable(True)
        view_menu.addAction(self.privacy_action)

        customer_menu = bar.addMenu("&Customer")
        self.log_action = self._action("&Log interaction", self.focus_log, "Ctrl+L",
                                       "Write down what just happened")
        customer_menu.addAction(self.log_action)
        self.archive_action = QAction("&Archive selected", self)
        self.archive_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.archive_action.triggered.connect(lambda: self.archive(self.selected_ids()))
        self.table.addAction(self.archive_action)
        customer_menu.addAction(self.archive_action)
        self.tag_action = self._action("&Tag selected…", self.tag_selected, "Ctrl+T")
        self.untag_action = self._action("&Remove a tag from selected…", self.untag_selected)
        self.export_selected_action = self._action("E&xport selected…", self.export_selected)
        for action in (self.tag_action, self.untag_action, self.export_selected_action):
            customer_menu.addAction(action)
        customer_menu.addSeparator()
        self.redeem_action = self._action("Redeem loyalty &points…", self.redeem_points)
        customer_menu.addAction(self.redeem_action)
        self.duplicates_action = self._action("Find &duplicates…", self.open_duplicates)
        customer_menu.addAction(self.duplicates_action)
        customer_menu.addSeparator()
        self.show_archived_action = QAction("Show &archived customers", self)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.toggled.connect(self._show_archived)
        customer_menu.addAction(self.show_archived_action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard shortcuts", self.show_shortcuts, "F1"))
        help_menu.addAction(self._action("&About Regulars", self.show_about))

    # Search ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QObject.eventFilter: Esc clears the search, Down moves into the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.apply_search()
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.select_row(0)
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        if self.pages.currentIndex() != _MAIN_PAGE:
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.search.text())
        # Matches come best first; a column order shows only when one was chosen.
        self.table.horizontalHeader().setSortIndicatorShown(
            self.model.sort_key not in ("relevance", "recent"))
        self._update_count()

    def _search_cleared(self, text: str) -> None:
        if not text:
            self.apply_search()

    def open_top_match(self) -> None:
        self.apply_search()
        if self.model.rowCount() > 0:
            self.select_row(0)
            self.table.setFocus()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.customer_id(r) for r in rows) if cid is not None]

    def _update_count(self, count: int | None = None) -> None:
        count = self.model.total() if count is None else count
        if self.model.query:
            self.count_label.setText(plural(count, "match", "matches"))
        else:
            self.count_label.setText(plural(count, "customer"))

    # Selection -------------------------------------------------------------------------------

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.customer_id(current.row()) if current.isValid() else None
        if cid is not None and cid != self.profile.customer_id:
            self.open_customer(cid)

    def open_customer(self, customer_id: int) -> None:
        self.profile.show_customer(customer_id)
        self.timeline.set_customer(customer_id)
        self.glance.show_glance(self.service.glance(customer_id, self.profile.profile))
        self.glance.show()
        self.service.mark_opened(customer_id)

    def _refresh_glance(self, change: Change) -> None:
        cid = self.profile.customer_id
        if cid is not None and change.touches(cid):
            self.glance.show_glance(self.service.glance(cid))

    def _archive_open_customer(self) -> None:
        p = self.profile.profile
        if p is None:
            return
        if p.archived:
            self.service.attempt(lambda: self.service.set_archived([p.id], False))
        else:
            self.archive([p.id])

    def _after_reset(self) -> None:
        """Keep the open customer selected; further down a long list, once the rest is read
        (on the next turn, so the keystroke that brought the list back is not held up)."""
        cid = self.profile.customer_id
        if cid is not None:
            row = self.model.row_of(cid, wait=False)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            elif not self.model.complete:
                self.model.fetchMore(QModelIndex())
        self._update_count()

    def _on_changed(self, change: Change) -> None:
        if change.any(ADDED, ARCHIVE, ALL):
            self._show_page()

    def _show_page(self) -> None:
        # With no search and no archived, the list's count is the count of customers.
        total = self.model.total()
        empty = (total == 0 and not self.model.query
                 and not self.show_archived_action.isChecked())
        self.pages.setCurrentIndex(_EMPTY_PAGE if empty else _MAIN_PAGE)
        self._update_count(total)

    def _show_archived(self, on: bool) -> None:
        self.model.set_include_archived(on)
        self._show_page()

    # Actions ---------------------------------------------------------------------------------

    def new_customer(self) -> None:
        dialog = NewCustomerDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        contacts = [(kind, edit.text(), "") for kind, edit in
                    (("phone", dialog.phone), ("email", dialog.email)) if edit.text().strip()]
        cid = self.service.attempt(lambda: self.service.create_customer(
            contacts=contacts, first_name=dialog.first_name.text(),
            last_name=dialog.last_name.text(), nickname=dialog.nickname.text(),
            company=dialog.company.text()))
        if cid is not None:
            self.reveal(cid)

    def reveal(self, customer_id: int) -> None:
        """Show this customer, clearing a search that hides them."""
        if self.model.row_of(customer_id) is None and self.search.text():
            self.search.clear()
            self.apply_search()
        if not self.select_customer(customer_id):
            self.open_customer(customer_id)

    def load_samples(self) -> None:
        self.statusBar().showMessage("Adding sample customers…")
        ids = self.service.attempt(self.service.load_sample_customers)
        if ids:
            self.statusBar().showMessage(f"Added {len(ids)} sample customers", 5000)
            self.select_row(0)

    def focus_log(self) -> None:
        if self.profile.customer_id is None:
            self.show_problem("Open a customer first (Ctrl+F to find one)")
            return
        self.timeline.focus_entry()

    def archive(self, customer_ids: list[int]) -> None:
        if not customer_ids:
            return
        names = [self.model.data(self.model.index(r, 0)) for r in
                 (self.model.row_of(c) for c in customer_ids) if r is not None]
        label = names[0] if len(names) == 1 else plural(len(customer_ids), "customer")
        self.undo_stack.push(ArchiveCommand(self.service, customer_ids, f"archive {label}"))
        self._offer_undo(f"Archived {label}.")

    def _list_menu(self, position: QPoint) -> None:
        count = len(self.selected_ids())
        if not count:
            return
        menu = QMenu(self)
        menu.addAction(self.tag_action)
        menu.addAction(self.untag_action)
        menu.addAction(self.export_selected_action)
        menu.addSeparator()
        menu.addAction(f"Archive {plural(count, 'customer')}",
                       lambda: self.archive(self.selected_ids()))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def tag_selected(self, _checked: bool = False, names: list[str] | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            self.show_problem("Select customers in the list first")
            return
        if names is None:
            text, ok = QInputDialog.getItem(
                self, "Tag customers", f"Tag for {plural(len(ids), 'customer')}:",
                self.service.all_tags(), 0, True)
            if not ok:
                return
            names = split_tags(text)
        if names and self.service.attempt(lambda: self.service.add_tags(ids, names) or True):
            self.statusBar().showMessage(
                f"Tagged {plural(len(ids), 'customer')} {', '.join(names)}", 5000)

    def untag_selected(self, _checked: bool = False, name: str | None = None) -> None:
        ids = self.selected_ids()
        tags = self.service.tags_of(ids)
        if not tags:
            self.show_problem("The selected customers have no tags")
            return
        if name is None:
            name, ok = QInputDialog.getItem(self, "Remove a tag", "Tag to remove:", tags, 0,
                                            False)
            if not ok:
                return
        if self.service.attempt(lambda: self.service.remove_tags(ids, [name]) or True):
            self.statusBar().showMessage(
                f"Removed {name} from {plural(len(ids), 'customer')}", 5000)

    def export_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.show_problem("Select customers in the list first")
            return
        self.export(None, ids)

    def export(self, file_format: str | None, customer_ids: list[int] | None,
               path: str | None = None) -> str | None:
        """Ask where (unless `path` is given) and write the export; returns the summary."""
        filters = {"csv": "CSV for Excel (*.csv)", "vcard": "vCard for phones (*.vcf)",
                   "ical": "Calendar (*.ics)", "emails": "Mailing list CSV (*.csv)"}
        names = {"csv": "customers.csv", "vcard": "customers.vcf",
                 "ical": "customer-dates.ics", "emails": "mailing-list.csv"}
        if path is None:
            wanted = [file_format] if file_format else ["csv", "vcard"]
            path, chosen = QFileDialog.getSaveFileName(
                self, "Export", names[wanted[0]], ";;".join(filters[f] for f in wanted))
            if not path:
                return None
            file_format = file_format or next(f for f in wanted if filters[f] == chosen)
        summary = self.service.attempt(
            lambda: self.service.export(Path(path), file_format or "csv", customer_ids))
        if summary:
            self.statusBar().showMessage(summary.capitalize(), 8000)
        return summary

    def open_import(self) -> ImportWizard:
        from app.ui.import_wizard import ImportWizard  # its file formats load when first used

        wizard = ImportWizard(self.service, self)
        wizard.imported.connect(lambda report: self.statusBar().showMessage(
            f"Import: {report.summary()}", 10_000))
        return self._present(wizard)

    def open_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.service, self)
        dialog.merge_requested.connect(self.merge)
        return self._present(dialog)

    def merge(self, keep_id: int, other_id: int) -> None:
        record = self.service.attempt(lambda: self.service.merge(keep_id, other_id))
        if record is None:
            return
        name = self.service.profile(keep_id).name
        self.undo_stack.push(MergeCommand(self.service, record, f"merge into {name}"))
        self._offer_undo(f"Merged into {name}.")
        self.reveal(keep_id)

    # Reminders -------------------------------------------------------------------------------

    def _announce(self, reminders: list[Reminder]) -> None:
        if self.tray is not None:
            self.tray.announce(reminders)
        else:
            self.today.announce(reminders)
            self.today_action.setChecked(True)
            self.statusBar().showMessage(f"Today: {summary(reminders)}. See the Today list.",
                                         10_000)

    def toggle_today(self, on: bool) -> None:
        self.today.setVisible(on)

    def bring_to_front(self) -> None:
        self.showNormal()
        if QApplication.platformName() != "offscreen":  # nothing is in front of an offscreen one
            self.raise_()
            self.activateWindow()

    def bring_customer(self, customer_id: int) -> None:
        self.bring_to_front()
        if self.pages.currentIndex() != _MAIN_PAGE:
            self._show_page()
        self.reveal(customer_id)

    def open_week(self) -> WeekDialog:
        dialog = WeekDialog(self.service, parent=self)
        dialog.open_customer.connect(self.bring_customer)
        return self._present(dialog, modal=False)

    def open_promises(self) -> PromisesDialog:
        dialog = PromisesDialog(self.service, self)
        dialog.open_customer.connect(self.bring_customer)
        return self._present(dialog, modal=False)

    def _present(self, dialog: D, modal: bool = True) -> D:
        """Show a dialog without blocking (tests and the window's timers keep running)."""
        dialog.setModal(modal)
        dialog.show()
        return dialog

    def set_private(self, private: bool) -> None:
        """Privacy mode: the screen faces the shop. Remembered until switched off."""
        self.privacy_action.setChecked(private)
        self.settings.setValue("privacy/on", private)
        self.glance.set_private(private)
        self.timeline.set_private(private)
        self.profile.set_private(private)
        self.table.setColumnHidden(3, private)
        self.today.setVisible(not private and self.today_action.isChecked())
        self.setWindowTitle(f"{APP_NAME} — privacy on" if private else APP_NAME)
        self._privacy_badge.setVisible(private)

    def redeem_points(self) -> None:
        p = self.profile.profile
        if p is None:
            self.show_problem("Open a customer first")
            return
        if p.loyalty_points <= 0:
            self.show_problem(f"{p.name} has no points to redeem")
            return
        points, ok = QInputDialog.getInt(self, "Redeem points",
                                         f"{p.name} has {p.loyalty_points} points. Redeem:",
                                         min(100, p.loyalty_points), 1, p.loyalty_points)
        if ok and self.service.attempt(lambda: self.service.redeem(p.id, points) or True):
            self.statusBar().showMessage(f"Redeemed {points} points for {p.name}", 5000)

    def backup_now(self) -> None:
        done = self.service.attempt(self.service.backup_now)
        if done is not None:
            path, customers = done
            self.statusBar().showMessage(f"Backed up {plural(customers, 'customer')} to {path}",
                                         10_000)

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.service, self)
        dialog.restored.connect(lambda n: self.statusBar().showMessage(
            f"Restored {plural(n, 'customer')}", 10_000))
        return self._present(dialog)

    def _watch(self) -> None:
        """Every few seconds: did a command-line job change the data? Is a daily backup due?"""
        version = self.service.data_version()
        if self._data_version is not None and version != self._data_version:
            self.service.changed_elsewhere()
        self._data_version = version
        if self._backup_checked.elapsed() >= BACKUP_LOOK_EVERY_MS and (
                self._backup_job is None or not self._backup_job.running()):
            self._backup_checked.restart()
            # Copying a large database takes seconds: off the window's thread.
            self._backup_job = Background(lambda _p, _c: self.service.daily_backup(), self)
            self._backup_job.worker.failed.connect(self.show_problem)
            self._backup_job.start()

    def check_soundness(self) -> None:
        """The check of every page of the file: seconds on a large shop's database, so it
        runs after start-up, off the window's thread (start-up only checks that it opens)."""
        self._check_job = Background(lambda _p, _c: self.service.damage(), self)
        self._check_job.worker.succeeded.connect(self.report_damage)
        self._check_job.start()

    def report_damage(self, problem: str | None) -> QMessageBox | None:
        if not problem:
            return None
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                          "The database is damaged: some of it cannot be read.", parent=self)
        box.setInformativeText(f"{problem}\n\nRestore a good backup now. What is there now is "
                               "backed up first, so the restore can be undone.")
        restore = box.addButton("Choose a backup…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self.open_restore() if button is restore
                                  else None)
        return self._present(box)

    def open_settings(self) -> SettingsDialog:
        return self._present(SettingsDialog(self.service, self))

    def quit(self) -> None:
        self._quitting = True
        self.close()
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()

    def _entry_deleted(self, entry: Entry) -> None:
        self.undo_stack.push(DeleteEntryCommand(self.service, entry))
        self._offer_undo(f"Deleted the {entry.kind} from the timeline.")

    def _offer_undo(self, text: str) -> None:
        self.statusBar().showMessage(f"{text}  Ctrl+Z undoes it.", 10_000)
        self._undo_button.show()
        QTimer.singleShot(10_000, self._undo_button.hide)

    def show_problem(self, text: str) -> None:
        self.statusBar().showMessage(f"⚠ {text}", 10_000)

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, "Keyboard shortcuts", "\n".join((
            "Ctrl+F\tfind a customer; Enter opens the top match, Esc clears",
            "Ctrl+N\tnew customer",
            "Ctrl+I\timport customers from a vCard or CSV file",
            "Ctrl+T\ttag the selected customers",
            "Ctrl+L\tlog an interaction for the open customer",
            "Alt+1…8\tchoose the kind: visit, call, email, message, purchase, …",
            "Del\tarchive the selected customers (in the list)",
            "Ctrl+Z\tundo archive, delete or merge",
            "F9\tshow or hide today's reminders",
            "F8\tprivacy mode: hide preferences, notes, amounts and promises",
            "F7\tall open promises and follow-ups",
            "F6\tthe weekly review",
            "Ctrl+,\tsettings",
            "Ctrl+B\tback up now",
        )))

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<b>{APP_NAME}</b> {__version__}<br>Remember your customers.")

    # Window state ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        defaults = {"window/split": (self.split, [470, 896]),
                    "window/left": (self.left, [560, 170])}
        for key, (splitter, sizes) in defaults.items():
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)
            else:
                splitter.setSizes(sizes)

    def closeEvent(self, event: QCloseEvent) -> None:
        """QWidget.closeEvent: save what is being typed; with a tray, keep running there."""
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a field saves when it loses focus
        if self.tray is not None and not self._quitting:
            event.ignore()
            self.hide()
            if not self.settings.value("tray/told", False, type=bool):
                self.tray.icon.showMessage(
                    "Regulars is still running",
                    "Reminders keep coming from the tray. Quit from its menu to stop.",
                    app_icon(), 10_000)
                self.settings.setValue("tray/told", True)
            self._save_layout()
            return
        self._save_layout()
        self._watcher.stop()  # a closed window no longer watches the database
        self.center.stop()
        self._check_timer.stop()
        for job in (self._backup_job, self._check_job):
            if job is not None:
                job.wait()  # a backup or a check under way finishes first
        super().closeEvent(event)

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/split", self.split.saveState())
        self.settings.setValue("window/left", self.left.saveState())
