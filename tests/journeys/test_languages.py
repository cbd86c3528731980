"""The window in the shop's language and country, from the first start: a German, a French
and a Spanish shop each see their menus, their plurals, their dates and their money."""

from __future__ import annotations

import pytest

PLACES = {
    # language: (LANG, welcome, the first menu and an item of it, the customers counted,
    #            a day of the timeline as written there, an amount with its currency)
    "de": ("de_DE.UTF-8", "Willkommen bei Regulars", "Datei", "Neuer Kunde…", "60 Kunden",
           "Mo., 23. Nov. 2026", "1.317,50 €"),
    "fr": ("fr_FR.UTF-8", "Bienvenue dans Regulars", "Fichier", "Nouveau client…",
           "60 clients", "lun. 23 nov. 2026", "1\u202f317,50 €"),
    "es": ("es_ES.UTF-8", "Bienvenido a Regulars", "Archivo", "Nuevo cliente…",
           "60 clientes", "lun, 23 de nov de 2026", "1317,50 €"),
}


@pytest.mark.parametrize("language", list(PLACES))
def test_the_window_speaks_the_shop_s_language(start, person, monkeypatch, language):
    lang, welcome, menu, item, counted, day, amount = PLACES[language]
    monkeypatch.setenv("LANG", lang)
    start()
    assert person.sees(welcome)
    person.press("Tab", "Enter")  # the samples, with the place as guessed
    person.waits_to_see(counted)
    assert item in person.menu(menu)
    person.press("Ctrl+F")
    person.type("henry")
    person.press("Enter", "Ctrl+L", "Alt+5")
    person.type("Espresso")
    person.press("Tab")
    person.type("1234,50")  # as the owner writes it
    person.press("Enter")
    person.waits_to_see(day)  # the purchase on the timeline, dated as the country writes it
    assert any(day in text and "Espresso" in text for text in person.texts()), day
    # What Henry spent in all, in the list: 83,00 before, with the currency where it goes.
    assert any(text.endswith(amount.replace("\u202f", " ")) for text in person.texts()), amount
