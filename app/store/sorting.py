"""Names in the order the shop's language expects, as a plain key kept in the index.

The list, Today's agenda and the starts of the names are read in the order of `sort_name`,
compared as SQLite compares text by default (byte by byte). No collation of SQLite's own (ICU)
and none the program registers: the command line, the window and any program that reads the
file put the names in one order, and the indexes keep them so. What the language asks of the
order is therefore written into the key itself, when the name is saved:

- German, as lists of names are ordered (DIN 5007-2, phone books): ä, ö and ü are ae, oe and
  ue, ß is ss, other accents are dropped. "Öztürk" is "oeztuerk": after Oehler, before Ofen.
- Spanish: ñ is a letter of its own, after n (Nunez, Nuno, Nunzio, Nuñez, Nuño, Nuo…); ch and
  ll are two letters each, as the Academies have ordered them since 1994. Other accents are
  dropped.
- Any other language (English, French): accents dropped and case ignored, as search folds
  what is typed (`text.fold`).

The language is the one the shop chose and saved. A shop that never chose one speaks its
owner's locale in the window, but its keys follow the plain rule: a key made by a job run
under another locale would otherwise sort apart from the window's.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.store.text import fold, full_name

if TYPE_CHECKING:  # imported by jobs that read through plain sqlite3
    from app.store.reading import Executes

# ñ is n followed by the last character there is: after n and anything that can follow it
# ("nz", "n" and a letter of another alphabet), before o. In UTF-8, as SQLite compares, no
# character's bytes come after these.
AFTER_N = "\U0010ffff"

# Searched in the decomposed text (NFKD), where an umlaut and a tilde are marks of their own,
# so that a name typed with the mark apart ("O" + U+0308) is spelt as one typed whole.
_UMLAUT = re.compile("([aouAOU])\u0308")
_TILDE_N = re.compile("([nN])\u0303")


def _german(decomposed: str) -> str:
    return _UMLAUT.sub(r"\1e", decomposed)


def _spanish(decomposed: str) -> str:
    return _TILDE_N.sub(lambda found: found.group(1) + AFTER_N, decomposed)


# How each language with a rule of its own spells a name for its key, before it is folded.
_SPELLINGS: dict[str, Callable[[str], str]] = {"de": _german, "es": _spanish}


def rule(language: str) -> str:
    """The rule the keys of a shop in `language` follow: the language, or "" for the plain
    one. Languages with one rule share their keys: from English to French nothing is redone."""
    return language if language in _SPELLINGS else ""


def name_key(text: str | None, language: str) -> str:
    """`text` as a key that sorts as `language` expects, by byte."""
    if text and text.isascii():
        # Most names: no rule spells them apart, and folding them is lower-casing them. Every
        # name of a large shop is keyed when its language changes.
        return text.lower()
    spell = _SPELLINGS.get(language)
    if spell is None or not text:
        return fold(text)
    return fold(spell(unicodedata.normalize("NFKD", text)))


def sort_key(first: str, last: str, company: str, language: str) -> str:
    """The key of a customer's name in the list (`customer.sort_name`)."""
    return name_key(full_name(first, last, company), language)


def shop_language(database: Executes) -> str:
    """The language the shop saved, or "" when it saved none (or one that cannot be read):
    read once per write or import, as the key is made, rather than passed by every caller."""
    row = database.execute_sql("SELECT value FROM setting WHERE key = 'language'").fetchone()
    if row is None:
        return ""
    try:
        value = json.loads(row[0])
    except (ValueError, TypeError):
        return ""
    return value if isinstance(value, str) else ""
