"""What the program wrote in English before it kept a code for it, found again in a file.

Since schema version 13 a timeline entry or a follow-up that the program writes itself keeps,
beside its English `text`, the template and values it was made from (`said`, JSON; the format
is `app.core.said`'s), so that the window says it in the shop's language. Entries written
earlier have only the English. The upgrade reads them with the exact words each earlier version
wrote ("Done: ring back", "Redeemed 20 points: free coffee", "Sent a card (Ann's birthday
(turns 40))") and gives them their `said`; what the owner typed is left as it is. Where an
entry's kind, points or the follow-up it closed do not fit the words, it is the owner's.

The templates are written out here as the program marks them for translation (a test holds
each to a template of app/core); the store does not import the code that makes them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peewee import SqliteDatabase

Said = dict[str, Any]

# Entries whose words never changed, with the kinds of entry that carried them.
_FIXED = {
    "Thank-you call: a top customer this week": ("call",),
    "Welcome note to a new customer": ("message",),
    "Thank-you note: one of our top ten": ("message",),
    "Done": ("note",),
    "Called to keep in touch": ("call",),
    "Sent a message to keep in touch": ("message",),
    "Saw them": ("visit",),
    # Done on a "stay in touch" reminder, as the customer's preferred channel named it.
    "Got in touch (reminder)": ("call", "email", "message", "visit", "note"),
    # The opening balance of loyalty points (schema step 4); it has points.
    "Loyalty points carried over": ("note",),
}
_LAPSED_THEN = ("Got in touch: we missed you ({short} usually comes every {usual} days; last "
                "visit {away} days ago)")
_REDEEMED = "Redeemed %Ln point(s)"
_REDEEMED_FOR = "Redeemed %Ln point(s): {note}"
_DONE = "Done: {text}"
_MAKE_IT_RIGHT = "Make it right: {text}"
# How a follow-up was named in Today's list, which a Done once logged with it.
_FOLLOW_UP_SAID = re.compile(r"(?:Promised|Ask|To do): (?P<text>.*)", re.S)

# The occasion a card or wishes were sent for, as the reminders said it.
_NOUNS = ("partner", "child", "grandchild", "parent", "sibling", "pet", "friend", "family")
_RELATIVES_DATE = {"birthday": "{relative}'s birthday, {short}'s {noun}",
                   "anniversary": "{relative}'s anniversary, {short}'s {noun}",
                   "day": "{relative}'s day, {short}'s {noun}"}
_OWN_DATE = {"birthday": "{short}'s birthday", "anniversary": "{short}'s anniversary"}
_NAMED_DATE = "{short}: {label}"
_AN_IMPORTANT_DATE = "an important date"
_TURNS = "turns {years}"
_YEARS = "%Ln year(s)"
_WITH_DETAIL = "{said} ({detail})"
_WITH_LABEL_AND_DETAIL = "{said} ({label}, {detail})"

_RELATIVES = re.compile(r"(?P<relative>.+)'s (?P<what>birthday|anniversary|day), "
                        r"(?P<short>.+)'s (?P<noun>.+)", re.S)
_OWN = re.compile(r"(?P<short>.+)'s (?P<kind>birthday|anniversary)", re.S)
_NAMED = re.compile(r"(?P<short>[^:]+): (?P<label>.+)", re.S)
_DETAILED = re.compile(r"(?P<said>.+) \((?:(?P<label>.+), )?"
                       r"(?:turns (?P<turns>\d+)|(?P<years>\d+) years?)\)", re.S)
_LABELLED = re.compile(r"(?P<said>.+) \((?P<label>[^()]+)\)", re.S)


def said(template: str, **values: object) -> Said:
    return {"template": template, "values": values}


def _json(tree: Said) -> str:
    """As `app.core.said` writes it."""
    return json.dumps(tree, ensure_ascii=False, separators=(",", ":"))


def _date_said(text: str) -> Said | None:
    """"Lena's birthday, Anna's daughter", "Anna's anniversary", "Anna: opening day"."""
    if found := _RELATIVES.fullmatch(text):
        noun = found["noun"]
        return said(_RELATIVES_DATE[found["what"]], relative=found["relative"],
                    short=found["short"], noun=said(noun) if noun in _NOUNS else noun)
    if found := _OWN.fullmatch(text):
        return said(_OWN_DATE[found["kind"]], short=found["short"])
    if found := _NAMED.fullmatch(text):
        label = found["label"]
        return said(_NAMED_DATE, short=found["short"],
                    label=said(label) if label == _AN_IMPORTANT_DATE else label)
    return None


def occasion(text: str) -> Said | str:
    """A date's reminder as it was said, with what it says in brackets ("Ann's birthday (turns
    40)", "Ann's anniversary (wedding, 10 years)"); the text itself where it is none of them."""
    if (found := _DETAILED.fullmatch(text)) and (day := _date_said(found["said"])):
        detail = (said(_TURNS, years=int(found["turns"])) if found["turns"] is not None
                  else said(_YEARS, n=int(found["years"])))
        if found["label"] is not None:
            return said(_WITH_LABEL_AND_DETAIL, said=day, label=found["label"], detail=detail)
        return said(_WITH_DETAIL, said=day, detail=detail)
    if (found := _LABELLED.fullmatch(text)) and (day := _date_said(found["said"])):
        return said(_WITH_DETAIL, said=day, detail=found["label"])
    return _date_said(text) or text


def _redeemed(found: re.Match[str], points: int | None) -> Said | None:
    n = int(found["n"])
    if points != -n:  # a redemption took its points off the balance
        return None
    if found["note"] is None:
        return said(_REDEEMED, n=n)
    return said(_REDEEMED_FOR, n=n, note=found["note"])


# The entries whose words hold values: (kinds, pattern, what it says), first match wins.
_Reader = Callable[[re.Match[str], int | None], Said | None]
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str], _Reader], ...] = (
    (("message",), re.compile(r"Sent a card \((?P<occasion>.+)\)", re.S),
     lambda m, _p: said("Sent a card ({occasion})", occasion=occasion(m["occasion"]))),
    (("message",), re.compile(r"Sent wishes: (?P<occasion>.+)", re.S),
     lambda m, _p: said("Sent wishes: {occasion}", occasion=occasion(m["occasion"]))),
    (("message",), re.compile(r"Got in touch: we missed you \((?P<short>.+) usually comes every "
                              r"(?P<usual>\d+) days; last visit (?P<away>\d+) days ago\)", re.S),
     lambda m, _p: said(_LAPSED_THEN, short=m["short"], usual=int(m["usual"]),
                        away=int(m["away"]))),
    (("email",), re.compile(r"Greeting prepared by email: (?P<greeting>.*)", re.S),
     lambda m, _p: said("Greeting prepared by email: {greeting}", greeting=m["greeting"])),
    (("message",), re.compile(r"Greeting prepared by text message: (?P<greeting>.*)", re.S),
     lambda m, _p: said("Greeting prepared by text message: {greeting}",
                        greeting=m["greeting"])),
    (("message",), re.compile(r"Greeting copied to send: (?P<greeting>.*)", re.S),
     lambda m, _p: said("Greeting copied to send: {greeting}", greeting=m["greeting"])),
    (("note",), re.compile(r"Redeemed (?P<n>\d+) points(?:: (?P<note>.*))?", re.S), _redeemed),
)
# What the first look through the timeline picks out (SQLite's LIKE: the words' starts).
_STARTS = ("Sent a card (", "Sent wishes: ", "Got in touch: we missed you (", "Greeting ",
           "Redeemed ", "Done: ")


def recognise(database: SqliteDatabase) -> None:
    """Give the program's own follow-ups and timeline entries of this file their `said`."""
    cursor = database.cursor()
    follow_ups = [(_json(said(_MAKE_IT_RIGHT, text=text[len("Make it right: "):])), fid)
                  for fid, text in database.execute_sql(
                      "SELECT id, text FROM follow_up WHERE said IS NULL AND kind = 'task' "
                      "AND text LIKE 'Make it right: %'")
                  if text.startswith("Make it right: ")]
    cursor.executemany("UPDATE follow_up SET said = ? WHERE id = ?", follow_ups)
    fixed = ", ".join("?" * len(_FIXED))
    starts = " OR ".join("text LIKE ?" for _ in _STARTS)
    rows = database.execute_sql(
        f"SELECT id, customer_id, kind, text, points FROM interaction WHERE said IS NULL "
        f"AND (text IN ({fixed}) OR {starts})",
        (*_FIXED, *(start + "%" for start in _STARTS))).fetchall()
    found = []
    for entry_id, customer_id, kind, text, points in rows:
        tree = _entry_said(database, customer_id, kind, text, points)
        if tree is not None:
            found.append((_json(tree), entry_id))
    cursor.executemany("UPDATE interaction SET said = ? WHERE id = ?", found)


def _entry_said(database: SqliteDatabase, customer_id: int, kind: str, text: str,
                points: int | None) -> Said | None:
    if kind in _FIXED.get(text, ()):
        if text == "Loyalty points carried over" and points is None:
            return None
        return said(text)
    if kind == "note" and text.startswith("Done: "):
        return _done(database, customer_id, text[len("Done: "):])
    for kinds, pattern, reader in _PATTERNS:
        if kind in kinds and (found := pattern.fullmatch(text)):
            return reader(found, points)
    return None


def _done(database: SqliteDatabase, customer_id: int, what: str) -> Said | None:
    """"Done: …" as a follow-up closed logged it: only where this customer has a closed
    follow-up of those words (or as Today's list named it: "Promised: …"); the follow-up's
    own code goes with them."""
    named = _FOLLOW_UP_SAID.fullmatch(what)
    closed = database.execute_sql(
        "SELECT text, said FROM follow_up WHERE customer_id = ? AND done_at IS NOT NULL "
        "AND text IN (?, ?) ORDER BY text = ? DESC LIMIT 1",
        (customer_id, what, named["text"] if named else what, what)).fetchone()
    if closed is None:
        return None
    text, follow_up_said = closed
    if text == what and follow_up_said:
        return said(_DONE, text=json.loads(follow_up_said))
    return said(_DONE, text=what)
