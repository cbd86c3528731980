"""Opening the owner's data for the window and for jobs alike."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.errors import UnusableDatabaseError
from app.store.database import (
    DATABASE_ERRORS,
    ReadOnlyDatabaseError,
    changes_seen,
    changes_socket,
    close_database,
    database_file,
    is_locked,
    on_server,
    open_database,
    own_file,
    without_waiting,
)
from app.store.location import database_location, narrow_data_folder
from app.store.models import db
from app.store.schema import SchemaTooNewError

# Callers above the store take the errors of opening and using the database from here too.
__all__ = ["DATABASE_ERRORS", "ReadOnlyDatabaseError", "SchemaTooNewError", "changes_socket",
           "close", "close_thread", "data_version", "database_file", "database_location",
           "is_locked", "narrow_data_folder", "on_server", "open_data", "own_file",
           "settled_location", "without_waiting"]


def open_data(override: str | os.PathLike[str] | None = None, *, create: bool = True,
              only_reads: bool = False, erase_again: bool = True) -> Path:
    """Open (and upgrade) the database; with `create=False` a missing one reads as empty.

    A job that `only_reads` reads a file it cannot write to; anything else is refused it.
    Customers the erasure register beside the file names are erased from it again first
    (unless `erase_again` is False: a restore does it itself, to count them).
    """
    from app.core import erasure  # which reads what the data holds through the store

    path = settled_location(override)
    open_database(path if create or path.exists() else None, only_reads=only_reads)
    if erase_again and not only_reads and path.exists():
        erasure.apply_register()
    return path


def settled_location(override: str | os.PathLike[str] | None = None) -> Path:
    """The database's path, once a restore that a crash stopped is finished or undone.

    Raises `UnusableDatabaseError` instead of letting a start make a new empty shop: over
    an empty (0-byte) file, which is damage, where the file is gone but backups remain, or
    where a note says the book was moved to another folder.
    """
    from app.core import backups, relocation  # which open the data through this module

    path = database_location(override)
    backups.finish_interrupted_swap(path)
    relocation.refuse_moved_away(path)
    if path.is_file() and path.stat().st_size == 0:
        raise UnusableDatabaseError(f"{path} is empty (0 bytes): the database is damaged; "
                                    + _what_to_restore(path))
    if not path.exists():
        good = backups.newest_good(path.parent)
        if good is not None:
            raise UnusableDatabaseError(f"there is no database at {path}, but there are "
                                        "backups; " + _what_to_restore(path, good.path))
    return path


def _what_to_restore(path: Path, newest: Path | None = None) -> str:
    from app.core import backups

    if newest is None:
        good = backups.newest_good(path.parent)
        newest = good.path if good is not None else None
    if newest is None:
        return "there is no good backup to restore"
    return f"the newest good backup is {newest}: run 'regulars restore {newest}'"


def close() -> None:
    """The data closed, once an erasure's truncation of the write-ahead log is done."""
    from app.core import erasure

    if not db.is_closed():
        erasure.checkpoint_owed()
    close_database()


def close_thread() -> None:
    """A background job's end: its thread's own connection closed, the book left open (and
    bound) for the window's thread."""
    if not db.is_closed():
        db.close()


def data_version() -> int:
    """Changes when another connection (a command-line job, another counter on a server book)
    has committed to the database."""
    return changes_seen()
