"""Customers and what belongs to them: contact points, family and pets, dates, tags.

Every function here is one write: it checks its input first, so that a
refused change writes nothing, then saves through `writing`, which keeps the
derived fields and the search index in the same transaction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from peewee import fn

from app.core import clock, settings
from app.core.dates import check_parts
from app.core.errors import ConflictError, NotFoundError, ValidationError
from app.core.phones import normalized as phone_normalized
from app.core.phrases import N_, Phrase
from app.core.relations import read_relation
from app.store.database import writing
from app.store.models import (
    BaseModel,
    ContactPoint,
    Customer,
    CustomerTag,
    Erasure,
    ImportantDate,
    Relative,
    Tag,
)
from app.store.text import digits, full_name

M = TypeVar("M", bound=BaseModel)

CHANNELS = ("", "in person", "phone", "email", "message")
# What the codes are called where people read them (the window's forms, the data handed to a
# customer), as the translations name them; the data keeps the English key.
CHANNEL_NAMES = {"in person": N_("In person"), "phone": N_("Phone"), "email": N_("Email"),
                 "message": N_("Message")}
CONTACT_NAMES = {"phone": N_("Phone"), "email": N_("Email"), "address": N_("Address"),
                 "handle": N_("Handle"), "fax": N_("Fax"), "website": N_("Web address")}
DATE_NAMES = {"birthday": N_("Birthday"), "anniversary": N_("Anniversary"),
              "other": N_("Other")}
_TEXT_FIELDS = ("first_name", "last_name", "nickname", "company", "job_title", "role", "about")
EDITABLE = (*_TEXT_FIELDS, "preferred_channel", "contact_every_days")
_NAME_LIMIT = 200
ABOUT_LIMIT = 20_000  # characters of a customer's note
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")
# A web address as address books write it: "https://shop.example", "www.example.org/x", or a
# bare host name with a dot; no spaces.
_WEBSITE = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?[^\s/@]+\.[^\s]+", re.IGNORECASE)
_PHONES = ("phone", "fax")  # numbers: checked and normalised alike
PHOTO_LIMIT = 512 * 1024
PHOTO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG
_TAG_LIMIT = 40
# What the owner is told, whole sentences rather than a word put into one: each language puts
# its own article and case on the thing that was not found or is empty.
_NOT_FOUND = {"customer": N_("no customer with id {id}"),
              "contact point": N_("no contact point with id {id}"),
              "family member or pet": N_("no family member or pet with id {id}"),
              "date": N_("no date with id {id}"),
              "timeline entry": N_("no timeline entry with id {id}"),
              "follow-up": N_("no follow-up with id {id}")}
_EMPTY = {"phone": N_("the phone is empty"), "email": N_("the email is empty"),
          "address": N_("the address is empty"), "handle": N_("the handle is empty"),
          "fax": N_("the fax is empty"), "website": N_("the website is empty")}
_LOOKS_WRONG = {"phone": N_("{value} does not look like a phone number"),
                "fax": N_("{value} does not look like a fax number")}
# The fields as a sentence about them names them (the English is the field's own name).
_FIELD_NAMES = {"first_name": N_("first name"), "last_name": N_("last name"),
                "nickname": N_("nickname"), "company": N_("company"),
                "job_title": N_("job title"), "role": N_("role"), "about": N_("about"),
                "value": N_("value"), "label": N_("label"), "name": N_("name"),
                "phone": N_("phone"), "email": N_("email"), "address": N_("address"),
                "fax": N_("fax"), "website": N_("website"), "handle": N_("handle")}


def get_row(model: type[M], row_id: int, what: str) -> M:
    """The row with this id, or a NotFoundError that names what was looked for."""
    row = model.get_or_none(model._meta.primary_key == row_id)
    if row is None:
        # The id as text: a number to look up, never written with a thousands separator.
        raise NotFoundError(Phrase(_NOT_FOUND[what], id=str(row_id)) if what in _NOT_FOUND
                            else f"no {what} with id {row_id}")
    return row


def get_customer(customer_id: int) -> Customer:
    """The customer, or a NotFoundError: one that was erased is said to be (their id is never
    given again, so it can only mean them)."""
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        erased = Erasure.get_or_none(Erasure.customer_id == customer_id)
        if erased is not None:
            raise NotFoundError(Phrase(N_("customer {id} was erased on {day}"),
                                       id=str(customer_id), day=erased.erased_at.date()))
    return row or get_row(Customer, customer_id, "customer")


def _change(row: BaseModel, field: object, shown: Mapping[str, Any] | None = None,
            **values: Any) -> None:
    """Update one row belonging to a customer, in a write that refreshes that customer. With
    `shown` (its values as the form showed them), only while it still holds them: another
    counter's save since is raised as `ConflictError` naming `field`, with both values, as
    `update_customer` does for a customer's own fields."""
    model = type(row)
    key = model._meta.primary_key == row.get_id()
    condition = key
    for name, value in (shown or {}).items():
        column = getattr(model, name)
        condition &= column.is_null() if value is None else column == value
    with writing(row.customer_id):
        if model.update(**values).where(condition).execute() or not shown:
            return
        now = model.get_or_none(key)
    if now is None:  # removed at the other counter meanwhile
        raise NotFoundError(Phrase(N_("{field} was removed at another counter"), field=field))
    held = now.__data__  # as stored: a link is its row's id
    if all(held.get(name) == value for name, value in values.items()):
        return  # the other counter saved what this one typed: nothing to choose
    changed = next((name for name in shown if held.get(name) != shown[name]), next(iter(shown)))
    customer = get_customer(row.customer_id)
    raise ConflictError(Phrase(N_("{name}'s {field} was changed at another counter while you "
                                  "were editing it"),
                               name=full_name(customer.first_name, customer.last_name,
                                              customer.company), field=field),
                        row.customer_id, changed, _as_shown(changed, held.get(changed)),
                        _as_shown(changed, values.get(changed)))


def _as_shown(name: str, value: Any) -> Any:
    """A stored value as the form shows it: a date's family member or pet by their name."""
    if name == "relative" and value is not None:
        relative = Relative.get_or_none(Relative.id == value)
        return value if relative is None else relative.name
    return value


def _remove(model: type[BaseModel], row_id: int, what: str) -> None:
    row = get_row(model, row_id, what)
    with writing(row.customer_id):
        row.delete_instance()


def normalize_newlines(text: str) -> str:
    """One kind of line break in stored text, whatever the keyboard or file used."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _field_name(field: str) -> str:
    """"first name" for first_name: a `Phrase` for the window, where it is a field of the form."""
    return Phrase(_FIELD_NAMES[field]) if field in _FIELD_NAMES else field.replace("_", " ")


def _clean_text(field: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(Phrase(N_("{field} must be text"), field=_field_name(field)))
    if "\x00" in value:
        raise ValidationError(Phrase(N_("{field} contains a NUL character"),
                                     field=_field_name(field)))
    value = value.strip()
    if field == "about":
        value = normalize_newlines(value)
    elif any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ValidationError(Phrase(N_("{field} contains a line break or another control "
                                        "character"), field=_field_name(field)))
    limit = ABOUT_LIMIT if field == "about" else _NAME_LIMIT
    if len(value) > limit:
        raise ValidationError(Phrase(N_("{field} is longer than {limit} characters"),
                                     field=_field_name(field), limit=limit))
    return value


def clean_fields(changes: dict[str, Any]) -> dict[str, Any]:
    """Validated column values for the editable fields in `changes`."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(Phrase(N_("unknown customer field(s): {fields}"),
                                     fields=", ".join(sorted(unknown))))
    clean: dict[str, Any] = {}
    for field, value in changes.items():
        if field in _TEXT_FIELDS:
            clean[field] = _clean_text(field, value)
        elif field == "preferred_channel":
            value = (value or "").strip().lower()
            if value not in CHANNELS:
                # The channels as they are typed (the command line's words), in any language.
                raise ValidationError(Phrase(N_("preferred channel must be one of: {channels}"),
                                             channels=", ".join(c for c in CHANNELS if c)))
            clean[field] = value
        elif field == "contact_every_days":
            if value in (None, "", 0):
                clean[field] = None
            elif isinstance(value, int) and 1 <= value <= 3650:
                clean[field] = value
            else:
                raise ValidationError(Phrase(N_("stay in touch must be a number of days from 1 "
                                                "to 3650")))
    return clean


def check_named(first: str, last: str, company: str) -> None:
    """Refuse a customer with nothing to call them by (the window checks this before saving)."""
    if not (first.strip() or last.strip() or company.strip()):
        raise ValidationError(Phrase(N_("a customer needs a first name, a last name or a "
                                        "company")))


def create_customer(
    contacts: Iterable[tuple[str, str, str]] = (),
    relatives: Iterable[tuple[str, str, str]] = (),
    birthday: tuple[int, int, int | None] | None = None,
    **fields: Any,
) -> int:
    """Add a customer with (kind, value, label) contact points, (name, relation, notes) family
    and pets and a (month, day, year or None) birthday; returns the new id.

    Everything is checked before anything is written, so a bad email does not leave a
    customer without it behind, and everything told at the counter is one change to undo.
    """
    clean = clean_fields(fields)
    check_named(clean.get("first_name", ""), clean.get("last_name", ""), clean.get("company", ""))
    points = [(*clean_contact(kind, value, label), kind) for kind, value, label in contacts]
    family = [clean_relative(name, relation, notes) for name, relation, notes in relatives]
    if birthday is not None:
        check_parts(*birthday, clock.today())
    if "contact_every_days" not in clean:
        clean["contact_every_days"] = settings.get("default_cadence_days")
    now = clock.now()
    with writing() as write:
        customer = Customer.create(created_at=now, updated_at=now, **clean)
        write.touch(customer.id)
        for position, (value, label, norm, kind) in enumerate(points):
            ContactPoint.create(customer=customer.id, kind=kind, value=value, label=label,
                                normalized=norm, position=position)
        for name, relation, notes in family:
            Relative.create(customer=customer.id, name=name, relation=relation, notes=notes)
        if birthday is not None:
            month, day, year = birthday
            ImportantDate.create(customer=customer.id, kind="birthday", month=month, day=day,
                                 year=year, label="")
    return customer.id


def update_customer(customer_id: int, expected: Mapping[str, Any] | None = None,
                    **changes: Any) -> None:
    """Save `changes`; with `expected`, only where each of those fields still holds what the
    form showed when the owner began: another counter's save since is not overwritten, but
    raised (`ConflictError`) with both values. The check and the write are one statement, so
    that no save slips between them on either engine."""
    customer = get_customer(customer_id)
    clean = clean_fields(changes)
    merged = {f: clean.get(f, getattr(customer, f)) for f in ("first_name", "last_name", "company")}
    check_named(merged["first_name"], merged["last_name"], merged["company"])
    if not clean:
        return
    shown = clean_fields(dict(expected or {}))
    with writing(customer_id):
        condition = Customer.id == customer_id
        for field, value in shown.items():
            column = getattr(Customer, field)
            condition &= column.is_null() if value is None else column == value
        if Customer.update(updated_at=clock.now(), **clean).where(condition).execute():
            return
        now = get_customer(customer_id)
    field = next((f for f, value in shown.items() if getattr(now, f) != value), next(iter(shown)))
    raise ConflictError(Phrase(N_("{name}'s {field} was changed at another counter while you "
                                  "were editing it"),
                               name=full_name(now.first_name, now.last_name, now.company),
                               field=_field_name(field)),
                        customer_id, field, getattr(now, field), clean.get(field))


def set_archived(customer_ids: Iterable[int], archived: bool) -> list[int]:
    """Archive (the app's delete) or bring back; returns the ids that changed."""
    ids = list(dict.fromkeys(customer_ids))
    for cid in ids:
        get_customer(cid)
    stamp = clock.now() if archived else None
    condition = Customer.archived_at.is_null() if archived else Customer.archived_at.is_null(False)
    with writing(*ids):
        changed = [
            c.id
            for c in Customer.select(Customer.id).where(Customer.id.in_(ids) & condition)
        ]
        # A merged record brought back is a customer of their own again: erasing the one it
        # was merged into no longer takes it along.
        unlinked = {} if archived else {"merged_into": None}
        Customer.update(archived_at=stamp, updated_at=clock.now(), **unlinked).where(
            Customer.id.in_(changed)
        ).execute()
    return changed


def merged_into(customer_ids: Iterable[int]) -> tuple[int, ...]:
    """The customers these records were merged into (`app.core.duplicates.merge`), if any."""
    ids = list(customer_ids)
    return tuple(sorted({c.merged_into_id for c in Customer.select(Customer.merged_into).where(
        Customer.id.in_(ids) & Customer.merged_into.is_null(False))}))


def storable_photo(image: bytes | None) -> bool:
    """A thumbnail Regulars keeps as it is: a PNG or JPEG under the size limit."""
    return bool(image) and image.startswith(PHOTO_MAGIC) and len(image) <= PHOTO_LIMIT


def set_photo(customer_id: int, image: bytes | None) -> None:
    """A small thumbnail (PNG or JPEG), or None to remove it."""
    get_customer(customer_id)
    if image is not None:
        if len(image) > PHOTO_LIMIT:
            raise ValidationError(Phrase(N_("the photo is too large; use a thumbnail under "
                                            "512 KB")))
        if not image.startswith(PHOTO_MAGIC):
            raise ValidationError(Phrase(N_("the photo must be a PNG or JPEG image")))
    with writing(customer_id):
        Customer.update(photo=image, updated_at=clock.now()).where(
            Customer.id == customer_id
        ).execute()


# Tags ------------------------------------------------------------------------------------------


def clean_tags(names: Iterable[str]) -> list[str]:
    """Trimmed, distinct (ignoring case) tag names, in the order given."""
    seen: dict[str, str] = {}
    for name in names:
        name = (name or "").strip()
        if not name:
            continue
        if len(name) > _TAG_LIMIT:
            raise ValidationError(Phrase(N_("tag {tag}… is longer than {limit} characters"),
                                         tag=repr(name[:20]), limit=_TAG_LIMIT))
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def split_tags(text: str) -> list[str]:
    return clean_tags(text.split(","))


def _tag_ids(names: list[str]) -> list[int]:
    ids = []
    for name in names:
        tag = Tag.get_or_none(Tag.name == name)
        ids.append(tag.id if tag else Tag.create(name=name).id)
    return ids


def set_tags(customer_id: int, names: Iterable[str]) -> None:
    get_customer(customer_id)
    wanted = clean_tags(names)
    with writing(customer_id):
        CustomerTag.delete().where(CustomerTag.customer == customer_id).execute()
        for tag_id in _tag_ids(wanted):
            CustomerTag.insert(customer=customer_id, tag=tag_id).execute()


def add_tags(customer_ids: Iterable[int], names: Iterable[str]) -> None:
    ids = list(dict.fromkeys(customer_ids))
    wanted = clean_tags(names)
    with writing(*ids):
        tag_ids = _tag_ids(wanted)
        rows = [{"customer": c, "tag": t} for c in ids for t in tag_ids]
        if rows:
            CustomerTag.insert_many(rows).on_conflict_ignore().execute()


def remove_tags(customer_ids: Iterable[int], names: Iterable[str]) -> None:
    ids = list(dict.fromkeys(customer_ids))
    folded = [n.casefold() for n in clean_tags(names)]
    with writing(*ids):
        tag_ids = [t.id for t in Tag.select() if t.name.casefold() in folded]
        CustomerTag.delete().where(
            CustomerTag.customer.in_(ids) & CustomerTag.tag.in_(tag_ids)
        ).execute()


def all_tags() -> list[str]:
    return [t.name for t in Tag.select().order_by(fn.lower(Tag.name), Tag.name)]


# Contact points --------------------------------------------------------------------------------


def clean_contact(
    kind: str, value: str, label: str, region: str | None = None
) -> tuple[str, str, str]:
    """(value, label, normalized) of a checked contact point; phones in `region`'s plan."""
    if kind not in ContactPoint.KINDS:
        raise ValidationError(Phrase(N_("contact kind must be one of: {kinds}"),
                                     kinds=", ".join(ContactPoint.KINDS)))
    value = _clean_text("value", value)
    label = _clean_text("label", label)
    if not value:
        raise ValidationError(Phrase(_EMPTY[kind]))
    if kind == "email":
        if not _EMAIL.fullmatch(value):
            raise ValidationError(Phrase(N_("{value} does not look like an email address"),
                                         value=repr(value)))
        return value, label, value.casefold()
    if kind in _PHONES:
        if len(digits(value)) < 3:
            raise ValidationError(Phrase(_LOOKS_WRONG[kind], value=repr(value)))
        return value, label, phone_normalized(value, region or settings.get("phone_region"))
    if kind == "website" and not _WEBSITE.fullmatch(value):
        raise ValidationError(Phrase(N_("{value} does not look like a web address"),
                                     value=repr(value)))
    return value, label, ""


def contact_identity(value: str, normalized: str) -> str:
    """What makes two contact points the same: the international phone form, the email."""
    return (normalized.split() or [value.casefold()])[0]


def add_contact(customer_id: int, kind: str, value: str, label: str = "") -> int:
    get_customer(customer_id)
    value, label, norm = clean_contact(kind, value, label)
    with writing(customer_id):
        position = ContactPoint.select().where(ContactPoint.customer == customer_id).count()
        point = ContactPoint.create(
            customer=customer_id, kind=kind, value=value, label=label, normalized=norm,
            position=position,
        )
    return point.id


def update_contact(contact_id: int, value: str, label: str = "",
                   shown: Mapping[str, Any] | None = None) -> None:
    """With `shown` ({"value": …, "label": …} as the form showed them), see `_change`."""
    point = get_row(ContactPoint, contact_id, "contact point")
    value, label, norm = clean_contact(point.kind, value, label)
    _change(point, _field_name(point.kind), shown, value=value, label=label, normalized=norm)


def remove_contact(contact_id: int) -> None:
    _remove(ContactPoint, contact_id, "contact point")


# Family and pets -------------------------------------------------------------------------------


def clean_relative(name: str, relation: str, notes: str) -> tuple[str, str, str]:
    """The relation read from the owner's word ("wife", "dog"); an animal named as the
    relation is a pet that keeps its kind as its notes unless the notes say more."""
    name = _clean_text("name", name)
    if not name:
        raise ValidationError(Phrase(N_("a family member or pet needs a name")))
    found = read_relation(relation or "other")
    if found is None:
        raise ValidationError(Phrase(N_("say who they are: partner, child, grandchild, parent, "
                                        "sibling, friend, or the animal (dog, cat…)")))
    relation, kind = found
    return name, relation, _clean_text("about", notes) or kind


def add_relative(customer_id: int, name: str, relation: str = "other", notes: str = "") -> int:
    get_customer(customer_id)
    name, relation, notes = clean_relative(name, relation, notes)
    with writing(customer_id):
        return Relative.create(customer=customer_id, name=name, relation=relation, notes=notes).id


def update_relative(relative_id: int, name: str, relation: str, notes: str = "",
                    shown: Mapping[str, Any] | None = None) -> None:
    """With `shown` (name, relation and notes as the form showed them), see `_change`."""
    relative = get_row(Relative, relative_id, "family member or pet")
    name, relation, notes = clean_relative(name, relation, notes)
    _change(relative, relative.name, shown, name=name, relation=relation, notes=notes)


def remove_relative(relative_id: int) -> None:
    _remove(Relative, relative_id, "family member or pet")


# Important dates -------------------------------------------------------------------------------


def clean_date(
    customer_id: int, kind: str, month: int, day: int, year: int | None, label: str,
    relative_id: int | None,
) -> dict[str, Any]:
    """The columns of a checked date: it exists, and a relative is this customer's own."""
    if kind not in ImportantDate.KINDS:
        raise ValidationError(Phrase(N_("date kind must be one of: {kinds}"),
                                     kinds=", ".join(ImportantDate.KINDS)))
    check_parts(month, day, year, clock.today())
    if relative_id is not None:
        relative = Relative.get_or_none(Relative.id == relative_id)
        if relative is None or relative.customer_id != customer_id:
            raise ValidationError(Phrase(N_("that family member or pet does not belong to this "
                                            "customer")))
    return {"kind": kind, "month": month, "day": day, "year": year,
            "label": _clean_text("label", label), "relative": relative_id}


def add_date(
    customer_id: int,
    kind: str,
    month: int,
    day: int,
    year: int | None = None,
    label: str = "",
    relative_id: int | None = None,
) -> int:
    get_customer(customer_id)
    values = clean_date(customer_id, kind, month, day, year, label, relative_id)
    with writing(customer_id):
        return ImportantDate.create(customer=customer_id, **values).id


def update_date(
    date_id: int,
    kind: str,
    month: int,
    day: int,
    year: int | None = None,
    label: str = "",
    relative_id: int | None = None,
    shown: Mapping[str, Any] | None = None,
) -> None:
    """With `shown` (the date's fields as the form showed them), see `_change`."""
    row = get_row(ImportantDate, date_id, "date")
    _change(row, Phrase(N_("date")), shown,
            **clean_date(row.customer_id, kind, month, day, year, label, relative_id))


def remove_date(date_id: int) -> None:
    _remove(ImportantDate, date_id, "date")
