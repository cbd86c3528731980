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
    "es": ("es_ES.UTF-8", "Le damos la bienvenida a Regulars", "Archivo", "Nuevo cliente…",
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


def _written_before(henry: int) -> None:
    """Henry's timeline as an earlier version left it, in English, and the file at version 12
    (what the later versions added taken away), so that the next start upgrades it."""
    from helpers import claim_version

    from app.store.models import db

    for kind, text, points in (("email", "Got in touch (reminder)", None),
                               ("note", "Redeemed 5 points: eine Tasse", -5)):
        db.execute_sql(
            "INSERT INTO interaction (customer_id, kind, at, text, points, pinned, created_at, "
            "updated_at) VALUES (?, ?, '2026-11-20 09:00:00', ?, ?, 0, '2026-11-20 09:00:00', "
            "'2026-11-20 09:00:00')", (henry, kind, text, points))
    claim_version(12)


def _written_now(henry: int) -> None:
    """The week's thank-you call and a "stay in touch" done by a call, as this version logs
    them."""
    from app.core import clock, reminders, week

    week.act(week.Row("top_spenders", henry, "Henry", "spent 83.00 this week"), clock.today())
    reminders.got_in_touch(henry, f"stay_in_touch:{henry}:2026-11-23", "call", clock.now())


def test_what_the_program_wrote_is_said_in_the_shop_s_language(start, person, monkeypatch):
    """In German, whether this version logged it or an earlier one wrote it in English; the
    database keeps the English, which the command line and the search read."""
    from tests.journeys.shop import customer_named, entries

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start()
    person.press("Tab", "Enter")  # the samples, with the place as guessed
    person.waits_to_see("60 Kunden")
    henry = customer_named("Henry Rossi")
    start(prepare=lambda: _written_before(henry))
    start(prepare=lambda: _written_now(henry))
    person.press("Ctrl+F")
    person.type("henry rossi")
    person.press("Enter")
    for german in ("Dankesanruf: einer der besten Kunden dieser Woche",
                   "Angerufen, um in Kontakt zu bleiben", "Kontakt aufgenommen (Erinnerung)",
                   "5 Treuepunkte eingelöst: eine Tasse"):
        person.waits_to_see(german)
    assert not person.sees("Thank-you call") and not person.sees("Got in touch")
    assert {"Thank-you call: a top customer this week", "Called to keep in touch",
            "Got in touch (reminder)", "Redeemed 5 points: eine Tasse"} <= {
        str(e.text) for e in entries(henry)}


def test_a_new_language_chosen_in_settings_says_so_in_itself(regular, person):
    """The window already built keeps its words until the next start: the owner is told, in
    the language just chosen, rather than left with half a window."""
    person.press("Ctrl+,")
    person.press("Alt+L")  # the Language list
    person.type("D")  # Deutsch
    person.press("Enter")
    person.waits_to_see("Regulars spricht diese Sprache ab dem nächsten Start überall.")


def _an_unhappy_regular() -> None:
    """A German shop whose one regular left unhappy feedback yesterday evening: the program
    opened a follow-up to make it right, due tomorrow."""
    from app.core import customers, settings, timeline

    for key, value in (("country", "DE"), ("currency", "EUR"), ("language", "de")):
        settings.put(key, value)
    henry = customers.create_customer(first_name="Henry", last_name="Rossi")
    timeline.log(henry, "feedback", "kalter Kaffee", sentiment=-1)


def test_the_edit_menu_and_today_say_the_program_s_words_in_german(start, person, monkeypatch):
    """What the program wrote is said in German in the Today list and on the glance card, and
    the change Ctrl+Z would take back is named in German in the Edit menu; the data keeps the
    English, which the command line prints."""
    from app.core import followups
    from tests.journeys.shop import customer_named

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start(prepare=_an_unhappy_regular)
    person.waits_to_see("Henry — Zu erledigen: Wiedergutmachen: kalter Kaffee")  # Today
    person.press("Ctrl+F")
    person.type("henry")
    person.press("Enter")
    person.waits_to_see("Zugesagt: Wiedergutmachen")  # the glance card's promise
    person.press("Ctrl+L", "Alt+5")
    person.type("Espresso")
    person.press("Tab")
    person.type("3,50")
    person.press("Enter")
    person.waits_to_see("Espresso")  # on the timeline
    assert "Rückgängig: Kauf für Henry Rossi notieren" in person.menu("Bearbeiten")
    assert not person.sees("Make it right")
    henry = customer_named("Henry Rossi")
    assert [str(f.text) for f in followups.open_for(henry)] == ["Make it right: kalter Kaffee"]
