"""When backups are made, and how a backup comes back.

Automatic backups: before every import, restore and schema upgrade, and once
a day while the window runs. A restore checks that the file is a sound
Regulars database before touching anything, backs up what is there now, and
then replaces it: through SQLite's locking when the current file is readable
(so another Regulars process sees the change), by swapping files when it is
too damaged to open (the damaged file is kept aside, never deleted).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from app.core import clock, session
from app.core.errors import RegularsError
from app.store import backup, schema
from app.store.database import DATABASE_ERRORS, database_file
from app.store.models import db

DAY = dt.timedelta(days=1)
# The files SQLite keeps beside the database while it works.
SIDECARS = ("-wal", "-shm", "-journal")


def folder() -> Path:
    return backup.folder_for(database_file())


def automatic(reason: str) -> Path:
    return backup.automatic(database_file(), reason, clock.now())


def refuse_own_files(path: Path, database: Path | None = None) -> None:
    """Raise unless `path` is a file apart from the database, its working files and backups.

    An export or a backup written there would destroy the shop or a good backup, and an
    import read from there reads the database as if it were a customer list. A symlink or
    hard link is the same file, so resolved paths and then inodes are compared. `database`
    is the open one unless given (a job checks before opening, so that nothing is written).
    """
    database = Path(database if database is not None else database_file())
    if database.name == ":memory:":
        return
    chosen = Path(path)
    resolved = chosen.resolve()
    own = [database.with_name(database.name + suffix) for suffix in ("", *SIDECARS)]
    if any(resolved == file.resolve() or _same_file(chosen, file) for file in own):
        raise RegularsError(f"{chosen} is the database itself (or one of its working files); "
                            "choose another file")
    kept = backup.folder_for(database)
    if (kept.resolve() in resolved.parents
            or (kept.is_dir() and any(_same_file(chosen, file) for file in kept.iterdir()))):
        raise RegularsError(f"{chosen} is in the backups folder ({kept}); "
                            "choose a file outside it")


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
    return backup.describe(folder(), schema.SCHEMA_VERSION)


def newest_good(data_dir: Path) -> backup.BackupInfo | None:
    """The newest backup in the data folder that passes an integrity check."""
    for info in backup.describe(data_dir / backup.FOLDER, schema.SCHEMA_VERSION):
        if info.customers is not None:
            return info
    return None


def daily_due(now: dt.datetime) -> bool:
    backups = backup.listing(folder())
    return not backups or now - backups[0][1] >= DAY


def check_restorable(source: Path) -> int:
    try:
        return backup.inspect(Path(source), schema.SCHEMA_VERSION)
    except backup.NotARegularsDatabaseError as error:
        raise RegularsError(str(error)) from None


def restore(source: Path, data_dir: str | Path | None = None) -> int:
    """Replace the database with `source`; returns its customer count. Checked first."""
    source = Path(source)
    customers = check_restorable(source)
    target = session.database_location(data_dir)
    try:
        session.open_data(data_dir)
        db.execute_sql("PRAGMA quick_check").fetchall()
        automatic("before-restore")
    except DATABASE_ERRORS:
        session.close()
        _swap_in(source, target)
    else:
        backup.restore_into_open(source)
        schema.upgrade(db)
    session.close()
    session.open_data(data_dir)  # reopened: brought up to this version, with its search index
    return customers


def _swap_in(source: Path, target: Path) -> None:
    """The current file cannot be read: keep it aside and put a copy of the backup in place."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = backup.folder_for(target) / f"damaged-{stamp}-{target.name}"
    aside.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if target.exists():
        shutil.move(target, aside)
    for suffix in SIDECARS:
        sidecar = target.with_name(target.name + suffix)
        if sidecar.exists():
            shutil.move(sidecar, aside.with_name(aside.name + suffix))
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    partial.chmod(0o600)
    partial.replace(target)
