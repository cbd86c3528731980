"""vCard 2.1, 3.0 and 4.0 as real address books write them, read with vobject.

vobject parses the format; what is done here is what each exporter means:
Apple's item-grouped labels and year 1604, Google's `--MM-DD`, the bare
type parameters and quoted-printable soft line breaks of Android and Outlook
2.1 files, RFC 6350's RELATED and ANNIVERSARY, and the spouse and
anniversary extensions of Evolution, KAddressBook and Outlook.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import vobject
from vobject.base import ParseError

from app.core import clock
from app.core.customers import storable_photo
from app.core.dates import parse_loose
from app.core.errors import ValidationError
from app.exchange.records import (
    Incoming,
    IncomingDate,
    UnreadableFileError,
    plain_label,
    relation_from_label,
)
from app.exchange.text_files import LINES, one_line, read_text

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_PROPERTY = re.compile(r"^([^:\"]*(?:\"[^\"]*\"[^:\"]*)*):")
_BARE_VALUES = {"QUOTED-PRINTABLE": "ENCODING", "BASE64": "ENCODING", "8BIT": "ENCODING",
                "7BIT": "ENCODING"}
_IGNORED_TYPES = {"pref", "voice", "internet", "x400", "msg", "text", "uri"}
_TYPE_LABELS = {"cell": "mobile", "home": "home", "work": "work", "fax": "fax",
                "pager": "pager", "iphone": "iPhone", "main": "main", "other": "other"}
_ANNIVERSARY_PROPS = ("ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-KADDRESSBOOK-X-ANNIVERSARY",
                      "X-MS-ANNIVERSARY", "X-ANNIVERSARY")
_SPOUSE_PROPS = ("X-EVOLUTION-SPOUSE", "X-KADDRESSBOOK-X-SPOUSESNAME", "X-MS-SPOUSE",
                 "X-SPOUSE")
_TEXT_21 = {"NOTE", "FN", "TITLE", "ROLE", "LABEL", "NICKNAME", "X-MS-SPOUSE"}


def looks_like_vcard(text: str) -> bool:
    return any(_BEGIN.match(line.strip()) for line in LINES.split(text.lstrip()[:2000])[:5])


def _prepare(text: str) -> tuple[str, list[int]]:
    """Undo 2.1's quoted-printable soft breaks and name its bare parameters.

    Returns the text for vobject and, for each of its lines, the line number
    in the file, so that errors point at the line the owner can open.
    """
    out: list[str] = []
    origin: list[int] = []
    lines = LINES.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    index = 0
    version_21 = False
    while index < len(lines):
        number = index + 1
        line = lines[index]
        if _BEGIN.match(line.strip()):
            version_21 = False
        elif re.fullmatch(r"VERSION:\s*2\.1\s*", line.strip(), re.IGNORECASE):
            version_21 = True
        head = _PROPERTY.match(line)
        if head and "QUOTED-PRINTABLE" in head[1].upper():
            while line.endswith("=") and index + 1 < len(lines):
                index += 1
                line = line[:-1] + lines[index]
        if head and ";" in head[1]:
            name, *params = head[1].split(";")
            fixed = []
            for param in params:
                if "=" in param or not param:
                    fixed.append(param)
                else:
                    fixed.append(f"{_BARE_VALUES.get(param.upper(), 'TYPE')}={param}")
            line = ";".join([name, *fixed]) + line[len(head[1]):]
            head = _PROPERTY.match(line)
        if version_21 and head:
            # 2.1 text has no escapes; vobject reads it as 3.0, where "," splits values.
            name = head[1].split(";")[0].split(".")[-1].upper()
            if name in _TEXT_21:
                value = line[len(head[0]):]
                value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                line = head[0] + value
        out.append(line)
        origin.append(number)
        index += 1
    return "\n".join(out) + "\n", origin


def _types(line: Any) -> list[str]:
    values = []
    for value in line.params.get("TYPE", []):
        values += [v.strip().lower() for v in value.split(",") if v.strip()]
    return values


def _label(line: Any, labels: dict[str, str]) -> str:
    if line.params.get("X-LABEL"):
        return _text(line.params["X-LABEL"][0])
    if line.group and line.group.upper() in labels:
        return plain_label(labels[line.group.upper()]).lower()
    for kind in _types(line):
        if kind not in _IGNORED_TYPES:
            return _TYPE_LABELS.get(kind, kind)
    return ""


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    return str(value or "").strip()


def _photo(line: Any) -> bytes | None:
    value = line.value
    if isinstance(value, str):
        if value.startswith("data:") and "," in value:
            value = value.split(",", 1)[1]
        try:
            value = base64.b64decode(value, validate=False)
        except ValueError:
            return None
    if isinstance(value, bytes) and storable_photo(value):
        return value
    return None


def _card(component: Any, line_number: int, order: str) -> Incoming:
    today = clock.today()
    record = Incoming(line=line_number)
    labels: dict[str, str] = {}
    notes_by_group: dict[str, str] = {}
    by_name: dict[str, list[Any]] = defaultdict(list)
    for line in component.getChildren():
        by_name[line.name.upper()].append(line)
        if line.name.upper() == "X-ABLABEL" and line.group:
            labels[line.group.upper()] = _text(line.value)
        if line.name.upper() == "X-REGULARS-NOTES" and line.group:
            notes_by_group[line.group.upper()] = _text(line.value)

    def date_of(line: Any, kind: str, label: str = "", relative: str | None = None) -> None:
        try:
            parsed = parse_loose(_text(line.value), order, today)
        except ValidationError as error:
            record.problems.append(f"{line.name.lower()}: {error}")
            return
        if parsed is None:
            return
        year = None if "X-APPLE-OMIT-YEAR" in line.params else parsed.year
        record.dates.append(IncomingDate(kind, parsed.month, parsed.day, year, label, relative))

    kind = _text(by_name["KIND"][0].value).lower() if by_name["KIND"] else ""
    if by_name["N"] and kind != "org":
        name = by_name["N"][0].value
        record.first_name = _text(getattr(name, "given", ""))
        record.last_name = _text(getattr(name, "family", ""))
    if by_name["ORG"]:
        org = by_name["ORG"][0].value
        record.company = _text(org[0] if isinstance(org, list) and org else org)
    if by_name["FN"] and not (record.first_name or record.last_name):
        full = _text(by_name["FN"][0].value)
        if kind == "org" or (record.company and full == record.company):
            record.company = record.company or full
        elif " " in full:
            record.first_name, record.last_name = full.rsplit(" ", 1)
        else:
            record.first_name = full
    if by_name["NICKNAME"]:
        record.nickname = _text(by_name["NICKNAME"][0].value).split(",")[0].strip()
    for line in by_name["TEL"]:
        value = _text(line.value)
        value = value[4:] if value.lower().startswith("tel:") else value
        if value:
            record.phones.append((value, _label(line, labels)))
    for line in by_name["EMAIL"]:
        value = _text(line.value)
        value = value[7:] if value.lower().startswith("mailto:") else value
        if value:
            record.emails.append((value, _label(line, labels)))
    for line in by_name["ADR"]:
        adr = line.value
        parts = [getattr(adr, f, "") for f in ("box", "extended", "street", "city", "region",
                                               "code", "country")]
        value = one_line(", ".join(_text(p) for p in parts if _text(p)))
        if value:
            record.addresses.append((value, _label(line, labels)))
    for line in by_name["BDAY"]:
        date_of(line, "birthday")
    for prop in _ANNIVERSARY_PROPS:
        for line in by_name[prop]:
            date_of(line, "anniversary")
    relative_names: set[str] = set()
    for line in by_name["X-ABRELATEDNAMES"]:
        name = _text(line.value)
        label = labels.get((line.group or "").upper(), "")
        relation = relation_from_label(label)
        notes = notes_by_group.get((line.group or "").upper(), "")
        if relation == "other" and plain_label(label) and not notes:
            notes = plain_label(label).lower()
        if name:
            record.relatives.append((name, relation, notes))
            relative_names.add(name.casefold())
    for line in by_name["RELATED"]:
        name = _text(line.value)
        if name and not re.match(r"^(urn|https?|mailto|tel):", name, re.IGNORECASE):
            types = _types(line)
            record.relatives.append((name, relation_from_label(types[0] if types else ""), ""))
            relative_names.add(name.casefold())
    for prop in _SPOUSE_PROPS:
        for line in by_name[prop]:
            name = _text(line.value)
            if name and name.casefold() not in relative_names:
                record.relatives.append((name, "partner", ""))
                relative_names.add(name.casefold())
    for line in by_name["X-ABDATE"]:
        label = plain_label(labels.get((line.group or "").upper(), ""))
        owner = re.fullmatch(r"(.+?)['’]s birthday", label, re.IGNORECASE)
        anniversary = re.fullmatch(r"anniversary(?: \((.*)\))?", label, re.IGNORECASE)
        if anniversary:
            date_of(line, "anniversary", label=anniversary[1] or "")
        elif owner and owner[1].casefold() in relative_names:
            date_of(line, "birthday", relative=owner[1])
        else:
            date_of(line, "other", label=label)
    record.about = "\n".join(
        _text(line.value).replace("\r\n", "\n") for line in by_name["NOTE"] if _text(line.value)
    )
    for line in by_name["CATEGORIES"]:
        values = line.value if isinstance(line.value, list) else str(line.value).split(",")
        record.tags += [str(v).strip() for v in values if str(v).strip()
                        and str(v).strip().casefold() not in ("mycontacts", "starred")]
    for line in by_name["PHOTO"]:
        record.photo = record.photo or _photo(line)
    if by_name["X-REGULARS-NEWSLETTER"]:
        record.newsletter = True
        since = _text(by_name["X-REGULARS-NEWSLETTER"][0].value)
        with contextlib.suppress(ValueError):
            record.newsletter_since = dt.date.fromisoformat(since)
    if by_name["X-REGULARS-CHANNEL"]:
        record.preferred_channel = _text(by_name["X-REGULARS-CHANNEL"][0].value)
    if by_name["X-REGULARS-CADENCE"]:
        value = _text(by_name["X-REGULARS-CADENCE"][0].value)
        record.contact_every_days = int(value) if value.isdigit() else None
    return record


def _error_line(error: ParseError, prepared: str, origin: list[int]) -> int | None:
    """The file line vobject could not parse: found by its text (vobject's count drifts)."""
    match = re.search(r"Failed to parse line: (.*)", str(error.args[0]))
    if match:
        for index, line in enumerate(prepared.split("\n")):
            if line.strip() == match[1].strip():
                return origin[index]
    number = getattr(error, "lineNumber", None)
    return origin[min(int(number) - 1, len(origin) - 1)] if number else None


def read_vcards(path: Path, order: str = "dmy") -> Iterator[Incoming]:
    """Every card in the file, in order; a file vobject cannot parse is refused whole."""
    text, _encoding = read_text(path)
    yield from parse_vcards(text, str(path), order)


def parse_vcards(
    text: str, name: str, order: str = "dmy", first_line: int = 1
) -> Iterator[Incoming]:
    """Cards of `text`, which starts at line `first_line` of the file `name`."""
    if not looks_like_vcard(text):
        raise UnreadableFileError(name, first_line,
                                  "not a vCard (it does not start with BEGIN:VCARD)")
    prepared, origin = _prepare(text)
    origin = [number + first_line - 1 for number in origin]
    starts = [origin[i] for i, line in enumerate(prepared.split("\n")) if _BEGIN.match(line)]
    cards: list[Any] = []
    try:
        for component in vobject.readComponents(prepared, validate=False):
            cards.append(component)
    except ParseError as error:
        raise UnreadableFileError(name, _error_line(error, prepared, origin),
                                  f"not a valid vCard: {error.args[0]}") from None
    for index, component in enumerate(cards):
        if component.name.upper() != "VCARD":
            continue
        yield _card(component, starts[index] if index < len(starts) else 0, order)
