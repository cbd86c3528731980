"""Everything Regulars keeps about one customer, in one file they can read: the right of access.

A customer may ask what the shop keeps about them, and is owed all of it, not a summary: the
profile as `regulars show --json` gives it, and what the window never shows in one place (every
timeline entry with its times, the follow-ups already done, each word on the newsletter, what
the owner did with their reminders, the photo itself). Each table's rows are written with every
column they have, so that a column added later is handed over too without anyone remembering
to list it here, the `said` of a text the program wrote (its template and values, app.core.said)
among them; only the customer the rows are about and the photo (handed over on its own) are left
out.

One gathering, three renderings chosen by the file's ending: JSON for a program, a page to read
with the same JSON inside it (so one file serves both), and plain text. The page and the text
are drawn from the JSON alone, so they cannot show something the JSON leaves out. They are said
in English by the command line and in the shop's language by the window, which passes its way
of saying the program's phrases (`say`) and of writing a birthday (`month_day`); the JSON is the
same in every language. What the program wrote on the timeline and in follow-ups ("Redeemed 5
points") is said through `say` from its `said`, as the window says it, and so is each amount
("12,50 €" on a German page); the JSON keeps the English text and plain amounts ("12.50").
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app import __version__
from app.core import (
    backups,
    clock,
    consent,
    customers,
    erasure,
    followups,
    profile,
    relations,
    reminders,
    timeline,
)
from app.core.dates import format_parts
from app.core.errors import ValidationError
from app.core.money import to_decimal
from app.core.phrases import N_, Phrase, counted
from app.core.said import from_said
from app.store.batches import batches
from app.store.files import write_atomically
from app.store.models import Customer, FollowUp, Interaction, ReminderState
from app.store.text import full_name

FORMAT = "regulars-customer-data"
VERSION = 1
KINDS = {".json": "json", ".html": "html", ".htm": "html", ".txt": "text"}
# A birthday as people read it, from its month, day and year if known: "3 June 2014".
MonthDay = Callable[[int, int, int | None], str]
# Columns that only repeat what is beside them: the customer the rows are about and the photo
# (handed over on its own). A text's `said` is kept: it is the customer's data too.
_LEFT_OUT = frozenset({"customer", "photo"})
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


def write(path: Path, customer_id: int, say: Callable[[str], str] = str,
          language: str = "en", month_day: MonthDay = format_parts) -> Written:
    """The customer's data, written whole and owner-only where the owner asked (never over the
    database or a backup); raises before writing anything when it cannot be done. The page
    and the text are said through `say`, in `language` (see `render`)."""
    path = Path(path)
    backups.refuse_own_files(path)
    kind = kind_of(path)
    data = gather(customer_id)
    write_atomically(path, render(data, kind, say, language, month_day))
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
    in cents as text; what the program wrote (`said`, JSON in the database) as the JSON object
    it is."""
    found = []
    for row in query.dicts():
        plain: dict[str, Any] = {}
        for name, value in row.items():
            if name in _LEFT_OUT:
                continue
            if name == "said":
                plain[name] = _said_value(value)
            elif name.endswith("_cents"):
                cents = to_decimal(value)
                plain[name.removesuffix("_cents")] = None if cents is None else str(cents)
            else:
                plain[(renamed or {}).get(name, name)] = _plain(value)
        found.append(plain)
    return found


def _said_value(said: str | None) -> Any:
    """A `said` as JSON: {"template": …, "values": {…}}; kept as its text where it does not
    read as JSON (a `said` of another version), None where the text was typed."""
    if said is None:
        return None
    try:
        return json.loads(said)
    except ValueError:
        return said


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
# Every word of it is a `Phrase`, said through `say`: in English as it is (`str`), from the
# window in the shop's language (its `LocalForms.say`). The JSON keeps its keys and codes.

Say = Callable[[str], str]
_NOTED = counted("What we noted (timeline, %Ln entry(s))", "What we noted (timeline, {n:,} entry)",
                 "What we noted (timeline, {n:,} entries)")
# What the owner did with a reminder.
_STATES = {"snoozed": N_("snoozed"), "dismissed": N_("dismissed"), "done": N_("done")}


def _said(say: Say, template: str, /, **values: Any) -> str:
    """A template with its values, as `say` says it."""
    return say(Phrase(template, **values))


def _named(say: Say, names: dict[Any, str], code: Any) -> str:
    """A code by the name the program gives it ("Purchase" for "purchase"); one it does not
    know, as it is kept."""
    return _text(say, code) if code not in names else _said(say, names[code])


@dataclass
class _Section:
    title: str
    pairs: list[tuple[str, str]] = field(default_factory=list)
    headers: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)
    empty: str = ""  # said where nothing else is: "Nothing." unless told
    image: str = ""  # a data: address of the photo, shown on the page


def _text(say: Say, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _said(say, N_("yes") if value else N_("no"))
    return str(value)


def _written(row: dict[str, Any]) -> str:
    """A timeline entry's or follow-up's text: the Phrase the program made it from, where it
    wrote it (`app.core.said.from_said`, as the window reads it), whose English is the text
    kept; what the owner typed, as typed."""
    said = row.get("said")
    return from_said(row["text"], said if said is None or isinstance(said, str)
                     else json.dumps(said))


# No words: the amount alone, which `say` writes in the shop's forms ("12,50 €").
_AMOUNT = "{amount}"


def _amount(say: Say, value: str | None) -> str:
    """An amount kept as plain text ("12.50"), as `say` writes an amount: the window's in the
    shop's currency ("12,50 €"), English as kept ("12.50")."""
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return str(value)
    return _said(say, _AMOUNT, amount=amount)


def _when(value: str | None) -> str:
    """An ISO moment as people read it: "2026-11-23 10:30"."""
    return "" if not value else value.replace("T", " ")[:16]


def _sections(data: dict[str, Any], say: Say = str,
              month_day: MonthDay = format_parts) -> list[_Section]:
    """The customer's sections, then those of each record merged into them that say
    something (a merge moved most of what was theirs to the customer)."""
    sections = _record_sections(data, say, month_day)
    nothing = _said(say, N_("Nothing."))
    for merged in data["merged_records"]:
        sections += [replace(section, title=_said(
            say, N_("{title} (record {id}, merged into this one)"), title=section.title,
            id=str(merged["customer"]["id"])))
            for section in _record_sections(merged, say, month_day)
            if section.pairs or section.rows]
    return [replace(section, empty=section.empty or nothing) for section in sections]


def _record_sections(data: dict[str, Any], say: Say, month_day: MonthDay) -> list[_Section]:
    c, record = data["customer"], data["customer_record"]

    def pairs(*labelled: tuple[str, Any]) -> list[tuple[str, str]]:
        return [(_said(say, label), _text(say, value)) for label, value in labelled
                if value not in (None, "")]

    def headers(*names: str) -> tuple[str, ...]:
        return tuple(_said(say, name) for name in names)

    who = _Section(_said(say, N_("Who you are to us")), pairs(
        (N_("First name"), c["first_name"]), (N_("Last name"), c["last_name"]),
        (N_("Nickname"), c["nickname"]), (N_("Company"), c["company"]),
        (N_("Job title"), c["job_title"]), (N_("Role"), c["role"]),
        (N_("About you"), c["about"]), (N_("Tags"), ", ".join(data["tags"])),
        (N_("Customer since"), _when(record["created_at"])),
        (N_("Visits"), record["visit_count"]), (N_("Interactions"), c["interaction_count"]),
        (N_("Spent in all"), _amount(say, record["total_spent"])),
        (N_("Loyalty points"), record["loyalty_points"]),
        (N_("Last contact"), c["last_contact"]), (N_("Last visit"), _when(record["last_visit"])),
        (N_("Archived"), c["archived"] or None)))
    reach = _Section(_said(say, N_("How to reach you")), [
        (_named(say, customers.CONTACT_NAMES, p["kind"]) if not p["label"] else _said(
            say, N_("{kind} ({label})"), kind=_named(say, customers.CONTACT_NAMES, p["kind"]),
            label=p["label"]), p["value"]) for p in data["contact_points"]])
    channel = record["preferred_channel"]
    reach.pairs += pairs(
        (N_("Preferred way"), channel and _named(say, customers.CHANNEL_NAMES, channel)),
        (N_("Get in touch every (days)"), c["contact_every_days"]))
    family = _Section(_said(say, N_("Family and pets")), [
        (_named(say, relations.NAMES, r["relation"]),
         r["name"] + (f" — {r['notes']}" if r["notes"] else "")) for r in data["family_and_pets"]])
    dates = _Section(_said(say, N_("Dates")), [
        (_whose(say, d), month_day(d["month"], d["day"], d["year"]))
        for d in data["important_dates"]])
    noted = _Section(
        _said(say, _NOTED, n=len(data["timeline"])),
        headers=headers(N_("When"), N_("What"), N_("Note"), N_("Amount"), N_("Points"),
                        N_("Mood"), N_("Pinned"), N_("Written"), N_("Changed"), N_("Entry")),
        rows=[(_when(e["at"]), _named(say, timeline.KIND_NAMES, e["kind"]), say(_written(e)),
               _amount(say, e["amount"]), _text(say, e["points"]),
               _named(say, timeline.SENTIMENTS, e["sentiment"]),
               _said(say, N_("pinned")) if e["pinned"] else "",
               _when(e["created_at"]), _when(e["updated_at"]), str(e["id"]))
              for e in data["timeline"]])
    promised = _Section(
        _said(say, N_("Promises and things to ask")),
        headers=headers(N_("What"), N_("Kind"), N_("Due"), N_("Noted"), N_("Done")),
        rows=[(say(_written(f)), _named(say, followups.KIND_NAMES, f["kind"]),
               _text(say, f["due"]),
               _when(f["created_at"]), _when(f["done_at"]) or _said(say, N_("not yet")))
              for f in data["follow_ups"]])
    newsletter = _Section(
        _said(say, N_("Newsletter consent")),
        headers=headers(N_("When"), N_("What"), N_("Recorded")),
        rows=[(_when(r["at"]), say(consent.said_of(r["given"], r["how"], r["source"])),
               _when(r["created_at"])) for r in data["consent"]],
        empty=_said(say, N_("No word on the newsletter is recorded: you get none.")))
    return [who, reach, family, dates, noted, promised, newsletter,
            _other(data, record, say)]


def _whose(say: Say, d: dict[str, Any]) -> str:
    """A date by what it is, and whose it is where it is a family member's: "Mia's Birthday"."""
    what = d["label"] or _named(say, customers.DATE_NAMES, d["kind"])
    return _said(say, N_("{person}'s {date}"), person=d["relative"], date=what) \
        if d["relative"] else what


def _other(data: dict[str, Any], record: dict[str, Any], say: Say) -> _Section:
    """The photo, the reminders' states and the customer's row, every column of it."""
    photo = data["photo"]
    kept = _said(say, N_("no photo is kept")) if photo is None else _said(
        say, N_("a photo is kept ({bytes} bytes, {type})"), bytes=photo["bytes"],
        type=photo["type"])
    other = _Section(_said(say, N_("What else is kept")), [(_said(say, N_("Photo")), kept)])
    if photo is not None:
        other.image = f"data:{photo['media_type']};base64,{photo['base64']}"
    for s in data["reminder_states"]:
        state = _named(say, _STATES, s["state"])
        if s["until"]:
            state = _said(say, N_("{state} until {until}"), state=state, until=s["until"])
        other.pairs.append((_said(say, N_("Reminder {key}"), key=s["key"]), _said(
            say, N_("{state} (noted {noted})"), state=state, noted=_when(s["updated_at"]))))
    other.pairs += [(_said(say, N_("Record: {name}"), name=name), _text(say, value))
                    for name, value in record.items() if value not in (None, "")]
    return other


def _title(data: dict[str, Any], say: Say) -> str:
    c = data["customer"]
    return _said(say, N_("What Regulars keeps about {name}"),
                 name=full_name(c["first_name"], c["last_name"], c["company"]))


def render(data: dict[str, Any], kind: str, say: Say = str, language: str = "en",
           month_day: MonthDay = format_parts) -> bytes:
    """The data as `kind` writes it; the page and the text said through `say` (English as
    it is, `str`), their birthdays written by `month_day`, the page marked as in `language`.
    The JSON is the same in every language."""
    if kind == "json":
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if kind == "html":
        return _page(data, say, language, month_day).encode("utf-8")
    return _plain_text(data, say, month_day).encode("utf-8")


_INTRO = N_("Everything the shop keeps about you in its customer book, as of {at}.")
_INSIDE = N_("The same data for a computer to read is inside this file too.")
_STYLE = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
          "dt{font-weight:bold}dd{margin:0 0 .5em 1em;white-space:pre-wrap}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em;"
          "vertical-align:top;text-align:left}td{white-space:pre-wrap}img{max-width:12em}")


def _page(data: dict[str, Any], say: Say = str, language: str = "en",
          month_day: MonthDay = format_parts) -> str:
    e = html.escape
    title = _title(data, say)
    intro = _said(say, _INTRO, at=_when(data["exported_at"]))
    parts = ["<!DOCTYPE html>", f'<html lang="{e(language)}">', "<head>",
             '<meta charset="utf-8">', f"<title>{e(title)}</title>", f"<style>{_STYLE}</style>",
             "</head>", "<body>", f"<h1>{e(title)}</h1>",
             f"<p>{e(intro)} {e(_said(say, _INSIDE))}</p>"]
    for section in _sections(data, say, month_day):
        parts.append(f"<h2>{e(section.title)}</h2>")
        if section.image:
            alt = _said(say, N_("your photo"))
            parts.append(f'<p><img alt="{e(alt)}" src="{e(section.image)}"></p>')
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


_PAIR = N_("{label}: {value}")


def _indented(text: str) -> str:
    return text.replace("\n", "\n    ")


def _plain_text(data: dict[str, Any], say: Say = str,
                month_day: MonthDay = format_parts) -> str:
    title = _title(data, say)
    lines = [title, "=" * len(title), _said(say, _INTRO, at=_when(data["exported_at"]))]
    for section in _sections(data, say, month_day):
        lines += ["", section.title, "-" * len(section.title)]
        lines += [_said(say, _PAIR, label=label, value=_indented(value))
                  for label, value in section.pairs]
        for row in section.rows:
            lines.append("- " + _indented("; ".join(
                _said(say, _PAIR, label=header, value=cell)
                for header, cell in zip(section.headers, row, strict=True) if cell)))
        if not section.pairs and not section.rows:
            lines.append(section.empty)
    return "\n".join(lines) + "\n"
