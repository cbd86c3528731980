"""What the program says in words, in English and in any of the window's languages.

The core writes sentences ("3 days ago", "Anna's birthday (turns 40)") for the command line,
which speaks English, and for the window, which speaks the shop's language. A `Phrase` is
both: it is the English text, so every caller that wants a string has one, and it keeps the
template it was made from and its values, so that the window can look the template up in its
translations and put the values back in the shop's forms (its dates, amounts and numbers).

Templates use named fields, `"{short}'s birthday"`, with Python's format specifications for
English (`"{n:,}"`, `"{day:%a %d %b}"`). A template is marked with `N_`, which
`pyside6-lupdate` reads (packaging/translations.sh) and which changes nothing. A template that
counts something is made with `counted`, which names its English singular and plural: its key
is written the way Qt's numerus forms are (`"%Ln day(s) ago"`), and the window says it with
`tr(key, "", n)` in a table of its own, so that each language has its own plural forms.
"""

from __future__ import annotations

from typing import Any


def N_(template: str) -> str:  # noqa: N802 (the name pyside6-lupdate is told to read)
    """Mark a template for translation; the template itself."""
    return template


# A counted template's English forms, by its key: (one, other).
COUNTED: dict[str, tuple[str, str]] = {}


def counted(key: str, one: str, other: str) -> str:
    """A template whose words follow a number `n`: `key` as Qt's numerus forms write it
    ("%Ln day(s) ago"), with the English of one and of many ("{n:,} day ago")."""
    COUNTED[key] = (one, other)
    return key


class Phrase(str):
    """English text that remembers how it was made: `template` and `values`."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Phrase:
        # Made by the ten thousand for a large shop's reminders: kept to the least work.
        forms = COUNTED.get(template)
        english = template if forms is None else forms[values["n"] != 1]
        phrase = str.__new__(cls, english.format_map(values) if values else english)
        phrase.template = template
        phrase.values = values
        return phrase

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (the import's worker processes) as what it is."""
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Phrase:
    return Phrase(template, **values)

