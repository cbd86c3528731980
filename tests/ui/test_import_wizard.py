"""The import wizard: preview, mapping, counts from a dry run, the import, and Cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import DATA
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.core import clock, consent, directory
from app.core.phrases import Phrase
from app.core.profile import load
from app.exchange import jobs
from app.exchange.importer import WORDS_NOT_RECORDED
from app.store.models import Customer
from app.ui.local_forms import LocalForms, speak


def open_wizard(qtbot, window, path: Path):
    wizard = window.commands.open_import()
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(path))
    return wizard


def next_page(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def wait_counts(qtbot, wizard) -> str:
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=10_000)
    return wizard.mapping_page.counts.text()


def test_csv_wizard_preview_mapping_counts_and_import(qtbot, window):
    wizard = open_wizard(qtbot, window, DATA / "csv" / "shopify.csv")
    assert "3 rows" in wizard.file_page.info.text()
    assert wizard.file_page.isComplete()
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    combo = page._combos[headers.index("Note")]
    assert combo.currentData() == "note"
    assert page.table.item(1, headers.index("First Name")).text() == "Eleanor"
    assert wait_counts(qtbot, wizard).startswith("Will add 3 new customers, update 0")
    # The owner decides the notes column is not wanted.
    combo.setCurrentIndex(combo.findData("ignore"))
    combo.activated.emit(combo.currentIndex())
    wait_counts(qtbot, wizard)
    assert Customer.select().count() == 0  # counting is a dry run
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.run_page.finished_ok, timeout=10_000)
    assert wizard.run_page.status.text() == "Done: added 3, updated 0, skipped 0."
    assert window.pages.currentIndex() == 1
    assert window.model.rowCount() == 3
    whitfield = load(directory.customer_ids("whitfield")[0])
    assert whitfield.about == ""  # the column left out was not imported
    assert whitfield.tags == ("Regular", "VIP")


def test_wizard_says_how_many_are_already_here_and_unchanged(qtbot, window, tmp_path):
    jobs.import_file(DATA / "csv" / "shopify.csv")
    more = tmp_path / "more.csv"
    more.write_text((DATA / "csv" / "shopify.csv").read_text(encoding="utf-8-sig").replace(
        "amara@example.net,yes,,,,,,,,,", "amara@example.net,yes,,,,,,,,+44 7700 900777,",
        1), encoding="utf-8")
    wizard = open_wizard(qtbot, window, more)
    next_page(qtbot, wizard)
    counts = wait_counts(qtbot, wizard)
    assert counts.startswith("Will add 0 new customers, update 1 already here")
    assert counts.endswith("and skip 0. 2 already here and unchanged.")
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.run_page.finished_ok, timeout=10_000)
    assert wizard.run_page.status.text() == (
        "Done: added 0, updated 1, skipped 0, 2 already here and unchanged.")


def test_wizard_says_how_many_newsletter_words_it_does_not_record(qtbot, window, tmp_path):
    """Eleanor withdrew in the shop since the file's undated yes: the preview and the result
    say it once, for the file as a whole (no line, no name)."""
    jobs.import_file(DATA / "csv" / "shopify.csv")
    consent.record(directory.customer_ids("whitfield")[0], False, "in_person",
                   at=clock.now() + dt.timedelta(minutes=1))
    more = tmp_path / "more.csv"
    more.write_text((DATA / "csv" / "shopify.csv").read_text(encoding="utf-8-sig").replace(
        "amara@example.net,yes,,,,,,,,,", "amara@example.net,yes,,,,,,,,+44 7700 900777,",
        1), encoding="utf-8")
    said = ("1 newsletter consent in the file was not recorded: that customer said otherwise "
            "since; record a new consent in the window")
    wizard = open_wizard(qtbot, window, more)
    next_page(qtbot, wizard)
    assert wait_counts(qtbot, wizard).startswith("Will add 0 new customers, update 1")
    assert wizard.mapping_page.problems.toPlainText() == said
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.run_page.finished_ok, timeout=10_000)
    assert wizard.run_page.errors.toPlainText() == said


def test_wizard_without_a_name_column_says_so(qtbot, window):
    wizard = open_wizard(qtbot, window, DATA / "csv" / "no-name.csv")
    next_page(qtbot, wizard)
    assert "Choose which column holds the name" in wizard.mapping_page.counts.text()
    assert not wizard.mapping_page.isComplete()
    combo = wizard.mapping_page._combos[0]
    combo.setCurrentIndex(combo.findData("first_name"))
    combo.activated.emit(combo.currentIndex())
    assert wait_counts(qtbot, wizard).startswith("Will add 1 new customer,")
    assert wizard.mapping_page.isComplete()


def test_wizard_refuses_an_unreadable_file(qtbot, window):
    wizard = open_wizard(qtbot, window, DATA / "csv" / "broken-quote.csv")
    assert "cannot be imported" in wizard.file_page.info.text()
    assert "line 3" in wizard.file_page.info.text()
    assert not wizard.file_page.isComplete()


def test_vcard_wizard(qtbot, window):
    wizard = open_wizard(qtbot, window, DATA / "vcards" / "rfc6350.vcf")
    assert wizard.file_page.info.text() == "A vCard file with 2 cards."
    next_page(qtbot, wizard)
    table = wizard.mapping_page.table
    assert {table.item(r, 0).text() for r in range(table.rowCount())} == {
        "Harbour Bakery", "Rosalind Byrne"}
    wait_counts(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.run_page.finished_ok, timeout=10_000)
    assert window.model.rowCount() == 2


def test_date_order_choice_in_the_wizard(qtbot, window, service):
    wizard = open_wizard(qtbot, window, DATA / "csv" / "dates-ambiguous.csv")
    next_page(qtbot, wizard)
    assert "1 date could be read either way: read as day/month/year" in wait_counts(
        qtbot, wizard)
    box = wizard.mapping_page.date_order
    box.setCurrentIndex(box.findData("mdy"))
    box.activated.emit(box.currentIndex())
    assert "read as month/day/year" in wait_counts(qtbot, wizard)
    assert service.setting("date_order") == "mdy"


def test_cancel_during_import_changes_nothing(qtbot, window, tmp_path):
    rows = "\n".join(f"Person,{i:05d},p{i}@example.com" for i in range(3000))
    big = tmp_path / "big.csv"
    big.write_text("First Name,Last Name,Email\n" + rows + "\n")
    wizard = open_wizard(qtbot, window, big)
    next_page(qtbot, wizard)
    wait_counts(qtbot, wizard)
    next_page(qtbot, wizard)
    wizard.reject()  # Cancel, right after the import started
    assert not wizard.running()
    assert Customer.select().count() in (0, 3000)  # all or nothing, never a part


def test_wizard_guesses_the_columns_of_our_own_export(qtbot, window, tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("First Name,Organization Title,Organization Job Description,Labels,"
                    "Phone 1 - Label,Phone 1 - Value,Relation 1 - Value,Event 1 - Value,"
                    "Website 1 - Value,Preferred Channel,Stay In Touch Days,Regulars ID\n"
                    "Odile,Buyer,Cheese,VIP,Work,+1 418 555 0100,Arthur,--04-01,"
                    "https://odile.example,phone,21,7\n")
    wizard = open_wizard(qtbot, window, path)
    next_page(qtbot, wizard)
    shown = [combo.currentData() for combo in wizard.mapping_page._combos]
    assert shown == ["first_name", "job_title", "role", "tags", "ignore", "phone", "relative",
                     "event", "website", "channel", "cadence", "ignore"]


def test_the_line_of_newsletter_words_not_recorded_is_said_in_the_shop_s_language(qtbot, window):
    wizard = window.commands.open_import()
    qtbot.addWidget(wizard)
    try:
        speak(LocalForms("de", "DE", "EUR"))
        said = [wizard._line(0, Phrase(WORDS_NOT_RECORDED, n=n)) for n in (1, 2)]
    finally:
        speak(LocalForms("en", "US", ""))
    assert said == [
        "1 Newsletter-Einwilligung aus der Datei wurde nicht erfasst: Dieser Kunde hat sich "
        "seitdem anders geäußert; erfassen Sie in Regulars eine neue Einwilligung",
        "2 Newsletter-Einwilligungen aus der Datei wurden nicht erfasst: Diese Kunden haben sich "
        "seitdem anders geäußert; erfassen Sie in Regulars eine neue Einwilligung"]
