"""Strange and hostile input, generated: stored and given back intact, or refused clearly."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import customers, timeline
from app.core.dates import parse_loose
from app.core.directory import customer_ids
from app.core.errors import ValidationError
from app.core.profile import load
from app.exchange.csv_in import auto_map, parse_table, records
from app.exchange.records import UnreadableFileError
from app.exchange.vcard_in import parse_vcards
from app.exchange.vcard_out import vcards
from app.store.models import Customer, Interaction

PLAIN = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
NASTY = st.one_of(
    PLAIN,
    st.sampled_from([
        "\U0001f600\U0001f382\U0001f469\u200d\U0001f469\u200d\U0001f467",
        "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u202eevil\u202c",
        "Robert'); DROP TABLE customer;--", "' OR 1=1 --", "NEAR(a b)", '"quoted"', "\x00null",
        "a\x00b", "0000-00-00", "\t=cmd|' /C calc'!A0", "a\x1eb", "a\u2028b",
        "line\nbreak", "\r\n", " ", "\\", "%s%s%n", "{name}:x", "\u216f\u216f", "\u01c5emal",
    ]),
)
settle = settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])


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


@settle
@given(text=NASTY)
def test_any_date_text_is_read_or_refused(text):
    try:
        parse_loose(text, "dmy", dt.date(2026, 11, 23))
    except ValidationError as error:
        assert str(error)


@settle
@given(cells=st.lists(st.lists(NASTY, min_size=3, max_size=3), min_size=1, max_size=5))
def test_any_csv_is_read_or_refused_with_a_line(cells):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["First Name", "Notes", "Birthday"])
    writer.writerows(cells)
    try:
        table = parse_table(buffer.getvalue(), "x.csv")
    except UnreadableFileError as error:
        assert "x.csv" in str(error)
        return
    for record in records(table, auto_map(table.headers), "dmy"):
        assert record.line >= 2


@settle
@given(first=NASTY, about=NASTY)
def test_vcard_round_trip_of_strange_text(store, first, about):
    try:
        cid = customers.create_customer(first_name=first or "x", about=about)
    except ValidationError:
        return
    data = vcards([load(cid)]).decode()
    cards = list(parse_vcards(data, "out.vcf"))
    assert len(cards) == 1
    assert cards[0].first_name == load(cid).first_name
    assert cards[0].about == load(cid).about


@settle
@given(junk=st.binary(max_size=400))
def test_any_bytes_as_a_vcard_are_refused_or_read(junk):
    text = "BEGIN:VCARD\nVERSION:3.0\n" + junk.decode("latin-1") + "\nEND:VCARD\n"
    try:
        list(parse_vcards(text, "junk.vcf"))
    except UnreadableFileError as error:
        assert "junk.vcf" in str(error)
