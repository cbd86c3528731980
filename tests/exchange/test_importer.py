"""Saving what was read: the same person is updated, never duplicated; all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import CSVS, IMPORT, VCARDS, check, kill, only, start

from app.core import clock, consent, customers, directory, erasure, settings
from app.core.profile import load
from app.exchange import jobs
from app.exchange.importer import check_records
from app.exchange.records import Incoming, IncomingDate, UnreadableFileError
from app.store.models import Customer, db


def test_importing_twice_updates_instead_of_duplicating(store):
    first = jobs.import_file(CSVS / "shopify.csv")
    assert (first.imported, first.updated) == (3, 0)
    again = jobs.import_file(CSVS / "shopify.csv")
    assert (again.imported, again.updated, again.skipped, again.unchanged) == (0, 0, 0, 3)
    assert Customer.select().count() == 3
    assert len(load(only("whitfield").id).contacts_of("email")) == 1


_EVERY_FIXTURE = sorted(p for p in [*VCARDS.iterdir(), *CSVS.iterdir()]
                        if p.name not in ("broken.vcf", "not-a-vcard.vcf", "broken-quote.csv",
                                          "no-name.csv"))


@pytest.mark.parametrize("path", _EVERY_FIXTURE, ids=lambda p: p.name)
def test_every_sample_file_imported_twice_makes_no_one_twice(store, path):
    """Whether its people have an email, a phone, a birthday, a card id, or only a name."""
    first = jobs.import_file(path)
    count = Customer.select().count()
    assert count == first.imported > 0
    again = jobs.import_file(path)
    assert (again.imported, Customer.select().count()) == (0, count)


def test_a_card_with_the_same_uid_updates_the_customer_it_made(store, tmp_path):
    path = tmp_path / "uid.vcf"
    card = ("BEGIN:VCARD\nVERSION:3.0\nN:{last};Ann;;;\n{uid}{extra}END:VCARD\n")
    path.write_text(card.format(last="Lee", uid="UID:4e6f-11\n", extra="")
                    + card.format(last="Moss", uid="X-ABUID:77A1:ABPerson\n", extra=""))
    assert jobs.import_file(path).imported == 2
    # Renamed in the address book, and given a phone: the same two people, updated.
    path.write_text(card.format(last="Lee-Park", uid="UID:4e6f-11\n", extra="TEL:0123 456\n")
                    + card.format(last="Mossy", uid="X-ABUID:77A1:ABPerson\n", extra=""))
    again = jobs.import_file(path)
    assert (again.imported, again.updated, again.unchanged) == (0, 1, 1)
    lee = only("lee")
    assert (lee.last_name, [c.value for c in lee.contacts_of("phone")]) == ("Lee", ["0123 456"])
    assert Customer.select().count() == 2


def test_a_name_alone_is_the_same_person_only_when_nothing_differs(store, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("First Name,Last Name,Notes\nAnn,Lee,likes tulips\nBo,Sand,\n")
    assert jobs.import_file(path).imported == 2
    path.write_text("First Name,Last Name,Notes\nAnn,Lee,likes tulips\nBo,Sand,tall\n")
    again = jobs.import_file(path)
    # Ann is here in every field; a Bo Sand with a note she lacks may be someone else
    assert (again.imported, again.unchanged) == (1, 1)
    assert Customer.select().count() == 3


@pytest.mark.parametrize("path", [VCARDS / "apple.vcf", VCARDS / "google.vcf",
                                  CSVS / "shopify.csv"])
def test_a_file_imported_again_unchanged_is_counted_unchanged_and_not_touched(store, path):
    first = jobs.import_file(path)
    assert first.imported > 0 and first.unchanged == 0
    stamps = {c.id: c.updated_at for c in Customer.select()}
    with clock.frozen(clock.now() + dt.timedelta(days=3)):
        again = jobs.import_file(path)
    assert (again.imported, again.updated, again.skipped) == (0, 0, 0)
    assert again.unchanged == first.imported
    assert again.customer_ids == []  # nothing of theirs changed
    assert {c.id: c.updated_at for c in Customer.select()} == stamps
    assert again.to_json()["unchanged"] == first.imported
    assert again.summary() == f"imported 0, updated 0, skipped 0, unchanged {first.imported}"


def test_a_file_adding_one_phone_updates_that_one_only(store, tmp_path: Path):
    jobs.import_file(CSVS / "shopify.csv")
    amara = only("okafor")
    stamp = Customer.get_by_id(amara.id).updated_at
    more = tmp_path / "more.csv"
    more.write_text((CSVS / "shopify.csv").read_text(encoding="utf-8-sig").replace(
        "amara@example.net,yes,,,,,,,,,", "amara@example.net,yes,,,,,,,,+44 7700 900777,",
        1), encoding="utf-8")
    with clock.frozen(clock.now() + dt.timedelta(days=3)):
        again = jobs.import_file(more)
    assert (again.imported, again.updated, again.skipped, again.unchanged) == (0, 1, 0, 2)
    assert again.customer_ids == [amara.id]
    assert again.summary() == "imported 0, updated 1, skipped 0, unchanged 2"
    assert Customer.get_by_id(amara.id).updated_at != stamp
    assert len(load(amara.id).contacts_of("phone")) == 2
    assert Customer.select().count() == 3


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


def test_a_dry_run_takes_no_number_the_real_import_or_a_new_customer_would_have(store):
    first = customers.create_customer(first_name="Eleanor")
    jobs.import_file(CSVS / "shopify.csv", dry_run=True)
    assert customers.create_customer(first_name="Next") == first + 1


def test_dry_run_reports_exactly_and_writes_nothing(store):
    customers.create_customer(first_name="Eleanor", contacts=[("email",
                                                              "ellie.whitfield@example.com", "")])
    dry = jobs.import_file(CSVS / "shopify.csv", dry_run=True)
    assert Customer.select().count() == 1
    assert directory.customer_ids("garcia") == []
    real = jobs.import_file(CSVS / "shopify.csv")
    assert dry.to_json() == real.to_json() == {
        "imported": 2, "updated": 1, "skipped": 0, "unchanged": 0, "errors": [],
        "warnings": []}


def _terms_held() -> int | None:
    row = db.execute_sql("SELECT v FROM customer_fts_config WHERE k = 'hashsize'").fetchone()
    return None if row is None else row[0]


@pytest.mark.file_only  # FTS5's own setting
def test_the_index_holds_more_terms_while_an_import_writes_and_no_longer(store, monkeypatch):
    from app.store import search

    held = []
    insert_rows = search.insert_rows
    monkeypatch.setattr(search, "insert_rows",
                        lambda *args: (held.append(_terms_held()), insert_rows(*args))[1])
    jobs.import_file(CSVS / "shopify.csv", dry_run=True)
    assert _terms_held() is None  # a dry run leaves nothing behind
    jobs.import_file(CSVS / "shopify.csv")
    assert held and set(held) == {16 * 1024 * 1024}
    assert _terms_held() == 1024 * 1024
    assert directory.customer_ids("garcia")


@pytest.mark.parametrize("after", [0.3, 0.6, 0.9, 2.5])
def test_an_import_killed_is_all_or_nothing(tmp_path: Path, after: float):
    rows = 6000
    table = tmp_path / "many.csv"
    table.write_text("First Name,Last Name,Email\n" + "".join(
        f"Ann{i},Lee,ann{i}@example.com\n" for i in range(rows)))
    process = start(IMPORT, str(tmp_path / "data"), str(table))
    kill(process, after)
    con = check(tmp_path / "data" / "regulars.sqlite3")
    customers = con.execute("SELECT count(*) FROM customer").fetchone()[0]
    assert customers in (0, rows)
    indexed = con.execute("SELECT count(*) FROM customer_fts").fetchone()[0]
    assert indexed == customers
    con.close()


def test_the_same_person_far_apart_in_a_long_file_is_found_again(store, tmp_path):
    """Rows are written in batches: a match must be found whether its first row is written
    yet or not, by email, by any form of the phone number, and by name and birthday."""
    settings.put("phone_region", "GB")
    path = tmp_path / "long.csv"
    rows = [f"P{i},Q{i},p{i}@example.com,+44 7700 9{i:05d},{1 + i % 28}/3/1970"
            for i in range(2600)]
    rows += ["P5,Q5,new5@example.com,,",  # by name? no: name alone is not enough
             "Other,Name,p10@example.com,,",  # by email, 2590 rows later
             "Another,Name,,07700 902500,",  # by the same phone written nationally
             "P2550,Q2550,,,3/3/1970",  # by name and birthday, still in the unwritten batch
             "P2550,Q2550,,,3/3/1971"]  # the same name, another year: someone else
    path.write_text("First Name,Last Name,Email,Phone,Birthday\n" + "\n".join(rows) + "\n")
    report = jobs.import_file(path)
    # found again, and bringing nothing their first rows lacked
    assert (report.imported, report.updated, report.unchanged) == (2602, 0, 3)
    [(first, emails)] = db.execute_sql(
        "SELECT c.first_name, count(*) FROM customer c JOIN contact_point cp "
        "ON cp.customer_id = c.id WHERE cp.value = 'p10@example.com' GROUP BY c.first_name"
    ).fetchall()
    assert (first, emails) == ("P10", 1)  # what was there first is not overwritten
    assert len(directory.customer_ids("Q2550")) == 2


def test_a_birthday_without_a_year_does_not_make_later_years_match(store, tmp_path):
    cid = customers.create_customer(first_name="Hiroshi", last_name="Tanaka")
    customers.add_date(cid, "birthday", 7, 26, 1953)
    path = tmp_path / "two.csv"
    path.write_text("First Name,Last Name,Birthday\nHiroshi,Tanaka,26/07\n"
                    "Hiroshi,Tanaka,26/07/1997\n")
    report = jobs.import_file(path)
    # the second row is the same person, and brings nothing new
    assert (report.imported, report.updated, report.unchanged) == (1, 0, 1)


def test_a_file_of_bad_rows_lists_the_first_ten_thousand_and_counts_them_all(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("First Name,Notes\n" + ",no name in this row\n" * 10_005)
    report = jobs.import_file(path)
    assert (report.imported, report.skipped, len(report.errors)) == (0, 10_005, 10_000)
    assert report.summary() == "imported 0, updated 0, skipped 10005 (10005 with errors)"


def test_a_file_of_bad_values_lists_the_first_ten_thousand_and_counts_them_all(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("First Name,Email\n" + "".join(f"Ann {i},not an email\n"
                                                   for i in range(10_005)))
    report = jobs.import_file(path)
    assert (report.imported, report.updated, report.skipped) == (10_005, 0, 0)
    assert (report.left_out, len(report.warnings)) == (10_005, 10_000)
    assert report.summary() == "imported 10005, updated 0, skipped 0; 10,005 values left out"


def test_a_bad_phone_or_email_is_left_out_and_the_record_kept(store, tmp_path):
    settings.put("phone_region", "GB")
    path = tmp_path / "odd.csv"
    path.write_text("First Name,Last Name,Email,Business Phone,Mobile Phone\n"
                    "Ann,Lee,not an email,BusinessPhone,07700 900123\n"
                    ",,nobody@example.com,,07700 900456\n")
    report = jobs.import_file(path)
    assert (report.imported, report.skipped) == (2, 0)
    assert report.warnings == [
        (2, "phone: 'BusinessPhone' does not look like a phone number; left out"),
        (2, "email: 'not an email' does not look like an email address; left out")]
    # with no name, the email stands in for it, as address books show such a contact
    nameless = only("nobody")
    assert (nameless.first_name, nameless.last_name) == ("nobody@example.com", "")
    assert [c.value for c in nameless.contacts_of("phone")] == ["07700 900456"]
    assert [(c.kind, c.value) for c in only("lee").contacts] == [("phone", "07700 900123")]


def _checked(**values):
    [(line, checked)] = check_records([Incoming(line=7, first_name="Ann", **values)], "GB",
                                      clock.today())
    assert line == 7 and not isinstance(checked, str), checked
    return checked


def test_a_bad_relative_or_tag_is_left_out_and_the_record_kept(store):
    checked = _checked(relatives=[("T" * 201, "partner", ""), ("Tom", "partner", "")],
                       dates=[IncomingDate("birthday", 1, 2, None, relative="T" * 201)],
                       tags=["t" * 41, "VIP"])
    assert [name for name, _relation, _notes in checked.relatives] == ["Tom"]
    assert (checked.dates, checked.tags) == ([], ["VIP"])
    assert [message for _line, message in checked.warnings] == [
        "family member or pet: name is longer than 200 characters; left out",
        "tag 'tttttttttttttttttttt'… is longer than 40 characters; left out",
        "birthday of a family member or pet who was left out; left out too"]


def test_a_note_over_the_limit_keeps_its_beginning(store):
    checked = _checked(about="a" * 20_000 + "b" * 5)
    assert checked.fields["about"] == "a" * 20_000
    assert checked.warnings == [(7, "note of 20,005 characters is longer than 20,000; "
                                    "the rest was left out")]


def test_an_import_after_a_refused_one_and_a_dry_run_works_alike(store, tmp_path):
    bad = tmp_path / "bad.vcf"
    bad.write_text("BEGIN:VCARD\nVERSION:3.0\nN:A;B;;;\nEND:VCARD\n"
                   "BEGIN:VCARD\nVERSION:3.0\nN:Q;;;;\nBROKEN\nEND:VCARD\n")
    with pytest.raises(UnreadableFileError):
        jobs.import_file(bad)
    dry = jobs.import_file(CSVS / "shopify.csv", dry_run=True)
    real = jobs.import_file(CSVS / "shopify.csv")
    assert dry.to_json() == real.to_json() and real.imported == 3


def test_a_german_shop_keys_what_it_imports_as_german_and_knows_the_names_again(store,
                                                                               tmp_path):
    """The key is made as every other of the shop's (`app.store.sorting`): the list keeps one
    order, and a name with a birthday already here is that person, not a second one."""
    settings.put("language", "de")
    cid = customers.create_customer(first_name="Jürgen", last_name="Müller")
    customers.add_date(cid, "birthday", 1, 2)
    report = jobs.import_file(VCARDS / "android-2.1.vcf")
    assert (report.imported, report.updated) == (0, 1)
    table = tmp_path / "names.csv"
    table.write_text("Last Name\nOzean\nÖztürk\nOfen\nOehler\n")
    assert jobs.import_file(table).imported == 4
    names = [load(i).last_name for i in directory.customer_ids("o")]
    assert names == ["Oehler", "Öztürk", "Ofen", "Ozean"]


def _consents() -> int:
    return db.execute_sql("SELECT count(*) FROM consent").fetchone()[0]


def test_a_file_imported_again_records_no_consent_twice(store):
    jobs.import_file(CSVS / "shopify.csv")
    assert _consents() == 3
    with clock.frozen(clock.now() + dt.timedelta(days=3)):
        again = jobs.import_file(CSVS / "shopify.csv")
    assert (again.unchanged, _consents()) == (3, 3)


@pytest.mark.parametrize("path", [CSVS / "google.csv", CSVS / "outlook.csv",
                                  VCARDS / "apple.vcf"], ids=lambda p: p.name)
def test_a_file_without_a_consent_column_records_none(store, path):
    assert jobs.import_file(path).imported > 0
    assert _consents() == 0


def test_a_no_in_the_file_withdraws_a_consent_given_here(store, tmp_path):
    ellie = customers.create_customer(first_name="Eleanor", contacts=[
        ("email", "ellie.whitfield@example.com", "")])
    consent.record(ellie, True, "in_person", at=clock.now() - dt.timedelta(days=200))
    later = tmp_path / "shopify-march.csv"
    later.write_text((CSVS / "shopify.csv").read_text(encoding="utf-8-sig").replace(
        "ellie.whitfield@example.com,yes", "ellie.whitfield@example.com,no", 1))
    report = jobs.import_file(later)
    assert ellie in report.customer_ids
    latest = consent.latest([ellie])[ellie]
    assert (latest.given, latest.how, latest.source) == (False, "import", "shopify-march.csv")
    assert not load(ellie).newsletter
    assert len(consent.history(ellie)) == 2  # the consent given stays in the history


def test_the_files_own_date_of_consent_is_the_records_and_an_older_one_changes_nothing(
        store, tmp_path):
    card = tmp_path / "cards.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nEMAIL:ann@example.com\n"
                    "X-REGULARS-NEWSLETTER:2024-05-01\nEND:VCARD\n")
    jobs.import_file(card)
    ann = only("lee")
    [given] = consent.history(ann.id)
    assert (given.given, given.at, given.source) == (True, dt.datetime(2024, 5, 1), "cards.vcf")
    assert ann.newsletter_since == dt.date(2024, 5, 1)
    consent.record(ann.id, False, "email", at=dt.datetime(2025, 1, 10, 12, 0))
    # The shop heard "no" after the day the file says yes: the file is old news.
    again = jobs.import_file(card)
    assert again.unchanged == 1 and len(consent.history(ann.id)) == 2
    assert not load(ann.id).newsletter


def test_a_dry_run_records_no_consent(store):
    jobs.import_file(CSVS / "shopify.csv", dry_run=True)
    assert _consents() == 0


def test_a_card_that_says_no_records_consent_withdrawn(store, tmp_path):
    card = tmp_path / "cards.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nEMAIL:ann@example.com\n"
                    "X-REGULARS-NEWSLETTER:no\nEND:VCARD\n")
    jobs.import_file(card)
    [record] = consent.history(only("lee").id)
    assert (record.given, record.how, record.source) == (False, "import", "cards.vcf")


def _mailing_list(tmp_path: Path) -> str:
    path = tmp_path / "mailing.csv"
    jobs.export_file(path, "emails")
    return path.read_text(encoding="utf-8-sig")


def test_a_file_imported_again_never_puts_back_on_the_list_who_withdrew_since(store, tmp_path):
    """The file says "yes" without a date: the owner's "no" in the shop, heard after the first
    import, is the customer's word, and the same file imported again must not undo it."""
    with clock.frozen(dt.datetime(2026, 3, 1, 10, 0)):
        jobs.import_file(CSVS / "shopify.csv")
    ellie = only("whitfield").id
    assert "ellie.whitfield@example.com" in _mailing_list(tmp_path)
    with clock.frozen(dt.datetime(2026, 3, 5, 16, 30)):
        consent.record(ellie, False, "in_person")
    with clock.frozen(dt.datetime(2026, 3, 9, 9, 0)):
        again = jobs.import_file(CSVS / "shopify.csv")
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    latest = consent.latest([ellie])[ellie]
    assert (latest.given, latest.how) == (False, "in_person")
    assert [r.given for r in consent.history(ellie)] == [True, False]
    assert not load(ellie).newsletter
    mailing = _mailing_list(tmp_path)
    assert "ellie.whitfield@example.com" not in mailing
    assert "amara@example.net" in mailing  # who said nothing since stays on it


def test_an_undated_no_in_the_file_withdraws_a_consent_given_in_person(store, tmp_path):
    cid = customers.create_customer(first_name="Margaret", last_name="O'Brien", contacts=[
        ("email", "maggie@example.com", "")])
    with clock.frozen(dt.datetime(2026, 3, 1, 10, 0)):
        consent.record(cid, True, "in_person")
    square = tmp_path / "square-april.csv"
    square.write_text((CSVS / "square.csv").read_text(encoding="utf-8").replace(
        "512.00,subscribed", "512.00,unsubscribed", 1), encoding="utf-8")
    with clock.frozen(dt.datetime(2026, 4, 2, 11, 0)):
        jobs.import_file(square)
    latest = consent.latest([cid])[cid]
    assert (latest.given, latest.how, latest.source) == (False, "import", "square-april.csv")
    assert latest.at == dt.datetime(2026, 4, 2, 11, 0)
    assert "maggie@example.com" not in _mailing_list(tmp_path)


def test_an_undated_yes_gives_consent_to_a_customer_without_a_record(store, tmp_path):
    cid = customers.create_customer(first_name="Eleanor", contacts=[
        ("email", "ellie.whitfield@example.com", "")])
    assert consent.history(cid) == []
    with clock.frozen(dt.datetime(2026, 3, 1, 10, 0)):
        report = jobs.import_file(CSVS / "shopify.csv")
    assert cid in report.customer_ids
    [given] = consent.history(cid)
    assert (given.given, given.how, given.source) == (True, "import", "shopify.csv")
    assert given.at == dt.datetime(2026, 3, 1, 10, 0)
    assert "ellie.whitfield@example.com" in _mailing_list(tmp_path)


@pytest.mark.parametrize("word, since, heard", [("yes", "2025-01-10", False),
                                                ("no", "2025-01-10", True)])
def test_a_dated_word_older_than_the_latest_record_is_ignored(store, tmp_path, word, since,
                                                              heard):
    cid = customers.create_customer(first_name="Ann", last_name="Lee", contacts=[
        ("email", "ann@example.com", "")])
    consent.record(cid, heard, "signed_form", at=dt.datetime(2025, 3, 1, 12, 0))
    table = tmp_path / "old-export.csv"
    table.write_text("First Name,Last Name,Email,Newsletter,Newsletter Since\n"
                     f"Ann,Lee,ann@example.com,{word},{since}\n", encoding="utf-8")
    jobs.import_file(table)
    [record] = consent.history(cid)
    assert (record.given, record.how) == (heard, "signed_form")
    assert ("ann@example.com" in _mailing_list(tmp_path)) is heard


_NOT_RECORDED = ("newsletter consents in the file were not recorded: those customers said "
                 "otherwise since; record a new consent in the window")


def test_the_report_counts_the_files_newsletter_words_it_did_not_record(store, tmp_path):
    """The same export imported again after two customers withdrew in the shop and one agreed:
    the two undated yeses are not recorded, and the report says how many, once, by no name."""
    with clock.frozen(dt.datetime(2026, 3, 1, 10, 0)):
        jobs.import_file(CSVS / "shopify.csv")
    ellie, jose, amara = only("whitfield").id, only("garcia").id, only("okafor").id
    with clock.frozen(dt.datetime(2026, 3, 5, 16, 30)):
        consent.record(ellie, False, "in_person")
        consent.record(amara, False, "email")
        consent.record(jose, True, "signed_form")
    for dry_run in (True, False):
        with clock.frozen(dt.datetime(2026, 3, 9, 9, 0)):
            report = jobs.import_file(CSVS / "shopify.csv", dry_run=dry_run)
        assert (report.imported, report.updated, report.unchanged) == (0, 1, 2)
        assert report.words_not_recorded == 2 and report.left_out == 0
        assert report.warnings == [(0, f"2 {_NOT_RECORDED}")]
        [(_line, message)] = report.warnings
        assert not any(name in message for name in ("Eleanor", "Whitfield", "Amara", "Okafor"))
    assert [r.given for r in consent.history(ellie)] == [True, False]
    assert consent.latest([jose])[jose].how == "import"  # the file's undated no does count
    single = tmp_path / "one.csv"
    single.write_text("First Name,Last Name,Email,Newsletter\nAmara,Okafor,amara@example.net,"
                      "yes\n", encoding="utf-8")
    assert jobs.import_file(single).warnings == [
        (0, "1 newsletter consent in the file was not recorded: that customer said otherwise "
            "since; record a new consent in the window")]


def test_a_file_imported_again_unchanged_says_nothing_of_newsletter_words(store):
    """Each word the file says is the customer's latest already: nothing dropped, no line."""
    jobs.import_file(CSVS / "shopify.csv")
    with clock.frozen(clock.now() + dt.timedelta(days=3)):
        again = jobs.import_file(CSVS / "shopify.csv")
    assert (again.unchanged, again.words_not_recorded, again.warnings) == (3, 0, [])


def test_a_files_day_is_compared_by_day_and_its_own_day_counts_only_a_withdrawal(store,
                                                                                 tmp_path):
    """The file says the day, not the time: a "yes" of the day Ann withdrew in the shop may be
    from before it and is not recorded (but counted); a "no" of the day Bo agreed is, and after
    his consent, so that it decides and is not recorded again."""
    ann = customers.create_customer(first_name="Ann", last_name="Lee", contacts=[
        ("email", "ann@example.com", "")])
    bo = customers.create_customer(first_name="Bo", last_name="Ode", contacts=[
        ("email", "bo@example.com", "")])
    consent.record(ann, False, "in_person", at=dt.datetime(2026, 3, 5, 16, 30))
    consent.record(bo, True, "in_person", at=dt.datetime(2026, 3, 5, 16, 30))
    table = tmp_path / "till.csv"
    table.write_text("First Name,Last Name,Email,Newsletter,Newsletter Since\n"
                     "Ann,Lee,ann@example.com,yes,2026-03-05\n"
                     "Bo,Ode,bo@example.com,no,2026-03-05\n", encoding="utf-8")
    for updated in (1, 0):
        with clock.frozen(dt.datetime(2026, 3, 9, 9, 0)):
            report = jobs.import_file(table)
        assert (report.updated, report.unchanged) == (updated, 2 - updated)
        assert report.warnings == [
            (0, "1 newsletter consent in the file was not recorded: that customer said "
                "otherwise since; record a new consent in the window")]
    assert [r.given for r in consent.history(ann)] == [False]
    assert [(r.given, r.how, r.at) for r in consent.history(bo)] == [
        (True, "in_person", dt.datetime(2026, 3, 5, 16, 30)),
        (False, "import", dt.datetime(2026, 3, 5, 16, 30))]
    assert not consent.latest([bo])[bo].given and not load(bo).newsletter
    assert "bo@example.com" not in _mailing_list(tmp_path)


@pytest.mark.parametrize("value", ["", "maybe", "  ", "pending approval"])
def test_a_card_with_an_empty_or_odd_newsletter_value_records_nothing(store, tmp_path,
                                                                      value):
    card = tmp_path / "cards.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nEMAIL:ann@example.com\n"
                    f"X-REGULARS-NEWSLETTER:{value}\nEND:VCARD\n")
    report = jobs.import_file(card)
    assert report.imported == 1 and _consents() == 0
    assert not only("lee").newsletter
    assert "ann@example.com" not in _mailing_list(tmp_path)
    if value.strip():
        [(line, message)] = report.warnings
        assert line == 1 and "Ann" not in message and "Lee" not in message
        assert message == (f"x-regulars-newsletter: {value!r} is neither yes, no nor a date; "
                           "no newsletter consent was recorded")
    else:
        assert report.warnings == []


def test_a_card_with_a_yes_word_or_a_date_gives_consent(store, tmp_path):
    card = tmp_path / "cards.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nEMAIL:ann@example.com\n"
                    "X-REGULARS-NEWSLETTER:Subscribed\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nN:Ode;Bo;;;\nEMAIL:bo@example.com\n"
                    "X-REGULARS-NEWSLETTER:2024-05-01\nEND:VCARD\n")
    report = jobs.import_file(card)
    assert report.warnings == []
    assert [r.given for r in consent.history(only("lee").id)] == [True]
    [dated] = consent.history(only("ode").id)
    assert (dated.given, dated.at) == (True, dt.datetime(2024, 5, 1))


def test_an_import_never_gives_an_erased_customers_id_again(store):
    customers.create_customer(first_name="Ann")
    last = customers.create_customer(first_name="Bob")
    erasure.remove_for_good([last])
    report = jobs.import_file(CSVS / "square.csv")
    assert min(report.customer_ids) > last
