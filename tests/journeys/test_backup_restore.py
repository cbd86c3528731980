"""Backups and restore as the README tells them: Ctrl+B, then File > Restore from a backup…,
the backup chosen, the question answered; what was there is itself kept as a backup."""

from __future__ import annotations

from app.core import backups, customers, directory, edits
from app.core.operations import perform


def _add_tom(person) -> None:
    """A customer added after the backup, typed in as the owner does."""
    person.press("Ctrl+N")
    person.type("Tom")
    person.press("Tab")
    person.type("Added-Later")
    person.press("Enter")


def test_back_up_then_restore_brings_back_what_was_backed_up(regular, person):
    person.waits_to_see("See the Today list")  # the start-up message has had its say
    before = directory.count()
    person.press("Ctrl+B")
    assert person.sees(f"Backed up {before} customers to ")
    _add_tom(person)
    assert directory.count() == before + 1

    person.choose("File", "Restore from a backup…")
    assert person.sees("Restoring replaces everything with the backup")
    person.click("Restore selected…")
    assert person.sees("Replace everything with the backup")
    person.press("Enter")  # the question's default: restore, since what is there is kept
    assert directory.count() == before
    assert person.sees("before restore")  # what was there is a backup now
    person.press("Esc")
    assert person.sees(f"Restored {before} customers")


def test_cancel_in_the_question_restores_nothing(regular, person):
    person.press("Ctrl+B")
    _add_tom(person)
    count = directory.count()
    person.choose("File", "Restore from a backup…")
    person.click("Restore selected…")
    person.press("Esc")
    assert directory.count() == count
    assert person.sees("Restoring replaces everything with the backup")


def _backed_up_then_two_erased() -> None:
    """Three customers in this morning's backup; two of them erased since, as they asked."""
    ids = [customers.create_customer(first_name=name, last_name="Asked-To-Go")
           for name in ("Ann", "Bea")]
    customers.create_customer(first_name="Dot", last_name="Stays")
    backups.automatic("daily")
    for erased in ids:
        perform(edits.erase_customer(erased))


def test_a_restore_says_the_customers_erased_since_the_backup_were_erased_again(start, person):
    start(prepare=_backed_up_then_two_erased)
    person.choose("File", "Restore from a backup…")
    assert person.sees("3 customers · daily")  # the backup still holds them
    person.click("Restore selected…")
    person.press("Enter")
    person.press("Esc")
    assert person.status() == (
        "Restored 1 customer. 2 customers erased since this backup were erased again")
    person.waits_to_see("Stays")
    assert not person.sees("Asked-To-Go")  # neither in the list nor anywhere else
