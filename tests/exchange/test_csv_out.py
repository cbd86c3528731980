"""CSV out: opens right in Excel, runs no formula, and mails only those who agreed."""

from __future__ import annotations

import csv
import io

import pytest

from app.core import customers
from app.exchange import csv_out, jobs


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
    assert evil["Phone 1 - Value"] == "+1 555 0100"
    assert evil["Notes"] == "'-2+3"
    assert any(r["First Name"] == "Zoë" for r in rows)


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"), ("+1 555 0100", "+1 555 0100"), ("-24.50", "-24.50"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("+44 (0) 7700-900123", "+44 (0) 7700-900123"), ("plain", "plain"), ("-", "'-"),
    ("-2+3", "'-2+3"), ("+1 555 0100 ::: +44 7700 900123", "+1 555 0100 ::: +44 7700 900123"),
    ("+1 555 0100 ::: =cmd", "'+1 555 0100 ::: =cmd"),
    ("+1-418-656-9254;ext=102", "+1-418-656-9254;ext=102"), ("--04-15", "--04-15"),
    ("+1-418-656-9254;ext=SUM(A1)", "'+1-418-656-9254;ext=SUM(A1)"), ("--A1", "'--A1"),
])
def test_formula_cells_are_neutralised(cell, safe):
    assert csv_out.safe_cell(cell) == safe


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
