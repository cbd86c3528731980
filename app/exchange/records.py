"""What an import reads from a file, before it is checked and saved.

Every reader (vCard, CSV) produces `Incoming` records; one importer checks
them with the same rules as the window and saves them. Nothing here touches
the database.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.core.errors import RegularsError
from app.core.phrases import N_, Phrase
from app.core.relations import read_relation


class UnreadableFileError(RegularsError):
    """The file as a whole cannot be imported; says what and where, nothing is written.

    Its message is a `Phrase` (as is `message`, where the reader wrote one), so that the
    import wizard says it in the shop's language; the command line prints the English."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        if line:
            said = Phrase(N_("{path}, line {line}: {message}"), path=path, line=str(line),
                          message=message)
        else:
            said = Phrase(N_("{path}: {message}"), path=path, message=message)
        super().__init__(said)
        self.path, self.line, self.message = path, line, message

    def __reduce__(self) -> tuple:
        """Rebuilt from its parts when it crosses from a worker process."""
        return type(self), (self.path, self.line, self.message)


@dataclass
class IncomingDate:
    kind: str  # birthday, anniversary, other
    month: int
    day: int
    year: int | None
    label: str = ""
    relative: str | None = None  # the name of a relative it belongs to


@dataclass
class Incoming:
    line: int
    first_name: str = ""
    last_name: str = ""
    nickname: str = ""
    company: str = ""
    job_title: str = ""
    role: str = ""
    about: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (value, label)
    emails: list[tuple[str, str]] = field(default_factory=list)
    addresses: list[tuple[str, str]] = field(default_factory=list)
    faxes: list[tuple[str, str]] = field(default_factory=list)
    websites: list[tuple[str, str]] = field(default_factory=list)
    handles: list[tuple[str, str]] = field(default_factory=list)  # chat: (handle, service)
    # The card's id in the address book it came from (UID, X-ABUID): a card imported again
    # with the same id updates the customer it made.
    uid: str = ""
    relatives: list[tuple[str, str, str]] = field(default_factory=list)  # name, relation, notes
    dates: list[IncomingDate] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    newsletter: bool | None = None
    newsletter_since: dt.date | None = None
    photo: bytes | None = None
    preferred_channel: str = ""
    contact_every_days: int | None = None
    # Found while reading; the record is refused. Each is a `Phrase` (app.core.phrases), so the
    # window says it in the shop's language, with what the file wrote kept as written.
    problems: list[str] = field(default_factory=list)
    # (line, what was left out, a `Phrase`): values dropped while reading; the rest is kept
    warnings: list[tuple[int, str]] = field(default_factory=list)

    def has_identity(self) -> bool:
        return bool(self.first_name or self.last_name or self.company or self.nickname
                    or self.emails or self.phones)


# A problem with one value after what holds it: a column's header or a card's property as the
# file names it, or the kind of value ("phone"), marked.
WHAT_PROBLEM = N_("{what}: {problem}")


def said(error: BaseException) -> str:
    """What an error says, kept as the `Phrase` it was raised with where it has one (`str`
    would make it plain English): a report's line is then said in the window's language."""
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(
        error)


def joined(parts: list[str]) -> str:
    """Several problems of one record as one line, "a; b; c", each said as it was made."""
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return Phrase(N_("{first}; {then}"), first=parts[0], then=joined(parts[1:]))


_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")


def plain_label(label: str) -> str:
    """Apple's "_$!<Spouse>!$_" as "Spouse"; other labels as written."""
    match = _APPLE_LABEL.fullmatch(label.strip())
    return (match[1] if match else label).strip()


def relation_from_label(label: str) -> str:
    """One of Regulars' relations for an exporter's label; "other" when unknown."""
    found = read_relation(plain_label(label))
    return "other" if found is None else found[0]


def date_from_label(label: str, relatives: set[str]) -> tuple[str, str, str | None]:
    """(kind, label, relative's name) of a labelled date as Apple and our exports write it:
    "Anniversary (shop opening)", "Mia's birthday" (when Mia is among the casefolded
    `relatives`), else another date with that label ("Other" alone being no label)."""
    label = plain_label(label)
    owner = re.fullmatch(r"(.+?)['’]s birthday", label, re.IGNORECASE)
    anniversary = re.fullmatch(r"anniversary(?: \((.*)\))?", label, re.IGNORECASE)
    if anniversary:
        return "anniversary", anniversary[1] or "", None
    if owner and owner[1].casefold() in relatives:
        return "birthday", "", owner[1]
    if label.casefold() == "birthday":
        return "birthday", "", None
    return "other", "" if label.casefold() == "other" else label, None


def newsletter_from_text(text: str) -> bool | None:
    """Marketing consent as exporters write it: yes/no, true/false, subscribed/unsubscribed."""
    value = text.strip().casefold()
    if not value:
        return None
    if value in ("yes", "y", "true", "1", "x", "subscribed", "opted in", "opted_in", "confirmed",
                 "ja", "oui", "sí", "si"):
        return True
    if value in ("no", "n", "false", "0", "unsubscribed", "not subscribed", "opted out",
                 "opted_out", "never subscribed", "pending", "nein", "non"):
        return False
    return None


def consent_date(text: str) -> dt.date | None:
    """The day consent was given as a file writes it beside the word (our exports' "Newsletter
    Since", a card's X-REGULARS-NEWSLETTER): an ISO date, a time after it ignored."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def split_tags(text: str, google: bool = False) -> list[str]:
    """Tags from one cell: commas, semicolons, or Google's " ::: "; Google's own groups dropped.

    A cell that uses " ::: ", or any cell of Google's own column (`google`), is split on that
    alone, since Google's labels may hold a comma ("Nuts, seeds and grains").
    """
    google = google or ":::" in text
    parts = re.split(r"\s*:::\s*" if google else r"\s*(?::::|,|;)\s*", text)
    tags = []
    for part in parts:
        part = part.strip().lstrip("*").strip()
        if part and part.casefold() not in ("mycontacts", "starred"):
            tags.append(part)
    return tags
