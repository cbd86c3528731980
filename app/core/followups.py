"""Follow-ups: promises made, tasks, and things to ask next time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core import clock, counter
from app.core.customers import get_customer, get_row
from app.core.dates import check_day
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.core.said import from_said
from app.store.database import writing
from app.store.models import Customer, FollowUp
from app.store.text import full_name

KINDS = FollowUp.KINDS
# What each kind is called where people read it (the window's lists, the data handed to a
# customer); the data keeps the English key.
KIND_NAMES = {"promise": N_("Promised"), "task": N_("To do"), "ask": N_("Ask")}
# What Done on a follow-up logs (see app.core.said): the follow-up's own words, as they were.
DONE = N_("Done: {text}")
_TEXT_LIMIT = 2_000


@dataclass(frozen=True)
class OpenFollowUp:
    id: int
    customer_id: int
    kind: str
    text: str
    due: dt.date | None


def add(customer_id: int, text: str, due: dt.date | None = None, kind: str = "task") -> int:
    get_customer(customer_id)
    if kind not in KINDS:
        raise ValidationError(Phrase(N_("follow-up kind must be one of: {kinds}"),
                                     kinds=", ".join(KINDS)))
    text = (text or "").strip()
    if not text:
        raise ValidationError(Phrase(N_("a follow-up needs some text")))
    if "\x00" in text or len(text) > _TEXT_LIMIT:
        raise ValidationError(Phrase(N_("a follow-up is plain text of at most {limit} "
                                        "characters"), limit=_TEXT_LIMIT))
    if due is not None:
        check_day(due, Phrase(N_("the due date")))
    with writing(customer_id):
        return FollowUp.create(
            customer=customer_id, kind=kind, text=text, due=due, created_at=clock.now(),
            counter=counter.name(),
        ).id


def set_done(follow_up_id: int, done: bool = True) -> None:
    row = get_row(FollowUp, follow_up_id, "follow-up")
    with writing(row.customer_id):
        FollowUp.update(done_at=clock.now() if done else None).where(
            FollowUp.id == follow_up_id
        ).execute()


def complete(follow_up_id: int) -> tuple[str, str] | None:
    """Done with one click: closed, and logged on the timeline (which counts as contact).

    Returns the (kind, text) it logged, for the window to tell the owner; None when the
    follow-up was already closed and nothing was written.
    """
    from app.core import timeline  # the timeline creates follow-ups; this closes them

    row = get_row(FollowUp, follow_up_id, "follow-up")
    if row.done_at is not None:
        return None
    logged = ("note", Phrase(DONE, text=from_said(row.text, row.said)))
    with writing(row.customer_id):
        set_done(follow_up_id)
        timeline.log(row.customer_id, *logged)
    return logged


def all_open() -> list[tuple[OpenFollowUp, str]]:
    """Every open follow-up of an active customer with their name: overdue first, then by due."""
    # Customer.id too: without it the joined customer has no id, and neither has the row's.
    query = (FollowUp.select(FollowUp, Customer.id, Customer.first_name, Customer.last_name,
                             Customer.company, Customer.nickname)
             .join(Customer)
             .where(FollowUp.done_at.is_null() & Customer.archived_at.is_null())
             .order_by(FollowUp.due.is_null(), FollowUp.due, FollowUp.id))
    return [(OpenFollowUp(r.id, r.customer_id, r.kind, from_said(r.text, r.said), r.due),
             r.customer.nickname or full_name(r.customer.first_name, r.customer.last_name,
                                              r.customer.company)) for r in query]


def open_for(customer_id: int) -> list[OpenFollowUp]:
    """Open follow-ups of one customer: dated ones first, soonest first."""
    return open_for_many([customer_id])


def open_for_many(customer_ids: list[int]) -> list[OpenFollowUp]:
    query = (
        FollowUp.select()
        .where(FollowUp.customer.in_(customer_ids) & FollowUp.done_at.is_null())
        .order_by(FollowUp.due.is_null(), FollowUp.due, FollowUp.id)
    )
    return [OpenFollowUp(r.id, r.customer_id, r.kind, from_said(r.text, r.said), r.due)
            for r in query]
