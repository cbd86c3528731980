"""The shop's place in a form: the currency follows the country until one is chosen, and
the answers are kept as one change."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from app.ui.place_form import PlaceDialog, PlaceForm


def test_the_currency_follows_the_country_until_the_owner_picks_one(service, qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    form = PlaceForm(service)
    form.add_to(QFormLayout(holder))
    assert form.values() == ("US", "USD", "en")  # the tests' locale
    form.country.setCurrentIndex(form.country.findData("FR"))
    assert form.values()[1] == "EUR"
    form.currency.setCurrentIndex(form.currency.findData("GBP"))
    form.currency.activated.emit(form.currency.currentIndex())  # as a pick by hand sends it
    form.country.setCurrentIndex(form.country.findData("CH"))
    assert form.values() == ("CH", "GBP", "en")


def test_not_now_asks_no_more_and_keeps_no_currency(service, qtbot):
    from app.core import edits

    service.run(edits.put_settings({"ask_place": True}))
    dialog = PlaceDialog(service)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert service.setting("ask_place") is False and service.setting("currency") == ""


def test_no_currency_once_chosen_stays_chosen(service, qtbot):
    from app.core import edits

    service.run(edits.put_place("DE", "", "de"))
    dialog = PlaceDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.form.values() == ("DE", "", "de")  # not the country's EUR, guessed again


def test_a_country_is_found_by_its_code_and_a_code_not_in_the_list_is_kept(service, qtbot):
    from app.core import edits

    service.run(edits.put_settings({"country": "XK"}))  # a code Qt may not list: kept
    holder = QWidget()
    qtbot.addWidget(holder)
    form = PlaceForm(service)
    form.add_to(QFormLayout(holder))
    assert form.values()[0] == "XK"
    for typed, found in (("de", "Germany (Deutschland)"), ("CH", "Switzerland (Schweiz, Suisse)"),
                         ("switz", "Switzerland (Schweiz, Suisse)"),
                         ("kingdom", "United Kingdom"), ("nowhere", "United Kingdom"),
                         ("Suisse", "Switzerland (Schweiz, Suisse)"),
                         ("österreich", "Austria (Österreich)"), ("españa", "Spain (España)")):
        form.country.setEditText(typed)
        assert form.values()[0] and form.country.currentText() == found, typed
