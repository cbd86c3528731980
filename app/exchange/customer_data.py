"""Everything Regulars keeps about one customer, in one file they can read: the right of access.

A customer may ask what the shop keeps about them, and is owed all of it, not a summary: the
profile as `regulars show --json` gives it, and what the window never shows in one place (every
timeline entry with its times, the follow-ups already done, each word on the newsletter, what
the owner did with their reminders, the photo itself). Each table's rows are written with every
column they have, so that a column added later is handed over too without anyone remembering
to list it here; only the codes that repeat what is written beside them in English are left out.

One gathering, three renderings chosen by the file's ending: JSON for a program, a page to read
with the same JSON inside it (so one file serves both), and plain text. The page and the text
are drawn from the JSON alone, so they cannot show something the JSON leaves out.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from app import __version__
from app.core import backups, clock, consent, erasure, profile, reminders, timeline
from app.core.dates import format_parts
from app.core.errors import ValidationError
from app.core.money import to_decimal
from app.core.phrases import N_, Phrase
from app.store.batches import batches
from app.store.files import write_atomically
from app.store.models import Customer, FollowUp, Interaction, ReminderState
from app.store.text import full_name

FORMAT = "regulars-customer-data"
VERSION = 1
KINDS = {".json": "json", ".html": "html", ".htm": "html", ".txt": "text"}
# Columns that only repeat what is beside them: the customer the rows are about, the photo
# (handed over on its own) and the program's code for a text that is kept in English.
_LEFT_OUT = frozenset({"customer", "photo", "said"})
_PHOTO_TYPES = {b"\x89PNG\r\n\x1a\n": ("PNG", "image/png"), b"\xff\xd8\xff": ("JPEG",
                                                                              "image/jpeg")}


@dataclass(frozen=True)
class Written:
    """What went into the file, for the line that says so."""

    path: Path
    timeline_entries: int
    consent_records: int


def kind_of(path: Path) -> str:
    """json, html or text, by the file's ending; any other ending is refused."""
    kind = KINDS.get(Path(path).suffix.lower())
    if kind is None:
        raise ValidationError(Phrase(
            N_("{path}: give a file name ending in .html, .json or .txt"), path=str(path)))
    return kind


def write(path: Path, customer_id: int) -> Written:
    """The customer's data, written whole and owner-only where the owner asked (never over the
    database or a backup); raises before writing anything when it cannot be done."""
    path = Path(path)
    backups.refuse_own_files(path)
    kind = kind_of(path)
    data = gather(customer_id)
    write_atomically(path, render(data, kind))
    return Written(path, sum(len(d["timeline"]) for d in (data, *data["merged_records"])),
                   len(data["consent"]))


def gather(customer_id: int) -> dict[str, Any]:
    """Everything kept about one customer, as plain JSON values (dates ISO, amounts text),
    with the records merged into them (`app.core.duplicates.merge` archives the other record,
    which keeps its own name, note, photo and more): each handed over as they are."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": clock.now().isoformat(),
        "exported_by": f"Regulars {__version__}",
        **_kept_about(customer_id),
    }
    data["merged_records"] = [_kept_about(cid) for cid in erasure.with_merged([customer_id])
                              if cid != customer_id]
    return data


def _kept_about(customer_id: int) -> dict[str, Any]:
    """One customer record's data: its profile, row and every row that is its own."""
    p = profile.load(customer_id)
    return {
        "customer": profile.to_json(p),
        "customer_record": _rows(Customer.select().where(Customer.id == customer_id))[0],
        "contact_points": [asdict(c) for c in p.contacts],
        "family_and_pets": [asdict(r) for r in p.relatives],
        "important_dates": [asdict(d) for d in p.dates],
        "tags": list(p.tags),
        "photo": _photo(p.photo),
        "timeline": _rows(Interaction.select().where(Interaction.customer == customer_id)
                          .order_by(Interaction.at, Interaction.id)),
        "follow_ups": _rows(FollowUp.select().where(FollowUp.customer == customer_id)
                            .order_by(FollowUp.created_at, FollowUp.id),
                            renamed={"source": "from_timeline_entry"}),
        "consent": [{"id": r.id, "given": r.given, "at": r.at.isoformat(), "how": r.how,
                     "source": r.source, "created_at": r.created_at.isoformat(),
                     "said": str(r.said)} for r in consent.history(customer_id)],
        "reminder_states": _reminder_states(customer_id),
    }


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _rows(query: Any, renamed: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Each row of a peewee query with every column it has, as JSON values; an amount kept
    in cents as text."""
    found = []
    for row in query.dicts():
        plain: dict[str, Any] = {}
        for name, value in row.items():
            if name in _LEFT_OUT:
                continue
            if name.endswith("_cents"):
                cents = to_decimal(value)
                plain[name.removesuffix("_cents")] = None if cents is None else str(cents)
            else:
                plain[(renamed or {}).get(name, name)] = _plain(value)
        found.append(plain)
    return found


def _reminder_states(customer_id: int) -> list[dict[str, Any]]:
    keys = reminders.keys_of([customer_id])
    found = []
    for batch in batches(sorted(keys)):
        found += _rows(ReminderState.select().where(ReminderState.key.in_(batch))
                       .order_by(ReminderState.key))
    return found


def _photo(photo: bytes | None) -> dict[str, Any] | None:
    if photo is None:
        return None
    kind, media = next((kind for magic, kind in _PHOTO_TYPES.items() if photo.startswith(magic)),
                       ("unknown", "application/octet-stream"))
    return {"type": kind, "media_type": media, "bytes": len(photo),
            "base64": base64.b64encode(photo).decode("ascii")}


# Rendering: sections of label/value pairs and tables, said as a page or as plain text. -------


@dataclass
class _Section:
    title: str
    pairs: list[tuple[str, str]] = field(default_factory=list)
    headers: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)
    empty: str = "Nothing."
    image: str = ""  # a data: address of the photo, shown on the page


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _when(value: str | None) -> str:
    """An ISO moment as people read it: "2026-11-23 10:30"."""
    return "" if not value else value.replace("T", " ")[:16]


def _sections(data: dict[str, Any]) -> list[_Section]:
    """The customer's sections, then those of each record merged into them that say
    something (a merge moved most of what was theirs to the customer)."""
    sections = _record_sections(data)
    for merged in data["merged_records"]:
        also = f" (record {merged['customer']['id']}, merged into this one)"
        sections += [replace(section, title=section.title + also)
                     for section in _record_sections(merged) if section.pairs or section.rows]
    return sections


def _record_sections(data: dict[str, Any]) -> list[_Section]:
    c, record = data["customer"], data["customer_record"]
    who = _Section("Who you are to us", [
        (label, _text(value)) for label, value in (
            ("First name", c["first_name"]), ("Last name", c["last_name"]),
            ("Nickname", c["nickname"]), ("Company", c["company"]),
            ("Job title", c["job_title"]), ("Role", c["role"]), ("About you", c["about"]),
            ("Tags", ", ".join(data["tags"])), ("Customer since", _when(record["created_at"])),
            ("Visits", record["visit_count"]), ("Interactions", c["interaction_count"]),
            ("Spent in all", record["total_spent"]), ("Loyalty points", record["loyalty_points"]),
            ("Last contact", c["last_contact"]), ("Last visit", _when(record["last_visit"])),
            ("Archived", c["archived"] or None))
        if value not in (None, "")])
    reach = _Section("How to reach you", [
        (" ".join(filter(None, (p["kind"], f"({p['label']})" if p["label"] else ""))),
         p["value"]) for p in data["contact_points"]])
    reach.pairs += [(label, _text(value)) for label, value in (
        ("Preferred way", record["preferred_channel"]),
        ("Get in touch every (days)", c["contact_every_days"])) if value not in (None, "")]
    family = _Section("Family and pets", [
        (r["relation"], r["name"] + (f" — {r['notes']}" if r["notes"] else ""))
        for r in data["family_and_pets"]])
    dates = _Section("Dates", [
        ((f"{d['relative']}'s " if d["relative"] else "") + (d["label"] or d["kind"]),
         format_parts(d["month"], d["day"], d["year"])) for d in data["important_dates"]])
    noted = _Section(
        f"What we noted (timeline, {len(data['timeline'])} entries)",
        headers=("When", "What", "Note", "Amount", "Points", "Mood", "Pinned", "Written",
                 "Changed", "Entry"),
        rows=[(_when(e["at"]), e["kind"], e["text"], _text(e["amount"]), _text(e["points"]),
               timeline.SENTIMENTS.get(e["sentiment"], ""), "pinned" if e["pinned"] else "",
               _when(e["created_at"]), _when(e["updated_at"]), str(e["id"]))
              for e in data["timeline"]])
    promised = _Section("Promises and things to ask",
                        headers=("What", "Kind", "Due", "Noted", "Done"),
                        rows=[(f["text"], f["kind"], _text(f["due"]), _when(f["created_at"]),
                               _when(f["done_at"]) or "not yet") for f in data["follow_ups"]])
    newsletter = _Section("Newsletter consent", headers=("When", "What", "Recorded"),
                          rows=[(_when(r["at"]), r["said"], _when(r["created_at"]))
                                for r in data["consent"]],
                          empty="No word on the newsletter is recorded: you get none.")
    photo = data["photo"]
    other = _Section("What else is kept", [("Photo", "none" if photo is None else
                                            f"a photo is kept ({photo['bytes']} bytes, "
                                            f"{photo['type']})")])
    if photo is not None:
        other.image = f"data:{photo['media_type']};base64,{photo['base64']}"
    other.pairs += [(f"Reminder {s['key']}", f"{s['state']}" + (
        f" until {s['until']}" if s["until"] else "") + f" (noted {_when(s['updated_at'])})")
        for s in data["reminder_states"]]
    other.pairs += [(f"Record: {name}", _text(value)) for name, value in record.items()
                    if value not in (None, "")]
    return [who, reach, family, dates, noted, promised, newsletter, other]


def _title(data: dict[str, Any]) -> str:
    c = data["customer"]
    return f"What Regulars keeps about {full_name(c['first_name'], c['last_name'], c['company'])}"


def render(data: dict[str, Any], kind: str) -> bytes:
    if kind == "json":
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if kind == "html":
        return _page(data).encode("utf-8")
    return _plain_text(data).encode("utf-8")


_INTRO = "Everything the shop keeps about you in its customer book, as of {at}."
_INSIDE = "The same data for a computer to read is inside this file too."
_STYLE = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
          "dt{font-weight:bold}dd{margin:0 0 .5em 1em;white-space:pre-wrap}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em;"
          "vertical-align:top;text-align:left}td{white-space:pre-wrap}img{max-width:12em}")


def _page(data: dict[str, Any]) -> str:
    e = html.escape
    title = _title(data)
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(title)}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>",
             f"<h1>{e(title)}</h1>",
             f"<p>{e(_INTRO.format(at=_when(data['exported_at'])))} {e(_INSIDE)}</p>"]
    for section in _sections(data):
        parts.append(f"<h2>{e(section.title)}</h2>")
        if section.image:
            parts.append(f'<p><img alt="your photo" src="{e(section.image)}"></p>')
        if section.pairs:
            parts.append("<dl>" + "".join(f"<dt>{e(label)}</dt><dd>{e(value)}</dd>"
                                          for label, value in section.pairs) + "</dl>")
        if section.rows:
            parts.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in section.headers)
                         + "</tr>" + "".join("<tr>" + "".join(f"<td>{e(cell)}</td>"
                                                              for cell in row) + "</tr>"
                                             for row in section.rows) + "</table>")
        if not section.pairs and not section.rows:
            parts.append(f"<p>{e(section.empty)}</p>")
    # Inside a script, only "<" can end it early ("</script>", "<!--"): written as \u003c,
    # which is the same character to any JSON reader.
    embedded = json.dumps(data, ensure_ascii=False, indent=1).replace("<", "\\u003c")
    parts += ['<script type="application/json" id="regulars-data">', embedded, "</script>",
              "</body>", "</html>", ""]
    return "\n".join(parts)


def _indented(text: str) -> str:
    return text.replace("\n", "\n    ")


def _plain_text(data: dict[str, Any]) -> str:
    title = _title(data)
    lines = [title, "=" * len(title), _INTRO.format(at=_when(data["exported_at"]))]
    for section in _sections(data):
        lines += ["", section.title, "-" * len(section.title)]
        lines += [f"{label}: {_indented(value)}" for label, value in section.pairs]
        for row in section.rows:
            lines.append("- " + _indented("; ".join(
                f"{header}: {cell}" for header, cell in zip(section.headers, row, strict=True)
                if cell)))
        if not section.pairs and not section.rows:
            lines.append(section.empty)
    return "\n".join(lines) + "\n"
