"""Spreadsheets and shop-system exports: encoding, delimiter, and which column is what.

Headers of Shopify, Square, Google Contacts, Outlook, Thunderbird and Roundcube exports
and of plain spreadsheets are recognised by rules on their words; each address group
(home, work, other, Google's "Address 1") becomes an address of its own; the owner can choose
otherwise for any column. Dates follow the `date_order` setting when day and
month could be swapped ("03/04/1980"), and the reader counts how often that happened; a date
written with dots ("03.04.1980") is day first whatever the setting, as in every country that
writes one so, and ISO ("1980-04-03") is read the same everywhere.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from app.core import clock
from app.core.dates import LooseDate, parse_loose
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.core.timeline import TEXT_LIMIT
from app.exchange.csv_out import FORMULA_START
from app.exchange.records import (
    WHAT_PROBLEM,
    Incoming,
    IncomingDate,
    UnreadableFileError,
    consent_date,
    date_from_label,
    newsletter_from_text,
    relation_from_label,
    said,
    split_tags,
)
from app.exchange.text_files import LINES, TextFile, one_line

# The fields a column can be mapped to, as `regulars import --map COLUMN=FIELD` names them.
FIELDS = ("first_name", "last_name", "nickname", "company", "email", "phone", "address",
          "birthday", "anniversary", "tags", "note", "newsletter", "ignore")
# Also understood: a full name in one column, and a partner's name (Outlook's "Spouse").
EXTRA_FIELDS = ("name", "partner", "relative", "event", "family", "channel", "cadence",
                "job_title", "role", "website", "handle", "birth_year", "birth_month",
                "birth_day")
# A birthday in three columns, as Thunderbird writes it: "Birth Year", "Birth Month"...
_BIRTH_PARTS = ("birth_year", "birth_month", "birth_day")
# A web address column's first words; the rest may be its label ("Website Blog").
_WEBSITE = r"(web ?site|web page|url|homepage)"
_WEBSITE_COLUMN = re.compile(rf"^{_WEBSITE}( \d+)?( value)?")
# Chat services that name a column of their own ("IM Jabber", "Skype").
_CHAT = r"(aim|icq|jabber|msn|skype|yahoo|gtalk|google talk|qq|sip|xmpp)"
NAME_FIELDS = ("first_name", "last_name", "name", "company", "nickname")

# One address group's parts: "Home Street", "Work ZipCode", "Default Address City", "Zip".
# The groups' words give the address its label; the parts' words its place in the address.
_GROUP_LABELS = {"home": "home", "business": "work", "work": "work", "other": "other"}
_ADDRESS_GROUP = (r"(?:(home|business|work|other|default address) )?(?:"
                  r"(street address|street|address line|address) ?([1-3])?|(city|town)|"
                  r"(state|region|province)(?: code)?|(zip ?(?:code)?|postal code|post ?code)|"
                  r"(country)(?: region| code)?)")
# Google's "Address 1 - City": the number is the group, its label is in "Address 1 - Label".
_NUMBERED_PART = r"address (\d+) (formatted|street|extended address|po box|neighborhood|" \
                 r"city|region|postal code|country)"
_NUMBERED_RANKS = {"formatted": 0, "street": 0, "extended address": 1, "po box": 2,
                   "neighborhood": 2, "city": 3, "region": 4, "postal code": 5, "country": 6}

_RULES: tuple[tuple[str, str], ...] = (
    (r"(phone|e ?mail|address|relation|event|website|im) \d+ (label|type|service)", "ignore"),
    (r"address \d+ (street|city|po box|region|postal code|country|extended address|neighborhood)",
     "address-part"),
    (r".*(accepts? (email )?marketing|subscription status|newsletter|subscribed|opt ?in|"
     r"marketing consent).*", "newsletter"),
    (r".*(sms|text) marketing.*", "ignore"),
    (r"(first|given|fore) ?name|firstname|vorname|prénom|prenom", "first_name"),
    (r"(last|family) ?name|lastname|surname|nachname|nom", "last_name"),
    (r"middle name|additional name|name prefix|name suffix|title|suffix|prefix|file as|"
     r"(given|surname|company) yomi|phonetic .*", "ignore"),
    (r"nick ?name|goes by|known as|preferred name", "nickname"),
    (r"(default address )?company( name)?|organi[sz]ation( 1)?( name)?( 1 name)?|business|"
     r"employer", "company"),
    (r"(organi[sz]ation( 1)? )?(job )?title|position", "job_title"),
    (r"(organi[sz]ation( 1)? )?(job description|role)", "role"),
    (r"(full )?name|customer( name)?|contact( name)?|display name", "name"),
    (r"((home|work|business|other|primary) )?fax( number)?", "phone"),  # labelled "… fax"
    (r".*\b(fax|pager|telex|tty.*)\b.*", "ignore"),
    (r"((primary|secondary|home|work|business|personal|other) )?e ?mail"
     r"( (home|work|other))?( address)?( \d+)?( address)?( value)?", "email"),
    (r"(.* )?(phone|mobile|cell|telephone|tel|telefon|téléphone|mobil)( number)?( \d+)?"
     r"( value)?", "phone"),
    # Also as Outlook and spreadsheets name them in German, French and Spanish: "Anniversaire"
    # is a birthday in French, "Jahrestag" the anniversary of German Outlook.
    (r"birthday|birth ?date|date of birth|dob|geburtstag|geburtsdatum|date de naissance|"
     r"anniversaire|fecha de nacimiento|cumpleaños", "birthday"),
    (r"(wedding )?anniversary|jahrestag|hochzeitstag|anniversaire de mariage|"
     r"aniversario( de boda)?", "anniversary"),
    (r"tags?|labels|group membership|categories|(customer )?groups?", "tags"),
    (r"notes?|memo|comments?|about|remarks|preferences", "note"),
    (r"spouse|partner", "partner"),
    (r"family|family and pets|relatives", "family"),
    (r"preferred channel", "channel"),
    (r"stay in touch( days)?|contact every( days)?", "cadence"),
    (r"relation \d+ value", "relative"),
    (r"event \d+ value", "event"),
    (r"address \d+ formatted", "address"),
    (rf"{_WEBSITE}( \d+| blog| home ?page| other| profile| work)?( value)?", "website"),
    (rf"im \d+ value|im {_CHAT}|{_CHAT}( screen name| id| name)?|screen name", "handle"),
    (r"birth ?year|year of birth", "birth_year"),
    (r"birth ?month|month of birth", "birth_month"),
    (r"birth ?day|day of birth", "birth_day"),
    (_ADDRESS_GROUP, "address"),
)
_COMPILED = tuple((re.compile(pattern), target) for pattern, target in _RULES)
_PHONE_LABELS = (("mobile", "mobile"), ("cell", "mobile"), ("home", "home"),
                 ("business", "work"), ("work", "work"), ("office", "work"), ("other", "other"))
_MULTI = re.compile(r"\s*:::\s*")
# Several emails or phones in one cell: " ::: " or ";", but never the ";" of an extension
# ("+1-418-656-9254;ext=102").
_CONTACT_SEPARATOR = re.compile(r"\s*(?::::|;(?!\s*ext\s*=))\s*", re.IGNORECASE)
# Google's columns of labels, which may hold commas: split on " ::: " alone.
_GOOGLE_TAGS = ("labels", "group membership")
# "No date" as Outlook writes it in the form of its country: 0/0/00, 0.0.00, 00.00.0000.
_NO_DATE = re.compile(r"0+([./-])0+\1(0+)?")
# As Regulars writes family: "Tom (partner); Fritz (pet, dachshund)".
_FAMILY = re.compile(r"\s*([^;()]+?)\s*\((\w+)(?:,\s*([^)]*))?\)\s*(?:;|$)")
_NOT_TEXT = N_("not a text file (it contains NUL bytes)")


def _words(header: str) -> str:
    return re.sub(r"[^0-9a-zà-ÿ]+", " ", header.casefold()).strip()


def guess_field(header: str) -> str:
    words = _words(header)
    for pattern, target in _COMPILED:
        if pattern.fullmatch(words):
            return target
    return "ignore"


Row = tuple[int, list[str], dict[int, int]]  # line, cells, {column: length of a value left out}
# The longest cell kept: the longest text the program takes. A longer one is left out with a
# warning as the file is read, so that it never travels further.
CELL_LIMIT = TEXT_LIMIT
# What the csv module may hold of one cell while it reads it (its own default is 131,072).
csv.field_size_limit(4 * CELL_LIMIT)
PREVIEW_KEEP = 200


@dataclass
class CsvTable:
    """A CSV file read once to be checked and counted; its rows are read again as a stream."""

    path: str
    encoding: str
    delimiter: str
    headers: list[str]
    count: int  # rows with something in them
    head: list[Row]  # the first rows, for the preview
    opener: Callable[[], Iterable[str]] = field(repr=False)

    def rows(self) -> Iterator[Row]:
        return _rows(self.opener(), self.delimiter, self.path)

    def preview(self, count: int = 5) -> list[list[str]]:
        return [cells for _line, cells, _dropped in self.head[:count]]


def _rows(lines: Iterable[str], delimiter: str, name: str) -> Iterator[Row]:
    """The rows after the header line with something in them, oversized cells left out."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    start = 1
    try:
        for cells in reader:
            if start > 1 and "".join(cells).strip():
                dropped: dict[int, int] = {}
                if max(map(len, cells)) > CELL_LIMIT:
                    dropped = {i: len(cell) for i, cell in enumerate(cells)
                               if len(cell) > CELL_LIMIT}
                    for i in dropped:
                        cells[i] = ""
                yield start, cells, dropped
            start = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableFileError(name, start, Phrase(N_("not readable as CSV: {error}"),
                                                      error=str(error))) from None


def _lines(source: TextFile) -> Iterator[str]:
    """The file's lines for the csv module; one longer than any cell kept is no contact list."""
    for number, (line, length) in enumerate(source.lines(), start=1):
        if length > 4 * CELL_LIMIT:
            raise UnreadableFileError(source.path.as_posix(), number, Phrase(
                N_("the line is {length:,} characters long; not a contact list"),
                length=length))
        yield line


def read_table(source: TextFile) -> CsvTable:
    """A CSV file checked and counted in one pass; a broken file (such as an unclosed quote)
    is refused whole, before anything is written."""
    path = source.path
    if source.has_nul:
        raise UnreadableFileError(str(path), None, Phrase(_NOT_TEXT))
    with source.open() as stream:
        sample = stream.read(20_000)
    return _table(sample, str(path), source.encoding, lambda: _lines(source))


def _delimiter(text: str) -> str:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = LINES.split(sample)[0] if sample else ""
        return max(",;\t", key=first.count)


def parse_table(text: str, name: str, encoding: str = "utf-8") -> CsvTable:
    """A CSV file already in memory (a test, a pasted table)."""
    if "\x00" in text:
        raise UnreadableFileError(name, None, Phrase(_NOT_TEXT))
    return _table(text[:20_000], name, encoding, lambda: io.StringIO(text, newline=""))


def _table(sample: str, name: str, encoding: str,
           opener: Callable[[], Iterable[str]]) -> CsvTable:
    if not sample.strip() and len(sample) < 20_000:
        raise UnreadableFileError(name, None, Phrase(N_("the file is empty")))
    delimiter = _delimiter(sample)
    try:
        first = next(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
    except (StopIteration, csv.Error):
        first = []
    headers = [h.strip() for h in first]
    if not any(headers):
        raise UnreadableFileError(name, 1, Phrase(N_("the first line has no column headers")))
    table = CsvTable(name, encoding, delimiter, headers, 0, [], opener)
    for row in table.rows():
        if len(table.head) < PREVIEW_KEEP:
            table.head.append(row)
        table.count += 1
    return table


def auto_map(headers: list[str]) -> dict[int, str]:
    """Column index to field, by the header's words; Google's address parts only as fallback."""
    mapping = {i: guess_field(h) for i, h in enumerate(headers)}
    formatted = {m[1] for h in headers if (m := re.match(r"address (\d+) formatted", _words(h)))}
    for i, h in enumerate(headers):
        if mapping[i] == "address-part":
            number = re.match(r"address (\d+)", _words(h))
            mapping[i] = "ignore" if number and number[1] in formatted else "address"
    codes = {_words(h) for h in headers}
    for i, h in enumerate(headers):
        words = _words(h)
        if words.endswith(" code") and words[:-5] in codes and mapping[i] == "address":
            mapping[i] = "ignore"  # "Province Code" beside "Province"
    return mapping


def names_customers(mapping: dict[int, str]) -> bool:
    """Whether the columns can name a customer: a name, or else an email or a phone number,
    which stands in for the name (a mailing list, a till's list of numbers)."""
    return any(target in (*NAME_FIELDS, "email", "phone") for target in mapping.values())


def apply_overrides(table: CsvTable, mapping: dict[int, str],
                    overrides: list[tuple[str, str]]) -> dict[int, str]:
    """`--map COLUMN=FIELD` choices on top of the automatic ones."""
    result = dict(mapping)
    folded = {h.casefold(): i for i, h in enumerate(table.headers)}
    for column, target in overrides:
        if target not in FIELDS + EXTRA_FIELDS:
            raise ValidationError(Phrase(
                N_("--map {column}={target}: {quoted} is not one of: {fields}"), column=column,
                target=target, quoted=repr(target), fields=", ".join(FIELDS)))
        index = folded.get(column.strip().casefold())
        if index is None:
            raise ValidationError(Phrase(
                N_("--map {column}={target}: there is no column {quoted}; the columns are: "
                   "{columns}"), column=column, target=target, quoted=repr(column),
                columns=", ".join(table.headers)))
        result[index] = target
    return result


def _label_columns(headers: list[str], words: tuple[str, ...] = ("label", "type", "service")
                   ) -> dict[int, int]:
    """Google's "Phone 1 - Label" beside "Phone 1 - Value": value column to label column
    (or to the column of other last `words`, such as our "Relation 1 - Notes")."""
    labels = {}
    for i, h in enumerate(headers):
        match = re.fullmatch(r"(.+) (value)", _words(h))
        if match:
            for j, other in enumerate(headers):
                if _words(other) in [f"{match[1]} {word}" for word in words]:
                    labels[i] = j
    return labels


def _header_label(header: str) -> str:
    """An email's or phone's label from its column's words: "Email Work", "Home Phone";
    "work fax" for "Business Fax", which the importer files as a fax labelled "work"."""
    words = _words(header).split()
    label = next((label for word, label in _PHONE_LABELS if word in words), "")
    return f"{label} fax".strip() if "fax" in words else label


_GROUP_MATCH = re.compile(_ADDRESS_GROUP)
_NUMBERED_MATCH = re.compile(_NUMBERED_PART)


def address_slot(header: str) -> tuple[str, int]:
    """The address group a column belongs to and the part's place in it (street first,
    country last), so that the home and the work address never run together."""
    words = _words(header)
    if numbered := _NUMBERED_MATCH.fullmatch(words):
        return f"#{numbered[1]}", _NUMBERED_RANKS[numbered[2]]
    match = _GROUP_MATCH.fullmatch(words)
    if not match:
        return "", 0  # a column mapped by hand: the street
    group = _GROUP_LABELS.get(match[1] or "", "")
    if match[2]:
        return group, int(match[3] or 1) - 1
    rank = next(i for i in range(4, 8) if match[i])  # city, region, post code, country
    return group, rank - 1


def _group_labels(headers: list[str]) -> dict[str, int]:
    """Google's "Address 1 - Label" column for the group "#1"."""
    columns = {}
    for j, h in enumerate(headers):
        if match := re.fullmatch(r"address (\d+) (label|type)", _words(h)):
            columns[f"#{match[1]}"] = j
    return columns


@dataclass
class ReadState:
    ambiguous_dates: int = 0
    lines: list[int] = field(default_factory=list)


def records(table: CsvTable, mapping: dict[int, str], order: str,
            state: ReadState | None = None) -> Iterator[Incoming]:
    return read_rows(table.headers, table.rows(), mapping, order, state)


def read_rows(headers: list[str], rows: Iterable[Row], mapping: dict[int, str], order: str,
              state: ReadState | None = None) -> Iterator[Incoming]:
    """A record for each row, by the columns' mapping."""
    today = clock.today()
    labels = _label_columns(headers)
    relative_notes = _label_columns(headers, ("notes",))
    state = state or ReadState()
    used = [(index, target) for index, target in sorted(mapping.items()) if target != "ignore"]
    header_labels = {index: _header_label(headers[index]) for index, _ in used}
    slots = {index: address_slot(headers[index]) for index, target in used
             if target == "address"}
    group_labels = _group_labels(headers)
    def label_of(index: int, cells: list[str], default: str,
                 columns: dict[int, int] = labels) -> str:
        column = columns.get(index)
        return cells[column].strip() if column is not None and column < len(cells) else default

    def date_of(text: str, header: str, record: Incoming) -> LooseDate | None:
        if _NO_DATE.fullmatch(text.strip()):
            return None
        try:
            parsed = parse_loose(text, order, today)
        except ValidationError as error:
            record.problems.append(Phrase(WHAT_PROBLEM, what=header, problem=said(error)))
            return None
        if parsed is not None:
            state.ambiguous_dates += parsed.ambiguous
        return parsed

    for line, cells, dropped in rows:
        record = Incoming(line=line)
        for index, length in dropped.items():
            header = (headers[index] if index < len(headers)
                      else Phrase(N_("column {number}"), number=index + 1))
            record.warnings.append((line, Phrase(
                N_("{what}: a value of {length:,} characters is too long and was left out"),
                what=header, length=length)))
        addresses: dict[str, list[tuple[int, str]]] = {}
        birth: dict[str, str] = {}
        notes: list[str] = []
        events: list[tuple[str, LooseDate]] = []  # read once the row's family is known
        for index, target in used:
            value = cells[index].strip() if index < len(cells) else ""
            if not value:
                continue
            if value.startswith("'") and value[1:2] in FORMULA_START:
                value = value[1:]  # written inert by a careful exporter, ours among them
            header = headers[index]
            if target in ("first_name", "last_name", "nickname", "company", "job_title", "role"):
                setattr(record, target, value)
            elif target == "name":
                if not (record.first_name or record.last_name):
                    first, _, last = value.rpartition(" ")
                    record.first_name, record.last_name = (first, last) if first else (value, "")
            elif target in ("email", "phone"):
                label = label_of(index, cells, header_labels[index])
                label = label.lstrip("* ").strip().casefold()
                for part in _CONTACT_SEPARATOR.split(value):
                    if not part:
                        continue
                    # a phone labelled "Work Fax" is filed as a fax by the importer
                    (record.emails if target == "email" else record.phones).append((part, label))
            elif target in _BIRTH_PARTS:
                birth[target] = value
            elif target == "handle":
                service = _words(header).removeprefix("im ").removesuffix(" screen name")
                label = label_of(index, cells, "" if re.fullmatch(r"im \d+ value|screen name",
                                                                  _words(header)) else service)
                record.handles.append((value, label))
            elif target == "website":
                # "Website Blog": the column's last words are the label, unless it has its own
                kind = _WEBSITE_COLUMN.sub("", _words(header)).strip()
                label = label_of(index, cells, kind).lstrip("* ").strip().casefold()
                record.websites += [(part, label) for part in _MULTI.split(value) if part]
            elif target == "address":
                group, rank = slots[index]
                addresses.setdefault(group, []).append((rank, one_line(value)))
            elif target in ("birthday", "anniversary"):
                for part in _MULTI.split(value):
                    if parsed := date_of(part, header, record):
                        record.dates.append(IncomingDate(target, parsed.month, parsed.day,
                                                         parsed.year))
            elif target == "tags":
                record.tags += split_tags(value, google=_words(header) in _GOOGLE_TAGS)
            elif target == "note":
                notes.append(value.replace("\r\n", "\n"))
            elif target == "newsletter":
                consent = newsletter_from_text(value)
                if consent is not None:
                    record.newsletter = consent
                elif since := consent_date(value):  # the "Newsletter Since" of our export
                    record.newsletter_since = since
            elif target == "channel":
                record.preferred_channel = value.lower()
            elif target == "cadence":
                if value.isdigit():
                    record.contact_every_days = int(value)
                else:
                    record.problems.append(Phrase(N_("{what}: {value} is not a number of days"),
                                                  what=header, value=repr(value)))
            elif target == "family":
                for match in _FAMILY.finditer(value):
                    record.relatives.append((match[1].strip(), match[2], match[3] or ""))
            elif target in ("partner", "relative", "event"):
                label = label_of(index, cells, target)
                if target != "event":
                    record.relatives.append((value, relation_from_label(label),
                                             label_of(index, cells, "", relative_notes)))
                elif parsed := date_of(value, header, record):
                    events.append((label, parsed))
        if birth.get("birth_month") and birth.get("birth_day"):
            year = birth.get("birth_year", "")
            text = f"{year or '-'}-{birth['birth_month']:0>2}-{birth['birth_day']:0>2}"
            if parsed := date_of(text, Phrase(N_("Birthday")), record):
                record.dates.append(IncomingDate("birthday", parsed.month, parsed.day,
                                                 parsed.year))
        relatives = {name.casefold() for name, _relation, _notes in record.relatives}
        for label, parsed in events:
            kind, label, relative = date_from_label(label, relatives)
            record.dates.append(IncomingDate(kind, parsed.month, parsed.day, parsed.year, label,
                                             relative))
        for group, parts in addresses.items():
            column = group_labels.get(group)
            if column is not None:  # Google's numbered groups: their own label column
                label = cells[column].lstrip("* ").strip().casefold() if column < len(cells) else ""
            else:
                label = "" if group.startswith("#") else group
            joined = ", ".join(value for _rank, value in sorted(parts, key=lambda p: p[0]))
            for part in _MULTI.split(joined):
                if part:
                    record.addresses.append((part, label))
        record.about = "\n".join(notes)
        yield record
