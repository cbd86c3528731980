"""Opening the owner's data for the window and for jobs alike."""

from __future__ import annotations

import os
from pathlib import Path

from app.store.database import DATABASE_ERRORS, close_database, database_file, open_database
from app.store.location import data_dir, database_path, narrow_to_owner
from app.store.models import db
from app.store.schema import SchemaTooNewError

# Callers above the store take the errors of opening and using the database from here too.
__all__ = ["DATABASE_ERRORS", "SchemaTooNewError", "close", "data_version", "database_file",
           "database_location", "narrow_data_folder", "open_data"]


def database_location(override: str | os.PathLike[str] | None = None) -> Path:
    return database_path(data_dir(override))


def open_data(override: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """Open (and upgrade) the database; with `create=False` a missing one reads as empty."""
    path = database_location(override)
    open_database(path if create or path.exists() else None)
    return path


def narrow_data_folder(override: str | os.PathLike[str] | None = None) -> bool:
    """Make an existing data folder the owner's alone; True when others could open it."""
    folder = data_dir(override)
    return folder.is_dir() and narrow_to_owner(folder)


def close() -> None:
    close_database()


def data_version() -> int:
    """Changes when another connection (a command-line job) has committed to the database."""
    return int(db.execute_sql("PRAGMA data_version").fetchone()[0])
