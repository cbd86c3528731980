"""Saving what was read: the same person is updated, never duplicated; all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import CSVS, IMPORT, VCARDS, check, kill, only, start

from app.core import customers, directory, settings
from app.core.profile import load
from app.exchange import jobs
from app.store.models import Customer


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
