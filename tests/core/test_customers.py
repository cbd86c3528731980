"""Customers: who counts as one, and what is refused before anything is written."""

from __future__ import annotations

import pytest
from helpers import NASTY, settle
from hypothesis import given

from app.core import customers
from app.core.directory import customer_ids
from app.core.errors import ConflictError, ValidationError
from app.core.profile import load, to_json
from app.store.models import Customer


def test_a_customer_needs_a_name_or_a_company(store):
    with pytest.raises(ValidationError, match="first name, a last name or a company"):
        customers.create_customer(nickname="Ellie")
    assert Customer.select().count() == 0
    assert customers.create_customer(company="Harbour Bakery")


def test_clearing_every_name_is_refused(store):
    cid = customers.create_customer(first_name="Eleanor")
    with pytest.raises(ValidationError):
        customers.update_customer(cid, first_name="  ")
    assert load(cid).first_name == "Eleanor"


def test_a_save_over_what_the_form_showed_is_refused_once_another_counter_changed_it(store):
    cid = customers.create_customer(first_name="Eleanor", nickname="Ellie")
    customers.update_customer(cid, {"nickname": "Ellie"}, nickname="Nell")  # as shown: saved
    assert load(cid).nickname == "Nell"
    with pytest.raises(ConflictError, match="Eleanor's nickname was changed at another "
                                            "counter while you were editing it") as raised:
        customers.update_customer(cid, {"nickname": "Ellie"}, nickname="Elle")
    conflict = raised.value
    assert (conflict.customer_id, conflict.field, conflict.theirs, conflict.mine) == (
        cid, "nickname", "Nell", "Elle")
    assert load(cid).nickname == "Nell"  # nothing overwritten
    customers.update_customer(cid, {"about": ""}, about="size M")  # another field: no conflict
    assert load(cid).about == "size M"


def test_a_phone_family_or_date_saved_over_another_counters_change_is_offered_to_choose(store):
    """Each row of a customer is saved only over what the form showed, as the customer's own
    fields are; the operation that met the other counter's value saves this one's if chosen."""
    from app.core import edits
    from app.core.operations import perform

    cid = customers.create_customer([("phone", "07700 900456", "mobile")],
                                    [("Biscuit", "pet", "dog")], (5, 17, None),
                                    first_name="Rosa")
    shown = load(cid)
    phone, pet, birthday = shown.contacts[0], shown.relatives[0], shown.dates[0]
    # the other counter, meanwhile
    customers.update_contact(phone.id, "07700 900999", "mobile")
    customers.update_relative(pet.id, "Biscuit", "pet", "old dog, deaf now")
    customers.update_date(birthday.id, "birthday", 5, 18)

    with pytest.raises(ConflictError, match="Rosa's phone was changed at another counter "
                                            "while you were editing it") as raised:
        perform(edits.update_contact(cid, phone.id, "07700 900111", "mobile", phone))
    assert (raised.value.field, raised.value.theirs, raised.value.mine) == (
        "value", "07700 900999", "07700 900111")
    assert load(cid).contacts[0].value == "07700 900999"  # nothing overwritten
    with pytest.raises(ConflictError, match="Rosa's Biscuit was changed at another counter"):
        perform(edits.update_relative(cid, pet.id, "Biscuit", "pet", "dog, loves carrots", pet))
    with pytest.raises(ConflictError, match="Rosa's date was changed at another counter"):
        perform(edits.update_date(cid, birthday.id, birthday, kind="birthday", month=5,
                                  day=17, year=1980))
    assert (load(cid).relatives[0].notes, load(cid).dates[0].day) == ("old dog, deaf now", 18)

    # a date's family member or pet is said by name
    rex = customers.add_relative(cid, "Rex", "pet", "dog")
    seen = load(cid).dates[0]
    customers.update_date(birthday.id, "birthday", 5, 18, relative_id=rex)
    with pytest.raises(ConflictError) as other:
        perform(edits.update_date(cid, birthday.id, seen, kind="birthday", month=5, day=18,
                                  relative_id=pet.id))
    assert (other.value.theirs, other.value.mine) == ("Rex", "Biscuit")
    # the other counter saved what this one typed: nothing to choose
    perform(edits.update_relative(cid, pet.id, "Biscuit", "pet", "old dog, deaf now", pet))
    perform(raised.value.again())  # "Use mine"
    assert load(cid).contacts[0].value == "07700 900111"
    # as the form showed it: saved without a question
    now = load(cid).contacts[0]
    perform(edits.update_contact(cid, now.id, "07700 900222", "work", now))
    assert (load(cid).contacts[0].value, load(cid).contacts[0].label) == ("07700 900222", "work")


def test_a_bad_email_writes_nothing_at_all(store):
    with pytest.raises(ValidationError, match="does not look like an email"):
        customers.create_customer(first_name="Eleanor", contacts=[("email", "ellie@", "")])
    assert Customer.select().count() == 0


def test_a_customer_is_made_with_family_pets_and_a_birthday_at_once(store):
    cid = customers.create_customer(
        [("phone", "07700 900456", "")], [("Mia", "child", ""), ("Biscuit", "pet", "dog")],
        (5, 17, None), first_name="Rosa")
    rosa = load(cid)
    assert [(r.name, r.relation, r.notes) for r in rosa.relatives] == [
        ("Mia", "child", ""), ("Biscuit", "pet", "dog")]
    assert [(d.kind, d.month, d.day, d.year, d.relative_id) for d in rosa.dates] == [
        ("birthday", 5, 17, None, None)]


@pytest.mark.parametrize(("relatives", "birthday", "refusal"), [
    ([("", "child", "")], None, "needs a name"),
    ([("Mia", "cousin", "")], None, "say who they are"),
    ((), (2, 31, None), "February has no day 31"),
    ((), (2, 29, 2025), "2025 is not a leap year"),
])
def test_a_new_customer_with_a_bad_relative_or_birthday_writes_nothing(
        store, relatives, birthday, refusal):
    with pytest.raises(ValidationError, match=refusal):
        customers.create_customer(relatives=relatives, birthday=birthday, first_name="Rosa")
    assert Customer.select().count() == 0


def test_dates_of_relatives_belong_to_the_same_customer(store):
    a = customers.create_customer(first_name="A")
    b = customers.create_customer(first_name="B")
    mia = customers.add_relative(a, "Mia", "grandchild")
    with pytest.raises(ValidationError, match="does not belong"):
        customers.add_date(b, "birthday", 6, 3, 2014, relative_id=mia)
    customers.add_date(a, "birthday", 6, 3, 2014, relative_id=mia)
    assert to_json(load(a))["dates"] == [
        {"kind": "birthday", "label": "", "month": 6, "day": 3, "year": 2014, "relative": "Mia"}
    ]


def test_tags_are_distinct_ignoring_case(store):
    cid = customers.create_customer(first_name="Eleanor")
    customers.set_tags(cid, ["VIP", "vip ", "wholesale", ""])
    assert load(cid).tags == ("VIP", "wholesale")
    customers.add_tags([cid], ["Local", "VIP"])
    customers.remove_tags([cid], ["WHOLESALE"])
    assert load(cid).tags == ("Local", "VIP")


def test_archive_and_bring_back(store):
    cid = customers.create_customer(first_name="Eleanor")
    assert customers.set_archived([cid], True) == [cid]
    assert load(cid).archived
    assert customers.set_archived([cid], True) == []  # already archived: nothing changes
    customers.set_archived([cid], False)
    assert not load(cid).archived


def test_names_refuse_line_breaks_and_notes_keep_one_kind(store):
    with pytest.raises(ValidationError, match="line break"):
        customers.create_customer(first_name="Ellie\r\nWhitfield")
    cid = customers.create_customer(first_name="Eleanor", about="oat milk\r\nmornings\rsize M")
    assert load(cid).about == "oat milk\nmornings\nsize M"


@settle
@given(first=NASTY, last=NASTY, about=NASTY)
def test_any_name_is_stored_intact_or_refused(store, first, last, about):
    before = Customer.select().count()
    try:
        cid = customers.create_customer(first_name=first, last_name=last, about=about)
    except ValidationError as error:
        assert str(error)  # a message a person can read
        assert Customer.select().count() == before  # and nothing half written
        return
    p = load(cid)
    about = about.strip().replace("\r\n", "\n").replace("\r", "\n")  # one kind of line break
    assert (p.first_name, p.last_name, p.about) == (first.strip(), last.strip(), about)
    customer_ids(first)  # searching for it never breaks
    customer_ids(about)
