"""Customers as vCard 3.0: what phones import, plus what our own import needs to lose nothing.

vCard 3.0 is the version both iOS and Android read. A birthday without a
year is written `--MM-DD`, as Google does; anniversaries, family and other
dates use Apple's item-grouped X-ABDATE and X-ABRELATEDNAMES with labels,
which iOS, macOS and Google Contacts show. Details no standard property
carries (a relative's notes, newsletter consent, the stay-in-touch cadence)
go in X-REGULARS- properties, which other programs ignore.
"""

from __future__ import annotations

import itertools

import vobject
from vobject.vcard import Address, Name

from app.core.dates import format_iso_parts
from app.core.profile import Profile

_LABELS = {"partner": "_$!<Spouse>!$_", "child": "_$!<Child>!$_", "parent": "_$!<Parent>!$_",
           "sibling": "_$!<Sibling>!$_", "friend": "_$!<Friend>!$_"}
_PHONE_TYPES = {"mobile": "CELL", "home": "HOME", "work": "WORK", "main": "MAIN",
                "iphone": "IPHONE"}


def _grouped(card: vobject.base.Component, groups: itertools.count, name: str, value: str,
             label: str) -> str:
    """Apple's way to label a property: `itemN.NAME` beside `itemN.X-ABLabel` (none for no
    label, which Apple shows as "other" and our import reads as no label)."""
    group = f"item{next(groups)}"
    line = card.add(name)
    line.value = value
    line.group = group
    if not label:
        return group
    label_line = card.add("x-ablabel")
    label_line.value = label
    label_line.group = group
    return group


def profile_vcard(p: Profile) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = "3.0"
    card.add("n").value = Name(family=p.last_name, given=p.first_name)
    card.add("fn").value = p.name
    if p.nickname:
        card.add("nickname").value = p.nickname
    if p.company:
        card.add("org").value = [p.company]
    if p.job_title:
        card.add("title").value = p.job_title
    if p.role:
        card.add("role").value = p.role
    # Address books know a card again by its UID: the one it came with, else one of ours.
    card.add("uid").value = p.source_uid or f"regulars-{p.id}"
    for contact in p.contacts:
        if contact.kind in ("phone", "fax"):
            line = card.add("tel")
            line.value = contact.value
            kind = _PHONE_TYPES.get(contact.label.casefold())
            if contact.kind == "fax":
                line.params["TYPE"] = [kind, "FAX"] if kind else ["FAX"]
            else:
                line.type_param = kind or "VOICE"
        elif contact.kind == "website":
            line = card.add("url")
            line.value = contact.value
        elif contact.kind == "email":
            line = card.add("email")
            line.value = contact.value
            line.type_param = "INTERNET"
        elif contact.kind == "address":
            line = card.add("adr")
            line.value = Address(street=contact.value)
        else:
            line = card.add("x-regulars-handle")
            line.value = contact.value
        if contact.label and (contact.kind not in ("phone", "fax")
                              or contact.label.casefold() not in _PHONE_TYPES):
            line.params["X-LABEL"] = [contact.label]
    groups = itertools.count(1)
    for person in p.relatives:
        label = _LABELS.get(person.relation, person.relation)
        group = _grouped(card, groups, "x-abrelatednames", person.name, label)
        if person.notes:
            notes = card.add("x-regulars-notes")
            notes.value = person.notes
            notes.group = group
    for date in p.dates:
        value = format_iso_parts(date.month, date.day, date.year)
        if date.kind == "birthday" and date.relative is None:
            card.add("bday").value = value
            continue
        if date.kind == "anniversary" and date.relative is None:
            label = f"Anniversary ({date.label})" if date.label else "_$!<Anniversary>!$_"
        elif date.kind == "birthday":
            label = f"{date.relative}'s birthday"
        else:
            label = date.label
        line_value = value if date.year else f"1604-{date.month:02d}-{date.day:02d}"
        _grouped(card, groups, "x-abdate", line_value, label)
        if not date.year:
            card.contents["x-abdate"][-1].params["X-APPLE-OMIT-YEAR"] = ["1604"]
    if p.about:
        card.add("note").value = p.about
    if p.tags:
        card.add("categories").value = list(p.tags)
    if p.photo:
        photo = card.add("photo")
        photo.value = p.photo
        photo.encoding_param = "b"
        photo.type_param = "PNG" if p.photo.startswith(b"\x89PNG") else "JPEG"
    if p.newsletter:
        card.add("x-regulars-newsletter").value = (
            p.newsletter_since.isoformat() if p.newsletter_since else "yes")
    if p.preferred_channel:
        card.add("x-regulars-channel").value = p.preferred_channel
    if p.contact_every_days:
        card.add("x-regulars-cadence").value = str(p.contact_every_days)
    return card


def fold(text: str, limit: int = 75) -> str:
    """Fold every line to `limit` octets, as RFC 6350 asks (vobject leaves PHOTO unfolded).

    Splits between characters, never inside a UTF-8 sequence.
    """
    out = []
    for line in text.split("\r\n"):
        chunk, size, first = [], 0, True
        for char in line:
            width = len(char.encode("utf-8"))
            if size + width > (limit if first else limit - 1):
                out.append(("" if first else " ") + "".join(chunk))
                chunk, size, first = [], 0, False
            chunk.append(char)
            size += width
        out.append(("" if first else " ") + "".join(chunk))
    return "\r\n".join(out)


def vcards(profiles: list[Profile]) -> bytes:
    return "".join(fold(profile_vcard(p).serialize()) for p in profiles).encode("utf-8")
