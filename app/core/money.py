"""Amounts: typed by people as text, kept as whole cents (the window shows them in the
shop's own form: `app.ui.local_forms`)."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase

_LIMIT = Decimal("100000000")  # a hundred million: a typo, not a sale
# Letters before or after the figures: a currency's code or sign ("CHF 12", "250 kr", "R$ 10"),
# with the point that shortens it ("Rs. 500", "12 kr."), which is never the decimals.
_WORDS = re.compile(r"^[^\W\d_]+\.?|[^\W\d_]+\.?$")


def parse_amount(text: str | float | Decimal) -> int:
    """Cents from an amount as people type it where they are: "24.50", "24,50", "1,234.50",
    "1.234,50", "1 234,50", "CHF 1'234.50", "€24", "250 kr" or a number; refuses anything
    else.

    With both a point and a comma, the last one is the decimals; "1.234" alone could be
    either, and is refused (more than two decimals) rather than read as a thousand."""
    raw = "".join(char for char in str(text) if not (
        char.isspace() or char in "'’" or unicodedata.category(char) == "Sc"))
    raw = _WORDS.sub("", raw)
    if "," in raw and "." in raw:
        decimals = "," if raw.rindex(",") > raw.rindex(".") else "."
        raw = raw.replace("." if decimals == "," else ",", "").replace(decimals, ".")
    elif raw.count(",") == 1 and len(raw.split(",")[1]) in (1, 2):
        raw = raw.replace(",", ".")
    else:
        raw = raw.replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(Phrase(N_("amount {text} is not a number"),
                                     text=repr(text))) from None
    # copy_abs, not abs(): abs() rounds to the context and overflows on "1e999999999".
    if not value.is_finite() or value.copy_abs() >= _LIMIT:
        raise ValidationError(Phrase(N_("amount {text} is out of range"), text=repr(text)))
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(Phrase(N_("amount {text} has more than two decimals"),
                                     text=repr(text)))
    return int(value * 100)


def to_decimal(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))
