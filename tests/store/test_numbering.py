"""The numbers rows are given, the same in the file and on a server (run on both engines)."""

from __future__ import annotations

from app.core import customers, edits
from app.core.operations import perform
from app.store import numbering
from app.store.models import db


def test_the_numbers_held_come_after_every_row_and_every_erased_customer(store):
    first = customers.create_customer(first_name="Ann")
    last = customers.create_customer(first_name="Bea")
    perform(edits.erase_customer(last))  # the highest number, gone, is still given
    with db.atomic():
        held = numbering.held_numbers(db, ("customer", "relative"))
    assert held == {"customer": last + 1, "relative": 1}
    assert numbering.given(db)["customer"] == last > first


def test_marked_given_numbers_are_not_given_again_and_never_moved_back(store):
    customers.create_customer(first_name="Ann")
    with db.atomic():
        numbering.mark_given(db, "customer", 40)
        numbering.mark_given(db, "customer", 12)  # behind: left where it is
    assert numbering.given(db)["customer"] == 40
    assert customers.create_customer(first_name="Bea") == 41
