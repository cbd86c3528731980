"""Importing as the README tells it: Ctrl+I, the file, a look at what each column holds, Import;
the counts said beforehand are what happens, and the customers are then there to find."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

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
