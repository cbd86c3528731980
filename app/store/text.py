"""Text folding shared by sorting and search.

Sorting and searching must agree on what "the same letters" means: the owner
types "garcia" and expects García, and expects García sorted beside Garcia.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\D+")
# A word as the search index splits text: a run of letters and digits. FTS5's unicode61 also
# keeps an accent written as a mark of its own ("E" + U+0301) inside the word, which this
# splits at: text folded first (`fold` drops such marks) is split as the index splits it.
WORD = re.compile(r"[^\W_]+")
_JOINED = re.compile(r"['’‐-]")


def name_forms(*names: str) -> list[str]:
    """The names, and those written with an apostrophe or a hyphen also run together:
    "O'Brien" is also "obrien", "Jean-Luc" also "jeanluc", as people type them."""
    joined = [_JOINED.sub("", n) for n in names if n and _JOINED.search(n)]
    return [*names, *joined]


def fold(text: str | None) -> str:
    """Lower-case, accent-free form of `text` for sorting and matching."""
    if not text:
        return ""
    if text.isascii():  # nothing to decompose: most text, and every search row, is
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def digits(text: str | None) -> str:
    return _DIGITS.sub("", text or "")


def full_name(first: str | None, last: str | None, company: str | None = None) -> str:
    """The name a list shows: first and last name, else the company."""
    name = " ".join(part.strip() for part in (first or "", last or "") if part and part.strip())
    return name or (company or "").strip()
