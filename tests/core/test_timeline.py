"""The timeline: what may be logged, in which order it is read, and a delete undone."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import NASTY, settle
from hypothesis import given

from app.core import clock, customers, edits, timeline
from app.core.directory import customer_ids
from app.core.errors import NotFoundError, ValidationError
from app.core.operations import perform
from app.core.profile import load
from app.store.models import Customer, Interaction


def test_timeline_rules(store):
    cid = customers.create_customer(first_name="Eleanor")
    with pytest.raises(ValidationError, match="only a purchase has an amount"):
        timeline.log(cid, "visit", "hello", "3.00")
    with pytest.raises(ValidationError, match="kind must be one of"):
        timeline.log(cid, "gossip", "hello")
    with pytest.raises(ValidationError, match="in the future"):
        timeline.log(cid, "visit", "", at=clock.now() + dt.timedelta(days=3))
    with pytest.raises(ValidationError, match="0001-01-01 is not between 1900"):
        timeline.log(cid, "visit", "", at=dt.datetime(1, 1, 1))
    with pytest.raises(ValidationError, match="NUL"):
        timeline.log(cid, "note", "a\x00b")
    with pytest.raises(NotFoundError, match="no customer with id 999"):
        timeline.log(999, "visit")
    assert Interaction.select().count() == 0


def test_pinned_entries_come_first_then_newest(store):
    cid = customers.create_customer(first_name="Eleanor")
    old = timeline.log(cid, "note", "allergic to nuts", at=dt.datetime(2025, 1, 1, 9))
    new = timeline.log(cid, "visit", "quick coffee", at=dt.datetime(2026, 11, 20, 9))
    newest = timeline.log(cid, "call", "asked about beans", at=dt.datetime(2026, 11, 22, 9))
    timeline.set_pinned(old, True)
    assert [e.id for e in timeline.entries(cid)] == [old, newest, new]
    assert [e.id for e in timeline.entries(cid, offset=1, limit=1)] == [newest]


def test_a_deleted_entry_comes_back_as_it_was(store):
    cid = customers.create_customer(first_name="Eleanor")
    eid = timeline.log(cid, "purchase", "dark roast", "24.50", dt.datetime(2026, 11, 1, 9))
    timeline.set_pinned(eid, True)
    deleted = perform(edits.delete_entry(timeline.get_entry(eid)))
    gone = deleted.result
    assert timeline.count(cid) == 0
    perform(deleted.undo)
    back = timeline.get_entry(eid)  # the same entry, under its own id
    assert (back.kind, back.text, back.amount, back.at, back.pinned) == (
        gone.kind, gone.text, gone.amount, gone.at, True)
    assert str(load(cid).total_spent) == "24.50"


@settle
@given(text=NASTY)
def test_any_note_is_stored_intact_or_refused(store, text):
    cid = Customer.select().first().id if Customer.select().exists() else (
        customers.create_customer(first_name="Eleanor"))
    before = Interaction.select().count()
    try:
        eid = timeline.log(cid, "note", text)
    except ValidationError:
        assert Interaction.select().count() == before
        return
    assert timeline.get_entry(eid).text == text.strip().replace("\r\n", "\n").replace("\r", "\n")


def test_a_one_megabyte_note_comes_back_whole(store):
    cid = customers.create_customer(first_name="Eleanor")
    text = ("A long story about the shop. " * 40_000)[:999_990].strip()
    eid = timeline.log(cid, "note", text)
    assert timeline.get_entry(eid).text == text
    assert customer_ids("story") == [cid]
    with pytest.raises(ValidationError, match="longer than a million"):
        timeline.log(cid, "note", "x" * 1_000_001)
