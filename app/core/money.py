"""Amounts: typed by people as text, kept as whole cents, shown with two decimals."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from app.core.errors import ValidationError

_LIMIT = Decimal("100000000")  # a hundred million: a typo, not a sale


def parse_amount(text: str | float | Decimal) -> int:
    """Cents from "24.50", "24,50", "1,234.50" or a number; refuses anything else."""
    raw = str(text).strip().replace(" ", "").replace("\u00a0", "")
    for symbol in "$€£¥₹":
        raw = raw.replace(symbol, "")
    if raw.count(",") == 1 and "." not in raw and len(raw.split(",")[1]) in (1, 2):
        raw = raw.replace(",", ".")
    else:
        raw = raw.replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(f"amount {text!r} is not a number") from None
    # copy_abs, not abs(): abs() rounds to the context and overflows on "1e999999999".
    if not value.is_finite() or value.copy_abs() >= _LIMIT:
        raise ValidationError(f"amount {text!r} is out of range")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(f"amount {text!r} has more than two decimals")
    return int(value * 100)


def to_decimal(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))
