"""Where the owner's data lives on disk.

The data directory comes from appdirs so that each platform gets its usual
place; `--data-dir` and `REGULARS_DATA_DIR` override it, in that order, so
that tests and a second shop on the same machine never touch the real data.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from appdirs import user_data_dir

from app import APP_NAME

ENV_VAR = "REGULARS_DATA_DIR"
DATABASE_NAME = "regulars.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory, from the option, else the environment, else appdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def default_data_dir() -> Path:
    """This computer's own data folder for Regulars, whatever the option or environment say."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


PARTIAL = ".partial"  # a copy being written; renamed into place once checked


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME


def database_location(override: str | os.PathLike[str] | None = None) -> Path:
    return database_path(data_dir(override))


def narrow_data_folder(override: str | os.PathLike[str] | None = None) -> bool:
    """Make an existing data folder the owner's alone; True when others could open it."""
    folder = data_dir(override)
    return folder.is_dir() and narrow_to_owner(folder)


def ensure_private_dir(directory: Path) -> None:
    """Create the directory readable by the owner only (notes are personal data).

    The parents it has to make are the owner's alone too; mkdir's mode, narrowed by the
    umask and not given to parents, is set again on each folder made here.
    """
    missing: list[Path] = []
    folder = directory
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs to keep as it is
        if os.name == "posix":
            folder.chmod(0o700)
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)


def narrow_to_owner(directory: Path) -> bool:
    """Take away what others may do in `directory`; True when they could do anything there.

    A data folder made by hand, or by an older Regulars, may be readable by everyone on the
    computer; the customers in it are the owner's alone.
    """
    if os.name != "posix":
        return False
    try:
        mode = stat.S_IMODE(directory.stat().st_mode)
        if not mode & 0o077:
            return False
        directory.chmod(mode & 0o700)
    except OSError:
        return False  # not ours to change (or gone): it stays as the owner set it
    return True


def ensure_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 before SQLite opens it.

    SQLite gives its -wal and -shm files the mode of the database file, so
    creating the database privately keeps all three private.
    """
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
