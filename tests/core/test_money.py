"""Amounts as people type them, kept in cents and shown with two decimals."""

from __future__ import annotations

import pytest

from app.core.errors import ValidationError
from app.core.money import parse_amount


@pytest.mark.parametrize("text, cents", [
    ("24.50", 2450), ("24,50", 2450), ("1,234.50", 123450), ("£3", 300), ("-5.00", -500),
    ("1.234,50", 123450), ("1\u202f234,50 €", 123450), ("1 234,50", 123450),
    ("CHF 1'234.50", 123450), ("12,50 EUR", 1250), ("-1.234,50", -123450),
    ("250 kr", 25000), ("R$ 10,00", 1000), ("Rp 1.234,50", 123450), ("-$5.00", -500),
    # the point that shortens a currency's name is not the decimals
    ("Rs. 1,500", 150000), ("Rs. 500", 50000), ("kr. 1.234,50", 123450), ("12 kr.", 1200),
])
def test_amounts_as_people_type_them(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["abc", "1.234", "NaN", "Infinity", "1e12", "1e999999999999",
                                  "-1e999999999999"])
def test_amounts_that_are_refused(text):
    with pytest.raises(ValidationError):
        parse_amount(text)
