"""Where a customer works and how to reach the business: job title and role beside the company,
fax numbers and web addresses with the other contact points, typed in or brought by a vCard."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.core import directory
from app.core.profile import load
from app.exchange.jobs import import_file
from tests.journeys.clipping import problems

CARD = """BEGIN:VCARD
VERSION:3.0
N:Penrose;Alma;;;
FN:Alma Penrose
ORG:Harbour Books
TITLE:Head buyer
ROLE:Orders for the shop
TEL;TYPE=CELL:+44 7700 900777
TEL;TYPE=WORK,FAX:+44 20 7946 0011
URL:https://harbourbooks.example
END:VCARD
"""


def _open(person, search: str) -> None:
    person.press("Ctrl+F")
    person.type(search)
    person.press("Enter")
    person.click("Details")


def test_job_title_role_web_address_and_fax_typed_in(regular, person, monkeypatch):
    _open(person, "ellie")
    cid = directory.customer_ids("ellie")[0]
    person.click("Green Dental")  # the company's field
    person.press("Tab")  # on to the job title
    person.type("Head buyer")
    person.press("Tab")
    person.type("Orders the supplies")
    person.press("Tab")
    assert (load(cid).job_title, load(cid).role) == ("Head buyer", "Orders the supplies")
    assert person.sees("Head buyer · Green Dental")  # on the card, as a person says it
    assert person.sees("Orders the supplies")

    person.click("+ More…")
    person.pick("Web address")
    person.type("www.greendental.example")
    person.press("Enter")
    person.click("+ More…")
    person.pick("Fax")
    person.type("fax me")  # not a number: refused in the form, nothing saved
    person.press("Enter")
    assert person.sees("does not look like a fax number")
    person.press("Ctrl+A")
    person.type("+44 20 7946 0000")
    person.press("Tab")
    person.type("surgery")
    person.press("Enter")

    profile = load(cid)
    assert [c.value for c in profile.contacts_of("website")] == ["www.greendental.example"]
    assert [(c.value, c.label) for c in profile.contacts_of("fax")] == [
        ("+44 20 7946 0000", "surgery")]
    assert person.sees("www.greendental.example")
    assert person.sees("+44 20 7946 0000 · fax, surgery")

    opened: list[str] = []
    monkeypatch.setattr("app.ui.contact_points.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    person.click("www.greendental.example")  # choosing the row opens nothing
    assert opened == []
    person.click("Open")
    assert opened == ["https://www.greendental.example"]


def test_a_bad_web_address_is_refused_in_its_form(regular, person):
    _open(person, "ellie")
    cid = directory.customer_ids("ellie")[0]
    person.click("+ More…")
    person.pick("Web address")
    person.type("green dental")
    person.press("Enter")
    assert person.sees("does not look like a web address")
    assert not load(cid).contacts_of("website")


def test_a_vcard_s_title_role_web_address_and_fax_are_shown(start, person, tmp_path):
    card = tmp_path / "alma.vcf"
    card.write_text(CARD, encoding="utf-8")
    start(prepare=lambda: import_file(card))
    _open(person, "Alma")
    assert person.sees("Head buyer · Harbour Books")
    assert person.sees("Orders for the shop")
    assert person.sees("https://harbourbooks.example")
    assert person.sees("+44 20 7946 0011 · fax")
    assert "Head buyer" in person.texts() and "Orders for the shop" in person.texts()


def test_all_of_it_reads_whole_at_1024_by_600(start, person, tmp_path):
    card = tmp_path / "alma.vcf"
    card.write_text(CARD, encoding="utf-8")
    window = start(prepare=lambda: import_file(card))
    person.resize_window(1024, 600)
    _open(person, "Alma")
    QApplication.processEvents()
    assert problems(window.profile) == []
    assert not window.profile.horizontalScrollBar().isVisible()
    person.click("https://harbourbooks.example")
    for button in ("+ Phone", "+ Email", "+ Address", "+ More…", "Open", "Remove"):
        assert person.sees(button)
