"""Settings: reminders, where the shop is (country, currency, language), dates in files, the
offer to erase customers not seen for years, this counter's name, where the customer book lives
and starting at login.

The counter's name, the book's place and starting at login belong to this computer, not to the
customer book: they are kept on it (`app.core.counter`, `app.core.book_place`,
`app.core.autostart`), not with the other settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import autostart, book_place, counter, edits
from app.core.errors import RegularsError
from app.core.settings import date_order_for
from app.ui.book_place_dialog import BookPlaceDialog
from app.ui.form import present
from app.ui.local_forms import say_error
from app.ui.place_form import PlaceForm
from app.ui.service import DataService


class SettingsDialog(QDialog):
    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Settings"))
        self.lead_days = QSpinBox()
        self.lead_days.setRange(0, 365)
        self.lead_days.setSuffix(self.tr(" days ahead"))
        self.lead_days.setValue(service.setting("reminder_lead_days"))
        hours, minutes = str(service.setting("notification_time")).split(":")
        self.notification_time = QTimeEdit(QTime(int(hours), int(minutes)))
        self.notification_time.setDisplayFormat("HH:mm")
        self.default_cadence = QSpinBox()
        self.default_cadence.setRange(0, 3650)
        self.default_cadence.setSpecialValueText(self.tr("none"))
        self.default_cadence.setSuffix(self.tr(" days"))
        self.default_cadence.setValue(service.setting("default_cadence_days") or 0)
        # The country also says how phone numbers without a country code are read.
        self.place = PlaceForm(service)
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("day/month/year (31/12/1980)"), "dmy")
        self.date_order.addItem(self.tr("month/day/year (12/31/1980)"), "mdy")
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(
            service.setting("date_order"))))
        self.place.country.currentIndexChanged.connect(self._follow_country)
        # Keep no longer than needed: the weekly review offers to erase whoever was not seen
        # for this long. Off until ticked; three years when first ticked.
        erase_after = service.setting("erase_after_years")
        self.erase_offer = QCheckBox(self.tr("Offer to &erase customers not seen for"))
        self.erase_offer.setChecked(bool(erase_after))
        self.erase_years = QSpinBox()
        self.erase_years.setRange(1, 50)
        self.erase_years.setSuffix(self.tr(" years"))
        self.erase_years.setValue(erase_after or 3)
        self.erase_years.setEnabled(bool(erase_after))
        self.erase_offer.toggled.connect(self.erase_years.setEnabled)
        # Written in small type on each timeline entry this counter logs (empty: the computer's
        # name, shown as the placeholder).
        self.counter_name = QLineEdit(counter.name())
        self.counter_name.setPlaceholderText(counter.default_name())
        self.counter_name.setMaxLength(counter.MAX_LENGTH)
        self.start_at_login = QCheckBox(self.tr("Start Regulars when I log in (for reminders)"))
        self.start_at_login.setChecked(autostart.is_enabled())
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Remind me"), self.lead_days)
        form.addRow(self.tr("Daily reminder at"), self.notification_time)
        form.addRow(self.tr("New customers: stay in touch every"), self.default_cadence)
        self.place.add_to(form)
        form.addRow(self.tr("Dates in imported files"), self.date_order)
        form.addRow(self.erase_offer, self.erase_years)
        form.addRow(self.tr("This &counter's name"), self.counter_name)
        self.book = QPushButton()
        self._show_book()
        self.book.clicked.connect(self.choose_book)
        form.addRow(self.tr("Customer book"), self.book)
        form.addRow("", self.start_at_login)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _show_book(self) -> None:
        server = book_place.server_of(book_place.chosen())
        self.book.setText(self.tr("On a server: {database} at {server}…").format(
            database=server.database, server=server.host) if server
            else self.tr("On this computer…"))

    def choose_book(self) -> BookPlaceDialog:
        """Settings > Customer book: where it lives, from the next start."""
        dialog = BookPlaceDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda _said: self._show_book())
        return present(dialog)

    def values(self) -> dict[str, object]:
        return {
            "reminder_lead_days": self.lead_days.value(),
            "notification_time": self.notification_time.time().toString("HH:mm"),
            "default_cadence_days": self.default_cadence.value() or None,
            **dict(zip(("country", "currency", "language"), self.place.values(), strict=True)),
            "date_order": self.date_order.currentData(),
            "erase_after_years": (self.erase_years.value() if self.erase_offer.isChecked()
                                  else None),
        }

    def _follow_country(self) -> None:
        """A country changed here brings its way of writing dates, which can still be changed."""
        self.date_order.setCurrentIndex(self.date_order.findData(
            date_order_for(self.place.country.currentData())))

    def accept(self) -> None:
        """QDialog.accept: save every setting, or say which one is wrong and stay open."""
        values = self.values()
        changed = {key: value for key, value in values.items()
                   if self._service.setting(key) != value}
        if "country" in changed:  # with the date order shown, which the core would guess
            changed["date_order"] = values["date_order"]
        if changed and self._service.run(edits.put_settings(changed),
                                         report=self.problem.setText) is None:
            return
        try:
            if self.counter_name.text().strip() != counter.name():
                counter.rename(self.counter_name.text())
            if self.start_at_login.isChecked() != autostart.is_enabled():
                if self.start_at_login.isChecked():
                    autostart.enable()
                else:
                    autostart.disable()
        except (RegularsError, OSError) as error:
            self.problem.setText(say_error(error))
            return
        super().accept()
