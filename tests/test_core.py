"""Rules about customers, dates and the timeline, with messages a person understands."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import clock, customers, followups, timeline
from app.core.dates import age_on, check_parts, next_occurrence, parse_parts
from app.core.errors import NotFoundError, ValidationError
from app.core.money import format_amount, parse_amount
from app.core.profile import load, to_json
from app.store.models import Customer, Interaction


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


def test_a_bad_email_writes_nothing_at_all(store):
    with pytest.raises(ValidationError, match="does not look like an email"):
        customers.create_customer(first_name="Eleanor", contacts=[("email", "ellie@", "")])
    assert Customer.select().count() == 0


@pytest.mark.parametrize("month, day, year, message", [
    (2, 30, None, "February has no day 30"),
    (4, 31, None, "April has no day 31"),
    (13, 1, None, "month 13 does not exist"),
    (2, 29, 2023, "2023 is not a leap year"),
    (5, 1, 2031, "not between"),
])
def test_a_date_must_exist(month, day, year, message):
    with pytest.raises(ValidationError, match=message):
        check_parts(month, day, year, dt.date(2026, 11, 23))


def test_29_february_is_allowed_without_a_year_and_in_leap_years():
    check_parts(2, 29, None, dt.date(2026, 11, 23))
    check_parts(2, 29, 2024, dt.date(2026, 11, 23))
    assert next_occurrence(2, 29, dt.date(2026, 11, 23)) == dt.date(2027, 2, 28)
    assert next_occurrence(2, 29, dt.date(2027, 3, 1)) == dt.date(2028, 2, 29)


def test_age_is_known_only_when_the_year_was_told():
    assert age_on(1983, 11, 27, dt.date(2026, 11, 23)) == 42
    assert age_on(1983, 11, 27, dt.date(2026, 11, 27)) == 43
    assert age_on(None, 11, 27, dt.date(2026, 11, 27)) is None


def test_dates_parse_with_and_without_a_year():
    today = dt.date(2026, 11, 23)
    assert parse_parts("1970-01-02", today) == (1, 2, 1970)
    assert parse_parts("--02-29", today) == (2, 29, None)
    assert parse_parts("04-15", today) == (4, 15, None)
    with pytest.raises(ValidationError, match="not a date"):
        parse_parts("yesterday", today)


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


def test_newsletter_consent_keeps_its_date(store):
    cid = customers.create_customer(first_name="Eleanor")
    with clock.frozen(dt.date(2026, 5, 1)):
        customers.update_customer(cid, newsletter=True)
    with clock.frozen(dt.date(2026, 6, 1)):
        customers.update_customer(cid, newsletter=True)
    assert load(cid).newsletter_since == dt.date(2026, 5, 1)
    customers.update_customer(cid, newsletter=False)
    assert load(cid).newsletter_since is None


@pytest.mark.parametrize("text, cents", [
    ("24.50", 2450), ("24,50", 2450), ("1,234.50", 123450), ("£3", 300), ("-5.00", -500),
])
def test_amounts_as_people_type_them(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["abc", "1.234", "NaN", "Infinity", "1e12"])
def test_amounts_that_are_refused(text):
    with pytest.raises(ValidationError):
        parse_amount(text)


def test_amount_formatting():
    assert format_amount(123450, "£") == "£1,234.50"
    assert format_amount(-500) == "-5.00"


def test_timeline_rules(store):
    cid = customers.create_customer(first_name="Eleanor")
    with pytest.raises(ValidationError, match="only a purchase has an amount"):
        timeline.log(cid, "visit", "hello", "3.00")
    with pytest.raises(ValidationError, match="kind must be one of"):
        timeline.log(cid, "gossip", "hello")
    with pytest.raises(ValidationError, match="in the future"):
        timeline.log(cid, "visit", "", at=clock.now() + dt.timedelta(days=3))
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
    gone = timeline.delete(eid)
    assert timeline.count(cid) == 0
    back = timeline.get_entry(timeline.restore(gone))
    assert (back.kind, back.text, back.amount, back.at, back.pinned) == (
        gone.kind, gone.text, gone.amount, gone.at, True)
    assert str(load(cid).total_spent) == "24.50"


def test_follow_ups_open_and_done(store):
    cid = customers.create_customer(first_name="Eleanor")
    later = followups.add(cid, "ask about Germany")
    soon = followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 27), kind="promise")
    assert [f.id for f in followups.open_for(cid)] == [soon, later]
    followups.set_done(soon)
    assert [f.id for f in followups.open_for(cid)] == [later]
    with pytest.raises(ValidationError, match="needs some text"):
        followups.add(cid, "  ")


def test_names_refuse_line_breaks_and_notes_keep_one_kind(store):
    with pytest.raises(ValidationError, match="line break"):
        customers.create_customer(first_name="Ellie\r\nWhitfield")
    cid = customers.create_customer(first_name="Eleanor", about="oat milk\r\nmornings\rsize M")
    assert load(cid).about == "oat milk\nmornings\nsize M"
