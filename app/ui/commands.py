"""What the window's commands do: one handler for each entry of the action table.

Each handler asks what it needs (a dialog, a file name), then hands the change to the runner
as an operation; the runner broadcasts it, puts it on the undo stack and reports a failure.
Import and export are handled in `app.ui.import_export`, and reached from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from app import APP_NAME, __version__
from app.core import clock, edits, logs, session
from app.core.customers import split_tags
from app.core.directory import STOPPED_COMING
from app.core.reminders import Reminder, heading
from app.ui.form import present
from app.ui.import_export import ImportExport
from app.ui.local_forms import say
from app.ui.notifiers import line
from app.ui.privacy import told
from app.ui.worker import Background

# The dialogs are imported when first opened: the window's start needs none of them.
if TYPE_CHECKING:
    from app.ui.backup_dialog import RestoreDialog
    from app.ui.duplicates_dialog import DuplicatesDialog
    from app.ui.erase_dialog import EraseQuestion
    from app.ui.import_wizard import ImportWizard
    from app.ui.main_window import MainWindow
    from app.ui.new_customer_dialog import NewCustomerDialog
    from app.ui.review_dialogs import PromisesDialog, WeekDialog
    from app.ui.server_copy_dialog import ServerCopyDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.shortcuts_dialog import ShortcutsDialog

L = TypeVar("L", "PromisesDialog", "WeekDialog")


def _choice(parent: QWidget, title: str, label: str, items: list[str],
            editable: bool) -> QInputDialog:
    """A one-line question with a list to pick from (or to type into), shown without
    blocking; the caller acts on `textValueSelected`."""
    dialog = QInputDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(editable)
    if editable:
        dialog.setTextValue("")
    return present(dialog)


class Commands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.service = window.service
        self.moves = ImportExport(window)

    def _say(self, text: str, ms: int = 5000) -> None:
        self.w.statusBar().showMessage(text, ms)

    # File --------------------------------------------------------------------------------------

    def new_customer(self) -> NewCustomerDialog:
        """The form; on OK, the customer with all that was typed, as one change, opened."""
        from app.ui.new_customer_dialog import NewCustomerDialog
        dialog = NewCustomerDialog(self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_customer(dialog))
        return present(dialog)

    def _create_customer(self, dialog: NewCustomerDialog) -> None:
        done = self.service.run(edits.create_customer(**dialog.values()))
        if done is not None:
            self.w.reveal(done.result)

    def load_samples(self) -> None:
        self._say(self.tr("Adding sample customers…"))
        done = self.service.run(edits.load_sample_customers())
        if done is not None and done.result:
            self._say(self.tr("Added %Ln sample customer(s): File > Remove the sample "
                              "customers takes them away again", "", len(done.result)), 10_000)
            self.w.select_row(0)

    def update_samples(self) -> None:
        """The File menu offers sample customers to an empty customer book only, and to take
        them away while there are any."""
        self.w.actions["load_samples"].setVisible(self.service.customer_total("", True) == 0)
        self.w.actions["remove_samples"].setVisible(self.service.sample_count() > 0)

    def remove_samples(self) -> QMessageBox | None:
        """Asks first, saying how many go; the removal is then one step that Undo takes back."""
        count = self.service.sample_count()
        if not count:
            self.w.show_problem(self.tr("There are no sample customers to remove"))
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the sample customers"),
                          self.tr("Remove the %Ln sample customer(s)?", "", count), parent=self.w)
        box.setInformativeText(self.tr("Their timelines, family, dates, tags, follow-ups and "
                                       "reminders go with them. Customers you added yourself "
                                       "stay. Edit > Undo brings the samples back."))
        remove = box.addButton(self.tr("Remove %Ln sample customer(s)", "", count),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.buttonClicked.connect(lambda button: self._remove_samples() if button is remove
                                  else None)
        return present(box)

    def _remove_samples(self) -> None:
        done = self.service.run(edits.remove_sample_customers())
        if done is not None:
            self.w.offer_undo(self.tr("Removed %Ln sample customer(s).", "", len(done.result)))

    # Import and export: the action table finds every command here, by its name.

    def open_import(self) -> ImportWizard:
        return self.moves.open_import()

    def export(self, file_format: str | None, customer_ids: list[int] | None = None,
               path: str | None = None) -> Background | QFileDialog:
        return self.moves.export(file_format, customer_ids, path)

    def export_selected(self) -> None:
        self.moves.export_selected()

    def export_customer_data(self, path: str | None = None) -> QFileDialog | None:
        return self.moves.export_customer_data(path)

    def update_customer_menu(self) -> None:
        """What concerns the open customer is offered while one is open."""
        for name in ("export_customer_data", "erase_customer"):
            self.w.actions[name].setEnabled(self.w.right.customer_id is not None)

    def backup_now(self) -> None:
        done = self.service.runner.attempt(self.service.backup_now, "backup")
        if done is not None:
            path, customers = done
            self._say(self.tr("Backed up %Ln customer(s) to {path}", "", customers).format(
                path=path), 10_000)

    def open_copy_to_server(self) -> ServerCopyDialog:
        from app.ui.server_copy_dialog import ServerCopyDialog
        dialog = ServerCopyDialog(self.service, self.w)
        dialog.copied.connect(lambda done: self._say(self.tr(
            "Copied %Ln customer(s) to {where}, every row checked", "", done.customers).format(
                where=done.where), 15_000))
        return present(dialog)

    def open_restore(self) -> RestoreDialog:
        from app.ui.backup_dialog import RestoreDialog, restore_done
        dialog = RestoreDialog(self.service, self.w)
        dialog.restored.connect(lambda restored: self._say(restore_done(
            self.tr("Restored %Ln customer(s)", "", restored.customers), restored), 10_000))
        return present(dialog)

    def report_damage(self, problem: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                          self.tr("The database is damaged: some of it cannot be read."),
                          parent=self.w)
        box.setInformativeText(problem + "\n\n" + self.tr(
            "Restore a good backup now. What is there now is backed up first, so the restore "
            "can be undone."))
        restore = box.addButton(self.tr("Choose a backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
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
        self.moves.update_undo_import()

    def undo_import(self) -> None:
        self.moves.undo_import()

    def focus_search(self) -> None:
        if self.w.pages.currentWidget() is self.w.split:
            self.w.list_pane.focus_search()

    def open_settings(self) -> SettingsDialog:
        from app.ui.settings_dialog import SettingsDialog
        return present(SettingsDialog(self.service, self.w))

    # View --------------------------------------------------------------------------------------

    def toggle_today(self, on: bool) -> None:
        self.w.today.setVisible(on)

    def open_week(self) -> WeekDialog:
        from app.ui.review_dialogs import WeekDialog
        return self._open_list(WeekDialog, "F6")

    def open_promises(self) -> PromisesDialog:
        from app.ui.review_dialogs import PromisesDialog
        return self._open_list(PromisesDialog, "F7")

    def _open_list(self, kind: type[L], key: str) -> L:
        """One window per list, beside the main one: pressing its key again reads it afresh.

        A row opens its customer in the main window as the window is (maximised stays so);
        the list steps aside so that the card is seen, and its key brings it back on the
        same row. What an action logged shows in the status bar, and Ctrl+Z undoes it from
        the list as from the window.
        """
        dialog = next((d for d in self.w.findChildren(kind)), None)
        if dialog is None:
            dialog = kind(self.service, parent=self.w)
            dialog.open_customer.connect(lambda cid: self._open_from_list(dialog, cid, key))
            dialog.said.connect(self.w.say_done)
            dialog.addActions([self.w.actions["undo"], self.w.actions["redo"]])
        elif dialog.isHidden() and dialog.property("stepped_aside"):
            dialog.reload()  # back on the row it was on
        else:
            dialog.start()
        dialog.setProperty("stepped_aside", False)
        return present(dialog, modal=False)

    def _open_from_list(self, dialog: QDialog, customer_id: int, key: str) -> None:
        dialog.setProperty("stepped_aside", True)
        dialog.hide()
        self.w.bring_customer(customer_id)
        self.w.first_focus()
        self._say(self.tr("{key} brings the list back.").format(key=key))

    def set_private(self, private: bool) -> None:
        self.w.set_private(private)

    def announce(self, reminders: list[Reminder]) -> None:
        if self.w.tray is not None:
            self.w.tray.announce(reminders)
        else:
            self.w.today.announce(reminders)
            self.w.actions["toggle_today"].setChecked(True)
            pending = self.w.today.reminders()  # what the Today list shows, all of it
            first = line(pending[0], clock.today(), self.service.privacy.on) if pending else ""
            self._say(self.tr("{heading}. First: {first}. See the Today list.").format(
                heading=say(heading(pending)), first=first) if first
                else f"{say(heading(pending))}.", 10_000)

    # Customer ----------------------------------------------------------------------------------

    def focus_log(self) -> None:
        if self.w.right.customer_id is None:
            self.w.show_problem(self.tr("Open a customer first (Ctrl+F to find one)"))
            return
        self.w.timeline.focus_entry()

    def archive_selected(self) -> None:
        self.archive(self.w.selected_ids())

    def archive(self, customer_ids: list[int]) -> None:
        if not customer_ids:
            return
        done = self.service.run(edits.set_archived(customer_ids, True))
        if done is not None:
            self.w.offer_undo(self.tr("Archived {whom}.").format(
                whom=say(edits.whom(done.result or customer_ids))))

    def archive_open_customer(self) -> None:
        p = self.w.profile.profile
        if p is not None and p.archived:
            self.service.run(edits.set_archived([p.id], False))
        elif p is not None:
            self.archive([p.id])

    def erase_customer(self) -> EraseQuestion | None:
        """Asks first, with Cancel where the keyboard is (`app.ui.erase_dialog`)."""
        from app.ui.erase_dialog import Erasure
        return (self.w.findChild(Erasure) or Erasure(self.w)).ask()

    def tag_selected(self, names: list[str] | None = None) -> None:
        ids = self.w.selected_ids()
        if not ids:
            self.w.show_problem(self.tr("Select customers in the list first"))
            return
        if names is None:
            dialog = _choice(self.w, self.tr("Tag customers"),
                             self.tr("Tag for %Ln customer(s):", "", len(ids)),
                             self.service.all_tags(), editable=True)
            dialog.textValueSelected.connect(lambda text: self.tag_selected(split_tags(text)))
            return
        if names and self.service.run(edits.add_tags(ids, names)):
            self._say(told(self.service.privacy.on,
                           self.tr("Tagged %Ln customer(s) {tags}", "", len(ids)).format(
                               tags=", ".join(names)),
                           self.tr("Tagged %Ln customer(s)", "", len(ids))))

    def untag_selected(self, name: str | None = None) -> None:
        ids = self.w.selected_ids()
        tags = self.service.tags_of(ids)
        if not tags:
            self.w.show_problem(self.tr("The selected customers have no tags"))
            return
        if name is None:
            dialog = _choice(self.w, self.tr("Remove a tag"), self.tr("Tag to remove:"), tags,
                             editable=False)
            dialog.textValueSelected.connect(self.untag_selected)
            return
        if self.service.run(edits.remove_tags(ids, [name])):
            self._say(told(self.service.privacy.on,
                           self.tr("Removed {tag} from %Ln customer(s)", "", len(ids)).format(
                               tag=name),
                           self.tr("Removed a tag from %Ln customer(s)", "", len(ids))))

    def redeem_points(self) -> None:
        p = self.w.profile.profile
        if p is None:
            self.w.show_problem(self.tr("Open a customer first"))
            return
        if p.loyalty_points <= 0:
            self.w.show_problem(self.tr("{name} has no points to redeem").format(name=p.name))
            return
        dialog = QInputDialog(self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Redeem points"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, p.loyalty_points)
        # On a private screen the box starts at 1, so that it does not show the balance.
        dialog.setIntValue(1 if self.service.privacy.on else min(100, p.loyalty_points))
        dialog.setLabelText(told(self.service.privacy.on,
                                 self.tr("{name} has %Ln point(s). Redeem:", "",
                                         p.loyalty_points).format(name=p.name),
                                 self.tr("Points to redeem for {name}:").format(name=p.name)))
        customer_id, name = p.id, p.name
        dialog.intValueSelected.connect(lambda points: self._redeem(customer_id, name, points))
        present(dialog)

    def _redeem(self, customer_id: int, name: str, points: int) -> None:
        if self.service.run(edits.redeem(customer_id, points)):
            self._say(told(self.service.privacy.on,
                           self.tr("Redeemed %Ln point(s) for {name}", "", points).format(
                               name=name),
                           self.tr("Redeemed points for {name}").format(name=name)))

    def open_duplicates(self) -> DuplicatesDialog:
        from app.ui.duplicates_dialog import DuplicatesDialog
        dialog = DuplicatesDialog(self.service, self.w)
        dialog.merge_requested.connect(self.merge)
        return present(dialog)

    def merge(self, keep_id: int, other_id: int) -> None:
        done = self.service.run(edits.merge(keep_id, other_id))
        if done is not None:
            self.w.offer_undo(self.tr("Merged into {name}.").format(
                name=self.service.profile(keep_id).name))
            self.w.reveal(keep_id)

    def show_archived(self, on: bool) -> None:
        self.w.model.set_include_archived(on)
        self.w.show_page()

    def show_stopped_coming(self, on: bool) -> None:
        """The list narrowed to the regulars who stopped coming, the keyboard on the first of
        them (Esc goes back to everyone)."""
        self.w.list_pane.show_only(STOPPED_COMING if on else "")
        if on and self.w.model.rowCount() > 0:
            self.w.table.setFocus()
            self.w.select_row(0)

    # Help --------------------------------------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        from app.ui.shortcuts_dialog import ShortcutsDialog
        return present(ShortcutsDialog(self.w.actions.help_rows(), self.w))

    def open_log_folder(self) -> Path:
        folder = logs.log_dir_for(session.own_file())
        logs.make_private_dir(folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return folder

    def show_about(self) -> None:
        QMessageBox.about(self.w, self.tr("About {name}").format(name=APP_NAME),
                          self.tr("<b>{name}</b> {version}<br>Remember your customers.").format(
                              name=APP_NAME, version=__version__))
