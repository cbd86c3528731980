"""Phrases: the English the command line prints, remembering what the window translates."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest

from app.core.phrases import COUNTED, N_, Phrase, counted

_SPENT = N_("spent {amount:,.2f} on {day:%a %d %b}")
_VISITS = "%Ln visit(s) since {day:%d %b}"


@pytest.fixture(autouse=True)
def _visits():
    """A counted phrase of these tests' own, gone after each (the window's test reads them
    all)."""
    counted(_VISITS, "{n:,} visit since {day:%d %b}", "{n:,} visits since {day:%d %b}")
    yield
    COUNTED.pop(_VISITS)


def test_a_phrase_is_its_english_and_keeps_its_template_and_values():
    phrase = Phrase(_SPENT, amount=Decimal("1234.5"), day=dt.date(2026, 11, 26))
    assert phrase == "spent 1,234.50 on Thu 26 Nov"
    assert isinstance(phrase, str)
    assert phrase.template == _SPENT
    assert phrase.values == {"amount": Decimal("1234.5"), "day": dt.date(2026, 11, 26)}


def test_a_counted_phrase_is_said_with_one_or_many_in_english():
    assert COUNTED[_VISITS] == ("{n:,} visit since {day:%d %b}",
                                "{n:,} visits since {day:%d %b}")
    assert Phrase(_VISITS, n=1, day=dt.date(2026, 1, 2)) == "1 visit since 02 Jan"
    assert Phrase(_VISITS, n=1200, day=dt.date(2026, 1, 2)) == "1,200 visits since 02 Jan"
    assert Phrase(_VISITS, n=0, day=dt.date(2026, 1, 2)) == "0 visits since 02 Jan"


def test_a_phrase_holds_phrases_and_the_owner_s_words_as_they_are():
    inner = Phrase(N_("{short}'s birthday"), short="Ann {x}")
    outer = Phrase(N_("{said} ({detail})"), said=inner, detail="{braces} typed")
    assert outer == "Ann {x}'s birthday ({braces} typed)"
    assert outer.values["said"].template == "{short}'s birthday"


def test_a_phrase_goes_to_another_process_whole():
    """The import reads large files in worker processes, which send their problems back."""
    phrase = Phrase(_VISITS, n=3, day=dt.date(2026, 1, 2))
    again = pickle.loads(pickle.dumps(phrase))
    assert (again, again.template, again.values) == (phrase, phrase.template, phrase.values)
