"""Copies of the database: made with SQLite's online backup API, rotated, restorable.

The backup API copies a consistent snapshot even while the window or a job is
writing, so a backup is never half of one transaction. Automatic backups go
into `backups/` beside the database and are thinned to 7 daily, 4 weekly and
12 monthly; every copy is readable by the owner only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee

from app.store import schema
from app.store.database import on_server, open_read_only
from app.store.files import sync_folder
from app.store.location import PARTIAL, ensure_private_dir
from app.store.models import db

try:
    import fcntl
except ImportError:  # Windows: a file still open for writing cannot be deleted anyway
    fcntl = None  # type: ignore[assignment]

FOLDER = "backups"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
LONGEST_KEEP = dt.timedelta(days=366)  # the twelve monthly ones; only the newest is older
# No Regulars backup can be older than Regulars: such a date was written by a wrong clock.
EARLIEST = dt.datetime(2024, 1, 1)
_NAME = re.compile(r"regulars-(\d{8}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")
_VERSION = re.compile(r"-v\d+$")  # before-upgrade-v2 and -v3 are one reason


class NotARegularsDatabaseError(ValueError):
    """The file is not a sound Regulars database; nothing was touched."""


class DamagedDatabaseError(sqlite3.DatabaseError):
    """The open database failed its check while being backed up: no backup was replaced."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: dt.datetime
    customers: int | None  # None when the copy cannot be read
    date_possible: bool = True  # False when `made` is in the future or before Regulars existed


def folder_for(database: Path) -> Path:
    return database.parent / FOLDER


def copy_to(target: Path) -> Path:
    """A checked copy of the open database at `target` (replaced if it exists).

    The copy is written under a temporary name beside `target`, checked, flushed to disk and
    only then renamed into place: a damaged database never replaces a good backup, and a
    killed backup leaves a `.partial` file that the next backup or start removes.
    """
    target = Path(target)
    if not target.parent.exists():
        ensure_private_dir(target.parent)
    remove_abandoned(target.parent.glob(f".{glob.escape(target.name)}.*{PARTIAL}"))
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL, dir=target.parent)
    partial = Path(name)
    try:
        with os.fdopen(fd, "r+b") as handle:
            if fcntl is not None:  # held while written: another cleaner leaves it alone
                fcntl.flock(handle, fcntl.LOCK_EX)
            _copy_and_check(partial)
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)
    return target


def _copy_and_check(partial: Path) -> None:
    if on_server():
        _copy_from_server(partial)
    else:
        _copy_file(partial)
    try:
        inspect(partial, schema.SCHEMA_VERSION)
    except NotARegularsDatabaseError as error:
        reason = " ".join(str(error).removeprefix(f"{partial}: ").split())  # one line
        raise DamagedDatabaseError(f"the database is damaged; no backup was made ({reason})") \
            from None


def _copy_from_server(partial: Path) -> None:
    """A server book's backup: the same copy as `regulars copy --from`, row for row from one
    snapshot and compared, into a new file of this version."""
    from app.store import copying  # which reads both engines' search indexes

    with _file_at_this_version(partial) as target:
        copying.copy_book(db, target)


@contextlib.contextmanager
def _file_at_this_version(path: Path) -> Iterator[peewee.SqliteDatabase]:
    """The SQLite file at `path` (made if missing) brought up to this version, closed after."""
    database = peewee.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    database.connect()
    try:
        schema.upgrade(database)
        yield database
    finally:
        database.close()


def _copy_file(partial: Path) -> None:
    destination = sqlite3.connect(partial)
    try:
        db.connection().backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError:
        raise  # a full disk or a busy file, not damage
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(f"the database is damaged; no backup was made ({error})") \
            from None
    finally:
        destination.close()


def remove_abandoned(partials: Iterable[Path]) -> None:
    """Delete `.partial` copies that no backup is writing any more (a killed one's)."""
    for path in partials:
        with contextlib.suppress(OSError):
            with path.open("rb") as handle:
                if fcntl is not None:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises while written
            path.unlink()  # where files cannot be locked, one still open cannot be deleted


def automatic(database: Path, reason: str, now: dt.datetime, *, thin: bool = True) -> Path:
    """Back up into the backups folder, then thin the folder out (unless `thin` is False: the
    caller thins it once the backup has proved to be wanted)."""
    folder = folder_for(database)
    ensure_private_dir(folder)
    remove_abandoned(folder.glob(f"*{PARTIAL}"))
    path = folder / f"regulars-{now:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    copy_to(path)
    if thin:
        rotate(folder, now)
    return path


def possible(made: dt.datetime, now: dt.datetime) -> bool:
    """Whether a backup can have been made at `made`: not in the future, not before Regulars."""
    return EARLIEST <= made <= now


def made_at(path: Path, named: dt.datetime, now: dt.datetime) -> dt.datetime:
    """When the copy was made: the time in its name, unless a wrong clock wrote an impossible
    one there and the file's modification time is possible (the clock was put right before the
    file was last written); the name's time when neither can be right."""
    if possible(named, now):
        return named
    try:
        written = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    except (OSError, OverflowError, ValueError):
        return named
    return written if possible(written, now) else named


def listing(folder: Path, now: dt.datetime | None = None) -> list[tuple[Path, dt.datetime]]:
    """The automatic backups with when each was made (see `made_at`), newest first."""
    now = now or dt.datetime.now()
    found = []
    for path in folder.glob("regulars-*.sqlite3") if folder.is_dir() else ():
        match = _NAME.search(path.name)
        if match:
            named = dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")
            found.append((path, made_at(path, named, now)))
    return sorted(found, key=lambda item: item[1], reverse=True)


def reason_of(path: Path) -> str:
    """Why the backup was made (daily, before-import, before-upgrade…), from its name."""
    match = _NAME.search(path.name)
    return _VERSION.sub("", match[2] or "") if match else ""


def rotate(folder: Path, now: dt.datetime) -> list[Path]:
    """Keep every backup of the last day, then the newest of each of the last 7 days, 4 weeks
    and 12 months; delete the rest. Returns what was deleted.

    The last day is kept whole so that the backup taken before this morning's import is still
    there after this afternoon's. A clock that was wrong must not cost a backup: one dated in
    the future is kept (how old it is cannot be known), and so is the newest of each reason
    (the one before the last restore or upgrade), unless its date is possible and older than
    `LONGEST_KEEP`, which only the newest of all outlives.
    """
    backups = listing(folder, now)
    keep: set[Path] = {path for path, made in backups if made > now}
    past = [(path, made) for path, made in backups if made <= now]
    if past:
        keep.add(past[0][0])
    newest_of: dict[str, tuple[Path, dt.datetime]] = {}
    for path, made in past:  # newest first
        newest_of.setdefault(reason_of(path), (path, made))
    keep |= {path for path, made in newest_of.values()
             if not (possible(made, now) and now - made > LONGEST_KEEP)}
    recent = [(path, made) for path, made in past if now - made <= LONGEST_KEEP]
    keep |= {path for path, made in recent if now - made < dt.timedelta(days=1)}
    for size, bucket in ((KEEP_DAILY, lambda d: d.date()),
                         (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
                         (KEEP_MONTHLY, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for path, made in recent:  # newest first: the first of each bucket is its newest
            key = bucket(made)
            if key not in seen:
                if len(seen) == size:
                    break
                seen.append(key)
                keep.add(path)
    deleted = [path for path, _made in backups if path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def inspect(path: Path, newest_version: int) -> int:
    """Customers in a candidate file; raises unless it is a sound Regulars database."""
    if not path.is_file():
        raise NotARegularsDatabaseError(f"{path}: no such file")
    try:
        connection = open_read_only(path)
    except sqlite3.Error as error:
        raise NotARegularsDatabaseError(f"{path}: cannot be opened ({error})") from None
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            raise NotARegularsDatabaseError(f"{path}: damaged ({result[0][0]})")
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > newest_version:
            raise NotARegularsDatabaseError(
                f"{path}: made by a newer Regulars (schema version {version}); "
                "please update Regulars")
        # Exactly the schema its own version makes: an older backup still restores (and is
        # brought up to date afterwards), anything added, missing or changed does not.
        problem = (schema.difference(connection, version) if version >= 1
                   else "it has no Regulars schema version")
        if problem:
            raise NotARegularsDatabaseError(f"{path}: not a Regulars database: {problem}")
        return int(connection.execute("SELECT count(*) FROM customer").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise NotARegularsDatabaseError(f"{path}: not a Regulars database ({error})") from None
    finally:
        connection.close()


def describe(folder: Path, newest_version: int,
             now: dt.datetime | None = None) -> list[BackupInfo]:
    now = now or dt.datetime.now()
    infos = []
    for path, made in listing(folder, now):
        try:
            customers: int | None = inspect(path, newest_version)
        except NotARegularsDatabaseError:
            customers = None
        infos.append(BackupInfo(path, made, customers, possible(made, now)))
    return infos


@contextlib.contextmanager
def private_copy(source: Path, folder: Path) -> Iterator[Path]:
    """A consistent copy of `source` in `folder`, locked while in use and removed after.

    What a restore checks and then puts in: another program that changes the chosen file
    after its check changes the original, not what goes in. A copy left by a kill is a
    `.partial` that the next backup or start removes.
    """
    ensure_private_dir(folder)
    fd, name = tempfile.mkstemp(prefix=".restore.", suffix=PARTIAL, dir=folder)
    copy = Path(name)
    try:
        with os.fdopen(fd, "r+b") as handle:
            if fcntl is not None:  # held while in use: another cleaner leaves it alone
                fcntl.flock(handle, fcntl.LOCK_EX)
            original = open_read_only(source)
            destination = sqlite3.connect(copy)
            try:
                original.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
                original.close()
            yield copy
    finally:
        copy.unlink(missing_ok=True)


def restore_into_open(source: Path) -> None:
    """Replace the open database's contents with `source`, through SQLite's own locking."""
    connection = open_read_only(source)
    try:
        connection.backup(db.connection())
    finally:
        connection.close()


def restore_into_server(source: Path) -> None:
    """The open server book made what the checked backup `source` holds (brought up to this
    version first): every row replaced in one transaction, compared row for row."""
    from app.store import copying

    with _file_at_this_version(source) as backup:
        copying.replace_book(backup, db)
