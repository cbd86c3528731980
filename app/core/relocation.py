"""Moving the customer book out of a folder where it loses data.

A SQLite file on a network drive or in a sync folder gets damaged or written over by an older
copy (see `app.store.unsafe_places`). The window offers to move it to this computer's own data
folder: the database is copied there and checked, its backups, erasure register and log go
with it, and the old folder keeps only a note saying where it went, so that a start that still
names the old folder says so instead of opening a new empty shop there.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core import clock, logs, session
from app.core.backups import database_files, rename_database
from app.core.erasure import REGISTER_FILE
from app.core.errors import UnusableDatabaseError
from app.store import backup
from app.store.location import database_path, default_data_dir, ensure_private_dir
from app.store.unsafe_places import UnsafePlace, unsafe_place

__all__ = ["MOVED_NOTE", "WHY_NOT", "MovedAwayError", "Offer", "UnsafePlace", "make_target", "move",
           "moved_to", "offer", "unsafe_place"]

MOVED_NOTE = "regulars-moved.txt"
RETIRED_NAME = "regulars-before-move.sqlite3"  # the old database, kept beside the note
# What belongs to the book besides the database; anything else in the folder is the owner's.
_GOES_ALONG = (backup.FOLDER, REGISTER_FILE, logs.LOG_FOLDER)


class MovedAwayError(UnusableDatabaseError):
    """The folder named holds only the note of a move: opening it would make a new empty shop
    while the owner's customers are in the folder the note names."""


@dataclass(frozen=True)
class Offer:
    """Why the book's folder is unsafe, and where it can go (`target`), or why it cannot."""

    place: UnsafePlace
    target: Path
    why_not: str | None  # None: it can be moved to `target`; else one of WHY_NOT's keys


# Why a book cannot be moved to this computer's folder, as the command line says it.
WHY_NOT = {
    "same": "it is already this computer's data folder",
    "unsafe": "{target} is not a safe place either",
    "taken": "there is already a customer book in {target}",
    "backups": "there are backups of another customer book in {target}",
    "clash": "{target} already holds files of another customer book",
}


def offer(folder: Path) -> Offer | None:
    """None when `folder` is a safe place for the book, or holds only the note of a move
    (starting there says where the book went); else where it could be moved."""
    if moved_to(folder) is not None:  # the note wins over a database left behind
        return None
    place = unsafe_place(folder)
    if place is None:
        return None
    target = default_data_dir()
    return Offer(place, target, _why_not(folder, target))


def _why_not(folder: Path, target: Path) -> str | None:
    if target.absolute() == folder.absolute():
        return "same"
    if unsafe_place(target) is not None:
        return "unsafe"
    if database_path(target).exists():
        return "taken"
    if any((target / backup.FOLDER).glob("*")):
        return "backups"
    if any(_clashes(folder / name, target / name) for name in _GOES_ALONG):
        return "clash"
    return None


def _clashes(source: Path, destination: Path) -> bool:
    """Whether moving `source` would write over a file at `destination` (an erasure register
    or a log of a book that was there before): folders merge, files never replace."""
    if not os.path.lexists(source) or not os.path.lexists(destination):
        return False
    if source.is_dir() and destination.is_dir() and not destination.is_symlink():
        return any(_clashes(child, destination / child.name) for child in source.iterdir())
    return True


def make_target(target: Path) -> None:
    """This computer's folder made (the owner's alone) before anything is moved into it."""
    ensure_private_dir(target)


def move(folder: Path, target: Path) -> Path:
    """Move the book in `folder` to `target`; returns the database's new path.

    The data must be closed; it is closed afterwards too. The write lock is held from the copy
    until the note is written, so a job cannot save into the old file in between; the copy is
    checked before anything else moves; the other files move one by one and all go back when
    one cannot. The old database is renamed, never deleted: the note names it.
    """
    why_not = _why_not(folder, target)
    if why_not is not None:
        reason = WHY_NOT[why_not].format(target=target)
        raise UnusableDatabaseError(f"the customer book cannot be moved: {reason}")
    make_target(target)
    moved = database_path(target)
    session.open_data(folder)
    try:
        with _writers_kept_out(database_path(folder)):
            backup.copy_to(moved)
            try:
                _carry(folder, target)
            except BaseException:
                _remove_database(moved)
                raise
    finally:
        session.close()
    # Renamed, with its working files: what a job wrote at the last moment is still there.
    source = database_path(folder)
    rename_database(source, source.with_name(RETIRED_NAME))
    logs.log.info("the customer book was moved out of an unsafe folder")
    return moved


@contextlib.contextmanager
def _writers_kept_out(path: Path) -> Iterator[None]:
    """A second connection holds the write lock while the open one copies: SQLite will not
    back up from a connection that is itself writing, and a reader is not kept out by it."""
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
    finally:
        holder.close()  # nothing was written: closing gives the lock back


def _carry(folder: Path, target: Path) -> None:
    """The backups, register and log moved file by file, then the note written; on any
    failure everything moved is put back where it was."""
    done: list[tuple[Path, Path]] = []
    made: list[Path] = []
    try:
        for name in _GOES_ALONG:
            _move_tree(folder / name, target / name, done, made)
        (folder / MOVED_NOTE).write_text(_note(folder, target), encoding="utf-8")
    except BaseException:
        for source, destination in reversed(done):
            shutil.move(destination, source)
        for directory in reversed(made):
            directory.rmdir()
        raise
    for name in _GOES_ALONG:
        _remove_emptied(folder / name)


def _move_tree(source: Path, destination: Path, done: list[tuple[Path, Path]],
               made: list[Path]) -> None:
    """Files one at a time, into folders that may already exist (an empty `backups`)."""
    if not os.path.lexists(source):
        return
    if source.is_dir() and not source.is_symlink():
        if not destination.exists():
            destination.mkdir(mode=0o700)
            made.append(destination)
        for child in sorted(source.iterdir()):
            _move_tree(child, destination / child.name, done, made)
        return
    if os.path.lexists(destination):
        raise FileExistsError(f"{destination} already exists")
    shutil.move(source, destination)
    done.append((source, destination))


def _remove_emptied(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            _remove_emptied(child)
        with contextlib.suppress(OSError):
            path.rmdir()


def _remove_database(path: Path) -> None:
    for file in database_files(path):
        file.unlink(missing_ok=True)


def _note(folder: Path, target: Path) -> str:
    return ("Regulars moved the customer book that was in this folder to\n"
            f"{target}\n"
            f"on {clock.now():%Y-%m-%d %H:%M}: a network drive or a sync folder can lose what "
            "is saved in a database.\nStart Regulars without --data-dir and REGULARS_DATA_DIR "
            f"to use it there. The old database is kept here as {RETIRED_NAME}; delete it\n"
            "once the book has opened there. Delete this note to start a new customer book "
            "here.\n")


def moved_to(folder: Path) -> Path | None:
    """Where the note in `folder` says its book went; None when there is no note."""
    try:
        lines = (folder / MOVED_NOTE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(lines[1]) if len(lines) > 1 and lines[1].strip() else None


def refuse_moved_away(path: Path) -> None:
    """Raise `MovedAwayError` when a move's note beside `path` says where the book went (even
    with a database still there: the book in the note's folder is the one kept up to date)."""
    target = moved_to(path.parent)
    if target is not None:
        raise MovedAwayError(
            f"the customer book in {path.parent} was moved to {target}: start Regulars "
            "without --data-dir and REGULARS_DATA_DIR to use it there (or delete "
            f"{path.parent / MOVED_NOTE} to start a new customer book here)")
