"""A customer asks to be forgotten: the owner finds her, chooses Customer > Erase This
Customer…, reads what goes, and only "Erase" chosen on purpose erases her. Enter, where the
keyboard starts, keeps her. What the owner did for others stays undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.core import customers, directory, erasure, timeline
from tests.journeys.person import plain
from tests.journeys.shop import customer_named, entries

ITEM = "Erase This Customer…"


def _rosa_and_others() -> None:
    rosa = customers.create_customer(first_name="Rosa", last_name="Delgado",
                                     contacts=[("phone", "07700 900461", "mobile")])
    customers.add_relative(rosa, "Pepa", "pet", "old tabby")
    customers.set_tags(rosa, ["scarves"])
    timeline.log(rosa, "visit", "asked for the blue scarf")
    customers.create_customer(first_name="Ana", last_name="Bell")
    customers.create_customer(first_name="Henry", last_name="Okafor")


def _find(person, letters: str) -> None:
    person.press("Ctrl+F")
    person.type(letters)
    person.press("Enter")


def _log_a_note(person, text: str) -> None:
    person.press("Ctrl+L", "Alt+7")
    person.type(text)
    person.press("Enter")


def test_a_customer_is_erased_only_by_choosing_erase_and_others_stay_undoable(
        start, person, qtbot):
    window = start(prepare=_rosa_and_others)
    ana = customer_named("Ana Bell")
    _find(person, "ana")
    _log_a_note(person, "ordered the green wool")
    _find(person, "rosa")
    assert person.sees("Rosa Delgado")
    rosa = window.right.customer_id
    _log_a_note(person, "wants us to forget her")
    assert len(entries(rosa)) == 2

    person.choose("Customer", ITEM)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), f"no question: {box!r}"
    assert person.sees("Erase Rosa Delgado for good?")
    assert person.sees("every entry of their timeline (2)")
    assert person.sees("cannot be undone")
    focused = person.focus
    assert isinstance(focused, QPushButton) and plain(focused.text()) == "Cancel"
    person.press("Enter")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=2000)
    assert customer_named("Rosa Delgado") == rosa
    assert window.right.customer_id == rosa
    assert erasure.register() == []

    person.choose("Customer", ITEM)
    person.click("Erase")
    qtbot.waitUntil(lambda: person.status().startswith("Customer erased"), timeout=5000)
    assert sorted(directory.customer_ids("", include_archived=True)) == sorted(
        [ana, customer_named("Henry Okafor")])
    assert person.status() == "Customer erased. Line 1 of the erasure register."
    assert window.right.customer_id is None
    assert not person.sees("Rosa Delgado")
    assert not person.sees("wants us to forget her")
    assert ITEM in person.menu("Customer")
    assert not window.actions["erase_customer"].isEnabled()  # no one is open to erase

    _find(person, "rosa")
    person.waits_to_see("0 matches")
    assert not person.sees("Rosa")

    assert "Undo log note for Ana Bell" in person.menu("Edit")
    person.press("Ctrl+Z")
    assert [e.text for e in entries(ana)] == []
    assert person.sees("Ana Bell")
    assert "Undo log note for Ana Bell" not in person.menu("Edit")
