"""A customer asks what the shop keeps about them: the owner finds them, chooses Customer >
Export This Customer's Data…, accepts the name offered, and has one page to hand over, in the
shop's language."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

from app.core import consent, customers, settings, timeline

ITEM = "Export This Customer's Data…"


def _rosa_and_others() -> None:
    rosa = customers.create_customer(first_name="Rosa", last_name="Delgado",
                                     about="allergic to <nuts> & dust")
    customers.add_relative(rosa, "Pepa", "pet", "old tabby")
    timeline.log(rosa, "visit", "asked for the blue scarf", at=dt.datetime(2026, 11, 20, 10))
    consent.record(rosa, True, "signed_form", at=dt.datetime(2026, 1, 5, 11))
    customers.create_customer(first_name="Ana", last_name="Bell")


def test_the_open_customer_s_data_goes_into_one_page_where_the_owner_keeps_files(
        start, person, home, qtbot):
    window = start(prepare=_rosa_and_others)
    person.press("Ctrl+F")
    person.type("rosa")
    person.press("Enter")
    assert person.sees("Rosa Delgado")

    person.choose("Customer", ITEM)
    chooser = QApplication.activeModalWidget()
    assert isinstance(chooser, QFileDialog), f"no file chooser: {chooser!r}"
    assert Path(chooser.directory().absolutePath()) == home
    person.press("Enter")  # the name offered
    path = home / "Rosa Delgado - data.html"
    qtbot.waitUntil(path.exists, timeout=5000)
    page = path.read_text(encoding="utf-8")
    assert "Rosa Delgado" in page and "Pepa" in page and "asked for the blue scarf" in page
    assert "allergic to &lt;nuts&gt; &amp; dust" in page
    data = json.loads(re.search(r'id="regulars-data">\n(.*)\n</script>', page, re.S).group(1))
    assert data["customer"]["id"] == window.right.customer_id
    assert "Ana" not in page
    assert str(path) in person.status()


def _rosa_in_a_german_shop() -> None:
    for key, value in (("country", "DE"), ("currency", "EUR"), ("language", "de")):
        settings.put(key, value)
    _rosa_and_others()


def test_a_german_shop_hands_over_a_page_in_german(start, person, home, qtbot, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start(prepare=_rosa_in_a_german_shop)
    person.press("Ctrl+F")
    person.type("rosa")
    person.press("Enter")
    assert person.sees("Rosa Delgado")

    person.choose("Kunde", "Daten dieses Kunden exportieren…")
    chooser = QApplication.activeModalWidget()
    assert isinstance(chooser, QFileDialog), f"no file chooser: {chooser!r}"
    person.press("Enter")  # the name offered
    path = home / "Rosa Delgado - Daten.html"
    qtbot.waitUntil(path.exists, timeout=5000)
    page = path.read_text(encoding="utf-8")
    assert '<html lang="de">' in page
    for said in ("Was Regulars über Rosa Delgado speichert", "<h2>Wer Sie für uns sind</h2>",
                 "<h2>Familie und Haustiere</h2>", "<dt>Haustier</dt><dd>Pepa — old tabby</dd>",
                 "<td>Besuch</td>",
                 "<td>Newsletter-Einwilligung erteilt (mit unterschriebenem Formular)</td>"):
        assert said in page, said
    assert "Family and pets" not in page
    data = json.loads(re.search(r'id="regulars-data">\n(.*)\n</script>', page, re.S).group(1))
    assert [(r["name"], r["relation"]) for r in data["family_and_pets"]] == [("Pepa", "pet")]
    assert [e["kind"] for e in data["timeline"]] == ["visit"]
    assert str(path) in person.status()


def test_with_no_customer_open_there_is_nothing_to_export(opened, person):
    assert ITEM in person.menu("Customer")
    assert not opened.actions["export_customer_data"].isEnabled()
