"""Out and back in: what one export writes, an import into an empty book reads back whole."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest
from helpers import dates_of

from app.core import customers, directory, session
from app.core.profile import load
from app.exchange import csv_out, jobs
from app.exchange.csv_in import auto_map, records
from app.exchange.text_files import TextFile


def _two_customers() -> None:
    """Customers with labelled contacts, extensions, dates of every kind and odd tags."""
    cid = customers.create_customer(
        first_name="Rosalind", last_name="Pemberton", nickname="Ros", company="Quay Books",
        about="Reads crime novels\nPays cash",
        contacts=[("phone", "+1-418-656-9254;ext=102", "work"),
                  ("phone", "+1 418 555 0199", "mobile"),
                  ("phone", "+1 418 555 0123", "shop"),
                  ("email", "ros@example.com", "home"),
                  ("email", "orders@quay.example", "work"),
                  ("address", "4 Quay Lane, Lévis", "work"),
                  ("address", "9 Rue des Pins, Québec", "home")],
    )
    customers.add_date(cid, "birthday", 5, 17, 1961)
    customers.add_date(cid, "anniversary", 9, 2, 1990)
    customers.add_date(cid, "anniversary", 4, 1, None, label="shop opening")
    customers.add_date(cid, "other", 12, 24, None, label="first visit")
    customers.add_date(cid, "other", 2, 29, 2020, label="")
    son = customers.add_relative(cid, "Arthur", "child", "plays cello")
    customers.add_relative(cid, "Biscuit", "pet", "beagle")
    customers.add_date(cid, "birthday", 3, 8, 1995, relative_id=son)
    customers.set_tags(cid, ["Book club", "Nuts, seeds and grains", "VIP"])
    other = customers.create_customer(first_name="Tobias", last_name="Wren",
                                      contacts=[("email", "tobias@example.net", "")])
    customers.add_date(other, "birthday", 11, 22, None)


def _export_and_read_back(tmp_path, file_format: str) -> tuple[dict, dict]:
    """Every customer as `show --json` gives them, before and after the trip, by last name."""
    before = {p.last_name: p for p in map(load, directory.customer_ids())}
    path = tmp_path / f"out.{file_format}"
    jobs.export_file(path, file_format)
    session.close()
    session.open_data(tmp_path / "fresh")
    report = jobs.import_file(path, file_format)
    assert (report.imported, report.errors, report.warnings) == (2, [], [])
    after = {p.last_name: p for p in map(load, directory.customer_ids())}
    return before, after


def _contacts(p, kind: str) -> list[tuple[str, str]]:
    return [(c.label, c.value) for c in p.contacts_of(kind)]


@pytest.mark.parametrize("file_format", ["csv", "vcard"])
def test_out_and_back_in_keeps_names_labels_dates_and_tags(store, tmp_path, file_format):
    _two_customers()
    before, after = _export_and_read_back(tmp_path, file_format)
    assert sorted(after) == ["Pemberton", "Wren"]
    ros, old = after["Pemberton"], before["Pemberton"]
    assert (ros.first_name, ros.nickname, ros.company, ros.about) == (
        "Rosalind", "Ros", "Quay Books", "Reads crime novels\nPays cash")
    assert _contacts(ros, "phone") == [("work", "+1-418-656-9254;ext=102"),
                                       ("mobile", "+1 418 555 0199"), ("shop", "+1 418 555 0123")]
    assert _contacts(ros, "email") == _contacts(old, "email")
    assert _contacts(ros, "address") == _contacts(old, "address")
    assert ros.tags == ("Book club", "Nuts, seeds and grains", "VIP")
    assert {(d.kind, d.label, d.month, d.day, d.year, d.relative) for d in ros.dates} == {
        ("birthday", "", 5, 17, 1961, None), ("anniversary", "", 9, 2, 1990, None),
        ("anniversary", "shop opening", 4, 1, None, None),
        ("other", "first visit", 12, 24, None, None), ("other", "", 2, 29, 2020, None),
        ("birthday", "", 3, 8, 1995, "Arthur")}
    assert [(r.name, r.relation, r.notes) for r in ros.relatives] == [
        ("Arthur", "child", "plays cello"), ("Biscuit", "pet", "beagle")]
    assert dates_of(after["Wren"]) == {("birthday", 11, 22, None, None)}
    assert _contacts(after["Wren"], "email") == [("", "tobias@example.net")]


def test_csv_is_in_google_contacts_layout(store, tmp_path):
    _two_customers()
    path = tmp_path / "out.csv"
    jobs.export_file(path, "csv")
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    ros = next(r for r in rows if r["Last Name"] == "Pemberton")
    assert (ros["Organization Name"], ros["Birthday"], ros["Middle Name"]) == (
        "Quay Books", "1961-05-17", "")
    assert ros["Labels"] == "Book club ::: Nuts, seeds and grains ::: VIP"
    assert (ros["Phone 1 - Label"], ros["Phone 1 - Value"]) == ("Work", "+1-418-656-9254;ext=102")
    assert (ros["E-mail 2 - Label"], ros["E-mail 2 - Value"]) == ("Work", "orders@quay.example")
    assert (ros["Address 1 - Label"], ros["Address 1 - Formatted"]) == ("Work",
                                                                       "4 Quay Lane, Lévis")
    assert (ros["Relation 1 - Label"], ros["Relation 1 - Value"]) == ("child", "Arthur")
    events = {ros[f"Event {n} - Label"]: ros[f"Event {n} - Value"] for n in range(1, 6)}
    assert events == {"Anniversary": "1990-09-02", "Anniversary (shop opening)": "--04-01",
                      "first visit": "--12-24", "Other": "2020-02-29",
                      "Arthur's birthday": "1995-03-08"}
    wren = next(r for r in rows if r["Last Name"] == "Wren")
    assert (wren["Birthday"], wren["Phone 1 - Value"], wren["Event 1 - Label"]) == (
        "--11-22", "", "")
    assert list(rows[0])[-1] == "Regulars ID"


def test_a_cell_of_a_million_characters_goes_out_and_is_read_back(store, tmp_path):
    """The longest text the program takes fits one CSV cell both ways."""
    long = dataclasses.replace(load(customers.create_customer(first_name="Long")),
                               about="x" * 1_000_000)
    path = tmp_path / "long.csv"
    path.write_bytes(csv_out.customers_csv([long]))
    table = jobs.plan_csv(TextFile(path)).table
    (record,) = records(table, auto_map(table.headers), "dmy")
    assert (record.first_name, record.about, record.warnings) == ("Long", "x" * 1_000_000, [])


@pytest.mark.parametrize("file_format", ["csv", "vcard"])
def test_out_and_back_in_keeps_work_details_faxes_and_websites(store, tmp_path, file_format):
    customers.create_customer(
        first_name="Odile", last_name="Marchand", company="Fromagerie Marchand",
        job_title="Buyer", role="Orders the cheese",
        contacts=[("fax", "+1 418 555 0100", "work"), ("fax", "+1 418 555 0101", ""),
                  ("website", "https://fromagerie.example", "shop"),
                  ("handle", "@odile", "Instagram"), ("handle", "odile.m", "")])
    customers.create_customer(first_name="Tobias", last_name="Wren")
    _before, after = _export_and_read_back(tmp_path, file_format)
    odile = after["Marchand"]
    assert (odile.job_title, odile.role) == ("Buyer", "Orders the cheese")
    assert _contacts(odile, "fax") == [("work", "+1 418 555 0100"), ("", "+1 418 555 0101")]
    assert _contacts(odile, "website") == [("shop", "https://fromagerie.example")]
    assert _contacts(odile, "phone") == []
    assert _contacts(odile, "handle") == [("Instagram", "@odile"), ("", "odile.m")]
