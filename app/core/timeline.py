"""The timeline: what happened with a customer, and what was said.

Logging anything (a visit, a call, a note) counts as contact: last contact
is recomputed from the timeline on every write, so "stay in touch" resets
whatever was logged, and deleting an entry puts it back as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.core import clock, counter, settings
from app.core.customers import get_customer, get_row, normalize_newlines
from app.core.dates import check_day
from app.core.errors import ValidationError
from app.core.money import parse_amount, to_decimal
from app.core.phrases import N_, Phrase, counted
from app.core.said import from_said, to_said
from app.store.database import writing
from app.store.models import FollowUp, Interaction

KINDS = Interaction.KINDS
TEXT_LIMIT = 1_000_000  # characters of an entry: the window's field takes as many
_NEEDS_TEXT = ("note", "feedback")
# The kinds of entry and the moods of feedback as people read them (the window, the data
# handed to a customer); the data keeps the English key.
KIND_NAMES = {"visit": N_("Visit"), "call": N_("Call"), "email": N_("Email"),
              "message": N_("Message"), "purchase": N_("Purchase"),
              "feedback": N_("Feedback"), "note": N_("Note"), "event": N_("Event")}
SENTIMENTS = {-1: N_("negative"), 0: N_("neutral"), 1: N_("positive")}
# What the timeline writes itself (see app.core.said): the follow-up unhappy feedback opens,
# loyalty points redeemed, and the opening balance an upgrade carried over (schema step 4).
MAKE_IT_RIGHT = N_("Make it right: {text}")
REDEEMED = counted("Redeemed %Ln point(s)", "Redeemed {n} point", "Redeemed {n} points")
REDEEMED_FOR = counted("Redeemed %Ln point(s): {note}", "Redeemed {n} point: {note}",
                       "Redeemed {n} points: {note}")
CARRIED_OVER = N_("Loyalty points carried over")
_NEEDS_SOME_TEXT = {"note": N_("a note needs some text"),
                    "feedback": N_("a feedback needs some text")}
# The command line says "points" whatever the number; the window's languages count.
_ONLY_POINTS = counted("only %Ln point(s) to redeem", "only {n} points to redeem",
                       "only {n} points to redeem")


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
    counter: str = ""  # the counter that wrote it (app.core.counter); empty: not known


def _entry(row: Interaction, loop: str | None = None) -> Entry:
    return Entry(
        id=row.id, customer_id=row.customer_id, kind=row.kind, at=row.at,
        text=from_said(row.text, row.said),
        amount=to_decimal(row.amount_cents), sentiment=row.sentiment, pinned=bool(row.pinned),
        points=row.points, loop=loop, counter=row.counter,
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
        raise ValidationError(Phrase(N_("kind must be one of: {kinds}"), kinds=", ".join(KINDS)))
    if not isinstance(text, str) or "\x00" in text:
        raise ValidationError(Phrase(N_("the text contains a NUL character")))
    text = normalize_newlines(text.strip())
    if len(text) > TEXT_LIMIT:
        raise ValidationError(Phrase(N_("the text is longer than a million characters")))
    if kind in _NEEDS_TEXT and not text:
        raise ValidationError(Phrase(_NEEDS_SOME_TEXT[kind]))
    cents = None
    if amount not in (None, ""):
        if kind != "purchase":
            raise ValidationError(Phrase(N_("only a purchase has an amount")))
        cents = parse_amount(amount)
    if sentiment is not None and sentiment not in SENTIMENTS:
        raise ValidationError(Phrase(N_("sentiment must be -1 (negative), 0 (neutral) or 1 "
                                        "(positive)")))
    if sentiment is not None and kind != "feedback":
        raise ValidationError(Phrase(N_("only feedback has a sentiment")))
    check_day(at.date(), Phrase(N_("the day")))
    latest = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time.max)
    if at > latest:
        raise ValidationError(Phrase(N_("{at:%Y-%m-%d %H:%M} is in the future"), at=at))
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
    timeline can show when that loop is closed. A `text` the program says itself (a
    `Phrase`) keeps its code beside its English (app.core.said).
    """
    get_customer(customer_id)
    at = (at or clock.now()).replace(microsecond=0)
    said = to_said(text)
    text, cents = check_entry(kind, text, amount, at, sentiment)
    ask = (ask or "").strip()
    if "\x00" in ask or len(ask) > 2_000:
        raise ValidationError(Phrase(N_("the question to ask is plain text of at most 2000 "
                                        "characters")))
    now = clock.now()
    here = counter.name()
    with writing(customer_id):
        entry = Interaction.create(
            customer=customer_id, kind=kind, at=at, text=text, amount_cents=cents,
            sentiment=sentiment, points=points_for(cents) if kind == "purchase" else None,
            created_at=now, updated_at=now, said=said, counter=here,
        )
        if ask:
            FollowUp.create(customer=customer_id, kind="ask", text=ask, created_at=now,
                            source=entry.id, counter=here)
        if kind == "feedback" and sentiment == -1:
            right = Phrase(MAKE_IT_RIGHT, text=text)
            FollowUp.create(customer=customer_id, kind="task", text=right, said=to_said(right),
                            due=clock.today() + dt.timedelta(days=1), created_at=now,
                            source=entry.id, counter=here)
        return entry.id


def redeem(customer_id: int, points: int, text: str = "") -> int:
    """Spend loyalty points: a timeline entry that takes them off the balance."""
    customer = get_customer(customer_id)
    if not isinstance(points, int) or points <= 0:
        raise ValidationError(Phrase(N_("points to redeem must be a whole number above zero")))
    if points > customer.loyalty_points:
        raise ValidationError(Phrase(_ONLY_POINTS, n=customer.loyalty_points))
    now = clock.now()
    said = (Phrase(REDEEMED_FOR, n=points, note=text.strip()) if text.strip()
            else Phrase(REDEEMED, n=points))
    with writing(customer_id):
        return Interaction.create(
            customer=customer_id, kind="note", at=now, points=-points, text=said,
            said=to_said(said), created_at=now, updated_at=now, counter=counter.name(),
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
    """Change an entry. Words the program wrote keep their code while they stay as they were;
    once the owner rewrites them they are the owner's."""
    row = _get(interaction_id)
    at = (at or row.at).replace(microsecond=0)
    said = to_said(text)
    text, cents = check_entry(kind, text, amount, at, sentiment)
    if text == row.text:
        said = row.said
    points = points_for(cents) if kind == "purchase" else (
        row.points if row.kind != "purchase" else None)
    with writing(row.customer_id):
        Interaction.update(
            kind=kind, text=text, amount_cents=cents, at=at, sentiment=sentiment,
            points=points, updated_at=clock.now(), said=said,
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
