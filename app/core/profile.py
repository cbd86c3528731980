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
from app.store.batches import batches, marks
from app.store.models import Customer, db
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


# A batch's reads, in SQLite's words: opening a customer reads seven things, and peewee took
# longer to write each query than SQLite took to answer it. Values that are not plain text or
# numbers go through the model's own field (`_values`), so they come out as peewee gives them.
_CONTACTS = ("SELECT customer_id, id, kind, label, value FROM contact_point "
             "WHERE customer_id IN ({ids}) ORDER BY position, id")
_RELATIVES = ("SELECT customer_id, id, name, relation, notes FROM relative "
              "WHERE customer_id IN ({ids}) ORDER BY id")
_DATES = ("SELECT customer_id, id, kind, label, month, day, year, relative_id FROM important_date "
          "WHERE customer_id IN ({ids}) ORDER BY month, day, id")
_TAGS = ("SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
         "WHERE ct.customer_id IN ({ids}) ORDER BY lower(t.name), t.name")
_CUSTOMER_FIELDS = ("id", "first_name", "last_name", "nickname", "company", "about",
                    "preferred_channel", "contact_every_days", "newsletter", "newsletter_since",
                    "loyalty_points", "created_at", "archived_at", "last_contact", "last_visit",
                    "total_spent_cents", "visit_count", "interaction_count", "photo",
                    "job_title", "role", "source_uid")
_CUSTOMERS = f"SELECT {', '.join(_CUSTOMER_FIELDS)} FROM customer WHERE id IN ({{ids}})"


def _values(row: Sequence[Any]) -> dict[str, Any]:
    """A customer row as the model's fields read it (dates, times, flags, the photo)."""
    fields = Customer._meta.fields
    return {name: None if value is None else fields[name].python_value(value)
            for name, value in zip(_CUSTOMER_FIELDS, row, strict=True)}


def _load_batch(ids: list[int]) -> dict[int, Profile]:
    def read(sql: str) -> Any:
        return db.execute_sql(sql.format(ids=marks(ids)), ids)

    contacts: dict[int, list[Contact]] = defaultdict(list)
    for cid, *contact in read(_CONTACTS):
        contacts[cid].append(Contact(*contact))
    relatives: dict[int, list[Person]] = defaultdict(list)
    names: dict[int, str] = {}
    for cid, rid, name, relation, notes in read(_RELATIVES):
        relatives[cid].append(Person(rid, name, relation, notes))
        names[rid] = name
    dates: dict[int, list[Date]] = defaultdict(list)
    for cid, did, kind, label, month, day, year, relative_id in read(_DATES):
        dates[cid].append(Date(did, kind, label, month, day, year, relative_id,
                               names.get(relative_id)))
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, name in read(_TAGS):
        tags[cid].append(name)
    follow_ups: dict[int, list[OpenFollowUp]] = defaultdict(list)
    for f in open_for_many(ids):
        follow_ups[f.customer_id].append(f)
    result = {}
    for row in read(_CUSTOMERS):
        c = _values(row)
        cid = c["id"]
        result[cid] = Profile(
            id=cid, first_name=c["first_name"], last_name=c["last_name"],
            nickname=c["nickname"], company=c["company"], about=c["about"],
            preferred_channel=c["preferred_channel"],
            contact_every_days=c["contact_every_days"], newsletter=bool(c["newsletter"]),
            newsletter_since=c["newsletter_since"], loyalty_points=c["loyalty_points"],
            created_at=c["created_at"], archived=c["archived_at"] is not None,
            last_contact=c["last_contact"], last_visit=c["last_visit"],
            total_spent=to_decimal(c["total_spent_cents"]) or Decimal("0.00"),
            visit_count=c["visit_count"], interaction_count=c["interaction_count"],
            photo=bytes(c["photo"]) if c["photo"] else None, contacts=tuple(contacts[cid]),
            relatives=tuple(relatives[cid]), dates=tuple(dates[cid]), tags=tuple(tags[cid]),
            follow_ups=tuple(follow_ups[cid]), job_title=c["job_title"], role=c["role"],
            source_uid=c["source_uid"],
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
