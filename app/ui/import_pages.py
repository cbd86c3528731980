"""The import wizard's three pages: the file, what each column is, and the import running.

The pages show; the wizard (`app.ui.import_wizard`) reads the file, counts and imports. A
field's name in the column choices is marked here and said in the shop's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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
    QWizard,
    QWizardPage,
)

from app.ui.file_chooser import open_chooser
from app.ui.words import N_, words

if TYPE_CHECKING:
    from app.ui.import_wizard import ImportWizard

# What a column can be, as the owner reads it; the key is the import's field.
FIELD_CHOICES = (
    ("ignore", N_("— not imported —")), ("first_name", N_("First name")),
    ("last_name", N_("Last name")), ("name", N_("Full name")), ("nickname", N_("Goes by")),
    ("company", N_("Company")), ("job_title", N_("Job title")), ("role", N_("Role")),
    ("email", N_("Email")), ("phone", N_("Phone")), ("address", N_("Address")),
    ("website", N_("Website")), ("handle", N_("Chat handle")), ("birthday", N_("Birthday")),
    ("birth_year", N_("Year of birth")), ("birth_month", N_("Month of birth")),
    ("birth_day", N_("Day of birth")), ("anniversary", N_("Anniversary")),
    ("partner", N_("Partner's name")), ("relative", N_("Family member")),
    ("family", N_("Family (as Regulars writes it)")), ("event", N_("Other date")),
    ("tags", N_("Tags")), ("note", N_("Notes, preferences")),
    ("newsletter", N_("Newsletter consent")), ("channel", N_("Preferred channel")),
    ("cadence", N_("Stay in touch (days)")),
)
PREVIEW_ROWS = 5


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A vCard file (.vcf) from a phone or address book, or a CSV "
                                 "file from a shop system or spreadsheet."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("/home/…/contacts.vcf"))
        self.path.textChanged.connect(lambda _t: self._wizard.load(self.path.text()))
        browse = QPushButton(self.tr("Browse…"))
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
        chooser = open_chooser(self, self._wizard.settings, self.tr("Import customers"),
                               [self.tr("Contacts (*.vcf *.vcard *.csv *.txt)"),
                                self.tr("All files (*)")])
        chooser.fileSelected.connect(self.path.setText)

    def isComplete(self) -> bool:
        """QWizardPage.isComplete: a file that could be read."""
        return self._wizard.ready()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check what will be imported"))
        self.table = QTableWidget()
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("day/month/year (31/12/1980)"), "dmy")
        self.date_order.addItem(self.tr("month/day/year (12/31/1980)"), "mdy")
        self.date_order.activated.connect(self._order_changed)
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("Dates like 03/04/1980 are")))
        order_row.addWidget(self.date_order)
        order_row.addStretch(1)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(90)
        self.problems.hide()
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
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
            self.setSubTitle(self.tr("Each column's field is a guess from its header: change "
                                     "any that is wrong. The first rows of the file are shown."))
            headers = w.plan.table.headers
            rows = w.plan.table.preview(PREVIEW_ROWS)
            self.table.setColumnCount(len(headers))
            self.table.setRowCount(len(rows) + 1)
            self.table.setHorizontalHeaderLabels(headers)
            for column, header in enumerate(headers):
                combo = QComboBox()
                combo.setAccessibleName(self.tr("Field for column {header}").format(
                    header=header))
                for key, text in FIELD_CHOICES:
                    combo.addItem(words(text), key)
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
            self.setSubTitle(self.tr("The cards in the file:"))
            cards = w.cards or []
            self.table.setColumnCount(3)
            self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone / email"),
                                                  self.tr("Family")])
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
        self.setTitle(self.tr("Importing"))
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
        self.status.setText(self.tr("Importing… Cancel stops it and changes nothing."))
        self._wizard.start_import()

    def isComplete(self) -> bool:
        """QWizardPage.isComplete: Finish only once the import is over."""
        return self.finished_ok
