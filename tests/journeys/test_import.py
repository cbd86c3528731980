"""Importing as the README tells it: Ctrl+I, the file, a look at what each column holds, Import;
the counts said beforehand are what happens, and the customers are then there to find."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from app.core import directory
from tests.helpers import CSVS, VCARDS


def test_a_phone_s_vcard_file_by_keyboard(opened, person):
    person.press("Ctrl+I")
    assert isinstance(person.focus, QLineEdit), "the keyboard starts in the file's field"
    person.type(str(VCARDS / "apple.vcf"))
    person.waits_to_see("1 card")
    person.press("Enter")  # Next: what will be imported
    person.waits_to_see("Will add 1 new customer,")
    person.press("Enter")  # Import
    person.waits_to_see("Done: added 1, updated 0")
    person.press("Enter")  # Finish
    assert directory.customer_ids("Whitfield")
    person.waits_to_see("Eleanor Whitfield")


def test_a_shop_system_s_csv_with_its_columns_guessed(opened, person):
    person.press("Ctrl+I")
    person.type(str(CSVS / "shopify.csv"))
    person.waits_to_see("rows")
    person.press("Enter")
    person.waits_to_see("Will add 3 new customers")
    person.click("Import")
    person.waits_to_see("Done: added 3")
    person.click("Finish")
    assert directory.count() > 0


def test_a_value_too_large_to_keep_is_said_before_and_after(opened, person, tmp_path):
    card = tmp_path / "huge-note.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nNOTE:" + "x" * 1_000_100
                    + "\nEND:VCARD\n")
    person.press("Ctrl+I")
    person.type(str(card))
    person.waits_to_see("1 card")
    person.press("Enter")
    person.waits_to_see("Will add 1 new customer,")
    assert person.sees("1 value will be left out")
    assert person.sees("line 4: NOTE of 1,000,106 characters is larger than the program keeps")
    person.press("Enter")  # Import
    person.waits_to_see("Done: added 1, updated 0, skipped 0. 1 value left out.")
    person.press("Enter")  # Finish
    assert directory.customer_ids("Lee")


# A row with an email that is none (left out, the row kept) and a row whose birthday does not
# exist (refused); the column headers are the file's own words, said as the file wrote them.
_TWO_PROBLEMS = ("First Name,Last Name,Email,Birthday\n"
                 "Ann,Lee,not an email,\n"
                 "Bob,Roe,bob@example.com,30.02.1980\n"
                 "Cy,Poe,cy@example.com,\n")


def test_what_the_import_found_is_said_in_the_shop_s_language(start, person, monkeypatch,
                                                                  tmp_path):
    """The wizard of a German shop says each line's problem in German; `regulars import` of
    the same file prints the English that scripts read, whatever the system's language."""
    table = tmp_path / "kunden.csv"
    table.write_text(_TWO_PROBLEMS)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start()
    person.press("Ctrl+I")
    person.type(str(table))
    person.waits_to_see("3 Zeilen")
    person.press("Enter")  # Next: what will be imported
    person.waits_to_see("Zeile 2: E-Mail: 'not an email' sieht nicht wie eine E-Mail-Adresse "
                        "aus; weggelassen")
    assert person.sees("Zeile 3: Birthday: der Februar hat keinen 30. Tag")
    person.press("Enter")  # Import
    person.waits_to_see("Zeile 3: Birthday: der Februar hat keinen 30. Tag", timeout=10_000)
    assert not person.sees("does not look like") and not person.sees("has no day")
    done = "Fertig: 2 hinzugefügt, 0 aktualisiert, 1 übersprungen. 1 Wert weggelassen."
    assert person.sees(done)
    person.press("Enter")  # Finish: the status bar says it again, as the wizard did
    person.qtbot.waitUntil(lambda: not any(isinstance(w, QWizard) and w.isVisible()
                                           for w in QApplication.topLevelWidgets()))
    person.waits_to_see(done)
    told = subprocess.run(
        [sys.executable, "-m", "app", "import", str(table), "--dry-run",
         "--data-dir", str(tmp_path / "another")],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "de_DE.UTF-8"})
    assert told.returncode == 0, told.stderr[-500:]
    assert told.stderr == (
        f"{table}, line 3: Birthday: February has no day 30\n"
        f"{table}, line 2: email: 'not an email' does not look like an email address; "
        "left out\n")
    assert told.stdout.startswith("would have imported 2, updated 0, skipped 1")
