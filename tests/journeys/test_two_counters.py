"""Two counters on one customer book on a PostgreSQL server: the window as `regulars --database`
opens it, and a second counter (another process, `regulars log --database`) writing meanwhile.
What the other counter saves shows on this counter's screen as the server tells of it, not at
the next look every few seconds; the window's own saves and backups still work there."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit

from app.core import clock, edits, erasure, logs, operations, profile, session, timeline
from app.core import server_book as on_server
from app.ui import application, duties
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def counter(qtbot, tmp_path: Path, monkeypatch, server_book: str):
    """The window at this counter, on a server book with the sample customers; the look every
    few seconds put off for an hour, so that only the server's word can bring a change."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(duties, "WATCH_EVERY_MS", 3_600_000)
    monkeypatch.setenv("REGULARS_DATA_DIR", str(tmp_path / "this-counter"))
    with clock.frozen(TODAY):
        on_server.open_book(server_book)
        operations.perform(edits.load_sample_customers(60, seed=7, journaled=False))
        session.close()
        application.make_application()
        opened = application.open_window(
            None, url=server_book,
            settings=QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
        assert not isinstance(opened, int), f"regulars would exit with {opened}"
        window, instance = opened
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
        yield window
        window.commands.quit()
        session.close()
        instance.release()
        logs.close()


def other_counter(url: str, tmp_path: Path, *args: str) -> str:
    """A job at the second counter, with its own data folder; what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "app", *args, "--database", url], cwd=ROOT, text=True,
        capture_output=True, timeout=60,
        env={**os.environ, "REGULARS_DATA_DIR": str(tmp_path / "other-counter")})
    assert done.returncode == 0, done.stderr
    return done.stdout


def _open(person, counter, letters: str = "henry") -> int:
    """The first customer found by `letters`, opened by keys; their id."""
    person.press("Ctrl+F")
    person.type(letters)
    person.press("Enter")
    cid = counter.right.customer_id
    assert cid is not None
    return cid


def _script_at_the_other_counter(script: str, server_book: str, tmp_path, *args: str) -> None:
    """`script` run by the second counter's own process, on the same server book."""
    done = subprocess.run(
        [sys.executable, "-c", script, server_book, *args], cwd=ROOT, capture_output=True,
        text=True, timeout=60,
        env={**os.environ, "REGULARS_DATA_DIR": str(tmp_path / "other-counter")})
    assert done.returncode == 0, done.stderr


def test_a_note_logged_at_another_counter_shows_at_this_one(counter, person, server_book,
                                                            tmp_path):
    cid = _open(person, counter)
    assert cid is not None and person.sees("Henry")

    other_counter(server_book, tmp_path, "log", "--kind", "note", "--text",
                  "Back from Lisbon, ask about the tiles", str(cid))
    person.waits_to_see("Back from Lisbon, ask about the tiles", timeout=5000)

    # This counter's own note goes on the same timeline, once, beside the other's.
    person.press("Ctrl+L")
    person.type("Wants the blue glaze")
    person.press("Enter")
    person.waits_to_see("Wants the blue glaze")
    texts = [entry.text for entry in timeline.entries(cid)]
    assert texts.count("Wants the blue glaze") == 1
    assert person.sees("Back from Lisbon, ask about the tiles")


def test_a_note_typed_into_the_window_at_another_counter_shows_in_this_window(
        counter, person, server_book, tmp_path):
    """Two windows, two processes: the second counter's window is typed into as this one is
    (`second_counter`); its note arrives here by the server's word alone."""
    _open(person, counter, "henry novak")
    assert person.sees("Henry Novak")
    note = "Collecting the repaired clock on Friday"
    other = subprocess.Popen(
        [sys.executable, "-m", "tests.journeys.second_counter", server_book, "henry novak", note],
        cwd=ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "REGULARS_DATA_DIR": str(tmp_path / "second-counter"),
             "QT_QPA_PLATFORM": "offscreen"})
    try:
        person.waits_to_see(note, timeout=30_000)
    finally:
        out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert float(out.split()[-1]) > 0  # it saw its own note saved before quitting
    assert [e.text for e in timeline.entries(counter.right.customer_id)].count(note) == 1


def test_a_backup_of_the_server_book_is_kept_at_this_counter(counter, person, tmp_path):
    person.choose("File", "Back up now")
    kept = tmp_path / "this-counter" / "backups"
    person.qtbot.waitUntil(lambda: any(kept.glob("*-manual.sqlite3")), timeout=20_000)
    [backup] = kept.glob("*-manual.sqlite3")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM customer").fetchone()[0] == 60


CHANGE_AT_THE_OTHER_COUNTER = """
import sys
from app.core import edits, operations, server_book, session
server_book.open_book(sys.argv[1])
operations.perform(edits.update_customer(int(sys.argv[2]), **{sys.argv[3]: sys.argv[4]}))
session.close()
"""


def _typing_over_the_other_counter(person, counter, server_book: str, tmp_path) -> int:
    """Henry's details open here, "Harry" typed over his nickname; meanwhile the other counter
    saves "Hank" there; then Tab, which saves here."""
    cid = _open(person, counter)
    person.click("Details")
    person.click("Nguyễn")  # the last name's field
    person.press("Tab")  # on to the name he goes by, all of it selected
    assert isinstance(person.focus, QLineEdit) and person.focus.text() == "Hal"
    person.type("Harry")
    _script_at_the_other_counter(CHANGE_AT_THE_OTHER_COUNTER, server_book, tmp_path, str(cid),
                                 "nickname", "Hank")
    person.qtbot.wait(300)  # the other counter's word arrives while the owner still types
    person.press("Tab")
    person.waits_to_see("was changed at another counter while you were editing it")
    assert person.sees("At the other counter: Hank") and person.sees("Yours: Harry")
    return cid


def test_a_field_changed_at_both_counters_is_offered_and_mine_can_win(counter, person,
                                                                      server_book, tmp_path):
    cid = _typing_over_the_other_counter(person, counter, server_book, tmp_path)
    assert profile.load(cid).nickname == "Hank"  # nothing overwritten before the choice
    person.press("Enter")  # "Use mine", the default
    person.qtbot.waitUntil(lambda: profile.load(cid).nickname == "Harry", timeout=3000)
    assert person.sees("Harry")


def test_keeping_the_other_counters_value_shows_it_here(counter, person, server_book,
                                                        tmp_path):
    cid = _typing_over_the_other_counter(person, counter, server_book, tmp_path)
    person.press("Escape")  # "Keep theirs"
    assert not person.sees("was changed at another counter")
    assert profile.load(cid).nickname == "Hank"
    assert person.find("Hank", QLineEdit).isVisible()


def test_a_phone_s_cards_imported_at_this_counter_are_found_at_the_other(counter, person,
                                                                          server_book, tmp_path):
    card = tmp_path / "phone.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Quorndon;Zelda;;;\nFN:Zelda Quorndon\n"
                    "TEL;TYPE=CELL:+44 7700 900999\nEND:VCARD\n")
    person.press("Ctrl+I")
    assert isinstance(person.focus, QLineEdit), "the keyboard starts in the file's field"
    person.type(str(card))
    person.waits_to_see("1 card")
    person.press("Enter")  # Next: what will be imported
    person.waits_to_see("Will add 1 new customer,")
    person.press("Enter")  # Import
    person.waits_to_see("Done: added 1, updated 0", timeout=10_000)
    person.press("Enter")  # Finish
    person.waits_to_see("61 customers")
    person.press("Ctrl+F")
    person.type("quorn")
    person.waits_to_see("Zelda Quorndon")
    assert "Zelda Quorndon" in other_counter(server_book, tmp_path, "find", "quorndon")


def test_a_customer_erased_at_this_counter_is_gone_from_the_other(counter, person, qtbot,
                                                                  server_book, tmp_path):
    cid = _open(person, counter, "henry novak")
    assert person.sees("Henry Novak")

    person.choose("Customer", "Erase This Customer…")
    assert person.sees("Erase Henry Novak for good?")
    person.click("Erase")
    qtbot.waitUntil(lambda: person.status().startswith("Customer erased"), timeout=10_000)
    assert person.status() == "Customer erased. Line 1 of the erasure register."
    assert not person.sees("Henry Novak")
    assert "Henry Novak" not in other_counter(server_book, tmp_path, "find", "novak")
    assert [line.customer_id for line in erasure.register()] == [cid]


CONTACT_AT_THE_OTHER_COUNTER = """
import sys
from app.core import edits, operations, server_book, session
server_book.open_book(sys.argv[1])
operations.perform(edits.update_contact(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], ""))
session.close()
"""


def test_a_phone_changed_at_both_counters_is_offered_to_choose(counter, person, server_book,
                                                               tmp_path):
    cid = _open(person, counter)
    [phone] = [c for c in profile.load(cid).contacts if c.kind == "phone"][:1]
    person.click("Details")
    person.double_click(phone.value)
    assert isinstance(person.focus, QLineEdit) and person.focus.text() == phone.value
    person.type("07700 900111")
    _script_at_the_other_counter(CONTACT_AT_THE_OTHER_COUNTER, server_book, tmp_path, str(cid),
                                 str(phone.id), "07700 900999")
    person.press("Enter")  # OK
    person.waits_to_see("phone was changed at another counter while you were editing it")
    assert person.sees("At the other counter: 07700 900999")
    assert person.sees("Yours: 07700 900111")
    assert [c.value for c in profile.load(cid).contacts if c.id == phone.id] == ["07700 900999"]
    person.press("Enter")  # "Use mine", the default
    person.qtbot.waitUntil(lambda: [c.value for c in profile.load(cid).contacts
                                    if c.id == phone.id] == ["07700 900111"], timeout=3000)
