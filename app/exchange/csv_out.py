"""Customers as CSV for Excel and other programs, and the newsletter mailing list.

Customers go out in Google Contacts' layout, one column per value beside its label, so that
Google, Outlook and our own import read every phone, label and date back as it was.

UTF-8 with a BOM so that Excel shows accents right; cells that a spreadsheet
would run as a formula are neutralised the way OWASP advises (a leading
apostrophe), except phone numbers and amounts, which are left as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence

from app.core import consent
from app.core.dates import format_iso_parts
from app.core.profile import Profile

# What a spreadsheet may run as a formula when a cell starts with it (OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MULTI = " ::: "
# A phone number ("+1 555 0100", "+44 (0) 7700-900123", "+1-418-656-9254;ext=102") or a plain
# amount ("-24.50") or a date without its year ("--04-15", as Google writes it), alone or
# several joined by " ::: ": left as they are, since they can run nothing.
_PHONE_OR_NUMBER = re.compile(r"\+?\d[\d\s().\-/]*(?:;ext=\d+)?|-?\d+(?:[.,]\d+)?|--\d\d-\d\d")

# Google Contacts' layout: names and dates first, then numbered groups (see `_groups`).
HEAD = ("First Name", "Middle Name", "Last Name", "Nickname", "Organization Name",
        "Organization Title", "Organization Job Description", "Birthday", "Notes", "Labels")
# Regulars' own columns, after the groups; other programs leave them alone.
OWN = ("Newsletter", "Newsletter Since", "Preferred Channel", "Stay In Touch Days",
       "Last Contact", "Total Spent", "Visits", "Customer Since", "Regulars ID")
# A group's header word and its columns' last words, as Google names them. A relative's notes
# ride in a column of their own beside the relation, which other programs ignore.
GROUPS = (("E-mail", ("Label", "Value")), ("Phone", ("Label", "Value")),
          ("Address", ("Label", "Formatted")), ("Relation", ("Label", "Value", "Notes")),
          ("Event", ("Label", "Value")), ("Website", ("Label", "Value")),
          ("IM", ("Service", "Value")))
# Labels as Google writes them; a label of the owner's own is written as it is.
GOOGLE_LABELS = {"mobile": "Mobile", "home": "Home", "work": "Work", "other": "Other",
                 "main": "Main"}
FAX = "Fax"  # a fax is a phone whose label ends with this word: "Work Fax", "Fax"

def safe_cell(value: object) -> str:
    """The text of a cell, with formula triggers made inert; phone numbers kept intact."""
    text = "" if value is None else str(value)
    harmless = all(_PHONE_OR_NUMBER.fullmatch(part.strip()) for part in text.split(MULTI))
    if text.startswith(("\t", "\r")) or (text.startswith(FORMULA_START) and not harmless):
        return "'" + text
    return text


def to_csv_bytes(header: Sequence[str], rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def _label(label: str) -> str:
    return GOOGLE_LABELS.get(label.casefold(), label)


def _events(p: Profile) -> list[tuple[str, str]]:
    """Every date but the first own birthday, labelled the way the CSV reader reads them back:
    "Anniversary (shop opening)", "Mia's birthday", an other date's label or "Other"."""
    events = []
    own_birthdays = 0
    for d in p.dates:
        if d.relative is not None:
            label = f"{d.relative}'s birthday" if d.kind == "birthday" else d.label or "Other"
        elif d.kind == "birthday":
            own_birthdays += 1
            if own_birthdays == 1:
                continue
            label = "Birthday"
        elif d.kind == "anniversary":
            label = f"Anniversary ({d.label})" if d.label else "Anniversary"
        else:
            label = d.label or "Other"
        events.append((label, format_iso_parts(d.month, d.day, d.year)))
    return events


def _groups(p: Profile) -> dict[str, list[tuple[str, ...]]]:
    """Each group's values of one customer, one tuple of cells per value."""
    phones = [(_label(c.label), c.value) for c in p.contacts_of("phone")]
    phones += [(f"{_label(c.label)} {FAX}" if c.label else FAX, c.value)
               for c in p.contacts_of("fax")]
    return {
        "E-mail": [(_label(c.label), c.value) for c in p.contacts_of("email")],
        "Phone": phones,
        "Address": [(_label(c.label), c.value) for c in p.contacts_of("address")],
        "Relation": [(r.relation, r.name, r.notes) for r in p.relatives],
        "Event": _events(p),
        "Website": [(_label(c.label), c.value) for c in p.contacts_of("website")],
        "IM": [(c.label, c.value) for c in p.contacts_of("handle")],
    }


def customers_csv(profiles: list[Profile]) -> bytes:
    """All customers in Google Contacts' layout, which Google, Outlook and our own import read:
    one column per value and its label, as many numbered groups as the widest customer needs."""
    groups = [_groups(p) for p in profiles]
    widths = {name: max((len(g[name]) for g in groups), default=0) for name, _ in GROUPS}
    header = list(HEAD)
    for name, parts in GROUPS:
        header += [f"{name} {n} - {part}" for n in range(1, widths[name] + 1) for part in parts]
    header += OWN
    rows: list[list[object]] = []
    for p, values in zip(profiles, groups, strict=True):
        birthday = next((d for d in p.dates if d.kind == "birthday" and d.relative is None), None)
        row: list[object] = [
            p.first_name, "", p.last_name, p.nickname, p.company, p.job_title, p.role,
            format_iso_parts(birthday.month, birthday.day, birthday.year) if birthday else "",
            p.about, MULTI.join(p.tags),
        ]
        for name, parts in GROUPS:
            empty = ("",) * len(parts)
            for n in range(widths[name]):
                row += values[name][n] if n < len(values[name]) else empty
        row += [
            "yes" if p.newsletter else "no",
            p.newsletter_since.isoformat() if p.newsletter_since else "",
            p.preferred_channel, p.contact_every_days or "",
            p.last_contact.date().isoformat() if p.last_contact else "",
            f"{p.total_spent:.2f}", p.visit_count, p.created_at.date().isoformat(), p.id,
        ]
        rows.append(row)
    return to_csv_bytes(header, rows)


def mailing_list_csv(profiles: list[Profile], latest: Mapping[int, consent.Record],
                     with_consent_date: bool = False) -> tuple[bytes, int, int]:
    """(file, addresses written, consenting customers without an email): the customers whose
    latest consent record (`latest`, by customer) is a consent given, and not archived.
    `with_consent_date` adds the moment that record was given (to the minute) and how, which
    the shop may be asked to show."""
    rows: list[list[object]] = []
    without_email = 0
    for p in profiles:
        record = latest.get(p.id)
        if record is None or not record.given or p.archived:
            continue
        emails = p.contacts_of("email")
        if not emails:
            without_email += 1
            continue
        since = p.newsletter_since.isoformat() if p.newsletter_since else ""
        row: list[object] = [emails[0].value, p.first_name, p.last_name, since]
        if with_consent_date:
            row += [record.at.isoformat(timespec="minutes"), record.how_said]
        rows.append(row)
    header = ("Email Address", "First Name", "Last Name", "Consent Date",
              *(("Consent Given At", "How Consent Was Given") if with_consent_date else ()))
    return to_csv_bytes(header, rows), len(rows), without_email
