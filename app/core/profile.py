"""One customer, everything about them, as plain values for the window and the CLI."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.core.customers import get_customer
from app.core.followups import OpenFollowUp, open_for_many
from app.core.money import to_decimal
from app.store.batches import batches
from app.store.models import ContactPoint, Customer, CustomerTag, ImportantDate, Relative, Tag
from app.store.text import full_name


@dataclass(frozen=True)
class Contact:
    id: int
    kind: str
    label: str
    value: str


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    relation: str
    notes: str


@dataclass(frozen=True)
class Date:
    id: int
    kind: str
    label: str
    month: int
    day: int
    year: int | None
    relative_id: int | None
    relative: str | None


@dataclass(frozen=True)
class Profile:
    id: int
    first_name: str
    last_name: str
    nickname: str
    company: str
    about: str
    preferred_channel: str
    contact_every_days: int | None
    newsletter: bool
    newsletter_since: dt.date | None
    loyalty_points: int
    created_at: dt.datetime
    archived: bool
    last_contact: dt.datetime | None
    last_visit: dt.datetime | None
    total_spent: Decimal
    visit_count: int
    interaction_count: int
    photo: bytes | None
    contacts: tuple[Contact, ...]
    relatives: tuple[Person, ...]
    dates: tuple[Date, ...]
    tags: tuple[str, ...]
    follow_ups: tuple[OpenFollowUp, ...]
    job_title: str = ""
    role: str = ""
    source_uid: str = ""  # the card's id in the address book it came from

    @property
    def name(self) -> str:
        return full_name(self.first_name, self.last_name, self.company)

    def contacts_of(self, kind: str) -> list[Contact]:
        return [c for c in self.contacts if c.kind == kind]


def load(customer_id: int) -> Profile:
    get_customer(customer_id)
    return load_many([customer_id])[0]


def load_many(customer_ids: Sequence[int]) -> list[Profile]:
    """Profiles of these customers in their order, read in batches (exports read thousands)."""
    profiles: dict[int, Profile] = {}
    ids = list(dict.fromkeys(customer_ids))
    for batch in batches(ids):
        profiles.update(_load_batch(list(batch)))
    return [profiles[cid] for cid in ids if cid in profiles]


def _load_batch(ids: list[int]) -> dict[int, Profile]:
    contacts: dict[int, list[Contact]] = defaultdict(list)
    for p in (ContactPoint.select().where(ContactPoint.customer.in_(ids))
              .order_by(ContactPoint.position, ContactPoint.id)):
        contacts[p.customer_id].append(Contact(p.id, p.kind, p.label, p.value))
    relatives: dict[int, list[Person]] = defaultdict(list)
    names: dict[int, str] = {}
    for r in Relative.select().where(Relative.customer.in_(ids)).order_by(Relative.id):
        relatives[r.customer_id].append(Person(r.id, r.name, r.relation, r.notes))
        names[r.id] = r.name
    dates: dict[int, list[Date]] = defaultdict(list)
    for d in (ImportantDate.select().where(ImportantDate.customer.in_(ids))
              .order_by(ImportantDate.month, ImportantDate.day, ImportantDate.id)):
        dates[d.customer_id].append(Date(d.id, d.kind, d.label, d.month, d.day, d.year,
                                         d.relative_id, names.get(d.relative_id)))
    tags: dict[int, list[str]] = defaultdict(list)
    for row in (CustomerTag.select(CustomerTag.customer, Tag.name).join(Tag)
                .where(CustomerTag.customer.in_(ids))
                .order_by(Tag.name.collate("NOCASE")).tuples()):
        tags[row[0]].append(row[1])
    follow_ups: dict[int, list[OpenFollowUp]] = defaultdict(list)
    for f in open_for_many(ids):
        follow_ups[f.customer_id].append(f)
    result = {}
    for c in Customer.select().where(Customer.id.in_(ids)):
        result[c.id] = Profile(
            id=c.id, first_name=c.first_name, last_name=c.last_name, nickname=c.nickname,
            company=c.company, about=c.about, preferred_channel=c.preferred_channel,
            contact_every_days=c.contact_every_days, newsletter=bool(c.newsletter),
            newsletter_since=c.newsletter_since, loyalty_points=c.loyalty_points,
            created_at=c.created_at, archived=c.archived_at is not None,
            last_contact=c.last_contact, last_visit=c.last_visit,
            total_spent=to_decimal(c.total_spent_cents) or Decimal("0.00"),
            visit_count=c.visit_count, interaction_count=c.interaction_count,
            photo=bytes(c.photo) if c.photo else None, contacts=tuple(contacts[c.id]),
            relatives=tuple(relatives[c.id]), dates=tuple(dates[c.id]), tags=tuple(tags[c.id]),
            follow_ups=tuple(follow_ups[c.id]), job_title=c.job_title, role=c.role,
            source_uid=c.source_uid,
        )
    return result


def _pairs(contacts: list[Contact]) -> list[dict[str, str]]:
    return [{"label": c.label, "value": c.value} for c in contacts]


def to_json(profile: Profile) -> dict[str, Any]:
    """The shape `regulars show --json` promises; scripts depend on these keys."""
    return {
        "id": profile.id,
        "first_name": profile.first_name,
        "last_name": profile.last_name,
        "nickname": profile.nickname,
        "company": profile.company,
        "about": profile.about,
        "phones": _pairs(profile.contacts_of("phone")),
        "emails": _pairs(profile.contacts_of("email")),
        "addresses": _pairs(profile.contacts_of("address")),
        "relatives": [
            {"name": r.name, "relation": r.relation, "notes": r.notes} for r in profile.relatives
        ],
        "dates": [
            {"kind": d.kind, "label": d.label, "month": d.month, "day": d.day, "year": d.year,
             "relative": d.relative}
            for d in profile.dates
        ],
        "tags": list(profile.tags),
        "newsletter": profile.newsletter,
        "contact_every_days": profile.contact_every_days,
        "last_contact": profile.last_contact.date().isoformat() if profile.last_contact else None,
        "total_spent": float(profile.total_spent),
        "interaction_count": profile.interaction_count,
        "has_photo": profile.photo is not None,
        "archived": profile.archived,
        "job_title": profile.job_title,
        "role": profile.role,
        "websites": _pairs(profile.contacts_of("website")),
        "faxes": _pairs(profile.contacts_of("fax")),
    }
