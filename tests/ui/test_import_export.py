"""Import and export from the window: the export in the background and what it says, its file
types in the shop's language, a customer's own data said in the shop's language, and taking back
an import that can no longer be undone."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

from helpers import add_rich_customer

from app.core import session, settings, timeline
from app.exchange import customer_data
from app.ui.local_forms import LocalForms, speak
from app.ui.words import install


def test_export_runs_in_the_background_and_says_where(qtbot, sample_window, tmp_path):
    window = sample_window
    out = tmp_path / "All Customers.csv"
    said: list[str] = []  # the day's reminders may take the status bar a moment later
    window.statusBar().messageChanged.connect(said.append)
    task = window.commands.export("csv", None, path=str(out))
    assert window.statusBar().currentMessage() == "Exporting…"
    qtbot.waitUntil(lambda: not task.running(), timeout=10_000)
    qtbot.waitUntil(lambda: f"Exported 60 customers to {out}" in said)  # its name as written
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 60


def _problems(window) -> list[str]:
    """What the status bar says is wrong, kept: the day's reminders may take it a moment later."""
    said: list[str] = []
    window.statusBar().messageChanged.connect(
        lambda text: said.append(text) if text.startswith("⚠") else None)
    return said


def test_an_export_that_cannot_be_written_is_said_plainly(qtbot, sample_window, tmp_path):
    window = sample_window
    problems = _problems(window)
    task = window.commands.export("csv", None, path=str(tmp_path / "no such folder" / "x.csv"))
    qtbot.waitUntil(lambda: not task.running(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(problems))
    assert "Traceback" not in problems[0]


def test_an_export_onto_the_database_is_refused_with_a_message(qtbot, sample_window):
    window = sample_window
    database = session.database_file()
    problems = _problems(window)
    task = window.commands.export("csv", None, path=str(database))
    qtbot.waitUntil(lambda: not task.running(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(problems))
    assert "is the database itself" in problems[0]
    assert len(session.db.execute_sql("SELECT id FROM customer").fetchall()) == 60


def test_the_file_types_are_named_in_the_shop_s_language_and_picked_by_place(
        qtbot, sample_window, tmp_path):
    window = sample_window
    out = tmp_path / "kunden.vcf"
    try:
        install("de")
        ids = [window.model.customer_id(row) for row in range(2)]
        chooser = window.commands.export(None, ids)
        assert chooser.windowTitle() == "Exportieren"
        assert chooser.nameFilters() == ["CSV für Excel (*.csv)", "vCard für Handys (*.vcf)"]
        chooser.selectNameFilter("vCard für Handys (*.vcf)")
        chooser.fileSelected.emit(str(out))
        chooser.reject()
    finally:
        install("en")
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: out.read_text(encoding="utf-8").count("END:VCARD") == 2,
                    timeout=10_000)


def test_export_selected_asks_for_a_selection_first(window):
    window.commands.export_selected()
    assert window.statusBar().currentMessage() == "⚠ Select customers in the list first"


def test_an_import_that_cannot_be_undone_says_how_to_get_back(window):
    window.menus["Edit"].aboutToShow.emit()
    assert window.actions["undo_import"].text() == "Undo the last &import"
    assert not window.actions["undo_import"].isEnabled()
    window.commands.undo_import()
    assert "File > Restore from a backup" in window.statusBar().currentMessage()


def test_a_customer_s_data_from_the_window_is_said_in_the_shop_s_language(service, tmp_path):
    """The page and the text in German, through the window's own translation; the data inside
    as the command line writes it, in English."""
    cid = add_rich_customer()
    timeline.log(cid, "purchase", "dark roast", "24.50", at=dt.datetime(2026, 11, 11, 9, 5))
    timeline.log(cid, "visit", "browsed", at=dt.datetime(2026, 11, 12, 9))
    for key, value in (("language", "de"), ("country", "DE"), ("currency", "EUR")):
        settings.put(key, value)
    page, text = tmp_path / "Eleanor - Daten.html", tmp_path / "Eleanor.txt"
    try:
        speak(service.forms)
        assert service.write_customer_data(page, cid) == page
        service.write_customer_data(text, cid)
    finally:
        speak(LocalForms("en", "US", ""))
    source = page.read_text(encoding="utf-8")
    assert '<html lang="de">' in source
    for said in ("<h1>Was Regulars über Eleanor Whitfield speichert</h1>",
                 "<h2>Wer Sie für uns sind</h2>", "<h2>Wie wir Sie erreichen</h2>",
                 "<h2>Familie und Haustiere</h2>", "<dt>Haustier</dt><dd>Fritz — dachshund</dd>",
                 "<h2>Was wir notiert haben (Verlauf, 2 Einträge)</h2>", "<td>Kauf</td>",
                 "<h2>Newsletter-Einwilligung</h2>", "<th>Wann</th>", "<dt>Telefon (mobile)</dt>",
                 "<td>Newsletter-Einwilligung erteilt (persönlich)</td>",
                 "<dt>Geburtstag von Mia</dt><dd>3. Juni 2014</dd>"):
        assert said in source, said
    assert "Who you are to us" not in source and "Family and pets" not in source
    data = json.loads(re.search(r'id="regulars-data">\n(.*)\n</script>', source, re.S).group(1))
    english = json.loads(json.dumps(customer_data.gather(cid)))
    assert data == english
    assert data["consent"][0]["said"] == "Newsletter consent given (in person)"
    lines = text.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["Was Regulars über Eleanor Whitfield speichert", "=" * 45]
    assert "Haustier: Fritz — dachshund" in lines


def test_a_german_page_says_what_the_program_wrote_and_its_amounts_in_german(service, tmp_path):
    """A points redemption and the follow-up that unhappy feedback opens, as the window says
    them, and amounts in the shop's currency; the JSON inside keeps the English and "12.50"."""
    cid = add_rich_customer()
    timeline.log(cid, "purchase", "dark roast", "12.50", at=dt.datetime(2026, 11, 11, 9, 5))
    timeline.log(cid, "feedback", "cold coffee", at=dt.datetime(2026, 11, 12, 9), sentiment=-1)
    timeline.redeem(cid, 5)
    for key, value in (("language", "de"), ("country", "DE"), ("currency", "EUR")):
        settings.put(key, value)
    page, text = tmp_path / "Eleanor.html", tmp_path / "Eleanor.txt"
    try:
        speak(service.forms)
        service.write_customer_data(page, cid)
        service.write_customer_data(text, cid)
    finally:
        speak(LocalForms("en", "US", ""))
    source = page.read_text(encoding="utf-8")
    for said in ("<td>5 Treuepunkte eingelöst</td>", "<td>Wiedergutmachen: cold coffee</td>",
                 "<td>12,50\u00a0€</td>"):
        assert said in source, said
    assert "Redeemed 5 points" not in source.split('id="regulars-data"')[0]
    assert "Make it right" not in source.split('id="regulars-data"')[0]
    data = json.loads(re.search(r'id="regulars-data">\n(.*)\n</script>', source, re.S).group(1))
    redeemed = next(e for e in data["timeline"] if e["points"] == -5)
    assert (redeemed["text"], redeemed["said"]["template"]) == (
        "Redeemed 5 points", "Redeemed %Ln point(s)")
    assert next(e for e in data["timeline"] if e["kind"] == "purchase")["amount"] == "12.50"
    lines = text.read_text(encoding="utf-8")
    assert "5 Treuepunkte eingelöst" in lines and "Wiedergutmachen: cold coffee" in lines
    assert "12,50\u00a0€" in lines and "Redeemed" not in lines
