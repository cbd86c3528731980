"""Moving the customer book out of a folder where it loses data.

A SQLite file on a network drive or in a sync folder gets damaged or written over by an older
copy (see `app.store.unsafe_places`). The window offers to move it to this computer's own data
folder: the database is copied there and checked, its backups, erasure register and log go
with it, and the old folder keeps only a note saying where it went, so that a start that still
names the old folder says so instead of opening a new empty shop there.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from app.core import clock, logs, session
from app.core.backups import SIDECARS
from app.core.erasure import REGISTER_FILE
from app.core.errors import UnusableDatabaseError
from app.store import backup
from app.store.location import database_path, default_data_dir, ensure_private_dir
from app.store.unsafe_places import UnsafePlace, unsafe_place

__all__ = ["MOVED_NOTE", "WHY_NOT", "MovedAwayError", "Offer", "UnsafePlace", "make_target", "move",
           "moved_to", "offer", "unsafe_place"]

MOVED_NOTE = "regulars-moved.txt"
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
}


def offer(folder: Path) -> Offer | None:
    """None when `folder` is a safe place for the book, or holds only the note of a move
    (starting there says where the book went); else where it could be moved."""
    if moved_to(folder) is not None and not database_path(folder).exists():
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
    return None


def make_target(target: Path) -> None:
    """This computer's folder made (the owner's alone) before anything is moved into it."""
    ensure_private_dir(target)


def move(folder: Path, target: Path) -> Path:
    """Move the book in `folder` to `target` (copied and checked before anything is removed);
    returns the database's new path. The data must be closed; it is closed afterwards too."""
    why_not = _why_not(folder, target)
    if why_not is not None:
        reason = WHY_NOT[why_not].format(target=target)
        raise UnusableDatabaseError(f"the customer book cannot be moved: {reason}")
    source = database_path(folder)
    make_target(target)
    session.open_data(folder)
    try:
        backup.copy_to(database_path(target))
    finally:
        session.close()
    for name in _GOES_ALONG:
        if (folder / name).exists():
            shutil.move(folder / name, target / name)
    (folder / MOVED_NOTE).write_text(
        "Regulars moved the customer book that was in this folder to\n"
        f"{target}\n"
        f"on {clock.now():%Y-%m-%d %H:%M}: a network drive or a sync folder can lose what is "
        "saved in a database.\nStart Regulars without --data-dir and REGULARS_DATA_DIR to use "
        "it there; delete this note to start a new customer book here.\n", encoding="utf-8")
    for suffix in ("", *SIDECARS):  # the database and the files SQLite keeps beside it
        source.with_name(source.name + suffix).unlink(missing_ok=True)
    logs.log.info("the customer book was moved out of an unsafe folder")
    return database_path(target)


def moved_to(folder: Path) -> Path | None:
    """Where the note in `folder` says its book went; None when there is no note."""
    try:
        lines = (folder / MOVED_NOTE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(lines[1]) if len(lines) > 1 and lines[1].strip() else None


def refuse_moved_away(path: Path) -> None:
    """Raise `MovedAwayError` when the database at `path` is gone and a move's note says where."""
    if path.exists():
        return
    target = moved_to(path.parent)
    if target is not None:
        raise MovedAwayError(
            f"the customer book in {path.parent} was moved to {target}: start Regulars "
            "without --data-dir and REGULARS_DATA_DIR to use it there (or delete "
            f"{path.parent / MOVED_NOTE} to start a new customer book here)")
