"""vCard 2.1, 3.0 and 4.0 as real address books write them, read with vobject.

vobject parses the format; what is done here is what each exporter means:
Apple's item-grouped labels and year 1604, Google's `--MM-DD`, the bare
type parameters and quoted-printable soft line breaks of Android and Outlook
2.1 files, RFC 6350's RELATED and ANNIVERSARY, and the spouse and
anniversary extensions of Evolution, KAddressBook and Outlook.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import vobject
from vobject.base import ParseError, registerBehavior
from vobject.icalendar import stringToTextValues
from vobject.vcard import VCard3_0, VCardTextBehavior

from app.core import clock
from app.core.customers import PHOTO_LIMIT, storable_photo
from app.core.dates import parse_loose
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.core.timeline import TEXT_LIMIT
from app.exchange.records import (
    WHAT_PROBLEM,
    Incoming,
    IncomingDate,
    UnreadableFileError,
    consent_date,
    date_from_label,
    newsletter_from_text,
    plain_label,
    relation_from_label,
    said,
)
from app.exchange.text_files import LINES, TextFile, decode, one_line

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_PROPERTY = re.compile(r"^([^:\"]*(?:\"[^\"]*\"[^:\"]*)*):")
_BARE_VALUES = {"QUOTED-PRINTABLE": "ENCODING", "BASE64": "ENCODING", "8BIT": "ENCODING",
                "7BIT": "ENCODING"}
# "fax" is not a label: a fax is a kind of number of its own.
_NEEDLESS_ESCAPE = re.compile(r"\\([^\w\s\\])")
_IGNORED_TYPES = {"pref", "voice", "internet", "x400", "msg", "text", "uri", "fax"}
_TYPE_LABELS = {"cell": "mobile", "home": "home", "work": "work",
                "pager": "pager", "iphone": "iPhone", "main": "main", "other": "other"}
_ANNIVERSARY_PROPS = ("ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-KADDRESSBOOK-X-ANNIVERSARY",
                      "X-MS-ANNIVERSARY", "X-ANNIVERSARY")
_SPOUSE_PROPS = ("X-EVOLUTION-SPOUSE", "X-KADDRESSBOOK-X-SPOUSESNAME", "X-MS-SPOUSE",
                 "X-SPOUSE")
# Names of people around a customer, kept among their people with what they are, as Apple's
# related names keep them: (property, relation, notes).
_PEOPLE_PROPS = (*((prop, "partner", "") for prop in _SPOUSE_PROPS), *(
    (prop, "other", who) for who in ("manager", "assistant")
    for prop in (f"X-EVOLUTION-{who.upper()}", f"X-MS-{who.upper()}", f"X-{who.upper()}",
                 f"X-KADDRESSBOOK-X-{who.upper()}SNAME")))
# Values the program keeps as bytes; their base64 is longer than the largest photo kept.
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_PHOTO_CHARS = (PHOTO_LIMIT + 2) // 3 * 4 + 1000
_TEXT_21 = {"NOTE", "FN", "TITLE", "ROLE", "LABEL", "NICKNAME", "X-MS-SPOUSE", "X-MS-MANAGER",
            "X-MS-ASSISTANT"}


def looks_like_vcard(text: str) -> bool:
    return any(_BEGIN.match(line.strip()) for line in LINES.split(text.lstrip()[:2000])[:5])


def _decodable_quoted_printable(line: str, head: re.Match[str]) -> str:
    """The quoted-printable line as vobject can decode it: vobject reads its bytes strictly in
    CHARSET, else in UTF-8. Bytes that are not (Windows mail programs write 8-bit text with no
    CHARSET) are read as a file is (UTF-8, else Windows-1252), a byte not in a CHARSET that is
    given is replaced, and the value is written again as UTF-8."""
    name, *params = head[1].split(";")
    charset = next((p.partition("=")[2].strip() for p in params
                    if p.partition("=")[0].strip().upper() == "CHARSET"), "")
    data = quopri.decodestring(line[len(head[0]):].encode("utf-8"))
    try:
        data.decode(charset or "utf-8")
        return line
    except (UnicodeDecodeError, LookupError):
        pass
    try:
        text = data.decode(charset, errors="replace") if charset else decode(data)[0]
    except LookupError:  # a CHARSET Python does not know
        text = decode(data)[0]
    value = "".join(chr(byte) if 32 < byte < 127 and byte != 61 else f"={byte:02X}"
                    for byte in text.encode("utf-8"))
    params = [p for p in params if p.partition("=")[0].strip().upper() != "CHARSET"]
    return ";".join([name, *params, "CHARSET=UTF-8"]) + ":" + value


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
        if head and "QUOTED-PRINTABLE" in head[1].upper() and line.endswith("="):
            parts = [line]  # joined once: adding to a growing string would take quadratic time
            while parts[-1].endswith("=") and index + 1 < len(lines):
                index += 1
                parts[-1] = parts[-1][:-1]
                parts.append(lines[index])
            line = "".join(parts)
        if head and head[1].strip().upper() == "PROFILE":
            index += 1  # 3.0's PROFILE:VCARD says what BEGIN says; vobject refuses it twice
            continue
        if head and ";" in head[1]:
            name, *params = head[1].split(";")
            fixed = []
            for param in params:
                key, named, value = param.partition("=")
                if not named and param:
                    key, value = _BARE_VALUES.get(param.upper(), "TYPE"), param
                if key.strip().upper() == "ENCODING":
                    # vobject knows QUOTED-PRINTABLE in capitals only, and reads any other
                    # encoding as base64; 8BIT and 7BIT mean the value is as written.
                    value = value.strip().upper()
                    if value in ("8BIT", "7BIT"):
                        continue
                fixed.append(f"{key}={value}" if named or param else param)
            line = ";".join([name, *fixed]) + line[len(head[1]):]
            head = _PROPERTY.match(line)
        if head and "ENCODING=QUOTED-PRINTABLE" in head[1].upper():
            line = _decodable_quoted_printable(line, head)
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


class _Photo(vobject.vcard.Photo):
    """vobject's PHOTO, except that base64 it cannot decode (a phone's export cut short in the
    middle of a photo) leaves the photo out instead of ending the whole file's parse: vobject
    decodes it while it builds the card, where nothing outside can catch it for one line."""

    @classmethod
    def decode(cls, line: Any) -> None:
        try:
            super().decode(line)
        except (binascii.Error, ValueError):
            line.value, line.encoded, line.unreadable = b"", False, True


vobject.base.registerBehavior(_Photo, default=True)
_ODD_NEWSLETTER = N_("{what}: {value} is neither yes, no nor a date; no newsletter consent "
                     "was recorded")
_SHOWN_VALUE = 20  # characters of an unreadable value the report shows
_UNREADABLE_PHOTO = N_("photo could not be read (its data is cut short or damaged) and was "
                       "left out")


class _Nicknames(VCardTextBehavior):
    """NICKNAME is a list of names (RFC 2426, 3.1.3), but vobject reads it as one text and
    keeps the first of "Nick1,Nick2" only: read here as the list it is. Written as before."""

    @classmethod
    def decode(cls, line: Any) -> None:
        if line.encoded and not (getattr(line, "encoding_param", None)
                                 or "BASE64" in line.singletonparams):
            line.value = stringToTextValues(line.value)
            line.encoded = False
        else:
            super().decode(line)


VCard3_0.knownChildren.setdefault("NICKNAME", (0, None, None))
registerBehavior(_Nicknames, "NICKNAME")
_DATE_TITLES = {"birthday": "Birthday", "anniversary": "Anniversary", "other": "Date"}


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


def _unescaped(text: str) -> str:
    """Escapes vCard does not have, which some exporters write and vobject leaves in values it
    does not decode as text: Apple's "http\\://", "B\\'C". (Not for a note: vobject has
    decoded it, and a backslash left there is the owner's own.)"""
    return _NEEDLESS_ESCAPE.sub(r"\1", text)


# Chat and social handles: Regulars keeps each as a handle labelled by its service.
_HANDLE_PROPS = {"X-AIM": "AIM", "X-ICQ": "ICQ", "X-JABBER": "Jabber", "X-MSN": "MSN",
                 "X-YAHOO": "Yahoo", "X-SKYPE": "Skype", "X-SKYPE-USERNAME": "Skype",
                 "X-GTALK": "Google Talk", "X-GOOGLE-TALK": "Google Talk", "X-QQ": "QQ",
                 "X-MS-IMADDRESS": "", "X-SIP": "SIP", "X-TWITTER": "Twitter",
                 "X-REGULARS-HANDLE": None}


def _handles(by_name: dict[str, list[Any]]) -> list[tuple[str, str]]:
    """(handle, label) of every chat address: RFC 6350's IMPP ("xmpp:ann@example.org", its
    service named by the scheme or X-SERVICE-TYPE) and the older X- properties."""
    handles = []
    for line in by_name["IMPP"]:
        value = _unescaped(_text(line.value))
        scheme, _, rest = value.partition(":")
        service = line.params.get("X-SERVICE-TYPE", [""])[0] or (scheme if rest else "")
        if value:
            handles.append((rest or value, service))
    for prop, service in _HANDLE_PROPS.items():
        for line in by_name[prop]:
            if value := _unescaped(_text(line.value)):
                label = (_text(line.params["X-LABEL"][0]) if line.params.get("X-LABEL")
                         else service or "")
                handles.append((value, label))
    return handles


def _card(component: Any, line_number: int, order: str) -> Incoming:
    today = clock.today()
    record = Incoming(line=line_number)
    labels: dict[str, str] = {}
    notes_by_group: dict[str, str] = {}
    # What has no place of its own on a customer, kept in the note in the card's words.
    more_notes: list[str] = []
    by_name: dict[str, list[Any]] = defaultdict(list)
    for line in component.getChildren():
        by_name[line.name.upper()].append(line)
        if line.name.upper() == "X-ABLABEL" and line.group:
            labels[line.group.upper()] = _text(line.value)
        if line.name.upper() == "X-REGULARS-NOTES" and line.group:
            notes_by_group[line.group.upper()] = _text(line.value)

    def date_of(line: Any, kind: str, label: str = "", relative: str | None = None) -> None:
        text = _text(line.value)
        try:
            parsed = parse_loose(text, order, today)
        except ValidationError as error:
            as_text = any(v.lower() == "text" for v in line.params.get("VALUE", []))
            if not as_text and line.name.upper() != "X-ABDATE":
                record.problems.append(Phrase(WHAT_PROBLEM, what=line.name.lower(),
                                              problem=said(error)))
                return
            # A birthday written as text ("circa 1800") or an Apple date of any year (a
            # founding day, 1776) is the owner's word: kept in the note, the card kept.
            if relative:
                title = f"{relative}'s birthday"
            elif kind == "anniversary" and label:
                title = f"Anniversary ({label})"
            else:
                title = label or _DATE_TITLES[kind]
            more_notes.append(f"{title}: {text}")
            record.warnings.append((record.line, Phrase(
                N_("{what}: {problem}; kept in the note"), what=line.name.lower(),
                problem=said(error))))
            return
        if parsed is None:
            return
        year = None if "X-APPLE-OMIT-YEAR" in line.params else parsed.year
        record.dates.append(IncomingDate(kind, parsed.month, parsed.day, year, label, relative))

    kind = _text(by_name["KIND"][0].value).lower() if by_name["KIND"] else ""
    if by_name["N"] and kind != "org":
        name = by_name["N"][0].value
        # A middle name stays with the first, as address books show it: "John Quincy"
        record.first_name = " ".join(_text(getattr(name, part, ""))
                                     for part in ("given", "additional")).strip()
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
    nicknames = [name.strip() for line in by_name["NICKNAME"]
                 for value in (line.value if isinstance(line.value, list) else [line.value])
                 for name in str(value or "").split(",") if name.strip()]
    if nicknames:
        record.nickname = nicknames[0]
        if nicknames[1:]:
            more_notes.append(f"Also called: {', '.join(nicknames[1:])}")
    for line in by_name["TEL"]:
        value = _text(line.value)
        value = value[4:] if value.lower().startswith("tel:") else value
        if value:
            (record.faxes if "fax" in _types(line) else record.phones).append(
                (value, _label(line, labels)))
    for line in by_name["URL"]:
        if value := _unescaped(_text(line.value)):
            record.websites.append((value, _label(line, labels)))
    record.handles = _handles(by_name)
    for prop, attribute in (("TITLE", "job_title"), ("ROLE", "role")):
        setattr(record, attribute, "; ".join(_text(line.value) for line in by_name[prop]
                                             if _text(line.value)))
    for prop in ("UID", "X-ABUID"):
        if not record.uid and by_name[prop]:
            record.uid = _text(by_name[prop][0].value)
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
    for prop, relation, notes in _PEOPLE_PROPS:
        for line in by_name[prop]:
            name = _text(line.value)
            if name and name.casefold() not in relative_names:
                record.relatives.append((name, relation, notes))
                relative_names.add(name.casefold())
    for line in by_name["X-ABDATE"]:
        kind, label, relative = date_from_label(labels.get((line.group or "").upper(), ""),
                                                relative_names)
        date_of(line, kind, label=label, relative=relative)
    record.about = "\n".join([
        *(_text(line.value).replace("\r\n", "\n") for line in by_name["NOTE"]
          if _text(line.value)),
        *more_notes])
    for line in by_name["CATEGORIES"]:
        values = line.value if isinstance(line.value, list) else str(line.value).split(",")
        values = [_unescaped(str(v)).strip() for v in values]
        record.tags += [v for v in values
                        if v and v.casefold() not in ("mycontacts", "starred")]
    for line in by_name["PHOTO"]:
        if getattr(line, "unreadable", False):
            record.warnings.append((line_number, Phrase(_UNREADABLE_PHOTO)))
        record.photo = record.photo or _photo(line)
    if by_name["X-REGULARS-NEWSLETTER"]:
        # the day consent was given, or a yes; a no records it withdrawn. Anything else is no
        # word at all: consent is never taken from a value nobody can read as a yes.
        said_there = _text(by_name["X-REGULARS-NEWSLETTER"][0].value).strip()
        since = consent_date(said_there)
        record.newsletter = True if since else newsletter_from_text(said_there)
        record.newsletter_since = since
        if record.newsletter is None and said_there:
            record.warnings.append((line_number, Phrase(
                _ODD_NEWSLETTER, what="x-regulars-newsletter",
                value=repr(said_there[:_SHOWN_VALUE]) + ("…" if len(said_there) > _SHOWN_VALUE
                                                         else ""))))
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


@dataclass
class Piece:
    """Whole cards of a file, cut from it as it is read, with what was left out of them."""

    first_line: int
    text: str
    # the line of a card's BEGIN: (line, what was left out of that card)
    warnings: dict[int, list[tuple[int, str]]] = field(default_factory=dict)


def _value_limit(name: str) -> int:
    return _PHOTO_CHARS if name in _BINARY else TEXT_LIMIT


def pieces(source: TextFile, cards: int = 2000, chars: int = 4_000_000) -> Iterator[Piece]:
    """The file in pieces of whole cards (at most `cards`, or about `chars` characters).

    A property longer than anything the program keeps (a photo over the size limit, a
    10 MB note) is left out here, before it is decoded, and said as a warning; its lines
    stay as blank lines so that every line keeps its number.
    """
    lines: list[str] = []
    size = count = 0
    first = 1
    warnings: dict[int, list[tuple[int, str]]] = {}
    card = prop_line = prop_start = 0
    prop_name, prop_size, dropped, quoted, soft_break = "", 0, False, False, False

    def finish_property() -> None:
        if dropped:
            warnings.setdefault(card, []).append((prop_line, Phrase(
                N_("photo of {size:,} characters is larger than the program keeps and was "
                   "left out") if prop_name in _BINARY else
                N_("{what} of {size:,} characters is larger than the program keeps and was "
                   "left out"), what=prop_name, size=prop_size)))

    for number, (raw, length) in enumerate(source.lines(), start=1):
        text = raw.rstrip("\r\n")
        if not (text[:1] in (" ", "\t") or (quoted and soft_break)):
            finish_property()
            head = _PROPERTY.match(text[:1000])
            prop_name = head[1].split(";")[0].split(".")[-1].upper() if head else ""
            quoted = bool(head) and "QUOTED-PRINTABLE" in head[1].upper()
            prop_line, prop_size, prop_start, dropped = number, 0, len(lines), False
            if _BEGIN.match(text.strip()):
                if count and (count >= cards or size >= chars):
                    yield Piece(first, "\n".join(lines) + "\n", warnings)
                    lines, size, count, first, warnings = [], 0, 0, number, {}
                    prop_start = 0
                count += 1
                card = number
        prop_size += length
        soft_break = text.endswith("=")
        if not dropped and prop_size > _value_limit(prop_name):
            dropped = True
            size -= sum(len(line) for line in lines[prop_start:])
            lines[prop_start:] = [""] * (len(lines) - prop_start)
        lines.append("" if dropped else text)
        size += 0 if dropped else len(text)
    finish_property()
    if lines:
        yield Piece(first, "\n".join(lines) + "\n", warnings)


def count_cards(source: TextFile) -> int:
    return sum(1 for line, _length in source.lines() if _BEGIN.match(line.strip()))


_NOT_A_VCARD = N_("not a vCard (it does not start with BEGIN:VCARD)")


def check_start(source: TextFile) -> None:
    """Refuse a file that does not start as a vCard, before any of it is read further."""
    if not looks_like_vcard(source.head()):
        raise UnreadableFileError(str(source.path), 1, Phrase(_NOT_A_VCARD))


def read_vcards(source: TextFile, order: str = "dmy") -> Iterator[Incoming]:
    """Every card in the file, in order, read a piece at a time; a piece vobject cannot parse
    refuses the file whole (the import is one transaction, so nothing is written)."""
    name = str(source.path)
    check_start(source)
    for piece in pieces(source):
        yield from parse_vcards(piece.text, name, order, piece.first_line, piece.warnings)


def parse_vcards(
    text: str, name: str, order: str = "dmy", first_line: int = 1,
    warnings: dict[int, list[tuple[int, str]]] | None = None,
) -> Iterator[Incoming]:
    """Cards of `text`, which starts at line `first_line` of the file `name`."""
    if not looks_like_vcard(text):
        raise UnreadableFileError(name, first_line, Phrase(_NOT_A_VCARD))
    prepared, origin = _prepare(text)
    origin = [number + first_line - 1 for number in origin]
    starts = [origin[i] for i, line in enumerate(prepared.split("\n")) if _BEGIN.match(line)]
    cards: list[Any] = []
    try:
        for component in vobject.readComponents(prepared, validate=False):
            cards.append(component)
    except ParseError as error:
        raise UnreadableFileError(name, _error_line(error, prepared, origin), Phrase(
            N_("not a valid vCard: {error}"), error=str(error.args[0]))) from None
    for index, component in enumerate(cards):
        if component.name.upper() != "VCARD":
            continue
        record = _card(component, starts[index] if index < len(starts) else 0, order)
        record.warnings += (warnings or {}).get(record.line, [])
        yield record
