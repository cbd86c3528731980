"""CSV files from shop systems and spreadsheets: columns guessed, encodings and dates read."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import CSVS, NASTY, dates_of, only, settle
from hypothesis import given
from hypothesis import strategies as st

from app.core import clock, consent, directory, settings
from app.exchange import jobs
from app.exchange.csv_in import address_slot, auto_map, guess_field, parse_table, records
from app.exchange.records import UnreadableFileError
from app.exchange.text_files import TextFile
from app.store.models import Customer


def test_shopify(store):
    jobs.import_file(CSVS / "shopify.csv")
    p = only("whitfield")
    assert p.newsletter and p.tags == ("Regular", "VIP")
    assert p.about == "Oat-milk latte, window table"
    assert [c.value for c in p.contacts_of("address")] == [
        "12 Harbour Street, Porthaven, PH1 2AB, GB"]
    assert only("garcia").company == "Harbour Bakery" and not only("garcia").newsletter
    assert [c.value for c in only("garcia").contacts_of("address")] == [
        "3 Quay Road, Unit 2, Porthaven, PH2 9ZZ, GB"]


def test_square(store):
    jobs.import_file(CSVS / "square.csv")
    p = only("obrien")
    assert (p.first_name, p.last_name, p.nickname) == ("Margaret", "O'Brien", "Maggie")
    assert p.about == "Earl Grey, no milk" and p.newsletter and p.tags == ("VIP",)
    assert dates_of(p) == {("birthday", 3, 14, 1958, None)}
    assert dates_of(only("priya")) == {("birthday", 7, 4, None, None)}


@pytest.mark.parametrize("file, said", [
    ("shopify.csv", {"whitfield": True, "garcia": False, "okafor": True}),
    ("square.csv", {"obrien": True, "priya": False}),
])
def test_a_shop_systems_consent_column_is_recorded_with_the_files_name(store, file, said):
    """Both words: a "no" or "unsubscribed" is recorded too, as consent not given."""
    with clock.frozen(dt.datetime(2026, 3, 4, 10, 15)):
        jobs.import_file(CSVS / file)
    for name, agreed in said.items():
        [record] = consent.history(only(name).id)
        assert (record.given, record.how, record.source) == (agreed, "import", file)
        assert record.at == dt.datetime(2026, 3, 4, 10, 15)
        assert only(name).newsletter is agreed


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


def test_google_csv_address_groups_each_become_an_address_with_their_label(store, tmp_path):
    path = tmp_path / "google-parts.csv"
    path.write_text("First Name,Address 1 - Label,Address 1 - Street,Address 1 - City,"
                    "Address 1 - Postal Code,Address 2 - Label,Address 2 - Street,"
                    "Address 2 - City,Address 2 - Country\n"
                    "Lena,Home,Am Deich 2,Husum,25813,Work,Hafenstraße 1,Kiel,Germany\n")
    jobs.import_file(path)
    assert [(c.label, c.value) for c in only("lena").contacts_of("address")] == [
        ("home", "Am Deich 2, Husum, 25813"), ("work", "Hafenstraße 1, Kiel, Germany")]


@pytest.mark.parametrize("header, slot", [
    ("Street Address 2", ("", 1)), ("Address1", ("", 0)), ("Default Address Zip", ("", 5)),
    ("Province Code", ("", 4)), ("Home ZipCode", ("home", 5)), ("Business Street", ("work", 0)),
    ("Work City", ("work", 3)), ("Other Country/Region", ("other", 6)),
    ("Home Address 2", ("home", 1)), ("Address 2 - Extended Address", ("#2", 1)),
])
def test_address_columns_name_their_group_and_their_place(header, slot):
    assert guess_field(header) in ("address", "address-part")
    assert address_slot(header) == slot


@pytest.mark.parametrize("header", ["Primary Email", "Secondary Email", "Email Home",
                                    "Email Other", "E-mail 2 Address", "Work Email"])
def test_email_columns_as_exporters_name_them(header):
    assert guess_field(header) == "email"


def test_a_numbered_address_group_without_a_label_column_has_no_label(store, tmp_path):
    path = tmp_path / "numbered.csv"
    path.write_text("First Name,Address 1 - Street,Address 1 - City,Address 2 - City\n"
                    "Lena,Am Deich 2,Husum,Kiel\n")
    jobs.import_file(path)
    assert [(c.label, c.value) for c in only("lena").contacts_of("address")] == [
        ("", "Am Deich 2, Husum"), ("", "Kiel")]


def test_thunderbird_csv(store):
    report = jobs.import_file(CSVS / "thunderbird.csv")
    assert (report.imported, report.errors) == (1, [])
    p = only("barros")
    assert [(c.label, c.value) for c in p.contacts_of("email")] == [
        ("", "ines@example.org"), ("", "ines.barros@example.com")]
    assert [(c.label, c.value) for c in p.contacts_of("phone")] == [
        ("work", "+351 22 555 0101"), ("home", "+351 22 555 0102"),
        ("mobile", "+351 912 555 010")]  # the fax is not a phone
    assert [(c.label, c.value) for c in p.contacts_of("address")] == [
        ("home", "Rua Nova 4, Apt 2, Porto, Norte, 4000-123, Portugal"),
        ("work", "Avenida Central 10, Braga, 4700-001, Portugal")]


def test_roundcube_csv(store):
    report = jobs.import_file(CSVS / "roundcube.csv")
    assert (report.imported, report.errors) == (1, [])
    p = only("wróbel")
    assert [(c.label, c.value) for c in p.contacts_of("email")] == [
        ("home", "tomasz@example.org"), ("work", "t.wrobel@example.com"),
        ("other", "tomek@example.net")]
    assert [(c.label, c.value) for c in p.contacts_of("phone")] == [
        ("home", "+48 22 555 0100"), ("work", "+48 22 555 0200"),
        ("mobile", "+48 601 555 010"), ("other", "+48 22 555 0400")]
    assert [(c.label, c.value) for c in p.contacts_of("address")] == [
        ("home", "ul. Polna 3, Warszawa, Mazowieckie, 00-625, Poland"),
        ("work", "ul. Długa 8, Kraków, Małopolskie, 31-147, Poland"),
        ("other", "ul. Leśna 1, Gdańsk, 80-001, Poland")]


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
    assert [(c.label, c.value) for c in p.contacts_of("address")] == [
        ("home", "12 Quay Street, Galway, H91 X2YZ, Ireland")]


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
    assert (report.imported, report.skipped) == (2, 2)
    assert [(line, message.split(":")[0]) for line, message in report.errors] == [
        (4, "Birthday"),
        (6, "no name"),  # and no email or phone to name them by
    ]
    # a bad email costs the email, not the row
    assert report.warnings == [
        (3, "email: 'not-an-email' does not look like an email address; left out")]
    assert only("email").contacts == ()


def test_broken_csv_and_no_name_column_are_refused(store):
    with pytest.raises(UnreadableFileError, match=r"broken-quote.csv, line 3"):
        jobs.import_file(CSVS / "broken-quote.csv")
    with pytest.raises(UnreadableFileError, match="the columns are: Notes, Visits, Total Spent"):
        jobs.import_file(CSVS / "no-name.csv")
    assert Customer.select().count() == 0


def test_a_column_can_be_mapped_by_hand(store):
    report = jobs.import_file(CSVS / "no-name.csv", overrides=[("Notes", "first_name")])
    assert report.imported == 1
    assert directory.summaries(directory.customer_ids())[0].name == "likes tea"


def test_a_list_of_emails_alone_names_each_customer_by_their_email(store):
    """A mailing list, as Thunderbird writes one: no name column, one email a row."""
    report = jobs.import_file(CSVS / "emails-only.csv")
    assert (report.imported, report.skipped) == (2, 0)
    assert sorted(s.name for s in directory.summaries(directory.customer_ids())) == [
        "ann.lee@example.com", "bo.sand@example.com"]


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


def test_a_cell_over_the_limit_is_left_out_with_a_warning_and_the_row_kept(store, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("First Name,Email,Note\n"
                    f'Ann,ann@example.com,"{"x" * 1_000_001}"\n'
                    f'Bo,bo@example.com,"{"y" * 200_000}"\n')
    table = jobs.plan_csv(TextFile(path)).table
    assert table.count == 2
    ann, bo = records(table, auto_map(table.headers), "dmy")
    assert (ann.first_name, ann.emails, ann.about) == ("Ann", [("ann@example.com", "")], "")
    assert ann.warnings == [(2, "Note: a value of 1,000,001 characters is too long and was "
                                "left out")]
    assert len(bo.about) == 200_000 and bo.warnings == []  # over the csv module's own limit


def test_rows_are_read_again_from_the_file_not_held(store, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("First Name,Email\n" + "".join(f"P{i},p{i}@example.com\n"
                                                   for i in range(1000)))
    table = jobs.plan_csv(TextFile(path)).table
    assert (table.count, len(table.head)) == (1000, 200)
    assert [line for line, _cells, _dropped in table.rows()][-1] == 1001


def test_google_layout_reads_back_labels_extensions_faxes_family_and_events(store):
    table = parse_table(
        "First Name,Organization Title,Organization Job Description,Birthday,Labels,"
        "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
        "Relation 1 - Label,Relation 1 - Value,Relation 1 - Notes,"
        "Event 1 - Label,Event 1 - Value,Event 2 - Label,Event 2 - Value,"
        "Event 3 - Label,Event 3 - Value,Website 1 - Label,Website 1 - Value\n"
        "Odile,Buyer,Orders the cheese,--03-08,\"Nuts, seeds and grains\","
        "Work,+1-418-656-9254;ext=102,Work Fax,+1 418 555 0100,"
        "child,Arthur,plays cello,Arthur's birthday,1995-03-08,"
        "Anniversary (shop opening),--04-01,Other,2020-02-29,Blog,https://odile.example\n",
        "google.csv")
    mapping = auto_map(table.headers)
    assert [mapping[i] for i in (1, 2, 18, 19)] == ["job_title", "role", "ignore", "website"]
    (odile,) = records(table, mapping, "dmy")
    assert (odile.job_title, odile.role, odile.tags) == ("Buyer", "Orders the cheese",
                                                         ["Nuts, seeds and grains"])
    # the importer files the second as a fax (see the test below)
    assert odile.phones == [("+1-418-656-9254;ext=102", "work"), ("+1 418 555 0100", "work fax")]
    assert odile.websites == [("https://odile.example", "blog")]
    assert odile.relatives == [("Arthur", "child", "plays cello")]
    assert [(d.kind, d.label, d.month, d.day, d.year, d.relative) for d in odile.dates] == [
        ("birthday", "", 3, 8, None, None), ("birthday", "", 3, 8, 1995, "Arthur"),
        ("anniversary", "shop opening", 4, 1, None, None), ("other", "", 2, 29, 2020, None)]


def test_fax_columns_and_fax_labels_are_faxes(store, tmp_path):
    """Outlook's "Business Fax" column was ignored, and a fax labelled home or work was kept
    as a phone to call."""
    path = tmp_path / "faxes.csv"
    path.write_text("First Name,Business Phone,Business Fax,Home Fax,Phone 1 - Label,"
                    "Phone 1 - Value\n"
                    "Ann,01632 960000,01632 960001,01632 960002,Work Fax,01632 960003\n")
    jobs.import_file(path)
    ann = only("ann")
    assert [(c.label, c.value) for c in ann.contacts_of("phone")] == [("work", "01632 960000")]
    assert [(c.label, c.value) for c in ann.contacts_of("fax")] == [
        ("work", "01632 960001"), ("home", "01632 960002"), ("work", "01632 960003")]


def test_other_tag_columns_still_split_on_commas_and_phones_on_semicolons(store):
    table = parse_table("Name,Tags,Phone\nAnn,\"VIP, wholesale\",+44 7700 900123; 01632 960111\n",
                        "x.csv")
    (ann,) = records(table, auto_map(table.headers), "dmy")
    assert ann.tags == ["VIP", "wholesale"]
    assert ann.phones == [("+44 7700 900123", ""), ("01632 960111", "")]


def test_thunderbird_birthday_columns_chat_names_and_web_pages(store, tmp_path):
    """Thunderbird writes a birthday in three columns, and Roundcube a column per chat service
    and per kind of web page: each was left out."""
    path = tmp_path / "thunderbird.csv"
    path.write_text("First Name,Last Name,Screen Name,IM Jabber,Website Blog,Web Page 1,"
                    "Birth Year,Birth Month,Birth Day\n"
                    "Ann,Lee,annl,ann@jabber.example,blog.example,www.ann.example,1980,7,4\n"
                    "Bo,Sand,,,,,,12,25\n")
    assert jobs.import_file(path).imported == 2
    ann = only("lee")
    assert dates_of(ann) == {("birthday", 7, 4, 1980, None)}
    assert dates_of(only("sand")) == {("birthday", 12, 25, None, None)}
    assert [(c.label, c.value) for c in ann.contacts_of("handle")] == [
        ("", "annl"), ("jabber", "ann@jabber.example")]
    assert [(c.label, c.value) for c in ann.contacts_of("website")] == [
        ("blog", "blog.example"), ("", "www.ann.example")]
