"""Keeping no longer than needed: the owner turns on, in Settings, the offer to erase the
customers not seen for years; the weekly review (F6) then lists them, each with Keep (asked
again in a year) and Erase…, which asks as Customer > Erase This Customer… does."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton

from app.core import clock, customers, directory, settings, timeline
from tests.journeys.shop import customer_named

HEADING = "Not seen for over 3 years: erase or keep?"


def _olga_long_ago_and_ben_lately() -> None:
    """Olga last came in five years ago; Ben two years ago."""
    for name, years in (("Olga", 5), ("Ben", 2)):
        when = dt.datetime(2026 - years, 11, 2, 11)
        with clock.frozen(when):
            cid = customers.create_customer(first_name=name, last_name="Berg")
            timeline.log(cid, "visit", "came in", at=when)


def _offer_to_erase_after_three_years(person) -> None:
    person.press("Ctrl+,")
    offer = person.find("Offer to erase customers not seen for", QCheckBox)
    assert not offer.isChecked()  # off until the owner turns it on
    person.press("Alt+E")
    assert offer.isChecked() and person.sees("3 years")  # three years when first ticked
    person.press("Enter")  # OK
    assert settings.get("erase_after_years") == 3


def test_keep_takes_a_customer_not_seen_for_years_off_the_review(start, person):
    start(prepare=_olga_long_ago_and_ben_lately)
    person.press("F6")
    assert not person.sees("Not seen for")  # nobody is offered before it is turned on
    person.press("Esc")
    _offer_to_erase_after_three_years(person)
    person.press("F6")
    assert person.sees(f"{HEADING} (1)")
    person.type("Olga")  # the list finds the name typed
    assert person.current_row()[0] == "Olga Berg"
    assert person.current_row()[1].startswith("last contact ")
    assert "Ben Berg" not in person.list_rows(HEADING)  # seen two years ago: not listed
    assert {"Keep", "Erase…"} <= set(person.button_texts())
    person.press("Alt+K")
    assert person.sees(f"{HEADING} (0)")
    assert "Olga Berg" not in person.list_rows(HEADING)
    assert person.sees("Keeping Olga Berg: asked again in a year.")
    assert customer_named("Olga Berg")  # kept, and nothing logged on her timeline
    person.press("Ctrl+Z")
    assert "Olga Berg" in person.list_rows(HEADING)


def test_erase_asks_first_and_cancel_keeps_the_customer(start, person, qtbot):
    start(prepare=_olga_long_ago_and_ben_lately)
    olga = customer_named("Olga Berg")
    _offer_to_erase_after_three_years(person)
    person.press("F6")
    person.type("Olga")
    person.press("Alt+E")
    assert isinstance(QApplication.activeModalWidget(), QMessageBox)
    assert person.sees("Erase Olga Berg for good?")
    focused = person.focus
    assert isinstance(focused, QPushButton) and focused.text() == "Cancel"
    person.press("Enter")  # where the keyboard starts: she stays
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=2000)
    assert customer_named("Olga Berg") == olga
    assert person.current_row()[0] == "Olga Berg"  # the keyboard is back on her row
    person.press("Alt+E")
    person.click("Erase")
    qtbot.waitUntil(lambda: person.status().startswith("Customer erased"), timeout=5000)
    assert directory.customer_ids("", include_archived=True) == [customer_named("Ben Berg")]
    assert person.sees(f"{HEADING} (0)")
    assert "Olga Berg" not in person.list_rows(HEADING)
