"""vCards written for phones to read, strange text and all."""

from __future__ import annotations

import pytest
from helpers import NASTY, add_rich_customer, settle
from hypothesis import given

from app.core import customers
from app.core.errors import ValidationError
from app.core.profile import load
from app.exchange import jobs
from app.exchange.vcard_in import parse_vcards
from app.exchange.vcard_out import vcards


@pytest.fixture
def rich_customer(store) -> int:
    return add_rich_customer()


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
