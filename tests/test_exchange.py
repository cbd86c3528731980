"""Bringing customers in and taking them out, against what real programs write."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from icalendar import Calendar

from app.core import customers, directory, duplicates, followups, session, settings, timeline
from app.core.profile import load, load_many, to_json
from app.exchange import csv_out, jobs
from app.exchange.records import UnreadableFileError
from app.store.models import Customer, ImportantDate, Interaction

DATA = Path(__file__).parent / "data"
VCARDS = DATA / "vcards"
CSVS = DATA / "csv"


def only(name: str):
    ids = directory.customer_ids(name, sort="relevance")
    assert len(ids) == 1, (name, ids)
    return load(ids[0])


def dates_of(p) -> set[tuple]:
    return {(d.kind, d.month, d.day, d.year, d.relative) for d in p.dates}


# vCard families ---------------------------------------------------------------------------


def test_apple_contacts(store):
    report = jobs.import_file(VCARDS / "apple.vcf")
    assert (report.imported, report.updated, report.skipped) == (1, 0, 0)
    p = only("whitfield")
    assert (p.first_name, p.last_name, p.nickname) == ("Eleanor", "Whitfield", "Ellie")
    assert [(c.kind, c.label, c.value) for c in p.contacts] == [
        ("phone", "mobile", "+44 7700 900123"),
        ("email", "home", "ellie.whitfield@example.com"),
        ("address", "home", "12 Harbour Street, Porthaven, PH1 2AB, United Kingdom"),
    ]
    assert dates_of(p) == {("birthday", 11, 22, None, None), ("anniversary", 6, 20, 1981, None)}
    assert [(r.name, r.relation) for r in p.relatives] == [("Tom Whitfield", "partner"),
                                                          ("Mia", "grandchild")]
    assert p.about == "Oat-milk latte, window table; mornings.\nAsks after the dog."
    assert p.photo is not None and p.photo.startswith(b"\xff\xd8\xff")


def test_google_contacts(store):
    jobs.import_file(VCARDS / "google.vcf")
    p = only("garcia")
    assert dates_of(p) == {("birthday", 4, 15, None, None), ("anniversary", 9, 8, 2012, None)}
    assert p.tags == ("VIP", "Wholesale")  # Google's own "myContacts" group is not a tag
    assert [(r.name, r.relation) for r in p.relatives] == [("Lucía", "partner"), ("Bruno", "pet")]
    assert p.about == "Buys the Ethiopian beans, 1 kg"


def test_android_2_1_quoted_printable_and_bare_types(store):
    jobs.import_file(VCARDS / "android-2.1.vcf")
    p = only("muller")
    assert (p.first_name, p.last_name) == ("Jürgen", "Müller")
    assert [(c.label, c.value) for c in p.contacts_of("phone")] == [
        ("mobile", "+49 151 23456789"), ("home", "030 1234567")]
    assert dates_of(p) == {("birthday", 1, 2, 1970, None)}
    assert p.about == "Trinkt Hafermilch, mag dunkle Röstung.\nFragt nach dem Hund."
    assert p.photo is not None


def test_outlook_2_1(store):
    jobs.import_file(VCARDS / "outlook-2.1.vcf")
    p = only("fitzgerald")
    assert p.company == "Harbour Bakery"
    assert [(c.label, c.value) for c in p.contacts_of("phone")] == [
        ("work", "+353 1 555 0142"), ("mobile", "+353 87 555 0199")]
    assert [c.value for c in p.contacts_of("address")] == [
        "12 Quay Street, Flat 3, Galway, H91 X2YZ, Ireland"]
    assert dates_of(p) == {("birthday", 3, 11, 1975, None), ("anniversary", 6, 16, 2001, None)}
    assert [(r.name, r.relation) for r in p.relatives] == [("Ciaran", "partner")]


def test_rfc_6350(store):
    report = jobs.import_file(VCARDS / "rfc6350.vcf")
    assert report.imported == 2
    bakery = only("harbour bakery")
    assert (bakery.first_name, bakery.last_name, bakery.company) == ("", "", "Harbour Bakery")
    assert [c.value for c in bakery.contacts_of("phone")] == ["+1-555-555-0100"]
    roz = only("rosalind")
    assert dates_of(roz) == {("birthday", 2, 29, None, None), ("anniversary", 4, 15, 1996, None)}
    # A RELATED that points at another card by URI is not a name and is left out.
    assert [(r.name, r.relation) for r in roz.relatives] == [("Sean Byrne", "partner"),
                                                            ("Nora", "child")]


@pytest.mark.parametrize("file, name, partner, anniversary", [
    ("evolution.vcf", "novak", "Piotr", (7, 9, 2005)),
    ("kaddressbook.vcf", "lindqvist", "Ingrid", (8, 21, 1999)),
])
def test_evolution_and_kaddressbook(store, file, name, partner, anniversary):
    jobs.import_file(VCARDS / file)
    p = only(name)
    assert [(r.name, r.relation) for r in p.relatives] == [(partner, "partner")]
    assert ("anniversary", *anniversary, None) in dates_of(p)


def test_kaddressbook_note_escapes_are_decoded(store):
    jobs.import_file(VCARDS / "kaddressbook.vcf")
    assert only("lindqvist").about == "Prefers cash; allergic to nuts"


@pytest.mark.parametrize("file, line, words", [
    ("not-a-vcard.vcf", 1, "not a vCard"),
    ("broken.vcf", 5, "not a valid vCard"),
])
def test_unreadable_vcards_are_refused_with_the_line(store, file, line, words):
    with pytest.raises(UnreadableFileError) as caught:
        jobs.import_file(VCARDS / file, "vcard")
    assert caught.value.line == line
    assert words in str(caught.value) and file in str(caught.value)
    assert Customer.select().count() == 0


# Round trips ------------------------------------------------------------------------------


@pytest.fixture
def rich_customer(store):
    settings.put("phone_region", "GB")
    cid = customers.create_customer(
        first_name="Eleanor", last_name="Whitfield", nickname="Ellie",
        about="Oat-milk latte, window table; mornings\nAsk about the knee, please",
        preferred_channel="phone", contact_every_days=21,
        contacts=[("phone", "+44 7700 900123", "mobile"), ("phone", "01632 960 111", "shop"),
                  ("email", "ellie@example.com", "home"),
                  ("address", "12 Harbour Street, Porthaven", "home")],
    )
    customers.update_customer(cid, newsletter=True)
    mia = customers.add_relative(cid, "Mia", "grandchild", "valedictorian 2026")
    customers.add_relative(cid, "Fritz", "pet", "dachshund")
    customers.add_relative(cid, "Tom", "partner", "")
    customers.add_date(cid, "birthday", 11, 22)  # no year
    customers.add_date(cid, "anniversary", 6, 20, 1981)
    customers.add_date(cid, "anniversary", 3, 1, None, label="shop opening")
    customers.add_date(cid, "birthday", 6, 3, 2014, relative_id=mia)
    customers.add_date(cid, "other", 2, 29, None, label="leap day party")
    customers.set_tags(cid, ["VIP", "wholesale"])
    customers.set_photo(cid, b"\xff\xd8\xff" + b"jpeg-bytes" * 50)
    return cid


def comparable(p) -> dict:
    data = to_json(p)
    for key in ("id", "last_contact", "total_spent", "interaction_count"):
        data.pop(key)
    data["dates"] = sorted(data["dates"], key=lambda d: (d["month"], d["day"], d["kind"]))
    return data


@pytest.mark.parametrize("file_format", ["vcard", "csv"])
def test_round_trip_loses_nothing(rich_customer, tmp_path, file_format):
    before = load(rich_customer)
    path = tmp_path / f"out.{file_format}"
    jobs.export_file(path, file_format)
    session.close()
    session.open_data(tmp_path / "fresh")
    try:
        report = jobs.import_file(path, file_format)
        assert (report.imported, report.errors) == (1, [])
        after = load(directory.customer_ids()[0])
        expected = comparable(before)
        got = comparable(after)
        if file_format == "csv":  # CSV has no photo, and no column for labels or other dates
            expected["has_photo"] = False
            for kind in ("phones", "emails", "addresses"):
                expected[kind] = [{**c, "label": ""} for c in expected[kind]]
            expected["dates"] = [{**d, "label": ""} for d in expected["dates"]
                                 if d["relative"] is None and d["kind"] != "other"]
        assert got == expected
        if file_format == "vcard":
            assert after.photo == before.photo
            assert after.newsletter_since == before.newsletter_since
            assert (after.preferred_channel, after.contact_every_days) == ("phone", 21)
    finally:
        session.close()


def test_vcard_export_is_what_phones_read(rich_customer, tmp_path):
    path = tmp_path / "out.vcf"
    jobs.export_file(path, "vcard")
    text = path.read_text()
    assert "VERSION:3.0" in text
    assert "BDAY:--11-22" in text  # yearless stays yearless
    assert "_$!<Anniversary>!$_" in text and "X-ABRELATEDNAMES:Mia" in text
    assert "CATEGORIES:VIP,wholesale" in text
    assert "PHOTO;ENCODING=b;TYPE=JPEG:" in text
    assert all(len(line.encode()) <= 75 for line in text.splitlines())


# Duplicates -------------------------------------------------------------------------------


def test_importing_twice_updates_instead_of_duplicating(store):
    first = jobs.import_file(CSVS / "shopify.csv")
    assert (first.imported, first.updated) == (3, 0)
    again = jobs.import_file(CSVS / "shopify.csv")
    assert (again.imported, again.updated, again.skipped) == (0, 3, 0)
    assert Customer.select().count() == 3
    assert len(load(only("whitfield").id).contacts_of("email")) == 1


def test_same_phone_in_another_form_is_the_same_person(store):
    settings.put("phone_region", "GB")
    cid = customers.create_customer(first_name="Ellie", contacts=[("phone", "07700 900123", "")])
    report = jobs.import_file(VCARDS / "apple.vcf")
    assert (report.imported, report.updated) == (0, 1)
    p = load(cid)
    assert p.first_name == "Ellie"  # what the owner typed is never overwritten
    assert p.last_name == "Whitfield" and p.nickname == "Ellie"  # blanks are filled
    assert len(p.contacts_of("phone")) == 1
    assert {r.name for r in p.relatives} == {"Tom Whitfield", "Mia"}


def test_same_name_and_birthday_is_the_same_person(store):
    cid = customers.create_customer(first_name="Jürgen", last_name="Müller")
    customers.add_date(cid, "birthday", 1, 2)
    report = jobs.import_file(VCARDS / "android-2.1.vcf")
    assert (report.imported, report.updated) == (0, 1)
    assert load(cid).contacts_of("email")[0].value == "juergen@example.de"


def test_dry_run_reports_exactly_and_writes_nothing(store):
    customers.create_customer(first_name="Eleanor", contacts=[("email",
                                                              "ellie.whitfield@example.com", "")])
    dry = jobs.import_file(CSVS / "shopify.csv", dry_run=True)
    assert Customer.select().count() == 1
    assert directory.customer_ids("garcia") == []
    real = jobs.import_file(CSVS / "shopify.csv")
    assert dry.to_json() == real.to_json() == {
        "imported": 2, "updated": 1, "skipped": 0, "errors": []}


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

    record = duplicates.merge(keep, other)
    merged = load(keep)
    assert merged.nickname == "Ellie" and merged.tags == ("VIP",)
    assert [c.value for c in merged.contacts] == ["ellie@example.com", "+44 7700 900123"]
    assert sorted(r.name for r in merged.relatives) == ["Fritz", "Mia"]
    assert ("birthday", 6, 3, 2014, "Mia") in dates_of(merged)
    assert str(merged.total_spent) == "24.50" and merged.interaction_count == 1
    assert [f.text for f in merged.follow_ups] == ["order the blue size 9"]
    assert load(other).archived
    assert duplicates.find_pairs() == []

    duplicates.unmerge(record)
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


# CSV --------------------------------------------------------------------------------------


def test_shopify(store):
    jobs.import_file(CSVS / "shopify.csv")
    p = only("whitfield")
    assert p.newsletter and p.tags == ("Regular", "VIP")
    assert p.about == "Oat-milk latte, window table"
    assert [c.value for c in p.contacts_of("address")] == [
        "12 Harbour Street, Porthaven, GB, PH1 2AB"]
    assert only("garcia").company == "Harbour Bakery" and not only("garcia").newsletter


def test_square(store):
    jobs.import_file(CSVS / "square.csv")
    p = only("obrien")
    assert (p.first_name, p.last_name, p.nickname) == ("Margaret", "O'Brien", "Maggie")
    assert p.about == "Earl Grey, no milk" and p.newsletter and p.tags == ("VIP",)
    assert dates_of(p) == {("birthday", 3, 14, 1958, None)}
    assert dates_of(only("priya")) == {("birthday", 7, 4, None, None)}


def test_google_csv(store):
    jobs.import_file(CSVS / "google.csv")
    p = only("mateo")
    assert p.nickname == "Teo" and p.tags == ("VIP",)
    assert [(c.label, c.value) for c in p.contacts_of("phone")] == [
        ("mobile", "+34 612 34 56 78"), ("work", "+34 91 555 0100")]
    assert [c.value for c in p.contacts_of("address")] == ["Calle Mayor 5, Madrid"]
    assert [(r.name, r.relation) for r in p.relatives] == [("Lucía", "partner"), ("Pablo", "child")]
    assert dates_of(p) == {("birthday", 4, 15, None, None), ("anniversary", 9, 8, 2012, None)}
    assert [c.value for c in only("zoe").contacts_of("email")] == [
        "zoe.chen@example.com", "zoe@example.net"]


def test_outlook_csv_in_windows_1252_with_us_dates(store):
    settings.put("date_order", "mdy")
    report = jobs.import_file(CSVS / "outlook.csv")
    assert report.errors == []
    p = only("fitzgerald")
    assert (p.first_name, p.nickname, p.company) == ("Siobhán", "Shiv", "Harbour Bakery")
    assert p.about == "Likes café au lait"
    assert dates_of(p) == {("birthday", 3, 11, 1975, None), ("anniversary", 6, 16, 2001, None)}
    assert [(r.name, r.relation) for r in p.relatives] == [("Ciarán", "partner")]
    assert p.tags == ("Local", "Wholesale")
    assert dates_of(only("akesson")) == set()  # Outlook's 0/0/00 means "no date"
    assert len(p.contacts_of("phone")) == 2  # the fax is not a phone


def test_semicolons_windows_1252_and_dotted_dates(store):
    report = jobs.import_file(CSVS / "spreadsheet.csv")
    assert (report.imported, report.errors) == (2, [])
    ingrid = only("ingrid")
    assert (ingrid.first_name, ingrid.last_name) == ("Ingrid", "Larsen")
    assert dates_of(ingrid) == {("birthday", 4, 3, 1980, None)}
    assert [c.value for c in ingrid.contacts_of("phone")] == ["+47 412 55 019"]
    assert ingrid.newsletter
    hugo = only("moreau")
    assert dates_of(hugo) == {("birthday", 8, 15, None, None)}
    assert hugo.about == "Croissant, pas de beurre"


def test_tabs(store):
    jobs.import_file(CSVS / "tabs.tsv", "csv")
    assert only("haddad").tags == ("local", "VIP")


@pytest.mark.parametrize("order, expected", [("dmy", (4, 3)), ("mdy", (3, 4))])
def test_ambiguous_dates_follow_the_setting_and_are_counted(store, order, expected):
    settings.put("date_order", order)
    report = jobs.import_file(CSVS / "dates-ambiguous.csv")
    assert report.ambiguous_dates == 1
    assert dates_of(only("anna")) == {("birthday", *expected, 1980, None)}
    assert dates_of(only("ben")) == {("birthday", 12, 25, 1979, None)}  # 25 can only be a day


def test_bad_rows_are_skipped_with_their_line(store):
    report = jobs.import_file(CSVS / "bad-rows.csv")
    assert (report.imported, report.skipped) == (1, 3)
    assert [(line, message.split(":")[0]) for line, message in report.errors] == [
        (3, "'not-an-email' does not look like an email address"),
        (4, "Birthday"),
        (6, "no name"),
    ]


def test_broken_csv_and_no_name_column_are_refused(store):
    with pytest.raises(UnreadableFileError, match=r"broken-quote.csv, line 3"):
        jobs.import_file(CSVS / "broken-quote.csv")
    with pytest.raises(UnreadableFileError, match="the columns are: Email, Phone, Total Spent"):
        jobs.import_file(CSVS / "no-name.csv")
    assert Customer.select().count() == 0


def test_a_column_can_be_mapped_by_hand(store):
    report = jobs.import_file(CSVS / "no-name.csv", overrides=[("Email", "first_name")])
    assert report.imported == 1
    assert directory.summaries(directory.customer_ids())[0].name == "x@example.com"


# Exports ----------------------------------------------------------------------------------


def test_csv_export_opens_right_in_excel_and_is_safe(store, tmp_path):
    customers.create_customer(first_name="=HYPERLINK(\"http://evil\")", last_name="@cmd",
                              contacts=[("phone", "+1 555 0100", "")], about="-2+3")
    customers.create_customer(first_name="Zoë", last_name="Chen")
    path = tmp_path / "all.csv"
    assert jobs.export_file(path, "csv") == f"exported 2 customers to {path}"
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    evil = next(r for r in rows if r["Last Name"].endswith("@cmd"))
    assert evil["First Name"] == "'=HYPERLINK(\"http://evil\")"
    assert evil["Last Name"] == "'@cmd"
    assert evil["Phone"] == "+1 555 0100"
    assert evil["Notes"] == "'-2+3"
    assert any(r["First Name"] == "Zoë" for r in rows)


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"), ("+1 555 0100", "+1 555 0100"), ("-24.50", "-24.50"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("+44 (0) 7700-900123", "+44 (0) 7700-900123"), ("plain", "plain"), ("-", "'-"),
    ("-2+3", "'-2+3"), ("+1 555 0100 ::: +44 7700 900123", "+1 555 0100 ::: +44 7700 900123"),
    ("+1 555 0100 ::: =cmd", "'+1 555 0100 ::: =cmd"),
])
def test_formula_cells_are_neutralised(cell, safe):
    assert csv_out.safe_cell(cell) == safe


def test_calendar_of_birthdays_and_anniversaries(rich_customer, tmp_path):
    path = tmp_path / "dates.ics"
    summary = jobs.export_file(path, "ical")
    assert summary.startswith("exported 5 birthdays and anniversaries")
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "Ellie's birthday", "Ellie's anniversary", "Ellie's anniversary (shop opening)",
        "Mia's birthday (Ellie's family)", "Ellie: leap day party"}
    birthday = events["Ellie's birthday"]
    assert birthday["DTSTART"].dt == dt.date(2000, 11, 22)  # no year was told
    assert birthday["RRULE"]["FREQ"] == ["YEARLY"]
    leap = events["Ellie: leap day party"]
    assert leap["RRULE"]["BYMONTHDAY"] == [-1] and leap["RRULE"]["BYMONTH"] == [2]
    assert events["Mia's birthday (Ellie's family)"]["DTSTART"].dt == dt.date(2014, 6, 3)


def test_mailing_list_only_those_who_agreed(store, tmp_path):
    yes = customers.create_customer(first_name="Yes", contacts=[("email", "yes@example.com", "")])
    customers.update_customer(yes, newsletter=True)
    customers.create_customer(first_name="No", contacts=[("email", "no@example.com", "")])
    nomail = customers.create_customer(first_name="Nomail")
    customers.update_customer(nomail, newsletter=True)
    archived = customers.create_customer(first_name="Gone",
                                         contacts=[("email", "gone@example.com", "")])
    customers.update_customer(archived, newsletter=True)
    customers.set_archived([archived], True)
    path = tmp_path / "list.csv"
    summary = jobs.export_file(path, "emails")
    assert summary == (f"exported 1 newsletter addresses (1 who agreed have no email) to {path}")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert rows == [["Email Address", "First Name", "Last Name", "Consent Date"],
                    ["yes@example.com", "Yes", "", "2026-11-23"]]


def test_exports_replace_the_file_atomically(store, tmp_path):
    customers.create_customer(first_name="Eleanor")
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "out.vcf"
    path.write_text("old contents")
    jobs.export_file(path, "vcard")
    assert path.read_text().startswith("BEGIN:VCARD")
    assert [p.name for p in folder.iterdir()] == ["out.vcf"]  # no temporary file left
    assert path.stat().st_mode & 0o077 == 0


def test_load_many_matches_load(rich_customer):
    other = customers.create_customer(first_name="Zed")
    assert load_many([other, rich_customer]) == [load(other), load(rich_customer)]


def test_large_files_are_checked_in_worker_processes_with_the_same_result(store, tmp_path,
                                                                          monkeypatch):
    """The parallel path (worker processes) saves exactly what the single-process path does."""
    from app.exchange import parallel

    rows = ["First Name,Last Name,Email,Phone,Birthday,Tags"]
    rows += [f"Ann{i},Lee{i % 7},ann{i}@example.com,+44 7700 9{i:05d},--0{1 + i % 9}-1{i % 9},VIP"
             for i in range(300)]
    rows += ["Dup,Lee1,ann1@example.com,,,", ",,,,,", "Bad,Date,b@example.com,,1980-02-30,"]
    table = tmp_path / "many.csv"
    table.write_text("\n".join(rows) + "\n")
    cards = tmp_path / "many.vcf"
    cards.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Card{i};Vee;;;\r\nFN:Vee Card{i}\r\n"
        f"EMAIL:v{i}@example.org\r\nEND:VCARD\r\n" for i in range(250)))

    def snapshot():
        return sorted((p.name, p.contacts, p.dates, p.tags) for p in load_many(
            directory.customer_ids(limit=None)))

    serial = [jobs.import_file(table).to_json(), jobs.import_file(cards).to_json()]
    expected = snapshot()
    session.close()
    session.open_data(tmp_path / "parallel")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(parallel, "CHUNK", 64)
    assert [jobs.import_file(table).to_json(), jobs.import_file(cards).to_json()] == serial
    assert snapshot() == expected
    # Line 303 is empty and passed over; line 304 is refused.
    assert serial[0]["errors"] == [{"line": 304, "message": "Birthday: February has no day 30"}]
    assert serial[0]["updated"] == 1  # "Dup" shares ann1's email


def test_an_unreadable_card_in_a_large_file_names_its_line(store, tmp_path, monkeypatch):
    from app.exchange import parallel

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
    monkeypatch.setattr(parallel, "CHUNK", 8)
    cards = [f"BEGIN:VCARD\nVERSION:3.0\nFN:Card {i}\nN:{i};Card;;;\nEND:VCARD\n"
             for i in range(30)]
    cards[20] = "BEGIN:VCARD\nVERSION:3.0\nFN:Card 20\nnonsense here\nEND:VCARD\n"
    path = tmp_path / "broken-late.vcf"
    path.write_text("".join(cards))
    with pytest.raises(UnreadableFileError) as caught:
        jobs.import_file(path)
    assert caught.value.line == 20 * 5 + 4
    assert Customer.select().count() == 0
