"""Customers as CSV for Excel and other programs, and the newsletter mailing list.

UTF-8 with a BOM so that Excel shows accents right; cells that a spreadsheet
would run as a formula are neutralised the way OWASP advises (a leading
apostrophe), except phone numbers and amounts, which are left as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from app.core.dates import format_iso_parts
from app.core.profile import Profile

# What a spreadsheet may run as a formula when a cell starts with it (OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MULTI = " ::: "
# A phone number ("+1 555 0100", "+44 (0) 7700-900123") or a plain amount ("-24.50"),
# alone or several joined by " ::: ": left as they are.
_PHONE_OR_NUMBER = re.compile(r"\+?\d[\d\s().\-/]*|-?\d+(?:[.,]\d+)?")

COLUMNS = ("First Name", "Last Name", "Nickname", "Company", "Email", "Phone", "Address",
           "Birthday", "Anniversary", "Family", "Tags", "Notes", "Newsletter",
           "Newsletter Since", "Preferred Channel", "Stay In Touch Days", "Last Contact",
           "Total Spent", "Visits", "Customer Since", "Regulars ID")


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


def _dates(p: Profile, kind: str) -> str:
    return MULTI.join(format_iso_parts(d.month, d.day, d.year) for d in p.dates
                      if d.kind == kind and d.relative_id is None)


def customers_csv(profiles: list[Profile]) -> bytes:
    rows: list[list[object]] = []
    for p in profiles:
        family = "; ".join(
            f"{r.name} ({r.relation}{', ' + r.notes if r.notes else ''})" for r in p.relatives
        )
        rows.append([
            p.first_name, p.last_name, p.nickname, p.company,
            MULTI.join(c.value for c in p.contacts_of("email")),
            MULTI.join(c.value for c in p.contacts_of("phone")),
            MULTI.join(c.value for c in p.contacts_of("address")),
            _dates(p, "birthday"), _dates(p, "anniversary"), family, ", ".join(p.tags), p.about,
            "yes" if p.newsletter else "no",
            p.newsletter_since.isoformat() if p.newsletter_since else "",
            p.preferred_channel, p.contact_every_days or "",
            p.last_contact.date().isoformat() if p.last_contact else "",
            f"{p.total_spent:.2f}", p.visit_count, p.created_at.date().isoformat(), p.id,
        ])
    return to_csv_bytes(COLUMNS, rows)


def mailing_list_csv(profiles: list[Profile]) -> tuple[bytes, int, int]:
    """(file, addresses written, consenting customers without an email) for consent only."""
    rows: list[list[object]] = []
    without_email = 0
    for p in profiles:
        if not p.newsletter or p.archived:
            continue
        emails = p.contacts_of("email")
        if not emails:
            without_email += 1
            continue
        since = p.newsletter_since.isoformat() if p.newsletter_since else ""
        rows.append([emails[0].value, p.first_name, p.last_name, since])
    header = ("Email Address", "First Name", "Last Name", "Consent Date")
    return to_csv_bytes(header, rows), len(rows), without_email
