"""Where the shop is: guessed from the system's locale on the first page, Enter accepts it, the
country brings its currency and its way of writing dates, and a shop that was here before is
asked once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox

from app.core import demo, edits, operations, settings
from app.ui.place_form import PlaceDialog


def test_a_first_start_in_germany_guesses_the_shop_and_enter_accepts_it(start, person,
                                                                          monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start()
    assert person.sees("Land") and person.sees("Währung") and person.sees("Sprache")
    boxes = {box.currentText() for box in person.reachable()[0].findChildren(QComboBox)
             if box.isVisible()}
    assert {"Germany (Deutschland)", "EUR – Euro (€)", "Deutsch"} <= boxes
    person.press("Enter")  # on "Add your first customer"
    assert settings.get("country") == "DE" and settings.get("currency") == "EUR"
    assert settings.get("language") == "de" and settings.get("phone_region") == "DE"
    assert settings.get("date_order") == "dmy"
    person.press("Esc")  # the new customer's form, left empty


def test_a_country_chosen_by_typing_brings_its_currency_and_amounts_show_it(start, person,
                                                                             monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    start()
    person.press("Alt+T")  # the Country list (Alt+C is the Customer menu)
    assert isinstance(person.focus, QComboBox)
    person.type("switz")
    person.press("Tab")  # leaves the list with the name it was typed as
    assert person.sees("Switzerland")
    assert person.find("CHF – Swiss Franc", QComboBox)
    person.click("Try with sample customers")
    assert settings.get("country") == "CH" and settings.get("currency") == "CHF"
    person.press("Ctrl+F")
    person.type("Eleanor")
    person.press("Enter")
    person.waits_to_see("spent CHF 14.00")  # on her card, as Switzerland writes it


def test_a_shop_that_was_here_before_is_asked_once(start, person):
    def upgraded() -> None:  # customers kept before Regulars asked where shops are
        demo.generate(3, seed=1)
        operations.perform(edits.put_settings({"ask_place": True}))

    start(upgraded)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PlaceDialog)
    assert person.sees("Is this right?") and "Not now" in person.button_texts()
    person.press("Enter")  # the guesses are right
    assert QApplication.activeModalWidget() is None  # answered, and gone
    assert settings.get("ask_place") is False and settings.get("country") == "US"
    start()
    assert not isinstance(QApplication.activeModalWidget(), PlaceDialog)


def test_tab_then_enter_tries_the_samples_with_the_guessed_place(start, person, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    start()
    person.press("Tab", "Enter")  # from "Add your first customer" to the samples
    person.waits_to_see("60 clients")
    assert (settings.get("country"), settings.get("currency")) == ("FR", "EUR")
    person.waits_to_see("dépensé ")  # the glance card of the first customer
    assert any(text.endswith(" €") for text in person.texts() if text.startswith(
        ("1", "2", "3", "4", "5", "6", "7", "8", "9")))


def test_a_german_shop_types_and_reads_amounts_its_own_way(start, person, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start()
    person.press("Tab", "Enter")  # the samples, in a shop in Germany
    person.waits_to_see("60 Kunden")
    person.press("Ctrl+F")
    person.type("henry")
    person.press("Enter", "Ctrl+L", "Alt+5")
    person.type("Espressomaschine")
    person.press("Tab")
    person.type("1.234,50")  # as a German owner writes it
    person.press("Enter")
    person.waits_to_see("Umsatz 1.317,50 €")  # on the glance card: 83,00 € before
    assert person.sees("Kauf · Mo., 23. Nov. 2026, 10:30 · 1.234,50 € · Espressomaschine")
