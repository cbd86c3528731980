"""Likely duplicates found by email, phone and name; a merge that can be taken back."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import comparable, dates_of

from app.core import customers, duplicates, edits, followups, settings, timeline
from app.core.operations import perform
from app.core.profile import load
from app.store.models import Customer, ImportantDate, Interaction


@pytest.mark.file_only
def test_find_and_merge_duplicates_then_undo(store):
    keep = customers.create_customer(first_name="Eleanor", last_name="Whitfield",
                                     contacts=[("email", "ellie@example.com", "")])
    other = customers.create_customer(first_name="Ellie", last_name="W", nickname="Ellie",
                                      contacts=[("email", "ELLIE@example.com", ""),
                                                ("phone", "+44 7700 900123", "")])
    customers.add_relative(keep, "Mia", "grandchild")
    mia_twin = customers.add_relative(other, "Mia", "grandchild")
    customers.add_relative(other, "Fritz", "pet", "dachshund")
    customers.add_date(other, "birthday", 6, 3, 2014, relative_id=mia_twin)
    customers.set_tags(other, ["VIP"])
    timeline.log(other, "purchase", "dark roast", "24.50", dt.datetime(2026, 11, 1, 9))
    followups.add(other, "order the blue size 9")
    pairs = duplicates.find_pairs()
    assert [(p.first_id, p.second_id) for p in pairs] == [(keep, other)]
    assert pairs[0].reason == "same email: ellie@example.com"
    before_keep, before_other = comparable(load(keep)), comparable(load(other))

    done = perform(edits.merge(keep, other))
    merged = load(keep)
    assert merged.nickname == "Ellie" and merged.tags == ("VIP",)
    assert [c.value for c in merged.contacts] == ["ellie@example.com", "+44 7700 900123"]
    assert sorted(r.name for r in merged.relatives) == ["Fritz", "Mia"]
    assert ("birthday", 6, 3, 2014, "Mia") in dates_of(merged)
    assert str(merged.total_spent) == "24.50" and merged.interaction_count == 1
    assert [f.text for f in merged.follow_ups] == ["order the blue size 9"]
    assert load(other).archived
    assert Customer.get_by_id(other).merged_into_id == keep  # erased and handed over with them
    assert duplicates.find_pairs() == []

    perform(done.undo)  # undo: every moved row and filled field put back
    assert Customer.get_by_id(other).merged_into_id is None
    assert comparable(load(keep)) == before_keep
    assert comparable(load(other)) == before_other
    assert Interaction.select().where(Interaction.customer == other).count() == 1
    assert ImportantDate.select().where(ImportantDate.customer == other).count() == 1


def test_duplicates_by_phone_and_name(store):
    settings.put("phone_region", "GB")
    a = customers.create_customer(first_name="A", contacts=[("phone", "07700 900123", "")])
    b = customers.create_customer(first_name="B", contacts=[("phone", "+44 7700 900123", "")])
    c = customers.create_customer(first_name="Rose", last_name="Byrne")
    d = customers.create_customer(first_name="Róse", last_name="Byrne")
    reasons = {(p.first_id, p.second_id): p.reason for p in duplicates.find_pairs()}
    assert reasons == {(a, b): "same phone: 447700900123", (c, d): "same name"}


def test_a_sample_that_takes_in_a_real_customer_is_no_longer_a_sample(store):
    from app.core import demo
    from app.store.models import Customer

    sample, second, third = demo.generate(3, seed=4)
    real = customers.create_customer(first_name="Ana", last_name="Ruiz")
    duplicates.merge(sample, real)
    duplicates.merge(second, third)  # two samples make one sample
    assert not Customer.get_by_id(sample).sample
    assert Customer.get_by_id(second).sample
    assert sorted(demo.remove()) == [second, third]
    assert load(sample).name  # with what the real one brought


def test_a_record_merged_in_before_names_the_one_finally_kept_and_undo_puts_it_back(store):
    ann, annie, anne = (customers.create_customer(first_name=n) for n in ("Ann", "Annie", "Anne"))
    perform(edits.merge(annie, ann))
    done = perform(edits.merge(anne, annie))
    links = {cid: Customer.get_by_id(cid).merged_into_id for cid in (ann, annie, anne)}
    assert links == {ann: anne, annie: anne, anne: None}  # one step, to the one kept

    perform(done.undo)
    links = {cid: Customer.get_by_id(cid).merged_into_id for cid in (ann, annie, anne)}
    assert links == {ann: annie, annie: None, anne: None}


def test_bringing_back_a_merged_record_makes_them_a_customer_of_their_own(store):
    keep, other = (customers.create_customer(first_name=n) for n in ("Rosa", "Rose"))
    perform(edits.merge(keep, other))
    done = perform(edits.set_archived([other], False))
    assert Customer.get_by_id(other).merged_into_id is None
    perform(done.undo)  # archived again, and merged into Rosa again
    assert Customer.get_by_id(other).merged_into_id == keep
