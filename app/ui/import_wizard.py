"""The import wizard: choose a file, check what each column is, watch it import.

Every count the wizard shows comes from a dry run of the real import (rolled
back), so "will add 120, update 8" is exactly what happens when the owner
presses Import. Long files import in the background with a progress bar;
Cancel leaves the database as it was. The pages are in `app.ui.import_pages`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.core import edits
from app.core.errors import RegularsError
from app.ui.import_pages import FilePage, MappingPage, RunPage
from app.ui.local_forms import say, say_error
from app.ui.service import DataService
from app.ui.worker import Background, Job


class ImportWizard(QWizard):
    """Signals `imported` with the report when the owner's data changed."""

    imported = Signal(object)

    def __init__(self, service: DataService, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings  # the window's: where the file chooser opens
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(860, 560)
        self.plan: Any = None  # the CSV plan (app.exchange, through the service)
        self.cards: list[Any] | None = None  # the first cards of a vCard file, to preview
        self.vcards: Any = None  # the vCard plan (app.exchange, through the service)
        self.path: Path | None = None
        self.preview: Any = None
        self.report: Any = None
        self._count_job: Background | None = None
        self._run_job: Background | None = None
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(250)
        self._recount_timer.timeout.connect(self._start_count)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.currentIdChanged.connect(self._page_changed)

    # Reading the file --------------------------------------------------------------------------

    def ready(self) -> bool:
        return self.plan is not None or bool(self.cards)

    def load(self, text: str) -> None:
        self.plan, self.cards, self.path, self.preview = None, None, None, None
        info = self.file_page.info
        path = Path(text.strip()).expanduser()
        if not text.strip():
            info.setText("")
        elif not path.is_file():
            info.setText(self.tr("There is no file there."))
        else:
            try:
                kind, source = self.service.read_import(path)
                if kind == "vcard":
                    self.vcards, self.cards = source, source.preview
                    info.setText(self.tr("A vCard file with %Ln card(s).", "", source.count))
                else:
                    self.plan = source
                    table = self.plan.table
                    delimiter = {",": self.tr("commas"), ";": self.tr("semicolons"),
                                 "\t": self.tr("tabs")}.get(table.delimiter,
                                                            repr(table.delimiter))
                    info.setText(self.tr("A CSV file with {rows} and {columns} ({encoding}, "
                                         "separated by {delimiter}).").format(
                        rows=self.tr("%Ln row(s)", "", table.count),
                        columns=self.tr("%Ln column(s)", "", len(table.headers)),
                        encoding=table.encoding, delimiter=delimiter))
                self.path = path
            except (RegularsError, OSError) as error:
                info.setText(self.tr("This file cannot be imported: {error}").format(
                    error=say_error(error)))
        self.file_page.completeChanged.emit()

    # Mapping and counting ----------------------------------------------------------------------

    def set_field(self, column: int, field: str) -> None:
        if self.plan is not None:
            self.plan.mapping[column] = field
            self.recount()

    def set_date_order(self, order: str) -> None:
        self.service.run(edits.put_settings({"date_order": order}))
        if self.path is not None and self.cards is not None:
            self.load(str(self.path))
        self.recount()

    def recount(self) -> None:
        self.preview = None
        if self.plan is not None and not self._names_customers():
            self._recount_timer.stop()
            self.mapping_page.show_counts(self.tr(
                "Choose which column holds the name (first name, last name, full name or "
                "company), an email or a phone to go on."), [])
            return
        self.mapping_page.show_counts(self.tr("Counting…"), [])
        self._recount_timer.start()

    def _job(self, dry_run: bool) -> Job:
        if self.plan is not None:
            return self.service.import_job("csv", self.plan, dry_run)
        return self.service.import_job("vcard", self.vcards, dry_run)

    def _start_count(self) -> None:
        if self._count_job is not None and self._count_job.running():
            self._count_job.cancel()
            self._recount_timer.start()
            return
        self._count_job = self.service.runner.background(
            self._job(dry_run=True), on_result=self._counted,
            on_failure=lambda message: self.mapping_page.show_counts(message, []),
            where="import count")

    def _names_customers(self) -> bool:
        return self.plan is not None and self.service.names_customers(self.plan)

    def _counted(self, report: Any) -> None:
        self.preview = report
        said = [self.tr("Will add %Ln new customer(s), update {updated} already here (same "
                        "email, phone, or name and birthday), and skip {skipped}.", "",
                        report.imported).format(updated=_number(report.updated),
                                                skipped=_number(report.skipped))]
        if report.unchanged:
            said.append(self.tr("%Ln already here and unchanged.", "", report.unchanged))
        if report.ambiguous_dates:
            order = self.mapping_page.date_order.currentText().split(" (")[0]
            said.append(self.tr("%Ln date(s) could be read either way: read as {order}.", "",
                                report.ambiguous_dates).format(order=order))
        if report.left_out:
            said.append(self.tr("%Ln value(s) will be left out (see below).", "",
                                report.left_out))
        problems = [self._line(line, message) for line, message in report.errors[:50]]
        problems += [self._line(line, message) for line, message in report.warnings[:50]]
        self.mapping_page.show_counts(" ".join(said), problems)

    def _line(self, line: int, message: str) -> str:
        """A problem the import found, where it is in the file: the import writes it as a
        `Phrase`, said here in the shop's language (the command line prints the English).
        Line 0 is about the file as a whole: said without a line."""
        if not line:
            return say(message)
        return self.tr("line {line}: {message}").format(line=line, message=say(message))

    # Importing ---------------------------------------------------------------------------------

    def start_import(self) -> None:
        self._run_job = self.service.runner.background(
            self._job(dry_run=False), on_result=self._imported, on_failure=self._import_failed,
            on_progress=self._progressed, where="import")

    def _progressed(self, done: int, total: int) -> None:
        bar = self.run_page.progress
        if total:
            bar.setRange(0, total)
            bar.setValue(done)

    def outcome(self, report: Any) -> str:
        """What the import did, in the window's language: here and in the status bar."""
        counts = {"added": _number(report.imported), "updated": _number(report.updated),
                  "skipped": _number(report.skipped)}
        said = [self.tr("Done: added {added}, updated {updated}, skipped {skipped}, %Ln already "
                        "here and unchanged.", "", report.unchanged).format(**counts)
                if report.unchanged else
                self.tr("Done: added {added}, updated {updated}, skipped {skipped}.").format(
                    **counts)]
        if report.left_out:
            said.append(self.tr("%Ln value(s) left out.", "", report.left_out))
        return " ".join(said)

    def _imported(self, report: Any) -> None:
        self.report = report
        page = self.run_page
        page.progress.setRange(0, 1)
        page.progress.setValue(1)
        page.status.setText(self.outcome(report))
        if report.errors or report.warnings:
            page.errors.show()
            page.errors.setPlainText("\n".join(self._line(line, message) for line, message
                                               in report.errors + report.warnings))
        page.finished_ok = True
        page.completeChanged.emit()
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.service.imported(report)
        self.imported.emit(report)

    def _import_failed(self, message: str) -> None:
        page = self.run_page
        page.progress.setRange(0, 1)
        page.progress.setValue(0)
        page.status.setText(self.tr("Nothing was imported: {message}").format(message=message))
        page.finished_ok = True
        page.completeChanged.emit()

    def _page_changed(self, _page_id: int) -> None:
        if self.currentPage() is self.run_page:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def running(self) -> bool:
        return self._run_job is not None and self._run_job.running()

    def reject(self) -> None:
        """QDialog.reject: Cancel during an import stops it; the transaction rolls back."""
        for job in (self._count_job, self._run_job):
            if job is not None and job.running():
                job.cancel()
                job.wait()
        super().reject()

    def done(self, result: int) -> None:
        """QDialog.done: never leave a thread running behind a closed wizard."""
        for job in (self._count_job, self._run_job):
            if job is not None and job.running():
                job.cancel()
                job.wait()
        super().done(result)


def _number(count: int) -> str:
    """A count as the shop's language writes it, grouped as `%Ln` groups the counts beside it."""
    return QLocale().toString(count)
