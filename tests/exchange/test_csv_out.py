"""CSV out: opens right in Excel, runs no formula, and mails only those who agreed."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from app.core import consent, customers, demo
from app.exchange import csv_out, jobs
from app.store.models import db


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
    consent.record(yes, True, "in_person")
    customers.create_customer(first_name="No", contacts=[("email", "no@example.com", "")])
    nomail = customers.create_customer(first_name="Nomail")
    consent.record(nomail, True, "in_person")
    archived = customers.create_customer(first_name="Gone",
                                         contacts=[("email", "gone@example.com", "")])
    consent.record(archived, True, "in_person")
    customers.set_archived([archived], True)
    path = tmp_path / "list.csv"
    summary = jobs.export_file(path, "emails")
    assert summary == (f"exported 1 newsletter addresses (1 who agreed have no email) to {path}")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert rows == [["Email Address", "First Name", "Last Name", "Consent Date"],
                    ["yes@example.com", "Yes", "", "2026-11-23"]]


def _mailing_list(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_the_mailing_list_of_a_sample_shop_is_exactly_those_whose_latest_record_is_given(
        store, tmp_path):
    ids = demo.generate(300, seed=5)
    customers.set_archived(ids[:40], True)  # some who agreed are archived: they get no mail
    expected = {email for (email,) in db.execute_sql(
        "SELECT email FROM (SELECT (SELECT cp.value FROM contact_point cp "
        "WHERE cp.customer_id = c.id "
        "AND cp.kind = 'email' ORDER BY cp.position LIMIT 1) AS email "
        "FROM consent k JOIN customer c ON c.id = k.customer_id "
        "WHERE k.given AND c.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM consent later "
        "WHERE later.customer_id = k.customer_id AND (later.at > k.at OR "
        "(later.at = k.at AND later.id > k.id)))) AS given WHERE email IS NOT NULL")}
    withdrawn = {cid for (cid,) in db.execute_sql(
        "SELECT customer_id FROM consent GROUP BY customer_id "
        "HAVING max(CASE WHEN given THEN 1 ELSE 0 END) = 1 "
        "AND count(*) > 1")}
    assert expected and withdrawn  # the shop has both, so the comparison says something
    path = tmp_path / "list.csv"
    jobs.export_file(path, "emails")
    assert {row["Email Address"] for row in _mailing_list(path)} == expected


def test_the_mailing_list_with_consent_dates_says_when_and_how(store, tmp_path):
    ann = customers.create_customer(first_name="Ann", contacts=[("email", "ann@example.com", "")])
    consent.record(ann, True, "signed_form", at=dt.datetime(2025, 3, 1, 11, 0))
    bob = customers.create_customer(first_name="Bob", contacts=[("email", "bob@example.com", "")])
    consent.record(bob, True, "in_person", at=dt.datetime(2024, 6, 2, 9, 30))
    consent.record(bob, False, "email", at=dt.datetime(2025, 1, 5, 9, 30))
    consent.record(bob, True, "import", source="shopify.csv", at=dt.datetime(2025, 2, 7, 8, 0))
    path = tmp_path / "list.csv"
    jobs.export_file(path, "emails", with_consent_date=True)
    rows = {row["Email Address"]: row for row in _mailing_list(path)}
    assert [(r["Consent Given At"], r["How Consent Was Given"]) for r in rows.values()] == [
        ("2025-03-01T11:00", "on a signed form"), ("2025-02-07T08:00", "imported from shopify.csv")]
    jobs.export_file(path, "emails")  # without it, the columns are as they always were
    assert list(_mailing_list(path)[0]) == ["Email Address", "First Name", "Last Name",
                                            "Consent Date"]
