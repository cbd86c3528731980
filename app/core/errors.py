"""Errors whose message is meant for the owner, as written.

Read by every `regulars` job before it knows what it will do (`regulars --version` too):
it imports nothing it does not need to define them.
"""

from __future__ import annotations

import errno
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


class RegularsError(Exception):
    """Anything the owner can act on: the message says what and where."""


class ValidationError(RegularsError, ValueError):
    """Input that cannot be saved as given; nothing was written."""


class NotFoundError(RegularsError, LookupError):
    """The thing asked for is not in the database."""


class UnavailableError(RegularsError):
    """A place the owner named cannot be used as it is (a server not reached, a password
    refused): the message says why and what to do. Not bad input: a job exits 1."""


class ConflictError(RegularsError):
    """A field changed at another counter since this one showed it: nothing was written. Says
    both values, so that the owner chooses which stays (`theirs` saved, `mine` typed); `again`
    (given by the operation that met it) makes the operation that saves `mine` over `theirs`."""

    def __init__(self, message: object, customer_id: int, field: str, theirs: object,
                 mine: object) -> None:
        super().__init__(message)
        self.customer_id = customer_id
        self.field = field
        self.theirs = theirs
        self.mine = mine
        self.again: Callable[[], object] | None = None


class UnusableDatabaseError(sqlite3.DatabaseError):
    """The database file is missing beside good backups, or empty: opening it would make a
    new empty shop over the owner's data. A database failure (exit 1), not bad input; the
    message names the backup to restore."""


DISK_FULL = "the disk is full; free some space and try again (nothing was changed)"
# Less room than this beside an I/O error is a full disk: SQLite grows its working files
# (the write-ahead log and its index) in steps, and a step that does not fit fails as I/O.
_NEARLY_FULL = 1024 * 1024


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """Whether `error` comes from a full disk: the system's "no space left" (files Python
    writes), SQLite's SQLITE_FULL, or an SQLite I/O error where `folder`'s disk is (nearly)
    full."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(error)
    if "database or disk is full" in text:
        return True
    if "disk I/O error" in text and folder is not None:
        import shutil

        try:
            return shutil.disk_usage(folder).free < _NEARLY_FULL
        except OSError:
            return False
    return False
