"""What each `regulars` job does, and how a failed one is said: the parser and the exits
are in `app.cli`, which imports this once the arguments are read."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, UsageError, shown
from app.core import logs
from app.core.errors import RegularsError, UnavailableError, UnusableDatabaseError
from app.store.location import database_location, narrow_data_folder

if TYPE_CHECKING:
    from app.store.reading import Executes

# Where scripts name a server book for every job they run (`--database` names it for one).
DATABASE_URL_VARIABLE = "REGULARS_DATABASE_URL"



def run(args: argparse.Namespace) -> int:
    """The job `args` names, its log started first."""
    _start_log(args)
    if args.command == "copy" and getattr(args, "database", None) is not None:
        raise UsageError("copy goes between this computer's file and a server: name the "
                         "server with --to or --from, not --database")
    return COMMANDS[args.command](args)


def server_url(args: argparse.Namespace) -> str | None:
    """The server book the job works on: `--database`, else $REGULARS_DATABASE_URL, else the
    one chosen in Settings > Customer book, unless `--data-dir` names a file's folder; None for
    this computer's file. (The server module, which loads peewee, is imported only when a
    variable is to be read: `find` reads a file without it.)"""
    given = getattr(args, "database", None)
    if given is not None:
        if getattr(args, "data_dir", None) is not None:
            raise UsageError("give --data-dir or --database, not both")
        return given
    if getattr(args, "data_dir", None) is not None:
        return None
    named = os.environ.get(DATABASE_URL_VARIABLE, "").strip()
    if not named:
        from app.core.book_place import chosen

        return chosen()
    from app.store.server import checked_url

    try:
        return checked_url(named)
    except ValueError as error:
        raise UsageError(f"{DATABASE_URL_VARIABLE}: {error}") from None


def _open(args: argparse.Namespace, *, create: bool, only_reads: bool = False,
          the_file: bool = False) -> Path | None:
    """Open the database (the server book when the job names one, `server_url`, unless it works
    on `the_file` whatever scripts name); a job that only reads does not create a file, and one
    that `only_reads` what is there also reads a file it cannot write to. The file's path, or
    None for a server book."""
    from app.core.session import open_data

    url = None if the_file else server_url(args)
    if url is not None:
        from app.core import book_place, server_book

        server_book.open_book(url, book_place.kept_password(url))
        return None
    path = open_data(getattr(args, "data_dir", None), create=create, only_reads=only_reads)
    _start_log(args)  # the database may have just been created: its log goes beside it
    _narrow(args, path)
    return path


def _narrow(args: argparse.Namespace, path: Path) -> None:
    if narrow_data_folder(getattr(args, "data_dir", None)):
        logs.log.warning("the data folder was open to other users; now it is the owner's alone")
        print(f"regulars: {path.parent} was open to other users; now only you can open it",
              file=sys.stderr)


@contextmanager
def _reading(args: argparse.Namespace) -> Iterator[Executes]:
    """The database for a job that only reads: through plain sqlite3 when it is there at this
    version, which loads neither peewee nor the models (most of such a job's time), closed
    after; else opened as `_open` does, which upgrades it, reads a missing one as empty or
    says why not (and `main` closes it)."""
    from app.store.reading import open_reading

    path = database_location(getattr(args, "data_dir", None))
    reading = None if server_url(args) is not None else open_reading(path)
    if reading is None:
        _open(args, create=False, only_reads=True)
        from app.store.models import db

        yield db
        return
    try:
        _narrow(args, path)
        yield reading
    finally:
        reading.close()


def _refuse_own_files(args: argparse.Namespace, path: Path) -> None:
    """Checked before opening, so that a refused export, backup or import writes nothing."""
    from app.core.backups import refuse_own_files
    refuse_own_files(path, database_location(getattr(args, "data_dir", None)))


def _start_log(args: argparse.Namespace) -> None:
    """Log beside the database when there is one; otherwise on stderr with --verbose only.

    A job that only reads must not create the data folder just for its log, and a folder
    that cannot be written to must not stop a job that only reads.
    """
    verbose = getattr(args, "verbose", False)
    path = database_location(getattr(args, "data_dir", None))
    if path.is_file():
        try:
            logs.setup(logs.log_dir_for(path), verbose=verbose)
            return
        except OSError as error:
            logs.setup_without_file(verbose=verbose)
            logs.log.warning("no log file beside the database: %s", logs.safe_message(error))
            return
    logs.setup_without_file(verbose=verbose)


def _print_json(value: Any) -> None:
    # One write: thousands of reminders written piece by piece take longer than finding them.
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def cmd_demo(args: argparse.Namespace) -> int:
    from app.core import edits, operations

    _open(args, create=True)
    ids = operations.perform(edits.load_sample_customers(
        args.customers, seed=args.seed, journaled=False)).result
    logs.log_operation("job demo", ids)
    print(f"added {len(ids)} sample customers")
    return EXIT_OK


def cmd_find(args: argparse.Namespace) -> int:
    from app.core import clock, summaries
    from app.core.humanize import days_ago

    with _reading(args) as database:
        found = summaries.read(database, summaries.found_ids(database, args.query, args.limit))
    logs.log_operation("job find", [s.id for s in found])
    if args.json:
        _print_json([
            {"id": s.id, "name": s.name, "nickname": s.nickname, "phones": list(s.phones),
             "emails": list(s.emails),
             "last_contact": s.last_contact.date().isoformat() if s.last_contact else None}
            for s in found
        ])
        return EXIT_OK
    today = clock.today()
    for s in found:
        name = f"{s.name} ({s.nickname})" if s.nickname else s.name
        reach = ", ".join([*s.phones[:1], *s.emails[:1]])
        seen = days_ago(s.last_contact, today) or "never"
        print(shown(f"{s.id:>6}  {name}  ·  {reach}  ·  last contact {seen}", one_line=True))
    print(f"{len(found)} found" if args.query else f"{len(found)} listed")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from app.core import profile
    from app.core.dates import format_parts

    _open(args, create=False, only_reads=True)
    p = profile.load(args.id)
    logs.log_operation("job show", [p.id])
    if args.json:
        _print_json(profile.to_json(p))
        return EXIT_OK
    print(shown(f"{p.name}" + (f" ({p.nickname})" if p.nickname else "") + (
        "  [archived]" if p.archived else "")))
    for c in p.contacts:
        print(shown(f"  {c.kind:<8} {c.value}" + (f"  ({c.label})" if c.label else "")))
    for r in p.relatives:
        print(shown(f"  {r.relation:<8} {r.name}" + (f"  — {r.notes}" if r.notes else "")))
    for d in p.dates:
        whose = f"{d.relative}'s " if d.relative else ""
        print(shown(f"  {whose}{d.label or d.kind}: {format_parts(d.month, d.day, d.year)}"))
    if p.about:
        print(shown("  about: " + p.about.replace("\n", "\n         ")))
    if p.tags:
        print(shown(f"  tags: {', '.join(p.tags)}"))
    for f in p.follow_ups:
        print(shown(f"  to do: {f.text}" + (f" (due {f.due})" if f.due else "")))
    last = p.last_contact.date().isoformat() if p.last_contact else "never"
    print(f"  {p.interaction_count} interactions, spent {p.total_spent}, last contact {last}")
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    from app.core import edits, operations, timeline
    from app.core.dates import parse_datetime

    at = parse_datetime(args.at) if args.at else None
    _open(args, create=False)
    entry_id = operations.perform(edits.log_entry(args.id, args.kind, args.text, args.amount,
                                                  at)).result
    logs.log_operation("job log", [args.id])
    entry = timeline.get_entry(entry_id)
    amount = f" ({entry.amount})" if entry.amount is not None else ""
    print(f"logged {entry.kind}{amount} for customer {args.id} at {entry.at:%Y-%m-%d %H:%M}")
    return EXIT_OK


def _refuse_unreadable(path: Path) -> None:
    """Say what the path is when it is not a file that can be read: a pipe or a device
    would otherwise be read for ever, and "no such file" would send the owner looking."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as error:
        raise UsageError(f"{path} cannot be read: {error.strerror}") from None
    if stat.S_ISDIR(mode):
        raise UsageError(f"{path} is a folder; give a file")
    if not stat.S_ISREG(mode):
        raise UsageError(f"{path} is not a regular file")
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise UsageError(f"{path} cannot be read: {error.strerror}") from None


def cmd_import(args: argparse.Namespace) -> int:
    from app.exchange import jobs

    path = Path(args.path)
    _refuse_unreadable(path)
    _refuse_own_files(args, path)
    _open(args, create=not args.dry_run)
    report = jobs.import_file(path, args.format, args.map, dry_run=args.dry_run)
    logs.log_operation("job import --dry-run" if args.dry_run else "job import",
                       report.customer_ids)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    # A warning of line 0 is about the file as a whole (newsletter words not recorded).
    for message in (message for line, message in report.warnings if not line):
        print(shown(f"{path}: {message}", one_line=True), file=sys.stderr)
    values = [(line, message) for line, message in report.warnings if line]
    for found, count, what in ((report.errors, report.skipped, "errors"),
                               (values, report.left_out, "values left out")):
        for line, message in found[:20]:
            print(shown(f"{path}, line {line}: {message}", one_line=True), file=sys.stderr)
        if count > 20:
            print(f"… and {count - 20} more {what}", file=sys.stderr)
    note = ""
    if report.ambiguous_dates:
        from app.core import settings

        order = "day/month/year" if settings.get("date_order") == "dmy" else "month/day/year"
        note = f"; {report.ambiguous_dates} dates read as {order} (setting date_order)"
    print(("would have " if args.dry_run else "") + report.summary() + note)
    return EXIT_OK


def _refuse_unwritable(path: Path) -> None:
    """A file to write must be named in a folder that is there; checked before opening."""
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: no such folder")


def cmd_export(args: argparse.Namespace) -> int:
    from app.exchange import jobs

    if args.with_consent_date and args.format != "emails":
        raise UsageError("--with-consent-date applies to --format emails only")
    path = Path(args.path)
    _refuse_unwritable(path)
    _refuse_own_files(args, path)
    _open(args, create=False, only_reads=True)
    summary = jobs.export_file(path, args.format, with_consent_date=args.with_consent_date)
    logs.log_operation(f"job export {args.format}", [])
    print(summary)
    return EXIT_OK


def cmd_export_one(args: argparse.Namespace) -> int:
    """What a customer asks to see of their data, in one file; their id is logged, never
    their name."""
    from app.exchange import customer_data

    path = Path(args.path)
    _refuse_unwritable(path)
    _refuse_own_files(args, path)
    customer_data.kind_of(path)
    _open(args, create=False, only_reads=True)
    written = customer_data.write(path, args.id)
    logs.log_operation("job export-one", [args.id])
    entries, records = written.timeline_entries, written.consent_records
    print(f"wrote everything kept about customer {args.id} to {path} "
          f"({entries} timeline {'entry' if entries == 1 else 'entries'}, "
          f"{records} consent {'record' if records == 1 else 'records'})")
    return EXIT_OK


def cmd_reminders(args: argparse.Namespace) -> int:
    from app.core import clock, reminders

    start = args.date or clock.today()
    with _reading(args) as database:
        found = reminders.pending(start, args.days, database=database)
    logs.log_operation("job reminders", [r.customer_id for r in found])
    if args.json:
        _print_json([r.to_json() for r in found])
        return EXIT_OK
    for r in found:
        print(shown(f"{r.date:%a %d %b}  {r.kind:<13} {r.text}  [customer {r.customer_id}]",
                     one_line=True))
    print(f"{len(found)} reminders")
    return EXIT_OK


def cmd_follow_up(args: argparse.Namespace) -> int:
    from app.core import edits, operations

    _open(args, create=False)
    operations.perform(edits.add_follow_up(args.id, args.text, args.due,
                                           kind="promise" if args.due else "task"))
    logs.log_operation("job follow-up", [args.id])
    due = f", due {args.due:%a %d %b %Y}" if args.due else ""
    print(f"follow-up added for customer {args.id}{due}")
    return EXIT_OK


def cmd_week(args: argparse.Namespace) -> int:
    from app.core import week

    _open(args, create=False, only_reads=True)
    result = week.review(args.date)
    logs.log_operation("job week", [row.customer_id for rows in result.sections.values()
                                    for row in rows])
    if args.json:
        _print_json(result.to_json())
        return EXIT_OK
    start = result.end - dt.timedelta(days=6)
    print(f"The week {start:%a %d %b} – {result.end:%a %d %b %Y}")
    for name in result.shown():
        rows = result.sections[name]
        more = result.more.get(name, 0)  # left for the weeks after
        count = f"{len(rows)}, {more:,} more" if more else f"{len(rows)}"
        print(f"\n{result.title(name)} ({count})")
        for row in rows:
            print(shown(f"  {row.customer} — {row.detail}  [customer {row.customer_id}]",
                         one_line=True))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from app.core import backups

    target = Path(args.path) if args.path else None
    if target is not None:
        _refuse_unwritable(target)
        _refuse_own_files(args, target)
    _open(args, create=False)
    path, customers = backups.backup_to(target)
    logs.log_operation("job backup", [])
    print(f"backed up {customers} customers to {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.core import backups

    if server_url(args) is not None:  # the server book's rows replaced, in one transaction
        _open(args, create=True)
    restored = backups.restore(Path(args.path), getattr(args, "data_dir", None))
    _start_log(args)  # a first restore creates the database, and so the folder for the log
    logs.log_operation("job restore", [])
    print(f"restored {restored.customers} customers from {args.path} "
          f"(the database as it was is in {backups.folder()})")
    said = restored.erased_again_said()
    if said is not None:
        print(said)
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    """Everything about one customer deleted for good; one line of the register stays."""
    from app.core import edits, erasure, operations

    if not args.yes:
        raise UsageError(f"erasing customer {args.id} deletes everything about them for good "
                         "and cannot be undone; add --yes to erase them")
    _open(args, create=False)
    erased = operations.perform(edits.erase_customer(args.id)).result
    logs.log_operation("job erase", erased)
    line = erasure.line_of(args.id)
    assert line is not None  # the erasure wrote it in the same transaction
    merged = sorted(cid for cid in erased if cid != args.id)
    also = (f" and the records merged into them ({', '.join(map(str, merged))})"
            if merged else "")
    print(f"erased customer {args.id}{also}: nothing about them is left in the database "
          f"(line {line.number} of the erasure register, {line.erased_at:%Y-%m-%d %H:%M})")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.core import health
    from app.core.session import DATABASE_ERRORS, settled_location

    url = server_url(args)
    if url is not None:
        return _check_server(args, url)
    path = settled_location(getattr(args, "data_dir", None))
    if not path.exists():
        print(f"no database yet at {path}; nothing to check")
        return EXIT_OK
    try:
        _open(args, create=False, only_reads=True)
        found = health.problems()
    except DATABASE_ERRORS as error:
        logs.log.warning("job check: the database could not be read: %s", _error_text(error))
        found = [f"cannot read the database: {error}"]
    logs.log_operation("job check", [])
    if found:
        logs.log.warning("job check: %d problems found", len(found))
        for line in found:
            print(f"regulars: {path}: {line}", file=sys.stderr)
        return EXIT_FAILED
    customers, interactions = health.counts()
    print(f"ok: {path} ({customers} customers, {interactions} interactions)")
    return EXIT_OK


def _check_server(args: argparse.Namespace, url: str) -> int:
    """`check` on a server book: its tables whole and every customer in its search index (the
    server itself keeps pages and links sound)."""
    from app.core import health
    from app.store.server import shown_url

    _open(args, create=False)
    found = health.problems()
    logs.log_operation("job check", [])
    if found:
        logs.log.warning("job check: %d problems found", len(found))
        for line in found:
            print(f"regulars: {shown_url(url)}: {line}", file=sys.stderr)
        return EXIT_FAILED
    customers, interactions = health.counts()
    print(f"ok: {shown_url(url)} ({customers} customers, {interactions} interactions)")
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    """The book copied to a server (--to) or from one (--from), checked row for row."""
    from app.core import server_copy

    progress = _CopyProgress() if sys.stderr.isatty() else None
    try:
        if args.to is not None:
            from app.core.session import settled_location

            path = settled_location(getattr(args, "data_dir", None))
            if not path.exists():
                raise UsageError(f"there is no customer book at {path} to copy")
            _open(args, create=False, the_file=True)
            copied = server_copy.to_server(args.to, progress)
            way = "to"
        else:
            copied = server_copy.from_server(args.source, getattr(args, "data_dir", None),
                                             progress)
            _start_log(args)  # the copy may have made the database, and its folder
            way = "from"
    finally:
        if progress is not None:
            progress.done()
    logs.log_operation(f"job copy {way} a server", [])
    print(f"copied {copied.customers} customers ({copied.total} rows) {way} {copied.where}; "
          "every row checked")
    return EXIT_OK


class _CopyProgress:
    """The table being copied and its rows so far, on one line of the terminal."""

    def __call__(self, table: str, rows: int) -> None:
        sys.stderr.write(f"\rcopying {table}: {rows} rows\x1b[K")
        sys.stderr.flush()

    @staticmethod
    def done() -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "find": cmd_find,
    "show": cmd_show,
    "log": cmd_log,
    "import": cmd_import,
    "export": cmd_export,
    "export-one": cmd_export_one,
    "reminders": cmd_reminders,
    "follow-up": cmd_follow_up,
    "week": cmd_week,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "erase": cmd_erase,
    "check": cmd_check,
    "copy": cmd_copy,
}


def _error_text(error: BaseException) -> str:
    """The type, and the message only where it cannot quote a customer (for the log)."""
    message = logs.safe_message(error)
    return type(error).__name__ + (f": {message}" if message is not None else "")


def _unexpected(error: Exception, command: str) -> int:
    """A bug, not the owner's doing: positions into the log, one line for the owner."""
    logs.log_exception(error, f"job {command}")
    message = " ".join(str(error).split())
    where = logs.current_file()
    print(f"regulars: unexpected error: {type(error).__name__}"
          + (f": {message}" if message else "")
          + (f" (logged in {where})" if where else ""), file=sys.stderr)
    return EXIT_FAILED


def _database_trouble(error: BaseException) -> str:
    """The message, and what the owner can do: wait for a busy database, check a broken one."""
    from app.core.session import ReadOnlyDatabaseError, is_locked

    if is_locked(error):
        return "another program is writing to it; try again in a moment"
    if isinstance(error, (UnusableDatabaseError, ReadOnlyDatabaseError)):
        return str(error)  # already says what to do
    if "psycopg" in sys.modules:  # a server book's: 'check' is the file's
        from app.store.server import first_line, from_server

        if from_server(error):
            return f"the server said: {first_line(error)}"
    return f"{error} (run 'regulars check')"


def _on_full_disk(error: BaseException, args: argparse.Namespace | None) -> bool:
    """Say a full disk as such (in the data folder or where a file was being written), the
    same for a database write and a file Python writes; False when it is something else."""
    from app.core.errors import DISK_FULL, is_disk_full

    folder = None
    if args is not None and args.command is not None:
        folder = database_location(getattr(args, "data_dir", None)).parent
    if not is_disk_full(error, folder):
        return False
    if args is not None and args.command is not None:
        logs.log.warning("job %s: the disk is full: %s", args.command, _error_text(error))
    print(f"regulars: {DISK_FULL}", file=sys.stderr)
    return True


def failed(error: Exception, args: argparse.Namespace | None) -> int:
    """The exit for a job (or a start of the window) that raised `error`: bad input is one line
    and 2, a database or file that cannot be used one line and 1; anything else is a bug,
    logged with its positions (the window reports its own, so it is raised again there)."""
    from app.core.session import DATABASE_ERRORS, SchemaTooNewError

    command = None if args is None else args.command
    if isinstance(error, UnavailableError):
        if command is not None:
            logs.log.warning("job %s: %s", command, type(error).__name__)
        print(shown(f"regulars: error: {error}", one_line=True), file=sys.stderr)
        return EXIT_FAILED
    if isinstance(error, (RegularsError, SchemaTooNewError)):
        if command is not None:
            logs.log.info("job %s refused: %s", command, type(error).__name__)
        print(shown(f"regulars: error: {error}", one_line=True), file=sys.stderr)
        return EXIT_BAD_INPUT
    if isinstance(error, DATABASE_ERRORS):
        if _on_full_disk(error, args):
            return EXIT_FAILED
        if command is not None:
            logs.log.warning("job %s: the database could not be used: %s", command,
                             _error_text(error))
        print(shown(f"regulars: the database could not be used: {_database_trouble(error)}",
                    one_line=True), file=sys.stderr)
        return EXIT_FAILED
    if isinstance(error, OSError):
        if _on_full_disk(error, args):
            return EXIT_FAILED
        if command is not None:
            logs.log.warning("job %s failed: %s", command, _error_text(error))
        print(f"regulars: error: {error.strerror or error}: {error.filename or ''}",
              file=sys.stderr)
        return EXIT_FAILED
    if command is None:
        raise error  # the window reports its own errors, as before
    return _unexpected(error, command)
