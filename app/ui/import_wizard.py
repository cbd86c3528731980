"""The import wizard: choose a file, check what each column is, watch it import.

Every count the wizard shows comes from a dry run of the real import (rolled
back), so "will add 120, update 8" is exactly what happens when the owner
presses Import. Long files import in the background with a progress bar;
Cancel leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core import edits
from app.core.errors import RegularsError
from app.core.humanize import plural
from app.ui.file_chooser import open_chooser
from app.ui.service import DataService
from app.ui.worker import Background, Job

FIELD_CHOICES = (
    ("ignore", "— not imported —"), ("first_name", "First name"), ("last_name", "Last name"),
    ("name", "Full name"), ("nickname", "Goes by"), ("company", "Company"),
    ("job_title", "Job title"), ("role", "Role"), ("email", "Email"), ("phone", "Phone"),
    ("address", "Address"), ("website", "Website"), ("handle", "Chat handle"),
    ("birthday", "Birthday"), ("birth_year", "Year of birth"), ("birth_month", "Month of birth"),
    ("birth_day", "Day of birth"), ("anniversary", "Anniversary"), ("partner", "Partner's name"),
    ("relative", "Family member"), ("family", "Family (as Regulars writes it)"),
    ("event", "Other date"), ("tags", "Tags"), ("note", "Notes, preferences"),
    ("newsletter", "Newsletter consent"), ("channel", "Preferred channel"),
    ("cadence", "Stay in touch (days)"),
)
PREVIEW_ROWS = 5


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Choose a file")
        self.setSubTitle("A vCard file (.vcf) from a phone or address book, or a CSV file from a "
                         "shop system or spreadsheet.")
        self.path = QLineEdit()
        self.path.setPlaceholderText("/home/…/contacts.vcf")
        self.path.textChanged.connect(lambda _t: self._wizard.load(self.path.text()))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addStretch(1)

    def _browse(self) -> None:
        chooser = open_chooser(self, self._wizard.settings, "Import customers",
                               ["Contacts (*.vcf *.vcard *.csv *.txt)", "All files (*)"])
        chooser.fileSelected.connect(self.path.setText)

    def isComplete(self) -> bool:
        """QWizardPage.isComplete: a file that could be read."""
        return self._wizard.ready()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Check what will be imported")
        self.table = QTableWidget()
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.date_order = QComboBox()
        self.date_order.addItem("day/month/year (31/12/1980)", "dmy")
        self.date_order.addItem("month/day/year (12/31/1980)", "mdy")
        self.date_order.activated.connect(self._order_changed)
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel("Dates like 03/04/1980 are"))
        order_row.addWidget(self.date_order)
        order_row.addStretch(1)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(90)
        self.problems.hide()
        self.setButtonText(QWizard.WizardButton.NextButton, "Import")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(order_row)
        layout.addWidget(self.counts)
        layout.addWidget(self.problems)
        self._combos: list[QComboBox] = []

    def initializePage(self) -> None:
        """QWizardPage.initializePage: fill the preview from the file just read."""
        w = self._wizard
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(
            w.service.setting("date_order"))))
        self.table.clear()
        self._combos = []
        if w.plan is not None:
            self.setSubTitle("Each column's field is a guess from its header: change any that "
                             "is wrong. The first rows of the file are shown.")
            headers = w.plan.table.headers
            rows = w.plan.table.preview(PREVIEW_ROWS)
            self.table.setColumnCount(len(headers))
            self.table.setRowCount(len(rows) + 1)
            self.table.setHorizontalHeaderLabels(headers)
            for column, header in enumerate(headers):
                combo = QComboBox()
                combo.setAccessibleName(f"Field for column {header}")
                for key, text in FIELD_CHOICES:
                    combo.addItem(text, key)
                combo.setCurrentIndex(max(0, combo.findData(w.plan.mapping.get(column,
                                                                               "ignore"))))
                combo.activated.connect(lambda _i, c=column, box=combo: self._mapped(c, box))
                self.table.setCellWidget(0, column, combo)
                self._combos.append(combo)
                for row, cells in enumerate(rows, start=1):
                    text = cells[column] if column < len(cells) else ""
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self.table.setItem(row, column, item)
            self.table.resizeColumnsToContents()
        else:
            self.setSubTitle("The cards in the file:")
            cards = w.cards or []
            self.table.setColumnCount(3)
            self.table.setHorizontalHeaderLabels(["Name", "Phone / email", "Family"])
            self.table.setRowCount(min(len(cards), 200))
            for row, card in enumerate(cards[:200]):
                name = " ".join(p for p in (card.first_name, card.last_name) if p) or card.company
                reach = ", ".join([v for v, _ in card.phones[:1]] + [v for v, _ in card.emails[:1]])
                family = ", ".join(f"{n} ({r})" for n, r, _ in card.relatives)
                for column, text in enumerate((name, reach, family)):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self.table.setItem(row, column, item)
            self.table.horizontalHeader().setStretchLastSection(True)
        w.recount()

    def _mapped(self, column: int, combo: QComboBox) -> None:
        self._wizard.set_field(column, str(combo.currentData()))

    def _order_changed(self) -> None:
        self._wizard.set_date_order(str(self.date_order.currentData()))

    def show_counts(self, text: str, problems: list[str]) -> None:
        self.counts.setText(text)
        self.problems.setVisible(bool(problems))
        self.problems.setPlainText("\n".join(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """QWizardPage.isComplete: the dry run found something to import."""
        return self._wizard.preview is not None and (
            self._wizard.preview.imported + self._wizard.preview.updated > 0)


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Importing")
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.errors = QPlainTextEdit()
        self.errors.setReadOnly(True)
        self.errors.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.errors, 1)
        layout.addStretch(0)
        self.finished_ok = False

    def initializePage(self) -> None:
        """QWizardPage.initializePage: start the real import."""
        self.finished_ok = False
        self.progress.setRange(0, 0)
        self.status.setText("Importing… Cancel stops it and changes nothing.")
        self._wizard.start_import()

    def isComplete(self) -> bool:
        """QWizardPage.isComplete: Finish only once the import is over."""
        return self.finished_ok


class ImportWizard(QWizard):
    """Signals `imported` with the report when the owner's data changed."""

    imported = Signal(object)

    def __init__(self, service: DataService, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings  # the window's: where the file chooser opens
        self.setWindowTitle("Import customers")
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
        self.setButtonText(QWizard.WizardButton.NextButton, "Next")
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
            info.setText("There is no file there.")
        else:
            try:
                kind, source = self.service.read_import(path)
                if kind == "vcard":
                    self.vcards, self.cards = source, source.preview
                    info.setText(f"A vCard file with {source.count} cards.")
                else:
                    self.plan = source
                    table = self.plan.table
                    delimiter = {",": "commas", ";": "semicolons", "\t": "tabs"}.get(
                        table.delimiter, repr(table.delimiter))
                    info.setText(f"A CSV file with {table.count} rows and "
                                 f"{len(table.headers)} columns ({table.encoding}, "
                                 f"separated by {delimiter}).")
                self.path = path
            except (RegularsError, OSError) as error:
                info.setText(f"This file cannot be imported: {error}")
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
            self.mapping_page.show_counts(
                "Choose which column holds the name (first name, last name, full name or "
                "company), an email or a phone to go on.", [])
            return
        self.mapping_page.show_counts("Counting…", [])
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
        text = (f"Will add {plural(report.imported, 'new customer')}, update "
                f"{report.updated} already here (same email, phone, or name and birthday), "
                f"and skip {report.skipped}.")
        if report.unchanged:
            text += f" {report.unchanged} already here and unchanged."
        if report.ambiguous_dates:
            order = self.mapping_page.date_order.currentText().split(" (")[0]
            text += f" {report.ambiguous_dates} dates could be read either way: read as {order}."
        if report.left_out:
            text += f" {plural(report.left_out, 'value')} will be left out (see below)."
        problems = [f"line {line}: {message}" for line, message in report.errors[:50]]
        problems += [f"line {line}: {message}" for line, message in report.warnings[:50]]
        self.mapping_page.show_counts(text, problems)

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

    def _imported(self, report: Any) -> None:
        self.report = report
        page = self.run_page
        page.progress.setRange(0, 1)
        page.progress.setValue(1)
        page.status.setText(f"Done: added {report.imported}, updated {report.updated}, "
                            f"skipped {report.skipped}"
                            + (f", {report.unchanged} already here and unchanged"
                               if report.unchanged else "") + "."
                            + (f" {plural(report.left_out, 'value')} left out."
                               if report.left_out else ""))
        if report.errors or report.warnings:
            page.errors.show()
            page.errors.setPlainText("\n".join(f"line {line}: {message}" for line, message
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
        page.status.setText(f"Nothing was imported: {message}")
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
