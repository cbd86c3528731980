"""What the window's commands do: one handler for each entry of the action table.

Each handler asks what it needs (a dialog, a file name), then hands the change to the runner
as an operation; the runner broadcasts it, puts it on the undo stack and reports a failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from app import APP_NAME, __version__
from app.core import edits, logs, session
from app.core.customers import split_tags
from app.core.humanize import plural
from app.core.reminders import Reminder
from app.ui.backup_dialog import RestoreDialog
from app.ui.dialogs import NewCustomerDialog
from app.ui.duplicates_dialog import DuplicatesDialog
from app.ui.notifiers import summary
from app.ui.review_dialogs import PromisesDialog, WeekDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.worker import Background

if TYPE_CHECKING:
    from app.ui.import_wizard import ImportWizard
    from app.ui.main_window import MainWindow

D = TypeVar("D", bound=QDialog)

EXPORT_FILTERS = {"csv": "CSV for Excel (*.csv)", "vcard": "vCard for phones (*.vcf)",
                  "ical": "Calendar (*.ics)", "emails": "Mailing list CSV (*.csv)"}
EXPORT_NAMES = {"csv": "customers.csv", "vcard": "customers.vcf",
                "ical": "customer-dates.ics", "emails": "mailing-list.csv"}


def present(dialog: D, modal: bool = True) -> D:
    """Show a dialog without blocking (tests and the window's timers keep running)."""
    dialog.setModal(modal)
    dialog.show()
    return dialog


class Commands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.service = window.service

    def _say(self, text: str, ms: int = 5000) -> None:
        self.w.statusBar().showMessage(text, ms)

    # File --------------------------------------------------------------------------------------

    def new_customer(self) -> None:
        dialog = NewCustomerDialog(self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        contacts = [(kind, edit.text(), "") for kind, edit in
                    (("phone", dialog.phone), ("email", dialog.email)) if edit.text().strip()]
        done = self.service.run(edits.create_customer(
            contacts, first_name=dialog.first_name.text(), last_name=dialog.last_name.text(),
            nickname=dialog.nickname.text(), company=dialog.company.text()))
        if done is not None:
            self.w.reveal(done.result)

    def load_samples(self) -> None:
        self._say("Adding sample customers…")
        done = self.service.run(edits.load_sample_customers())
        if done is not None and done.result:
            self._say(f"Added {len(done.result)} sample customers")
            self.w.select_row(0)

    def open_import(self) -> ImportWizard:
        from app.ui.import_wizard import ImportWizard  # its pages load when first used

        wizard = ImportWizard(self.service, self.w)
        wizard.imported.connect(lambda report: self._say(f"Import: {report.summary()}", 10_000))
        return present(wizard)

    def export(self, file_format: str | None, customer_ids: list[int] | None = None,
               path: str | None = None) -> Background | None:
        """Ask where (unless `path` is given) and write the export in the background."""
        if path is None:
            wanted = [file_format] if file_format else ["csv", "vcard"]
            path, chosen = QFileDialog.getSaveFileName(
                self.w, "Export", str(Path.home() / EXPORT_NAMES[wanted[0]]),
                ";;".join(EXPORT_FILTERS[f] for f in wanted))
            if not path:
                return None
            file_format = file_format or next(f for f in wanted if EXPORT_FILTERS[f] == chosen)
        self._say("Exporting…", 0)
        return self.service.runner.background(
            self.service.export_job(Path(path), file_format or "csv", customer_ids),
            on_result=lambda text: self._say(str(text)[:1].upper() + str(text)[1:], 8000),
            where="export")

    def export_selected(self) -> None:
        ids = self.w.selected_ids()
        if not ids:
            self.w.show_problem("Select customers in the list first")
            return
        self.export(None, ids)

    def backup_now(self) -> None:
        done = self.service.runner.attempt(self.service.backup_now, "backup")
        if done is not None:
            path, customers = done
            self._say(f"Backed up {plural(customers, 'customer')} to {path}", 10_000)

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.service, self.w)
        dialog.restored.connect(lambda n: self._say(f"Restored {plural(n, 'customer')}", 10_000))
        return present(dialog)

    def report_damage(self, problem: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                          "The database is damaged: some of it cannot be read.", parent=self.w)
        box.setInformativeText(f"{problem}\n\nRestore a good backup now. What is there now is "
                               "backed up first, so the restore can be undone.")
        restore = box.addButton("Choose a backup…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self.open_restore() if button is restore
                                  else None)
        return present(box)

    def quit(self) -> None:
        self.w._quitting = True
        self.w.close()
        if self.w.tray is not None:
            self.w.tray.hide()
        QApplication.quit()

    # Edit --------------------------------------------------------------------------------------

    def update_undo_import(self) -> None:
        """The Edit menu offers to take back the last import while nothing came after it."""
        last = self.service.undoable_import()
        action = self.w.actions["undo_import"]
        action.setEnabled(last is not None)
        action.setText("Undo the last &import" if last is None else
                       f"Undo the last &import (removes {plural(last.added, 'customer')})")

    def undo_import(self) -> None:
        last = self.service.undoable_import()
        if last is None:
            self.w.show_problem("Something has been written since the last import: restore "
                                "its backup from File > Restore from a backup")
            return
        count = self.service.runner.attempt(self.service.undo_import, "undo import")
        if count is not None:
            self._say(f"The import is undone: {plural(count, 'customer')} as before it.",
                      10_000)

    def focus_search(self) -> None:
        if self.w.pages.currentWidget() is self.w.split:
            self.w.list_pane.focus_search()

    def open_settings(self) -> SettingsDialog:
        return present(SettingsDialog(self.service, self.w))

    # View --------------------------------------------------------------------------------------

    def toggle_today(self, on: bool) -> None:
        self.w.today.setVisible(on)

    def open_week(self) -> WeekDialog:
        dialog = WeekDialog(self.service, parent=self.w)
        dialog.open_customer.connect(self.w.bring_customer)
        return present(dialog, modal=False)

    def open_promises(self) -> PromisesDialog:
        dialog = PromisesDialog(self.service, self.w)
        dialog.open_customer.connect(self.w.bring_customer)
        return present(dialog, modal=False)

    def set_private(self, private: bool) -> None:
        self.w.set_private(private)

    def announce(self, reminders: list[Reminder]) -> None:
        if self.w.tray is not None:
            self.w.tray.announce(reminders)
        else:
            self.w.today.announce(reminders)
            self.w.actions["toggle_today"].setChecked(True)
            self._say(f"Today: {summary(reminders)}. See the Today list.", 10_000)

    # Customer ----------------------------------------------------------------------------------

    def focus_log(self) -> None:
        if self.w.right.customer_id is None:
            self.w.show_problem("Open a customer first (Ctrl+F to find one)")
            return
        self.w.timeline.focus_entry()

    def archive_selected(self) -> None:
        self.archive(self.w.selected_ids())

    def archive(self, customer_ids: list[int]) -> None:
        if not customer_ids:
            return
        done = self.service.run(edits.set_archived(customer_ids, True))
        if done is not None:
            self.w.offer_undo(f"Archived {edits.whom(done.result or customer_ids)}.")

    def archive_open_customer(self) -> None:
        p = self.w.profile.profile
        if p is not None and p.archived:
            self.service.run(edits.set_archived([p.id], False))
        elif p is not None:
            self.archive([p.id])

    def tag_selected(self, names: list[str] | None = None) -> None:
        ids = self.w.selected_ids()
        if not ids:
            self.w.show_problem("Select customers in the list first")
            return
        if names is None:
            text, ok = QInputDialog.getItem(
                self.w, "Tag customers", f"Tag for {plural(len(ids), 'customer')}:",
                self.service.all_tags(), 0, True)
            if not ok:
                return
            names = split_tags(text)
        if names and self.service.run(edits.add_tags(ids, names)):
            self._say(f"Tagged {plural(len(ids), 'customer')} {', '.join(names)}")

    def untag_selected(self, name: str | None = None) -> None:
        ids = self.w.selected_ids()
        tags = self.service.tags_of(ids)
        if not tags:
            self.w.show_problem("The selected customers have no tags")
            return
        if name is None:
            name, ok = QInputDialog.getItem(self.w, "Remove a tag", "Tag to remove:", tags, 0,
                                            False)
            if not ok:
                return
        if self.service.run(edits.remove_tags(ids, [name])):
            self._say(f"Removed {name} from {plural(len(ids), 'customer')}")

    def redeem_points(self) -> None:
        p = self.w.profile.profile
        if p is None:
            self.w.show_problem("Open a customer first")
            return
        if p.loyalty_points <= 0:
            self.w.show_problem(f"{p.name} has no points to redeem")
            return
        points, ok = QInputDialog.getInt(self.w, "Redeem points",
                                         f"{p.name} has {p.loyalty_points} points. Redeem:",
                                         min(100, p.loyalty_points), 1, p.loyalty_points)
        if ok and self.service.run(edits.redeem(p.id, points)):
            self._say(f"Redeemed {points} points for {p.name}")

    def open_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.service, self.w)
        dialog.merge_requested.connect(self.merge)
        return present(dialog)

    def merge(self, keep_id: int, other_id: int) -> None:
        done = self.service.run(edits.merge(keep_id, other_id))
        if done is not None:
            self.w.offer_undo(f"Merged into {self.service.profile(keep_id).name}.")
            self.w.reveal(keep_id)

    def show_archived(self, on: bool) -> None:
        self.w.model.set_include_archived(on)
        self.w.show_page()

    # Help --------------------------------------------------------------------------------------

    def show_shortcuts(self) -> QMessageBox:
        rows = "".join(f"<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{what}</td></tr>"
                       for keys, what in self.w.actions.help_rows())
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts",
                          f"<table>{rows}</table>", parent=self.w)
        return present(box)

    def open_log_folder(self) -> Path:
        folder = logs.log_dir_for(session.database_file())
        logs.make_private_dir(folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return folder

    def show_about(self) -> None:
        QMessageBox.about(self.w, f"About {APP_NAME}",
                          f"<b>{APP_NAME}</b> {__version__}<br>Remember your customers.")
