"""Spreadsheets saved where the shop is: semicolons, decimal commas and dates as a country
writes them, and columns named in its language."""

from __future__ import annotations

import pytest
from helpers import dates_of, only

from app.core import settings
from app.exchange import jobs
from app.exchange.csv_in import guess_field

# About the SQLite file itself: not run again on a server book.
pytestmark = pytest.mark.file_only

ORDERS = ("dmy", "mdy")


@pytest.mark.parametrize("order", ORDERS)
def test_a_german_spreadsheet_with_decimal_commas_is_split_on_its_semicolons(
        store, tmp_path, order):
    """Excel in Germany separates with semicolons because the comma is its decimal mark:
    amounts in every row must not make the comma look like the separator."""
    settings.put("date_order", order)
    path = tmp_path / "kunden.csv"
    path.write_text("Vorname;Nachname;Umsatz (€);Punkte;Geburtsdatum;Jahrestag\r\n"
                    "Jürgen;Weiß;1.234,50;1.234;03.04.1980;0.0.00\r\n"
                    "Anke;Roth;12,50;12;25.12.1979;14.06.2005\r\n", encoding="cp1252")
    report = jobs.import_file(path)
    assert (report.imported, report.skipped, report.errors) == (2, 0, [])
    assert report.ambiguous_dates == 0
    jurgen = only("jürgen")
    assert (jurgen.first_name, jurgen.last_name) == ("Jürgen", "Weiß")
    assert dates_of(jurgen) == {("birthday", 4, 3, 1980, None)}  # 0.0.00: no anniversary
    assert dates_of(only("roth")) == {("birthday", 12, 25, 1979, None),
                                      ("anniversary", 6, 14, 2005, None)}
    assert jurgen.contacts == () and jurgen.about == ""


@pytest.mark.parametrize("order", ORDERS)
def test_dotted_dates_are_day_first_whatever_the_order(store, tmp_path, order):
    """No country writes month.day.year: a date with dots is read day first and is not
    counted among the dates the setting decided."""
    settings.put("date_order", order)
    path = tmp_path / "dots.csv"
    path.write_text("Name;Geburtstag\nAnna Berg;03.04.1980\nBen Kurz;3.4.80\nCem Aydin;03.04.\n")
    report = jobs.import_file(path)
    assert (report.imported, report.ambiguous_dates) == (3, 0)
    assert dates_of(only("berg")) == {("birthday", 4, 3, 1980, None)}
    assert dates_of(only("kurz")) == {("birthday", 4, 3, 1980, None)}
    assert dates_of(only("aydin")) == {("birthday", 4, 3, None, None)}


@pytest.mark.parametrize("order, month, day", [("dmy", 4, 3), ("mdy", 3, 4)])
def test_slashed_dates_follow_the_shops_date_order_and_are_counted(store, tmp_path, order,
                                                                   month, day):
    settings.put("date_order", order)
    path = tmp_path / "clients.csv"
    path.write_text("Prénom;Nom;Anniversaire\n"
                    "Anne;Roux;3/4/1980\nLuc;Blanc;03/04/80\nMarc;Petit;13/4/1980\n")
    report = jobs.import_file(path)
    assert (report.imported, report.errors, report.ambiguous_dates) == (3, [], 2)
    assert dates_of(only("roux")) == {("birthday", month, day, 1980, None)}
    assert dates_of(only("blanc")) == {("birthday", month, day, 1980, None)}
    assert dates_of(only("petit")) == {("birthday", 4, 13, 1980, None)}  # 13 is only a day


@pytest.mark.parametrize("order", ORDERS)
def test_iso_dates_are_read_alike_whatever_the_order(store, tmp_path, order):
    settings.put("date_order", order)
    path = tmp_path / "iso.csv"
    path.write_text("First Name;Last Name;Birthday\n"
                    "Ida;Lund;1980-04-03\nOla;Berg;19800403\nPer;Dahl;1980-04-03T00:00:00\n")
    report = jobs.import_file(path)
    assert (report.imported, report.ambiguous_dates) == (3, 0)
    for name in ("lund", "berg", "dahl"):
        assert dates_of(only(name)) == {("birthday", 4, 3, 1980, None)}


@pytest.mark.parametrize("empty", ["0.0.00", "00.00.0000", "0/0/00", "0-0-00"])
def test_outlooks_no_date_in_its_countrys_form_is_no_date(store, tmp_path, empty):
    path = tmp_path / "outlook.csv"
    path.write_text(f"Vorname;Nachname;Geburtstag;Jahrestag\nEva;Nagel;{empty};{empty}\n")
    report = jobs.import_file(path)
    assert (report.imported, report.errors) == (1, [])
    assert dates_of(only("nagel")) == set()


def test_a_local_date_that_does_not_exist_refuses_its_row_with_its_line(store, tmp_path):
    path = tmp_path / "kunden.csv"
    path.write_text("Name;Geburtstag\nAnna Berg;30.02.1980\nBen Kurz;01.02.1980\n")
    report = jobs.import_file(path)
    assert (report.imported, report.skipped) == (1, 1)
    assert report.errors == [(2, "Geburtstag: February has no day 30")]
    assert dates_of(only("kurz")) == {("birthday", 2, 1, 1980, None)}


@pytest.mark.parametrize("header, field", [
    ("Geburtstag", "birthday"), ("Geburtsdatum", "birthday"), ("Date de naissance", "birthday"),
    ("Anniversaire", "birthday"), ("Fecha de nacimiento", "birthday"),
    ("Cumpleaños", "birthday"), ("Jahrestag", "anniversary"), ("Hochzeitstag", "anniversary"),
    ("Anniversaire de mariage", "anniversary"), ("Aniversario", "anniversary"),
])
def test_date_columns_named_in_german_french_and_spanish(header, field):
    assert guess_field(header) == field
