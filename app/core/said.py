"""What the program wrote itself, kept as its template and values rather than in one language.

A timeline entry the program writes ("Done: ring back", "Redeemed 20 points", a greeting
prepared) and the follow-up it opens for unhappy feedback keep two things: `text`, the English
rendering, which search and the command line read as they always have, and `said`, the
`app.core.phrases.Phrase` it was made from, so that the window can say it again in the shop's
language and forms, whatever language the shop speaks then. Text the owner typed has no `said`.

`said` is JSON: {"template": "<the N_ template>", "values": {"<field>": <value>}}. A value is
kept as JSON keeps it where JSON has the type: text (what was said as it was, a name or the
owner's words, never translated), a whole number, a truth. A phrase within the phrase is an
object of the same shape, so that it is said in the shop's language too; a day, a moment and an
amount are objects that name their type ({"date": "2026-11-23"}, {"datetime":
"2026-11-23T10:30:00"}, {"amount": "12.50"}), so that they come back as what they were and are
written in the shop's forms. Anything else is kept as its English text.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from typing import Any

from app.core.phrases import N_, Phrase

# What earlier versions wrote and this one no longer does: an upgrade finds these in a file
# (`app.store.old_texts`) and the window still says them in the shop's language.
EARLIER = (
    N_("Got in touch (reminder)"),
    N_("Got in touch: we missed you ({short} usually comes every {usual} days; last visit "
       "{away} days ago)"),
)


def to_said(text: str) -> str | None:
    """The `said` of a text about to be stored: its template and values where it is a Phrase,
    None for text as typed."""
    if not isinstance(text, Phrase):
        return None
    return json.dumps(_tree(text), ensure_ascii=False, separators=(",", ":"))


def from_said(text: str, said: str | None) -> str:
    """A stored text as the program reads it: a Phrase made again from `said`, whose English
    is `text` exactly as it was stored (the command line prints what it always printed);
    `text` as it is where there is no `said` or it cannot be read."""
    if not said:
        return text
    try:
        tree = json.loads(said)
        template, values = tree["template"], {k: _value(v) for k, v in tree["values"].items()}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, InvalidOperation):
        return text  # a `said` this version cannot read: the English stands
    if not isinstance(template, str):
        return text
    phrase = str.__new__(Phrase, text)
    phrase.template = template
    phrase.values = values
    return phrase


def _tree(phrase: Phrase) -> dict[str, Any]:
    return {"template": phrase.template,
            "values": {name: _kept(value) for name, value in phrase.values.items()}}


def _kept(value: object) -> object:
    if isinstance(value, Phrase):
        return _tree(value)
    if isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"amount": str(value)}
    return str(value)


def _value(kept: object) -> object:
    if not isinstance(kept, dict):
        return kept
    if "template" in kept:
        values = {name: _value(value) for name, value in kept["values"].items()}
        return Phrase(kept["template"], **values)
    if "datetime" in kept:
        return dt.datetime.fromisoformat(kept["datetime"])
    if "date" in kept:
        return dt.date.fromisoformat(kept["date"])
    if "amount" in kept:
        return Decimal(kept["amount"])
    raise ValueError(f"a value of no known type: {sorted(kept)}")
