"""The timeline: what happened with a customer, and what was said.

Logging anything (a visit, a call, a note) counts as contact: last contact
is recomputed from the timeline on every write, so "stay in touch" resets
whatever was logged, and deleting an entry puts it back as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.core import clock, settings
from app.core.customers import get_customer, get_row, normalize_newlines
from app.core.dates import check_day
from app.core.errors import ValidationError
from app.core.money import parse_amount, to_decimal
from app.store.database import writing
from app.store.models import FollowUp, Interaction

KINDS = Interaction.KINDS
TEXT_LIMIT = 1_000_000  # characters of an entry: the window's field takes as many
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
    points: int | None = None
    loop: str | None = None  # for feedback that needed making right: "open" or "closed"


def _entry(row: Interaction, loop: str | None = None) -> Entry:
    return Entry(
        id=row.id, customer_id=row.customer_id, kind=row.kind, at=row.at, text=row.text,
        amount=to_decimal(row.amount_cents), sentiment=row.sentiment, pinned=bool(row.pinned),
        points=row.points, loop=loop,
    )


def points_for(cents: int | None) -> int | None:
    """Loyalty points a purchase earns at today's rate (a refund takes them back)."""
    rate = settings.get("points_per_unit")
    if not cents or not rate:
        return None
    return int(Decimal(cents) / 100 * Decimal(str(rate)))


def check_entry(
    kind: str, text: str, amount: str | Decimal | float | None, at: dt.datetime,
    sentiment: int | None,
) -> tuple[str, int | None]:
    """An entry as it would be saved: its text cleaned and its amount in cents; a
    ValidationError saying what cannot be saved (for a form to say before it closes)."""
    if kind not in KINDS:
        raise ValidationError(f"kind must be one of: {', '.join(KINDS)}")
    if not isinstance(text, str) or "\x00" in text:
        raise ValidationError("the text contains a NUL character")
    text = normalize_newlines(text.strip())
    if len(text) > TEXT_LIMIT:
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
    check_day(at.date(), "the day")
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
    ask: str = "",
) -> int:
    """Add an entry to the timeline; returns its id.

    `ask` is something to ask next time: it becomes an open follow-up. Negative
    feedback opens a follow-up to make it right, linked to the entry, so the
    timeline can show when that loop is closed.
    """
    get_customer(customer_id)
    at = (at or clock.now()).replace(microsecond=0)
    text, cents = check_entry(kind, text, amount, at, sentiment)
    ask = (ask or "").strip()
    if "\x00" in ask or len(ask) > 2_000:
        raise ValidationError("the question to ask is plain text of at most 2000 characters")
    now = clock.now()
    with writing(customer_id):
        entry = Interaction.create(
            customer=customer_id, kind=kind, at=at, text=text, amount_cents=cents,
            sentiment=sentiment, points=points_for(cents) if kind == "purchase" else None,
            created_at=now, updated_at=now,
        )
        if ask:
            FollowUp.create(customer=customer_id, kind="ask", text=ask, created_at=now,
                            source=entry.id)
        if kind == "feedback" and sentiment == -1:
            FollowUp.create(customer=customer_id, kind="task", text=f"Make it right: {text}",
                            due=clock.today() + dt.timedelta(days=1), created_at=now,
                            source=entry.id)
        return entry.id


def redeem(customer_id: int, points: int, text: str = "") -> int:
    """Spend loyalty points: a timeline entry that takes them off the balance."""
    customer = get_customer(customer_id)
    if not isinstance(points, int) or points <= 0:
        raise ValidationError("points to redeem must be a whole number above zero")
    if points > customer.loyalty_points:
        raise ValidationError(f"only {customer.loyalty_points} points to redeem")
    now = clock.now()
    with writing(customer_id):
        return Interaction.create(
            customer=customer_id, kind="note", at=now, points=-points,
            text=f"Redeemed {points} points" + (f": {text.strip()}" if text.strip() else ""),
            created_at=now, updated_at=now,
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
    text, cents = check_entry(kind, text, amount, at, sentiment)
    points = points_for(cents) if kind == "purchase" else (
        row.points if row.kind != "purchase" else None)
    with writing(row.customer_id):
        Interaction.update(
            kind=kind, text=text, amount_cents=cents, at=at, sentiment=sentiment,
            points=points, updated_at=clock.now(),
        ).where(Interaction.id == interaction_id).execute()


def delete(interaction_id: int) -> Entry:
    """Remove an entry; returns it as it was (undo is the journal's, see `app.core.operations`)."""
    row = _get(interaction_id)
    entry = _entry(row)
    with writing(row.customer_id):
        row.delete_instance()
    return entry


def set_pinned(interaction_id: int, pinned: bool) -> None:
    row = _get(interaction_id)
    with writing(row.customer_id):
        Interaction.update(pinned=pinned).where(Interaction.id == interaction_id).execute()


def entries(customer_id: int, offset: int = 0, limit: int = 50,
            pinned_first: bool = True) -> list[Entry]:
    """One page of the timeline: pinned entries first (unless not wanted), then newest first."""
    order = [Interaction.at.desc(), Interaction.id.desc()]
    if pinned_first:
        order.insert(0, Interaction.pinned.desc())
    query = (
        Interaction.select()
        .where(Interaction.customer == customer_id)
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    rows = list(query)
    loops: dict[int, str] = {}
    for follow_up in FollowUp.select(FollowUp.source, FollowUp.done_at).where(
            FollowUp.source.in_([r.id for r in rows]) & (FollowUp.kind == "task")):
        loops[follow_up.source_id] = "closed" if follow_up.done_at else "open"
    return [_entry(row, loops.get(row.id)) for row in rows]


def count(customer_id: int) -> int:
    return Interaction.select().where(Interaction.customer == customer_id).count()
