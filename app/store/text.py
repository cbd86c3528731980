"""Text folding shared by sorting and search.

Sorting and searching must agree on what "the same letters" means: the owner
types "garcia" and expects García, and expects García sorted beside Garcia.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\D+")


def fold(text: str | None) -> str:
    """Lower-case, accent-free form of `text` for sorting and matching."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def digits(text: str | None) -> str:
    return _DIGITS.sub("", text or "")


def full_name(first: str | None, last: str | None, company: str | None = None) -> str:
    """The name a list shows: first and last name, else the company."""
    name = " ".join(part.strip() for part in (first or "", last or "") if part and part.strip())
    return name or (company or "").strip()
