"""Names in the order the shop's language expects, kept as a key every reader sorts alike."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import NASTY, settle
from hypothesis import given
from hypothesis import strategies as st

from app.core import clock, customers, directory, edits, followups, session, settings
from app.core.operations import perform
from app.store import search
from app.store.batches import is_server
from app.store.models import db
from app.store.sorting import AFTER_N, name_key, rule, sort_key
from app.store.text import fold

# Each list as its language orders it. German (DIN 5007-2): ä, ö, ü are ae, oe, ue, ß is ss.
GERMAN = ["Abel", "Adler", "Ärmel", "Aeschbacher", "Oehler", "Öztürk", "Ofen", "Ozean",
          "Straub", "Strauß", "Strobel", "Ucker", "Übel", "Uhland"]
# Spanish: ñ is a letter after n (after "nz" too); ch and ll are two letters each.
SPANISH = ["Anzola", "Añez", "Aoiz", "Cervantes", "Chávez", "Cisneros", "Lizano", "Llorente",
           "Lozano", "Nunez", "Nuno", "Nunzio", "Nuñez", "Nuño", "Nuo"]
# The plain rule, as names were always sorted: accents dropped.
GERMAN_PLAINLY = ["Abel", "Adler", "Aeschbacher", "Ärmel", "Oehler", "Ofen", "Ozean", "Öztürk",
                  "Straub", "Strauß", "Strobel", "Übel", "Ucker", "Uhland"]
SPANISH_PLAINLY = ["Añez", "Anzola", "Aoiz", "Cervantes", "Chávez", "Cisneros", "Lizano",
                   "Llorente", "Lozano", "Nuñez", "Nuno", "Nunzio", "Nuo"]


def _add(names: list[str]) -> dict[int, str]:
    """The customers, saved in an order of their own (not the one expected)."""
    shuffled = random.Random(5).sample(names, len(names))
    return {customers.create_customer(last_name=name): name for name in shuffled}


@contextlib.contextmanager
def _another_program(path: Path) -> Iterator[Callable[[str], Any]]:
    """What another program reading the book runs its statements on: a connection of its own
    to the file; on a server book, which every counter reads through its own, the book."""
    if is_server(db):
        yield db.execute_sql
        return
    with contextlib.closing(sqlite3.connect(path)) as other:
        yield other.execute


def _listed(path: Path) -> list[str]:
    """The names in the list's order, as another program reading the file sorts them: by the
    key alone, compared as SQLite compares text when nobody asks otherwise (a server book's
    text compares by its bytes too)."""
    with _another_program(path) as other:
        return [r[0] for r in other(
            "SELECT last_name FROM customer WHERE archived_at IS NULL ORDER BY sort_name, id")]


def _in_the_window(names: dict[int, str], query: str = "") -> list[str]:
    return [names[cid] for cid in directory.customer_ids(query, sort="name")]


@pytest.mark.parametrize(("language", "names"), [
    ("de", GERMAN), ("es", SPANISH), ("en", GERMAN_PLAINLY), ("fr", SPANISH_PLAINLY)])
def test_a_shop_lists_its_names_as_its_language_orders_them(store: Path, language, names):
    settings.put("language", language)
    added = _add(names)
    assert _in_the_window(added) == names
    assert _listed(store) == names


def test_oeztuerk_is_between_oehler_and_ofen_in_german_and_after_ozean_otherwise():
    keys = {n: sort_key("", n, "", "de") for n in ("Oehler", "Öztürk", "Ofen", "Ozean")}
    assert keys["Öztürk"] == "oeztuerk"
    assert keys["Oehler"] < keys["Öztürk"] < keys["Ofen"] < keys["Ozean"]
    assert sort_key("", "Öztürk", "", "en") > sort_key("", "Ozean", "", "en")


def test_the_letters_are_spelt_alike_however_they_were_typed():
    """An umlaut or a tilde typed as a mark of its own ("O" + U+0308), and capitals."""
    assert name_key("O\u0308ztu\u0308rk", "de") == name_key("ÖZTÜRK", "de") == "oeztuerk"
    assert name_key("STRAUSS", "de") == name_key("Strauß", "de") == name_key("Strauẞ", "de")
    assert name_key("Noël Zoë", "de") == "noel zoe"  # only ä, ö and ü are two letters
    assert name_key("N\u0303un\u0303ez", "es") == name_key("ÑUÑEZ", "es") == (
        f"n{AFTER_N}un{AFTER_N}ez")
    assert name_key("Núñez", "es") == name_key("Nuñez", "es")  # other accents dropped
    assert name_key("Müller", "es") == "muller"  # an umlaut is an accent in Spanish
    assert name_key("", "de") == name_key(None, "es") == ""


@given(text=st.one_of(NASTY, st.text()))
@settle
def test_a_name_no_rule_spells_apart_is_keyed_as_search_folds_it(text: str):
    """English and French keys are folded names, as they always were; German and Spanish
    ones differ only where an umlaut or an ñ is."""
    assert name_key(text, "en") == name_key(text, "fr") == fold(text)
    decomposed = unicodedata.normalize("NFKD", text)
    if not re.search("[aouAOU]\u0308", decomposed):
        assert name_key(text, "de") == fold(text)
    if not re.search("[nN]\u0303", decomposed):
        assert name_key(text, "es") == fold(text)


def test_n_with_a_tilde_comes_after_n_followed_by_anything():
    after = name_key("Nuñ", "es")
    for follower in ("z", "~", "ø", "Ω", "語", "\U0001f600"):
        assert name_key("Nun" + follower, "es") < after < name_key("Nuo", "es")
    # As SQLite compares them: the bytes of their UTF-8.
    assert (name_key("Nunø", "es").encode() < after.encode() < name_key("Nuo", "es").encode())


def test_languages_that_sort_alike_share_a_rule():
    assert rule("en") == rule("fr") == rule("it") == ""
    assert (rule("de"), rule("es")) == ("de", "es")


def _promised(path: Path) -> list[str]:
    """Whose promises Today says, in its order: the agenda's, by its copy of the key."""
    with _another_program(path) as other:
        return [r[0] for r in other(
            "SELECT c.last_name FROM agenda a JOIN customer c ON c.id = a.customer_id "
            "ORDER BY a.day, a.place, a.sort_name, a.ref")]


def _copies_follow(path: Path) -> None:
    """The agenda's and the name starts' copies of the keys are the customers' own."""
    with _another_program(path) as other:
        for table in ("agenda", "name_start"):
            assert not other(
                f"SELECT 1 FROM {table} t JOIN customer c ON c.id = t.customer_id "
                "WHERE t.sort_name != c.sort_name").fetchall(), table


def test_changing_the_language_sorts_everyone_again_and_undo_sorts_them_back(store: Path):
    settings.put("language", "en")
    added = _add(GERMAN)
    today = clock.today()
    for cid in added:  # the agenda keeps the keys too: a promise each, on one day
        followups.add(cid, "the blue scarf", today + dt.timedelta(days=2), kind="promise")
    assert _listed(store) == GERMAN_PLAINLY

    done = perform(edits.put_settings({"language": "de", "currency": "EUR"}))
    assert _listed(store) == _in_the_window(added) == GERMAN
    _copies_follow(store)
    # The names that begin with a letter, and with two, are read in the new order too, and
    # so are the promises of one day on Today.
    assert [added[i] for i in search.search_ids(db, "o")] == ["Oehler", "Öztürk", "Ofen",
                                                               "Ozean"]
    assert [added[i] for i in search.search_ids(db, "oz")] == ["Öztürk", "Ozean"]
    assert _in_the_window(added, "u") == ["Ucker", "Übel", "Uhland"]
    assert _promised(store) == GERMAN

    perform(done.undo)  # the language put back puts the order back
    assert settings.get("language") == "en"
    assert _listed(store) == _in_the_window(added) == GERMAN_PLAINLY
    assert _promised(store) == GERMAN_PLAINLY
    _copies_follow(store)
    perform(edits.put_place("ES", "EUR", "es"))  # the first page's choice sorts alike
    assert _listed(store)[:4] == ["Abel", "Adler", "Aeschbacher", "Ärmel"]
    assert _in_the_window(added, "o") == ["Oehler", "Ofen", "Ozean", "Öztürk"]


def test_a_language_sorting_by_the_same_rule_rewrites_no_key(store: Path, monkeypatch):
    from app.store import refresh

    settings.put("language", "en")
    _add(["Öztürk", "Nuñez"])
    resorted = []
    monkeypatch.setattr(refresh, "resort", lambda database: resorted.append(database))
    perform(edits.put_settings({"language": "fr"}))
    assert resorted == []


def test_a_shop_that_never_chose_a_language_sorts_plainly_under_any_locale(
        data_dir: Path, monkeypatch):
    """Its window speaks the owner's locale, but a key must not depend on where it was made:
    a job run under another locale would sort apart from the window."""
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    with clock.frozen(dt.datetime(2026, 11, 23, 10, 30)):
        session.open_data(data_dir)
        try:
            assert settings.get("language") == "de" and not settings.stored("language")
            added = _add(["Öztürk", "Ozean"])
            assert _in_the_window(added) == ["Ozean", "Öztürk"]
        finally:
            session.close()


def test_the_command_line_lists_in_the_order_of_the_window(data_dir: Path, capsys):
    from app.cli import main
    from app.core import logs

    def listed_by_the_command_line() -> list[str]:
        session.close()
        try:
            assert main(["find", "--json", "--limit", "100", "--data-dir", str(data_dir)]) == 0
        finally:
            logs.close()
            session.open_data(data_dir)
        return [found["name"] for found in json.loads(capsys.readouterr().out)]

    with clock.frozen(dt.datetime(2026, 11, 23, 10, 30)):
        session.open_data(data_dir)
        try:
            added = _add(GERMAN)
            assert listed_by_the_command_line() == _in_the_window(added) == GERMAN_PLAINLY
            perform(edits.put_settings({"language": "de"}))
            assert listed_by_the_command_line() == _in_the_window(added) == GERMAN
        finally:
            session.close()
