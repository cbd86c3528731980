"""The timeline: what happened with a customer, and what was said.

Logging anything (a visit, a call, a note) counts as contact: last contact
is recomputed from the timeline on every write, so "stay in touch" resets
whatever was logged, and deleting an entry puts it back as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.core import clock
from app.core.customers import get_customer, get_row
from app.core.errors import ValidationError
from app.core.money import parse_amount, to_decimal
from app.store.database import writing
from app.store.models import Interaction

KINDS = Interaction.KINDS
_TEXT_LIMIT = 1_000_000
_NEEDS_TEXT = ("note", "feedback")
SENTIMENTS = {-1: "negative", 0: "neutral", 1: "positive"}


@dataclass(frozen=True)
class Entry:
    id: int
    customer_id: int
    kind: str
    at: dt.datetime
    text: str
    amount: Decimal | None
    sentiment: int | None
    pinned: bool


def _entry(row: Interaction) -> Entry:
    return Entry(
        id=row.id, customer_id=row.customer_id, kind=row.kind, at=row.at, text=row.text,
        amount=to_decimal(row.amount_cents), sentiment=row.sentiment, pinned=bool(row.pinned),
    )


def _check(
    kind: str, text: str, amount: str | Decimal | float | None, at: dt.datetime,
    sentiment: int | None,
) -> tuple[str, int | None]:
    if kind not in KINDS:
        raise ValidationError(f"kind must be one of: {', '.join(KINDS)}")
    if not isinstance(text, str) or "\x00" in text:
        raise ValidationError("the text contains a NUL character")
    text = text.strip()
    if len(text) > _TEXT_LIMIT:
        raise ValidationError("the text is longer than a million characters")
    if kind in _NEEDS_TEXT and not text:
        raise ValidationError(f"a {kind} needs some text")
    cents = None
    if amount not in (None, ""):
        if kind != "purchase":
            raise ValidationError("only a purchase has an amount")
        cents = parse_amount(amount)
    if sentiment is not None and sentiment not in SENTIMENTS:
        raise ValidationError("sentiment must be -1 (negative), 0 (neutral) or 1 (positive)")
    if sentiment is not None and kind != "feedback":
        raise ValidationError("only feedback has a sentiment")
    latest = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time.max)
    if at > latest:
        raise ValidationError(f"{at:%Y-%m-%d %H:%M} is in the future")
    return text, cents


def log(
    customer_id: int,
    kind: str,
    text: str = "",
    amount: str | Decimal | float | None = None,
    at: dt.datetime | None = None,
    sentiment: int | None = None,
) -> int:
    """Add an entry to the timeline; returns its id."""
    get_customer(customer_id)
    at = (at or clock.now()).replace(microsecond=0)
    text, cents = _check(kind, text, amount, at, sentiment)
    now = clock.now()
    with writing(customer_id):
        return Interaction.create(
            customer=customer_id, kind=kind, at=at, text=text, amount_cents=cents,
            sentiment=sentiment, created_at=now, updated_at=now,
        ).id


def _get(interaction_id: int) -> Interaction:
    return get_row(Interaction, interaction_id, "timeline entry")


def get_entry(interaction_id: int) -> Entry:
    return _entry(_get(interaction_id))


def edit(
    interaction_id: int,
    kind: str,
    text: str,
    amount: str | Decimal | float | None = None,
    at: dt.datetime | None = None,
    sentiment: int | None = None,
) -> None:
    row = _get(interaction_id)
    at = (at or row.at).replace(microsecond=0)
    text, cents = _check(kind, text, amount, at, sentiment)
    with writing(row.customer_id):
        Interaction.update(
            kind=kind, text=text, amount_cents=cents, at=at, sentiment=sentiment,
            updated_at=clock.now(),
        ).where(Interaction.id == interaction_id).execute()


def delete(interaction_id: int) -> Entry:
    """Remove an entry; returns it as it was, so that it can be put back."""
    row = _get(interaction_id)
    entry = _entry(row)
    with writing(row.customer_id):
        row.delete_instance()
    return entry


def restore(entry: Entry) -> int:
    """Put back a deleted entry (undo), pinned if it was."""
    get_customer(entry.customer_id)
    with writing(entry.customer_id):
        return Interaction.create(
            customer=entry.customer_id, kind=entry.kind, at=entry.at, text=entry.text,
            amount_cents=None if entry.amount is None else int(entry.amount * 100),
            sentiment=entry.sentiment, pinned=entry.pinned,
        ).id


def set_pinned(interaction_id: int, pinned: bool) -> None:
    row = _get(interaction_id)
    with writing(row.customer_id):
        Interaction.update(pinned=pinned).where(Interaction.id == interaction_id).execute()


def entries(customer_id: int, offset: int = 0, limit: int = 50) -> list[Entry]:
    """One page of the timeline: pinned entries first, then newest first."""
    query = (
        Interaction.select()
        .where(Interaction.customer == customer_id)
        .order_by(Interaction.pinned.desc(), Interaction.at.desc(), Interaction.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [_entry(row) for row in query]


def count(customer_id: int) -> int:
    return Interaction.select().where(Interaction.customer == customer_id).count()
