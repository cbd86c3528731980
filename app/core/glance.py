"""The glance card: what to know about a customer before saying hello.

The name they go by, family and pets with ages, the top preferences, the
last visit and purchase, what to ask and what was promised, a date coming up,
visits and points, and the last few things that happened: one read, so that
opening a customer at the counter is instant.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.core import clock, reminders, settings
from app.core.dates import age_on
from app.core.followups import OpenFollowUp
from app.core.money import to_decimal
from app.core.profile import Person, Profile, load
from app.core.timeline import Entry, entries
from app.store.models import Interaction

_PREFERENCE_SPLIT = re.compile(r"\s*(?:;|\n)\s*")


@dataclass(frozen=True)
class FamilyLine:
    name: str
    relation: str
    notes: str
    age: int | None


@dataclass(frozen=True)
class Glance:
    profile: Profile
    family: tuple[FamilyLine, ...]
    preferences: tuple[str, ...]
    last_visit: dt.datetime | None
    last_purchase: Entry | None
    to_ask: tuple[OpenFollowUp, ...]
    promises: tuple[OpenFollowUp, ...]
    coming_up: tuple[reminders.Reminder, ...]
    recent: tuple[Entry, ...]


def _family(profile: Profile, today: dt.date) -> tuple[FamilyLine, ...]:
    birthdays = {d.relative_id: d for d in profile.dates
                 if d.kind == "birthday" and d.relative_id is not None}

    def line(person: Person) -> FamilyLine:
        born = birthdays.get(person.id)
        age = age_on(born.year, born.month, born.day, today) if born else None
        return FamilyLine(person.name, person.relation, person.notes, age)

    return tuple(line(p) for p in profile.relatives)


def preferences(about: str, limit: int = 3) -> tuple[str, ...]:
    """The first few things they like, as the owner wrote them."""
    parts = [p.strip(" .") for p in _PREFERENCE_SPLIT.split(about or "") if p.strip(" .")]
    return tuple(parts[:limit])


def load_glance(customer_id: int, profile: Profile | None = None) -> Glance:
    """What to know before saying hello; `profile`, when the caller has just read it."""
    today = clock.today()
    if profile is None or profile.id != customer_id:
        profile = load(customer_id)
    purchase = (Interaction.select().where((Interaction.customer == customer_id)
                                           & (Interaction.kind == "purchase"))
                .order_by(Interaction.at.desc()).first())
    last_purchase = None
    if purchase is not None:
        last_purchase = Entry(purchase.id, customer_id, "purchase", purchase.at, purchase.text,
                              to_decimal(purchase.amount_cents), None, bool(purchase.pinned),
                              purchase.points)
    lead = settings.get("reminder_lead_days")
    coming = tuple(r for r in reminders.due_for(customer_id, today, lead)
                   if r.kind in ("birthday", "anniversary", "date"))
    open_items = profile.follow_ups
    return Glance(
        profile=profile,
        family=_family(profile, today),
        preferences=preferences(profile.about),
        last_visit=profile.last_visit,
        last_purchase=last_purchase,
        to_ask=tuple(f for f in open_items if f.kind == "ask"),
        promises=tuple(f for f in open_items if f.kind != "ask"),
        coming_up=coming,
        recent=tuple(entries(customer_id, 0, 3, pinned_first=False)),
    )
