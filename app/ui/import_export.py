"""The commands that move customers in and out of the customer book: import, export, and
taking an import back. The window reaches them through `Commands`, as its other commands.

An export's file types are named in the shop's language, their patterns as they are: the
chooser says which type was picked by its translated name, so it is matched back by place.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from app.ui.file_chooser import open_chooser
from app.ui.form import present
from app.ui.words import N_, words
from app.ui.worker import Background

if TYPE_CHECKING:
    from app.ui.import_wizard import ImportWizard
    from app.ui.main_window import MainWindow

EXPORT_FILTERS = {"csv": N_("CSV for Excel (*.csv)"), "vcard": N_("vCard for phones (*.vcf)"),
                  "ical": N_("Calendar (*.ics)"), "emails": N_("Mailing list CSV (*.csv)")}
EXPORT_NAMES = {"csv": N_("customers.csv"), "vcard": N_("customers.vcf"),
                "ical": N_("customer-dates.ics"), "emails": N_("mailing-list.csv")}
# What a file name cannot hold on one system or another.
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


class ImportExport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.service = window.service

    def _say(self, text: str, ms: int = 5000) -> None:
        self.w.statusBar().showMessage(text, ms)

    def open_import(self) -> ImportWizard:
        from app.ui.import_wizard import ImportWizard  # its pages load when first used

        wizard = ImportWizard(self.service, self.w, self.w.settings)
        wizard.imported.connect(lambda report: self._say(wizard.outcome(report), 10_000))
        return present(wizard)

    def export(self, file_format: str | None, customer_ids: list[int] | None = None,
               path: str | None = None) -> Background | QFileDialog:
        """Ask where (unless `path` is given), then write the export in the background."""
        if path is not None:
            return self._write_export(Path(path), file_format or "csv", customer_ids)
        wanted = [file_format] if file_format else ["csv", "vcard"]
        filters = [words(EXPORT_FILTERS[f]) for f in wanted]
        dialog = open_chooser(self.w, self.w.settings, self.tr("Export"), filters,
                              words(EXPORT_NAMES[wanted[0]]))
        dialog.fileSelected.connect(lambda chosen: self._write_export(
            Path(chosen), file_format or next(
                (f for f, shown in zip(wanted, filters, strict=True)
                 if shown == dialog.selectedNameFilter()), "csv"),
            customer_ids))
        return dialog

    def _write_export(self, path: Path, file_format: str,
                      customer_ids: list[int] | None) -> Background:
        self._say(self.tr("Exporting…"), 0)
        return self.service.runner.background(
            self.service.export_job(path, file_format, customer_ids),
            on_result=lambda text: self._say(str(text)[:1].upper() + str(text)[1:], 8000),
            where="export")

    def export_customer_data(self, path: str | None = None) -> QFileDialog | None:
        """Everything kept about the open customer, in one file to hand them (their right of
        access): a page to read with the data inside it, or JSON or text by the name's ending.
        Asked where first, unless `path` is given."""
        p = self.w.profile.profile
        if p is None:
            self.w.show_problem(self.tr("Open a customer first"))
            return None
        customer_id = p.id
        if path is not None:
            self._write_customer_data(customer_id, Path(path))
            return None
        # A name may hold what a file name cannot ("A/B Ltd"): such characters become "-".
        name = _UNSAFE_IN_FILE_NAMES.sub("-", p.name).strip(" .") or str(customer_id)
        dialog = open_chooser(self.w, self.w.settings, self.tr("Export This Customer's Data"),
                              [self.tr("Page to read, with the data inside (*.html *.htm)"),
                               self.tr("Data for programs (*.json)"), self.tr("Text (*.txt)")],
                              self.tr("{name} - data.html").format(name=name))
        dialog.setDefaultSuffix("html")
        dialog.fileSelected.connect(lambda chosen: self._write_customer_data(customer_id,
                                                                            Path(chosen)))
        return dialog

    def _write_customer_data(self, customer_id: int, path: Path) -> None:
        written = self.service.runner.attempt(
            lambda: self.service.write_customer_data(path, customer_id), "export customer data")
        if written is not None:
            self._say(self.tr("Everything kept about this customer is in {path}").format(
                path=written), 10_000)

    def export_selected(self) -> None:
        ids = self.w.selected_ids()
        if not ids:
            self.w.show_problem(self.tr("Select customers in the list first"))
            return
        self.export(None, ids)

    def update_undo_import(self) -> None:
        """The Edit menu offers to take back the last import while nothing came after it."""
        last = self.service.undoable_import()
        action = self.w.actions["undo_import"]
        action.setEnabled(last is not None)
        action.setText(self.tr("Undo the last &import") if last is None else
                       self.tr("Undo the last &import (removes %Ln customer(s))", "",
                               last.added))

    def undo_import(self) -> None:
        last = self.service.undoable_import()
        if last is None:
            self.w.show_problem(self.tr("Something has been written since the last import: "
                                        "restore its backup from File > Restore from a backup"))
            return
        restored = self.service.runner.attempt(self.service.undo_import, "undo import")
        if restored is not None:
            from app.ui.backup_dialog import restore_done
            self._say(restore_done(self.tr("The import is undone: %Ln customer(s) as before it.",
                                           "", restored.customers), restored), 10_000)
