"""When backups are made, and how a backup comes back.

Automatic backups: before every import, restore and schema upgrade, and once
a day while the window runs. A restore checks that the file is a sound
Regulars database before touching anything, backs up what is there now, and
then replaces it: through SQLite's locking when the current file is readable
(so another Regulars process sees the change), by swapping files when it is
too damaged to open (the damaged file is kept aside, never deleted).

A backup made before a customer was erased still holds them: the restored file is erased
again from the register beside the database before anything uses it (`app.core.erasure`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core import clock, erasure, session
from app.core.errors import RegularsError
from app.core.phrases import N_, Phrase, counted
from app.store import backup, schema
from app.store.database import DATABASE_ERRORS, on_server, own_file
from app.store.files import sync_folder
from app.store.models import db

DAY = dt.timedelta(days=1)
# The setting that marks the day of a server book's last daily backup, and the statement that
# moves it to a new day, answering with a row only where it did.
DAILY_MARK = "daily_backup_day"
_CLAIM = ("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
          "SET value = excluded.value WHERE setting.value <> excluded.value RETURNING key")
# The files SQLite keeps beside the database while it works.
SIDECARS = ("-wal", "-shm", "-journal")
ERASED_AGAIN = counted("%Ln customer(s) erased since this backup were erased again",
                       "{n:,} customer erased since this backup was erased again",
                       "{n:,} customers erased since this backup were erased again")


@dataclass(frozen=True)
class Restored:
    """What a restore left: the customers now there, and how many more the backup held that
    were erased since it was made, and so were erased again."""

    customers: int
    erased_again: int

    def erased_again_said(self) -> Phrase | None:
        """What the owner is told of the customers erased again; None when there were none."""
        return Phrase(ERASED_AGAIN, n=self.erased_again) if self.erased_again else None


def folder() -> Path:
    """The backups folder: beside the file, or beside this computer's own file for a server
    book (a counter keeps the copies it makes)."""
    return backup.folder_for(own_file())


def automatic(reason: str) -> Path:
    return backup.automatic(own_file(), reason, clock.now())


@contextlib.contextmanager
def taken_before(reason: str) -> Iterator[Path]:
    """A backup for a change that may fail (an import): it joins the rotation only once the
    change is made, and is removed when the change fails, so that a failed import costs no
    older backup its place."""
    path = backup.automatic(own_file(), reason, clock.now(), thin=False)
    try:
        yield path
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    backup.rotate(path.parent, clock.now())


def refuse_own_files(path: Path, database: Path | None = None) -> None:
    """Raise unless `path` is a file apart from the database, its working files and backups.

    An export or a backup written there would destroy the shop or a good backup, and an
    import read from there reads the database as if it were a customer list. A symlink or
    hard link is the same file, so resolved paths and then inodes are compared. `database`
    is the open one unless given (a job checks before opening, so that nothing is written);
    with a server book open, this computer's own file, beside which its backups are kept.
    """
    if database is None:
        database = own_file()
    database = Path(database)
    if database.name == ":memory:":
        return
    chosen = Path(path)
    resolved = chosen.resolve()
    register = erasure.register_file(database)
    own = database_files(database)
    own += [register, register.with_name(register.name + ".partial")]
    if any(resolved == file.resolve() or _same_file(chosen, file) for file in own):
        raise RegularsError(Phrase(N_("{chosen} is the database itself (or one of its working "
                                      "files); choose another file"), chosen=str(chosen)))
    kept = backup.folder_for(database)
    if (kept.resolve() in resolved.parents
            or (kept.is_dir() and any(_same_file(chosen, file) for file in kept.iterdir()))):
        raise RegularsError(Phrase(N_("{chosen} is in the backups folder ({kept}); choose a "
                                      "file outside it"), chosen=str(chosen), kept=str(kept)))


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:  # either is missing or unreadable: not the same existing file
        return False


def backup_to(target: Path | None = None) -> tuple[Path, int]:
    """A backup at `target`, or in the automatic folder; returns it and its customer count."""
    if target:
        refuse_own_files(Path(target))
    path = backup.copy_to(Path(target)) if target else automatic("manual")
    return path, backup.inspect(path, schema.SCHEMA_VERSION)


def listing() -> list[backup.BackupInfo]:
    """The automatic backups, newest first, each marked when its date cannot be right."""
    return backup.describe(folder(), schema.SCHEMA_VERSION, clock.now())


def newest_good(data_dir: Path) -> backup.BackupInfo | None:
    """The newest backup in the data folder that passes an integrity check.

    One whose date cannot be right comes only when no other is good: a wrong clock's
    "2100" says nothing about how recent the copy is.
    """
    infos = backup.describe(data_dir / backup.FOLDER, schema.SCHEMA_VERSION, clock.now())
    good = [info for info in infos if info.customers is not None]
    return next((info for info in good if info.date_possible), good[0] if good else None)


def daily(now: dt.datetime) -> Path | None:
    """The day's backup, when it is due: on the file, a day after the newest in its folder; on
    a server book, by the first counter to look on that day (`_claimed`), into the backups
    folder of that counter."""
    if not (_claimed(now.date()) if on_server() else daily_due(now)):
        return None
    return automatic("daily")


def _claimed(day: dt.date) -> bool:
    """Whether this counter is the first to take the server book's backup of `day`: the day
    marked in the book in one statement, which only one counter's can change."""
    with db.atomic():
        return db.execute_sql(_CLAIM, (DAILY_MARK, json.dumps(day.isoformat()))).fetchone() \
            is not None


def daily_due(now: dt.datetime) -> bool:
    """Whether a day has passed since the newest backup (one dated in the future is no proof)."""
    made = [made for _path, made in backup.listing(folder(), now) if made <= now]
    return not made or now - made[0] >= DAY


def check_restorable(source: Path, *, copy: Path | None = None) -> int:
    """Customers in `source`, or in `copy`, the copy of it about to go in: what was checked
    must be what goes in. Raises, naming `source`, unless it is a sound Regulars database."""
    checked = Path(source if copy is None else copy)
    try:
        return backup.inspect(checked, schema.SCHEMA_VERSION)
    except backup.NotARegularsDatabaseError as error:
        raise RegularsError(str(error).replace(str(checked), str(source))) from None


def restore(source: Path, data_dir: str | Path | None = None) -> Restored:
    """Replace the database with `source`, checked first.

    The erasure register beside the database is brought up to the current file's first (a
    damaged one cannot be read: the file beside it is all there is), and every customer it
    names is erased again from the restored file before it is used.
    """
    source = Path(source)
    customers = check_restorable(source)
    if on_server():
        return _restore_on_server(source)
    target = session.database_location(data_dir)
    try:
        session.open_data(data_dir)
        db.execute_sql("PRAGMA quick_check").fetchall()
        erasure.write_register_file()
        automatic("before-restore")
    except DATABASE_ERRORS:
        session.close()
        customers = _swap_in(source, target)
    else:
        with backup.private_copy(source, folder()) as copy:
            customers = check_restorable(source, copy=copy)
            backup.restore_into_open(copy)
        schema.upgrade(db)
    session.close()
    # Reopened: brought up to this version, with its search index.
    session.open_data(data_dir, erase_again=False)
    erased_again = erasure.apply_register()
    return Restored(customers - erased_again, erased_again)


def _restore_on_server(source: Path) -> Restored:
    """The open server book's rows replaced by the backup's, once what is there is backed up
    into this counter's backups folder, in one transaction of the server. Every customer the
    server's register named before is erased again from what the backup brought back, and
    stays in the register (its copy beside this computer's file names them too)."""
    automatic("before-restore")
    register = erasure.held_lines()
    with backup.private_copy(source, folder()) as copy:
        customers = check_restorable(source, copy=copy)
        backup.restore_into_server(copy)
    erased_again = erasure.erase_again(register)
    return Restored(customers - erased_again, erased_again)


def _swap_in(source: Path, target: Path) -> int:
    """The current file cannot be read: keep it aside and put a copy of the backup in place;
    returns the customers in the copy, which is checked once made (see `check_restorable`).

    A crash or kill at any point leaves either the old file in place or a complete, flushed
    copy beside it: the copy is written and flushed before the old file moves, and every
    rename is flushed to the folder. `finish_interrupted_swap` completes or undoes it on the
    next open. The copy stays locked while the swap runs, so no other start removes it.
    """
    partial = target.with_name(target.name + backup.PARTIAL)
    partial.unlink(missing_ok=True)
    with partial.open("xb") as handle, source.open("rb") as original:
        partial.chmod(0o600)
        if backup.fcntl is not None:
            backup.fcntl.flock(handle, backup.fcntl.LOCK_EX)
        shutil.copyfileobj(original, handle)
        handle.flush()
        os.fsync(handle.fileno())
        try:
            customers = check_restorable(source, copy=partial)
        except RegularsError:
            partial.unlink()
            raise
        sync_folder(target.parent)
        _keep_aside(target)
        _rename(partial, target)
    return customers


def _keep_aside(target: Path) -> None:
    """Move the database and its working files into the backups folder, never deleting them."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = backup.folder_for(target) / f"damaged-{stamp}-{target.name}"
    aside.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    rename_database(target, aside)


def database_files(database: Path) -> list[Path]:
    """The database and the working files SQLite keeps beside it, the database first: a
    working file alone is no database."""
    return [database.with_name(database.name + suffix) for suffix in ("", *SIDECARS)]


def rename_database(source: Path, target: Path) -> None:
    """The database and its working files renamed together (SQLite finds a WAL by the
    database's name), each rename flushed to its folder."""
    for old, new in zip(database_files(source), database_files(target), strict=True):
        if old.exists():
            _rename(old, new)


def _rename(source: Path, target: Path) -> None:
    """Rename, flushed to the folder; a copy where the backups folder is on another disk."""
    try:
        os.replace(source, target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        shutil.move(source, target)
    sync_folder(target.parent)


def finish_interrupted_swap(target: Path) -> None:
    """Complete or undo a restore's file swap that a crash or kill stopped.

    With the database gone and a complete, sound copy beside it, the copy is put in place
    (working files left by the old database go aside first: SQLite would replay them into
    the copy). Otherwise the copy is removed and the database stays as it was. A copy that
    a running restore still holds is left alone.
    """
    partial = target.with_name(target.name + backup.PARTIAL)
    if not partial.exists():
        return
    with contextlib.suppress(FileNotFoundError), partial.open("rb") as handle:
        if backup.fcntl is not None:
            try:
                backup.fcntl.flock(handle, backup.fcntl.LOCK_EX | backup.fcntl.LOCK_NB)
            except OSError:
                return  # a restore is writing it now
        if not target.exists() and _is_sound(partial):
            _keep_aside(target)
            _rename(partial, target)
        else:
            partial.unlink(missing_ok=True)
            sync_folder(target.parent)


def _is_sound(path: Path) -> bool:
    try:
        backup.inspect(path, schema.SCHEMA_VERSION)
    except backup.NotARegularsDatabaseError:
        return False
    return True
