"""The `regulars` command: the window with no arguments, a job without one otherwise.

Jobs never import Qt, so that they start fast and run where there is no
display. Each prints what it did, exits 0 on success and 2 on bad input with
one line that says what was wrong, and writes nothing when it fails.

Each job also notes its kind and the customer ids it touched in the log beside
the database (never names, notes or amounts), and an unexpected error's code
positions, so that a failure at the counter can be traced afterwards.

This module holds the parser and the exits only; what each job does is in
`app.cli_jobs`, imported once the arguments are read, so that `--version`,
`--help` and a mistyped option load nothing of the program.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from app import __version__
from app.core.errors import RegularsError

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
        "--database", metavar="URL", type=_server_url, default=argparse.SUPPRESS,
        help="the customer book on a PostgreSQL server (postgresql://user@host/database) "
             "instead of this computer's file (default: $REGULARS_DATABASE_URL)",
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
    exp.add_argument("--with-consent-date", action="store_true",
                     help="with --format emails: when and how each consent was given")

    one = jobs.add_parser("export-one", parents=[common],
                          help="everything kept about one customer, for them to read "
                               "(JSON, HTML or text by PATH's ending)")
    one.add_argument("id", type=_positive, metavar="ID")
    one.add_argument("path", metavar="PATH")

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

    era = jobs.add_parser("erase", parents=[common],
                          help="erase a customer for good, as the law lets them ask "
                               "(cannot be undone)")
    era.add_argument("id", type=_positive, metavar="ID")
    era.add_argument("--yes", action="store_true",
                     help="erase without asking: everything about them goes, for good")

    jobs.add_parser("check", parents=[common], help="check the database for damage")

    cop = jobs.add_parser("copy", parents=[common],
                          help="copy the whole customer book to a PostgreSQL server, or from "
                               "one into this computer's file (only into an empty book)")
    way = cop.add_mutually_exclusive_group(required=True)
    way.add_argument("--to", type=_server_url, default=None, metavar="URL",
                     help="the server book to copy this computer's book into "
                          "(postgresql://user@host/database)")
    way.add_argument("--from", dest="source", type=_server_url, default=None, metavar="URL",
                     help="the server book to copy into this computer's file")
    return parser


def _server_url(text: str) -> str:
    from app.store.server import checked_url

    try:
        return checked_url(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


# Control characters as a terminal shows them typed: ESC as ^[, BEL as ^G, DEL as ^?.
_VISIBLE = {code: f"^{chr(code + 64)}" for code in range(32)} | {0x7F: "^?"} | {
    code: f"\\x{code:02x}" for code in range(0x80, 0xA0)}
_VISIBLE_KEEPING_LINES = {code: text for code, text in _VISIBLE.items() if chr(code) not in "\n\t"}


def shown(text: str, *, one_line: bool = False) -> str:
    """Customer text to print on a terminal, with its control characters visible, not obeyed.

    Notes come from imported files and keep what was imported; printed raw, an escape
    sequence in one could retitle or clear the owner's terminal, or worse. Line breaks and
    tabs of a multi-line note stay, except in a message that must stay one line.
    """
    return text.translate(_VISIBLE if one_line else _VISIBLE_KEEPING_LINES)


def _refuse_undecodable(argv: Sequence[str]) -> None:
    """An argument that is not UTF-8 reaches Python as lone surrogates, which no search
    matches and SQLite cannot store: say so rather than find nothing or fail later."""
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError("an argument is not valid UTF-8 text; check the terminal's "
                             "character set") from None


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
            from app.cli_jobs import server_url
            from app.ui.application import run

            return run(getattr(args, "data_dir", None), url=server_url(args), smoke=args.smoke,
                       hidden=args.tray, verbose=getattr(args, "verbose", False))
        from app import cli_jobs

        return cli_jobs.run(args)
    except BrokenPipeError:
        # The reader went away (`regulars week | head`): stop quietly, as shell tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed stream
        return EXIT_OK
    except UsageError as error:
        if args is not None:  # a job refused it: the job's log says so
            from app import cli_jobs

            return cli_jobs.failed(error, args)
        # The arguments were not understood: nothing was opened, nothing is logged.
        print(shown(f"regulars: error: {error}", one_line=True), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:
        from app import cli_jobs

        return cli_jobs.failed(error, args)
    finally:
        session = sys.modules.get("app.core.session")  # nothing was opened without it
        if session is not None:
            session.close()
        os.umask(umask)
