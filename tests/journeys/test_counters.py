"""Two counters on one customer book: each names itself in Settings, and a timeline with
entries from another counter says, on each entry, which counter wrote it; a shop with one
counter is not told its own name on every line."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.core import counter, timeline
from tests.journeys.shop import customer_named


def _name_this_counter(person, name: str) -> None:
    person.press("Ctrl+,")
    person.press("Alt+C")  # "This counter's name"
    field = person.focus
    assert isinstance(field, QLineEdit) and field.text() == counter.name()
    person.press("Ctrl+A")
    person.type(name)
    person.press("Enter")  # OK
    assert "Settings" not in [w.windowTitle() for w in person.reachable()]


def _log_visit(person, letters: str, text: str) -> None:
    person.press("Ctrl+F")
    person.type(letters)
    person.press("Enter")
    person.press("Ctrl+L")
    person.type(text)
    person.press("Enter")


def test_the_other_counters_name_shows_on_the_entries_it_wrote(regular, person):
    michael = customer_named("Michael Fernández")
    _name_this_counter(person, "Back office")
    _log_visit(person, "Michael", "asked about the autumn range")
    assert timeline.entries(michael, limit=1)[0].counter == "Back office"
    assert not person.sees("· Back office")  # one counter so far: no name on every line

    _name_this_counter(person, "Front till")  # another counter, as far as this book knows
    _log_visit(person, "Michael", "bought the autumn range")
    assert timeline.entries(michael, limit=1)[0].counter == "Front till"
    rows = person.list_rows("Visit")
    assert [row.rpartition(" · ")[2] for row in rows[:2]] == ["Front till", "Back office"]
    # what was logged before counters had names says nothing of where it was written
    named = [row for row in rows if row.endswith(("· Front till", "· Back office"))]
    assert named == rows[:2] and len(rows) > 2
