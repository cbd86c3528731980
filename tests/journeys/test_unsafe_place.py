"""A customer book in a Dropbox folder: the window says why that loses notes and moves it, on
the owner's word, to this computer's own folder, where the next start finds it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import customers, session, timeline
from app.ui import application


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch) -> Path:
    """The book where an owner put it to share it: in their Dropbox, named with --data-dir."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "local"))  # this computer's folder
    return tmp_path / "Dropbox" / "Shop"


def _eleanor() -> None:
    eleanor = customers.create_customer(first_name="Eleanor", last_name="Vance")
    timeline.log(eleanor, "note", "asks for the blue wool")


def _while_asked(steps: Callable[[], None]) -> None:
    """`steps` run once the question shows (the start waits on it); a failing step never
    leaves the question open for the rest of the run."""
    def run() -> None:
        try:
            steps()
        finally:
            for box in QApplication.topLevelWidgets():
                if isinstance(box, QMessageBox) and box.isVisible():
                    box.reject()

    QTimer.singleShot(0, run)


def test_the_book_is_moved_out_of_dropbox_with_one_key(start, person, tmp_path, data_folder):
    asked: list[str] = []

    def answer() -> None:
        person.waits_to_see("The customer book is in a Dropbox folder.")
        asked.extend(person.texts())
        assert person.focus.text().replace("&", "") == "Move it to this computer"
        person.press("Enter")

    _while_asked(answer)
    start(_eleanor)
    assert any("Dropbox copies the file while Regulars writes to it" in t for t in asked)
    assert any(str(tmp_path / "local" / "Regulars") in t for t in asked)
    person.waits_to_see("Eleanor Vance")
    person.press("Enter")  # the first customer of the list, as on any morning
    person.waits_to_see("asks for the blue wool")
    assert sorted(p.name for p in data_folder.iterdir()) == ["regulars-before-move.sqlite3",
                                                          "regulars-moved.txt"]
    assert session.database_file() == tmp_path / "local" / "Regulars" / "regulars.sqlite3"


def test_keeping_it_there_can_be_asked_no_more(start, person, data_folder):
    shown: list[int] = []

    def keep() -> None:
        person.waits_to_see("The customer book is in a Dropbox folder.")
        shown.append(1)
        person.press("Alt+D")  # Do not ask again for this folder
        person.press("Escape")

    _while_asked(keep)
    start(_eleanor)
    person.waits_to_see("Eleanor Vance")
    assert shown == [1]
    assert session.database_file() == data_folder / "regulars.sqlite3"
    start()  # the next morning: not asked again
    person.waits_to_see("Eleanor Vance")
    assert shown == [1]


def test_a_start_that_still_names_the_old_folder_says_where_the_book_went(
        start, person, data_folder, tmp_path):
    _while_asked(lambda: person.press("Enter"))
    start(_eleanor)
    said: list[str] = []

    def read() -> None:
        person.waits_to_see("was moved to")
        said.extend(person.texts())
        person.press("Enter")

    _while_asked(read)
    assert application.open_window(str(data_folder)) == 1  # exits 1, like the old start
    assert any(f"was moved to {tmp_path / 'local' / 'Regulars'}: start Regulars without "
               "--data-dir and REGULARS_DATA_DIR" in t for t in said)
    assert not (data_folder / "regulars.sqlite3").exists()
