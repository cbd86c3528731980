"""The agenda Today reads follows every kind of write, exactly as if made afresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import customers, edits, followups, reminders, timeline
from app.core.operations import perform
from app.store import agenda
from app.store.models import db


def _kept_and_afresh() -> tuple[list[tuple], list[tuple]]:
    """The agenda's rows as kept, and as a rebuild of all of it from the tables makes them."""
    order = "SELECT * FROM agenda ORDER BY source, day, place, sort_name, ref"
    kept = db.execute_sql(order).fetchall()
    with db.atomic() as transaction:
        db.execute_sql("DELETE FROM agenda")
        agenda.fill(db)
        afresh = db.execute_sql(order).fetchall()
        transaction.rollback()
    return kept, afresh


@pytest.fixture
def shop(store: Path) -> dict[str, int]:
    ana = customers.create_customer(first_name="Ana", last_name="Silva", nickname="Annie")
    ben = customers.create_customer(company="Harbour Books")
    mia = customers.add_relative(ana, "Mia", "child")
    customers.add_date(ana, "birthday", 12, 5, 1980)
    date = customers.add_date(ana, "birthday", 12, 6, 2015, relative_id=mia)
    promise = followups.add(ben, "order the atlas", dt.date(2026, 12, 4), "promise")
    return {"ana": ana, "ben": ben, "mia": mia, "date": date, "promise": promise}


def _writes(shop: dict[str, int]) -> list[tuple[str, Callable[[], object]]]:
    ana, ben = shop["ana"], shop["ben"]
    return [
        ("a new name", lambda: customers.update_customer(ana, first_name="Anabel")),
        ("a new name they go by", lambda: customers.update_customer(ana, nickname="")),
        ("family renamed", lambda: customers.update_relative(shop["mia"], "Mila", "pet", "cat")),
        ("a date moved", lambda: customers.update_date(shop["date"], kind="anniversary",
                                                       month=1, day=2, year=None,
                                                       label="wedding")),
        ("a follow-up done", lambda: followups.set_done(shop["promise"])),
        ("a follow-up undone", lambda: followups.set_done(shop["promise"], False)),
        ("an ask from a note", lambda: timeline.log(ben, "note", "asked about maps",
                                                    ask="maps in stock?")),
        ("archived", lambda: customers.set_archived([ana], True)),
        ("back from the archive", lambda: customers.set_archived([ana], False)),
        ("family gone", lambda: customers.remove_relative(shop["mia"])),
        ("unhappy feedback", lambda: timeline.log(ben, "feedback", "cold coffee", sentiment=-1)),
        ("merged", lambda: perform(edits.merge(ana, ben))),
    ]


def test_the_agenda_follows_every_write(shop: dict[str, int]):
    kept, afresh = _kept_and_afresh()
    assert len(kept) == 3 and kept == afresh
    for what, write in _writes(shop):
        write()
        kept, afresh = _kept_and_afresh()
        assert kept == afresh, what


def test_undo_and_redo_put_the_agenda_back(shop: dict[str, int]):
    before = _kept_and_afresh()[0]
    done = perform(edits.update_relative(shop["ana"], shop["mia"], "Mila", "child", ""))
    changed = _kept_and_afresh()
    assert changed[0] == changed[1] != before
    redo = perform(done.undo)
    assert _kept_and_afresh()[0] == before
    perform(redo.undo)
    assert _kept_and_afresh()[0] == changed[0]


def test_what_today_says_comes_from_the_agenda(shop: dict[str, int]):
    customers.update_relative(shop["mia"], "Mila", "child", "")
    said = [(r.kind, r.date.isoformat(), r.text)
            for r in reminders.due(dt.date(2026, 12, 3), 7)]
    assert said == [
        ("follow_up", "2026-12-04", "Harbour Books — Promised: order the atlas"),
        ("birthday", "2026-12-05", "Annie's birthday (turns 46)"),
        ("birthday", "2026-12-06", "Mila's birthday, Annie's child (turns 11)"),
    ]


def test_a_follow_up_the_program_wrote_keeps_its_code_in_the_agenda(shop: dict[str, int]):
    """Today says "Make it right: …" in the shop's language from the agenda alone."""
    timeline.log(shop["ben"], "feedback", "cold coffee", sentiment=-1)
    kept = dict(db.execute_sql("SELECT text, said FROM agenda WHERE source = ?",
                               (agenda.PROMISE,)))
    said = db.execute_sql("SELECT said FROM follow_up WHERE kind = 'task'").fetchone()[0]
    assert said and kept == {"order the atlas": None, "Make it right: cold coffee": said}
