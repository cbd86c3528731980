"""The `regulars` command: the window with no arguments, a job without one otherwise.

Jobs never import Qt, so that they start fast and run where there is no
display. Each prints what it did, exits 0 on success and 2 on bad input with
one line that says what was wrong, and writes nothing when it fails.

Each job also notes its kind and the customer ids it touched in the log beside
the database (never names, notes or amounts), and an unexpected error's code
positions, so that a failure at the counter can be traced afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import __version__
from app.core import logs
from app.core.errors import RegularsError, UnusableDatabaseError
from app.core.session import DATABASE_ERRORS, ReadOnlyDatabaseError, SchemaTooNewError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(RegularsError):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line on stderr and exit 2, no usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'regulars --help')")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    if value > _LARGEST:
        raise argparse.ArgumentTypeError(f"{text!r} is too large")
    return value


_LARGEST = 2**63 - 1  # the largest whole number SQLite keeps, as ids and limits are
_PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _amount(text: str) -> str:
    """An amount as scripts write it: digits and a point; anything else is a typing slip.

    The window reads "1,234.50" and "€24,50" as people type them; a script that wrote
    "12 34" or "1_000" meant something nobody can be sure of.
    """
    if not _PLAIN_DECIMAL.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(
            f"amount {text!r} is not a number; write it like 24.50, with a point and no grouping")
    return text.strip()


def _mapping(text: str) -> tuple[str, str]:
    column, sep, target = text.rpartition("=")
    if not sep or not column.strip() or not target.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not COLUMN=FIELD")
    return column.strip(), target.strip()


def _iso_date(text: str) -> dt.date:
    from app.core.dates import parse_date
    from app.core.errors import ValidationError

    try:
        return parse_date(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="where the database lives (default: $REGULARS_DATA_DIR, else the user data folder)",
    )
    common.add_argument(
        "--verbose", action="store_true", default=argparse.SUPPRESS,
        help="also write the log on stderr",
    )
    parser = _Parser(
        prog="regulars", parents=[common],
        description="Remember your customers. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"regulars {__version__}")
    parser.add_argument(
        "--smoke", action="store_true",
        help="open the main window, run the event loop once and exit (packaging check)",
    )
    parser.add_argument(
        "--tray", action="store_true",
        help="start in the tray without showing the window (when there is a tray)",
    )
    jobs = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = jobs.add_parser("demo", parents=[common], help="add realistic sample customers")
    demo.add_argument("--customers", type=_positive, default=60, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    find = jobs.add_parser("find", parents=[common], help="search customers, as the search box")
    find.add_argument("query", nargs="?", default="", metavar="QUERY")
    find.add_argument("--limit", type=_positive, default=20, metavar="N")
    find.add_argument("--json", action="store_true")

    show = jobs.add_parser("show", parents=[common], help="one customer's profile")
    show.add_argument("id", type=_positive, metavar="ID")
    show.add_argument("--json", action="store_true")

    log = jobs.add_parser("log", parents=[common], help="add an interaction to the timeline")
    log.add_argument("id", type=_positive, metavar="ID")
    log.add_argument("--kind", required=True, metavar="KIND")
    log.add_argument("--text", default="", metavar="TEXT")
    log.add_argument("--amount", type=_amount, default=None, metavar="X")
    log.add_argument("--at", default=None, metavar="ISO-DATETIME")

    imp = jobs.add_parser("import", parents=[common],
                          help="add or update customers from a vCard or CSV file")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--format", choices=("csv", "vcard"), default=None)
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     type=_mapping, help="which field a CSV column holds (repeatable)")
    imp.add_argument("--dry-run", action="store_true",
                     help="report what would happen; write nothing")
    imp.add_argument("--json", action="store_true")

    exp = jobs.add_parser("export", parents=[common], help="write customers to a file")
    exp.add_argument("path", metavar="PATH")
    exp.add_argument("--format", choices=("csv", "vcard", "ical", "emails"), required=True)

    rem = jobs.add_parser("reminders", parents=[common],
                          help="birthdays, anniversaries, promises and people to get in touch with")
    rem.add_argument("--date", type=_iso_date, default=None, metavar="YYYY-MM-DD")
    rem.add_argument("--days", type=_positive, default=None, metavar="N")
    rem.add_argument("--json", action="store_true")

    fol = jobs.add_parser("follow-up", parents=[common],
                          help="add something to do or ask for a customer")
    fol.add_argument("id", type=_positive, metavar="ID")
    fol.add_argument("text", metavar="TEXT")
    fol.add_argument("--due", type=_iso_date, default=None, metavar="YYYY-MM-DD")

    wk = jobs.add_parser("week", parents=[common], help="the weekly review")
    wk.add_argument("--date", type=_iso_date, default=None, metavar="YYYY-MM-DD")
    wk.add_argument("--json", action="store_true")

    bak = jobs.add_parser("backup", parents=[common],
                          help="copy the database (into the backups folder without PATH)")
    bak.add_argument("path", nargs="?", default=None, metavar="PATH")

    res = jobs.add_parser("restore", parents=[common],
                          help="replace the database with a backup (the current one is kept)")
    res.add_argument("path", metavar="PATH")

    jobs.add_parser("check", parents=[common], help="check the database for damage")
    return parser


def _open(args: argparse.Namespace, *, create: bool, only_reads: bool = False) -> Path:
    """Open the database; a job that only reads does not create one, and one that
    `only_reads` what is there also reads a database it cannot write to."""
    from app.core.session import narrow_data_folder, open_data

    path = open_data(getattr(args, "data_dir", None), create=create, only_reads=only_reads)
    _start_log(args)  # the database may have just been created: its log goes beside it
    if narrow_data_folder(getattr(args, "data_dir", None)):
        logs.log.warning("the data folder was open to other users; now it is the owner's alone")
        print(f"regulars: {path.parent} was open to other users; now only you can open it",
              file=sys.stderr)
    return path


def _refuse_own_files(args: argparse.Namespace, path: Path) -> None:
    """Checked before opening, so that a refused export, backup or import writes nothing."""
    from app.core.backups import refuse_own_files
    from app.core.session import database_location

    refuse_own_files(path, database_location(getattr(args, "data_dir", None)))


def _start_log(args: argparse.Namespace) -> None:
    """Log beside the database when there is one; otherwise on stderr with --verbose only.

    A job that only reads must not create the data folder just for its log, and a folder
    that cannot be written to must not stop a job that only reads.
    """
    from app.core.session import database_location

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


# Control characters as a terminal shows them typed: ESC as ^[, BEL as ^G, DEL as ^?.
_VISIBLE = {code: f"^{chr(code + 64)}" for code in range(32)} | {0x7F: "^?"} | {
    code: f"\\x{code:02x}" for code in range(0x80, 0xA0)}
_VISIBLE_KEEPING_LINES = {code: text for code, text in _VISIBLE.items() if chr(code) not in "\n\t"}


def _shown(text: str, *, one_line: bool = False) -> str:
    """Customer text to print on a terminal, with its control characters visible, not obeyed.

    Notes come from imported files and keep what was imported; printed raw, an escape
    sequence in one could retitle or clear the owner's terminal, or worse. Line breaks and
    tabs of a multi-line note stay, except in a message that must stay one line.
    """
    return text.translate(_VISIBLE if one_line else _VISIBLE_KEEPING_LINES)


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
    from app.core import clock, directory
    from app.core.humanize import days_ago

    _open(args, create=False, only_reads=True)
    ids = directory.customer_ids(args.query, sort="relevance" if args.query else "name",
                                 limit=args.limit)
    found = directory.summaries(ids)
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
        print(_shown(f"{s.id:>6}  {name}  ·  {reach}  ·  last contact {seen}", one_line=True))
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
    print(_shown(f"{p.name}" + (f" ({p.nickname})" if p.nickname else "") + (
        "  [archived]" if p.archived else "")))
    for c in p.contacts:
        print(_shown(f"  {c.kind:<8} {c.value}" + (f"  ({c.label})" if c.label else "")))
    for r in p.relatives:
        print(_shown(f"  {r.relation:<8} {r.name}" + (f"  — {r.notes}" if r.notes else "")))
    for d in p.dates:
        whose = f"{d.relative}'s " if d.relative else ""
        print(_shown(f"  {whose}{d.label or d.kind}: {format_parts(d.month, d.day, d.year)}"))
    if p.about:
        print(_shown("  about: " + p.about.replace("\n", "\n         ")))
    if p.tags:
        print(_shown(f"  tags: {', '.join(p.tags)}"))
    for f in p.follow_ups:
        print(_shown(f"  to do: {f.text}" + (f" (due {f.due})" if f.due else "")))
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
    for found, count, what in ((report.errors, report.skipped, "errors"),
                               (report.warnings, report.left_out, "values left out")):
        for line, message in found[:20]:
            print(_shown(f"{path}, line {line}: {message}", one_line=True), file=sys.stderr)
        if count > 20:
            print(f"… and {count - 20} more {what}", file=sys.stderr)
    note = ""
    if report.ambiguous_dates:
        from app.core import settings

        order = "day/month/year" if settings.get("date_order") == "dmy" else "month/day/year"
        note = f"; {report.ambiguous_dates} dates read as {order} (setting date_order)"
    print(("would have " if args.dry_run else "") + report.summary() + note)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.exchange import jobs

    path = Path(args.path)
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: no such folder")
    _refuse_own_files(args, path)
    _open(args, create=False, only_reads=True)
    summary = jobs.export_file(path, args.format)
    logs.log_operation(f"job export {args.format}", [])
    print(summary)
    return EXIT_OK


def cmd_reminders(args: argparse.Namespace) -> int:
    from app.core import clock, reminders

    _open(args, create=False, only_reads=True)
    start = args.date or clock.today()
    found = reminders.pending(start, args.days)
    logs.log_operation("job reminders", [r.customer_id for r in found])
    if args.json:
        _print_json([r.to_json() for r in found])
        return EXIT_OK
    for r in found:
        print(_shown(f"{r.date:%a %d %b}  {r.kind:<13} {r.text}  [customer {r.customer_id}]",
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
    for name in week.SECTIONS:
        rows = result.sections[name]
        print(f"\n{week.TITLES[name]} ({len(rows)})")
        for row in rows:
            print(_shown(f"  {row.customer} — {row.detail}  [customer {row.customer_id}]",
                         one_line=True))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from app.core import backups

    target = Path(args.path) if args.path else None
    if target is not None and target.is_dir():
        raise UsageError(f"{target} is a folder; give a file name")
    if target is not None and not target.parent.is_dir():
        raise UsageError(f"{target.parent}: no such folder")
    if target is not None:
        _refuse_own_files(args, target)
    _open(args, create=False)
    path, customers = backups.backup_to(target)
    logs.log_operation("job backup", [])
    print(f"backed up {customers} customers to {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.core import backups

    customers = backups.restore(Path(args.path), getattr(args, "data_dir", None))
    _start_log(args)  # a first restore creates the database, and so the folder for the log
    logs.log_operation("job restore", [])
    print(f"restored {customers} customers from {args.path} "
          f"(the database as it was is in {backups.folder()})")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.core import health
    from app.core.session import settled_location

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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "find": cmd_find,
    "show": cmd_show,
    "log": cmd_log,
    "import": cmd_import,
    "export": cmd_export,
    "reminders": cmd_reminders,
    "follow-up": cmd_follow_up,
    "week": cmd_week,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
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


def _refuse_undecodable(argv: Sequence[str]) -> None:
    """An argument that is not UTF-8 reaches Python as lone surrogates, which no search
    matches and SQLite cannot store: say so rather than find nothing or fail later."""
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError("an argument is not valid UTF-8 text; check the terminal's "
                             "character set") from None


def _database_trouble(error: BaseException) -> str:
    """The message, and what the owner can do: wait for a busy database, check a broken one."""
    if "locked" in str(error):
        return "another program is writing to it; try again in a moment"
    if isinstance(error, (UnusableDatabaseError, ReadOnlyDatabaseError)):
        return str(error)  # already says what to do
    return f"{error} (run 'regulars check')"


def _on_full_disk(error: BaseException, args: argparse.Namespace | None) -> bool:
    """Say a full disk as such (in the data folder or where a file was being written), the
    same for a database write and a file Python writes; False when it is something else."""
    from app.core.errors import DISK_FULL, is_disk_full
    from app.core.session import database_location

    folder = None
    if args is not None and args.command is not None:
        folder = database_location(getattr(args, "data_dir", None)).parent
    if not is_disk_full(error, folder):
        return False
    if args is not None and args.command is not None:
        logs.log.warning("job %s: the disk is full: %s", args.command, _error_text(error))
    print(f"regulars: {DISK_FULL}", file=sys.stderr)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args: argparse.Namespace | None = None
    # Customers' details are the owner's alone: whatever the umask, nothing Regulars creates
    # (the data folder, backups, logs, the lock, exports, the window's settings) is open to
    # others. Also what Qt and SQLite create, which no mode argument here reaches.
    umask = os.umask(0o077)
    try:
        _refuse_undecodable(sys.argv[1:] if argv is None else argv)
        args = build_parser().parse_args(argv)
        if args.command is None:
            from app.ui.application import run

            return run(getattr(args, "data_dir", None), smoke=args.smoke, hidden=args.tray,
                       verbose=getattr(args, "verbose", False))
        _start_log(args)
        return COMMANDS[args.command](args)
    except (RegularsError, SchemaTooNewError) as error:
        if args is not None and args.command is not None:
            logs.log.info("job %s refused: %s", args.command, type(error).__name__)
        print(_shown(f"regulars: error: {error}", one_line=True), file=sys.stderr)
        return EXIT_BAD_INPUT
    except DATABASE_ERRORS as error:
        if _on_full_disk(error, args):
            return EXIT_FAILED
        if args is not None and args.command is not None:
            logs.log.warning("job %s: the database could not be used: %s", args.command,
                             _error_text(error))
        print(f"regulars: the database could not be used: {_database_trouble(error)}",
              file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (`regulars week | head`): stop quietly, as shell tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed stream
        return EXIT_OK
    except OSError as error:
        if _on_full_disk(error, args):
            return EXIT_FAILED
        if args is not None and args.command is not None:
            logs.log.warning("job %s failed: %s", args.command, _error_text(error))
        print(f"regulars: error: {error.strerror or error}: {error.filename or ''}",
              file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:
        if args is None or args.command is None:
            raise  # the window reports its own errors, as before
        return _unexpected(error, args.command)
    finally:
        from app.core.session import close

        close()
        os.umask(umask)
