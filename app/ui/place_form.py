"""Where the shop is: its country, currency and language, asked on the first page, once of a
shop that was here before, and in Settings.

The answers are guessed from the system's locale, so that Enter accepts them; the currency
follows the country until the owner picks one of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core import edits
from app.ui.local_forms import LANGUAGE_NAMES, countries, currencies, currency_of
from app.ui.service import DataService


class PlaceForm:
    """Three lists, added as rows of a form; type a country's name, any part of it, or its
    code to reach it."""

    def __init__(self, service: DataService) -> None:
        self._service = service
        self.country = _choices(countries(), searchable=True)
        none = QCoreApplication.translate("PlaceForm", "None")
        self.currency = _choices((("", none), *currencies()), searchable=True)
        self.language = _choices(tuple(LANGUAGE_NAMES.items()), searchable=False)
        self._own_currency = False
        self.refill()
        self.country.currentIndexChanged.connect(self._follow_country)
        self.currency.activated.connect(self._chose_currency)
        self.currency.lineEdit().textEdited.connect(self._chose_currency)

    def refill(self) -> None:
        """As the settings say now; a currency never chosen is the country's."""
        service = self._service
        country = service.setting("country")
        currency = (service.setting("currency") if service.setting_stored("currency")
                    else currency_of(country))
        _select(self.country, country)
        _select(self.currency, currency)
        _select(self.language, service.setting("language"))
        # Until the owner picks a currency of their own, it follows the country.
        self._own_currency = currency != currency_of(country)

    def add_to(self, form: QFormLayout) -> None:
        # Alt+C is the Customer menu's.
        form.addRow(QCoreApplication.translate("PlaceForm", "Coun&try"), self.country)
        form.addRow(QCoreApplication.translate("PlaceForm", "C&urrency"), self.currency)
        form.addRow(QCoreApplication.translate("PlaceForm", "&Language"), self.language)

    def values(self) -> tuple[str, str, str]:
        """(country, currency, language) as the settings keep them; a name typed whole counts
        even before the list lost the keyboard."""
        for box in (self.country, self.currency):
            _settle(box)
        return (self.country.currentData(), self.currency.currentData(),
                self.language.currentData())

    def save(self, service: DataService) -> bool:
        """Keep the answers (one change, through the runner); False when it was refused."""
        return service.run(edits.put_place(*self.values())) is not None

    def _follow_country(self) -> None:
        if not self._own_currency:
            _select(self.currency, currency_of(self.country.currentData()))

    def _chose_currency(self, *_: object) -> None:
        self._own_currency = True


def _choices(items: tuple[tuple[str, str], ...], *, searchable: bool) -> QComboBox:
    """A list to pick from; a `searchable` one by typing any part of a name ("kingdom",
    "franc"): a list of 250 countries is not scrolled through, and a closed list's own search
    stops at a space."""
    box = QComboBox()
    box.setMaxVisibleItems(16)
    for code, name in items:
        box.addItem(name, code)
    if searchable:
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = box.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.lineEdit().returnPressed.connect(lambda: _settle(box))
        _SettleOnLeaving(box)
    return box


class _SettleOnLeaving(QObject):
    """Settles its box when the keyboard leaves it. Told by the application: with the
    completer's list open, neither the box nor its line hears that it was left."""

    def __init__(self, box: QComboBox) -> None:
        super().__init__(box)
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        application.focusChanged.connect(self._moved)

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        box = self.parent()
        if not isinstance(box, QComboBox):  # the box is going: the window is closing
            return

        def inside(widget: QWidget | None) -> bool:
            return widget is not None and (widget is box or box.isAncestorOf(widget))

        if inside(old) and not inside(new):
            _settle(box)


def _settle(box: QComboBox) -> None:
    """What was typed becomes one of the list: its name whole, its code ("DE", "EUR"), the
    first name it begins, or the first that holds it ("kingdom"); else the choice stays as it
    was. Never a country or currency that is not in the list."""
    typed = box.currentText().strip()
    index = box.findText(typed, Qt.MatchFlag.MatchFixedString)
    if index < 0 and typed:
        index = box.findData(typed.upper())
    if index < 0 and typed:
        index = box.findText(typed, Qt.MatchFlag.MatchStartsWith)
    completer = box.completer()
    if index < 0 and typed and completer is not None:
        completer.setCompletionPrefix(typed)
        if completer.completionCount():
            index = box.findText(completer.currentCompletion(), Qt.MatchFlag.MatchFixedString)
    box.setCurrentIndex(index if index >= 0 else box.currentIndex())
    box.setEditText(box.itemText(box.currentIndex()))


def _select(box: QComboBox, code: str) -> None:
    """The item of this code; a code the list does not have (a country written by hand
    before there was a list) is kept as an item of its own rather than changed unasked."""
    index = box.findData(code)
    if index < 0:
        box.addItem(code, code)
        index = box.count() - 1
    box.setCurrentIndex(index)


class PlaceDialog(QDialog):
    """Asked once of a shop that was here before Regulars knew where shops are."""

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Where is your shop?"))
        text = QLabel(self.tr("Regulars now shows dates and money as your country writes them. "
                              "Is this right? You can change it later in Edit > Settings."))
        text.setWordWrap(True)
        self.form = PlaceForm(service)
        rows = QFormLayout()
        self.form.add_to(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        # A button of its own: Qt writes a standard one's text again in the window's language.
        buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(rows)
        layout.addWidget(buttons)
        self.form.country.setFocus()

    def accept(self) -> None:
        """QDialog.accept: keep the answers."""
        if self.form.save(self._service):
            super().accept()

    def reject(self) -> None:
        """QDialog.reject: asked once; Settings keeps the guesses to change later."""
        self._service.run(edits.put_settings({"ask_place": False}))
        super().reject()
