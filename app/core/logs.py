"""A log the owner can send to the developers without giving away a customer.

When something goes wrong at a shop counter, the owner can only describe it
from memory; a log turns "it stopped working on Tuesday" into the operation
that ran and the line of code that failed. The owner must be able to send it
without reading it first, so it holds what happened and to which customer
ids, never what a customer said, is called or spent:

- operations are logged by kind and customer ids only (`log_operation`);
- exceptions by type and code position, with their message only when their
  type cannot carry a customer's text (`log_exception`, `safe_message`);
- the files are readable by the owner only, like the database beside them.

Native crashes (a fault in Qt or SQLite) never reach Python's exception
handling, so `faulthandler` writes their Python stack into `crash.log` in the
same folder.
"""

from __future__ import annotations

import datetime as dt
import errno as errno_codes
import faulthandler
import logging
import logging.handlers
import operator
import os
import re
import sqlite3
import sys
import sysconfig
import threading
import traceback
import types
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from app.store.location import ensure_private_dir

LOGGER_NAME = "regulars"
LOG_NAME = "regulars.log"
CRASH_NAME = "crash.log"
LOG_FOLDER = "logs"
# A year of ordinary use fits in one file; six files bound the folder at 6 MB.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

# More ids than this in one operation (a large import) are cut short: the line stays readable.
MAX_ID_RUNS = 200
# How many chained exceptions ("During handling of the above exception…") are written.
MAX_CHAIN = 5

log = logging.getLogger(LOGGER_NAME)
_operations = logging.getLogger(f"{LOGGER_NAME}.operations")
_errors = logging.getLogger(f"{LOGGER_NAME}.errors")

# What SQLite (through sqlite3 or peewee) says about itself: none of these repeat a value
# that was stored or searched for, so they may be logged as written.
_ENGINE_MESSAGES = frozenset({
    "attempt to write a readonly database",
    "authorization denied",
    "cannot commit - no transaction is active",
    "cannot rollback - no transaction is active",
    "cannot start a transaction within a transaction",
    "Cannot operate on a closed database.",
    "database disk image is malformed",
    "database is locked",
    "database or disk is full",
    "database schema has changed",
    "database table is locked",
    "disk I/O error",
    "file is not a database",
    "FOREIGN KEY constraint failed",
    "interrupted",
    "locking protocol",
    "not authorized",
    "out of memory",
    "SQL logic error",
    "string or blob too big",
    "too many SQL variables",
    "unable to open database file",
})
# These name tables and columns after the colon; that part must look like identifiers.
# ("no such column" is left out on purpose: a full-text search term with a colon makes SQLite
# say "no such column: <the term>".)
_ENGINE_PREFIXES = (
    "CHECK constraint failed: ",
    "NOT NULL constraint failed: ",
    "UNIQUE constraint failed: ",
    "no such table: ",
)
_IDENTIFIERS = re.compile(r"[A-Za-z_][\w.]*(, [A-Za-z_][\w.]*)*")


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotating, but every file it opens (the first and each after a rollover) is 0600."""

    def _open(self) -> IO[str]:
        return _open_private(Path(self.baseFilename), self.encoding, self.errors)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        # A full disk must not turn a job's one-line answer into a logging traceback on stderr,
        # nor stop the window: the record is lost, the work goes on.
        pass


class _CurrentStderr(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time, as logging's own last resort does.

    A handler that kept the stream it was made with would write to a stream that a test, or
    a program embedding Regulars, has since replaced and perhaps closed.
    """

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:  # None in a windowed program without a console
            super().emit(record)


class _Formatter(logging.Formatter):
    """ISO time with the offset, level, logger, message; tracebacks without their messages.

    Overriding formatException means that even `logger.exception(...)` elsewhere in the
    program cannot put an exception's message (which may quote a customer) into the file.
    """

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        moment = dt.datetime.fromtimestamp(record.created).astimezone()
        return moment.isoformat(timespec="milliseconds")

    def format(self, record: logging.LogRecord) -> str:
        # Another formatter may have cached its own rendering of the exception, message and
        # all, on the record: this one always renders it again, its own way.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:  # noqa: N802
        error = ei[1] if isinstance(ei, tuple) else ei
        if not isinstance(error, BaseException):
            return ""
        return "\n".join(_describe(error))


class _State:
    """What `setup` has put in place, so that a second call replaces instead of adding."""

    file_handler: _PrivateRotatingFileHandler | None = None
    stderr_handler: _CurrentStderr | None = None
    null_handler: logging.NullHandler | None = None
    crash_file: IO[str] | None = None
    crash_path: Path | None = None


_state = _State()


def log_dir_for(database_file: Path) -> Path:
    """The `logs` folder beside the database: each shop (data folder) keeps its own log."""
    return Path(database_file).parent / LOG_FOLDER


def setup(log_dir: Path, *, verbose: bool = False) -> Path:
    """Log to `regulars.log` (and native crashes to `crash.log`) in `log_dir`; returns the log.

    Safe to call again: the same folder changes nothing, another folder moves both files
    there (tests and a second data folder do that), and `verbose` adds or removes the copy
    on stderr. Raises OSError when the folder cannot be made or written; the logging that was
    in place before then stays as it was.
    """
    log_dir = Path(log_dir)
    path = log_dir / LOG_NAME
    current = _state.file_handler
    if current is None or current.baseFilename != os.path.abspath(path):
        make_private_dir(log_dir)
        handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                              encoding="utf-8")
        handler.setLevel(logging.INFO)
        handler.setFormatter(_Formatter())
        try:
            _enable_crash_log(log_dir / CRASH_NAME)
        except OSError:
            handler.close()
            raise
        _replace_file_handler(handler)
    _set_stderr(verbose)
    return path


def setup_without_file(*, verbose: bool = False) -> None:
    """Log to stderr with `verbose`, else nowhere: for a job that has no data folder.

    A job that only reads must not create the data folder just to keep a log in it. Whatever
    a previous `setup` opened is closed, so nothing goes into another folder's log.
    """
    _replace_file_handler(None)
    _disable_crash_log()
    _set_stderr(verbose)


def close() -> None:
    """Stop logging: remove the handlers, close both files and turn faulthandler off.

    The program never needs this (the files stay open for its life); tests do, to leave
    logging as they found it.
    """
    _replace_file_handler(None)
    _disable_crash_log()
    for handler in (_state.stderr_handler, _state.null_handler):
        if handler is not None:
            log.removeHandler(handler)
            handler.close()
    _state.stderr_handler = _state.null_handler = None
    log.setLevel(logging.NOTSET)


def current_file() -> Path | None:
    """The log file being written, if any (to point the owner to it)."""
    handler = _state.file_handler
    return Path(handler.baseFilename) if handler is not None else None


def log_operation(kind: str, customer_ids: Iterable[int]) -> None:
    """One INFO line: the operation's kind and the customer ids it touched, nothing else.

    `kind` is a fixed label from the code ("job import", "merge"), never text the owner
    typed. Ids must be integers: a name passed here by mistake raises instead of being logged.
    """
    ids = [operator.index(i) for i in customer_ids]
    if not ids:
        _operations.info("%s", kind)
        return
    _operations.info("%s: %d customer%s %s", kind, len(ids), "" if len(ids) == 1 else "s",
                     _id_runs(ids))


def log_exception(error: BaseException, where: str) -> None:
    """An unexpected exception as ERROR: its type and code positions, not what it said.

    A message often quotes the value that caused it (`KeyError('Marisol')`, a ValueError
    with the note that did not parse), so it is written only for the types `safe_message`
    knows to be free of customer text. Local variables are never written; the frames say
    file, line and function.
    """
    lines = _describe(error)
    _errors.error("unexpected error in %s: %s", where, "\n".join(lines))


def safe_message(error: BaseException) -> str | None:
    """The exception's message when its type cannot carry a customer's text, else None.

    A whitelist, on purpose: an OSError's error number with the system's text for it (not
    its file name, which may name a customer: an export to "Marisol.vcf"), and SQLite's own
    messages about the database ("database is locked", "database or disk is full").
    """
    if isinstance(error, OSError):
        if not isinstance(error.errno, int):
            return None
        name = errno_codes.errorcode.get(error.errno, str(error.errno))
        return f"[{name}] {os.strerror(error.errno)}"
    if isinstance(error, sqlite3.Error) or _is_peewee_error(error):
        text = str(error)
        if text in _ENGINE_MESSAGES:
            return text
        for prefix in _ENGINE_PREFIXES:
            if text.startswith(prefix) and _IDENTIFIERS.fullmatch(text[len(prefix):]):
                return text
    return None


def _is_peewee_error(error: BaseException) -> bool:
    """peewee's own errors, without importing peewee: a job that reads through plain sqlite3
    never loads it, and then no error can be one of its."""
    peewee = sys.modules.get("peewee")
    return peewee is not None and isinstance(error, peewee.PeeweeException)


def install_excepthook() -> None:
    """Log every uncaught exception, in the main thread and in others, then carry on as before.

    The previous hooks still run afterwards (Python's own prints the traceback on stderr),
    so installing this changes nothing the owner or a developer sees, only adds to the log.
    Installing it twice logs each exception once.
    """
    if not getattr(sys.excepthook, "_regulars_logs", False):
        previous = sys.excepthook

        def excepthook(kind: type[BaseException], error: BaseException,
                       tb: types.TracebackType | None) -> None:
            if not issubclass(kind, KeyboardInterrupt):
                log_exception(error, "uncaught")
            previous(kind, error, tb)

        excepthook._regulars_logs = True
        sys.excepthook = excepthook

    if not getattr(threading.excepthook, "_regulars_logs", False):
        previous_thread = threading.excepthook

        def thread_excepthook(args: threading.ExceptHookArgs) -> None:
            if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
                name = args.thread.name if args.thread is not None else "unknown"
                log_exception(args.exc_value, f"thread {name}")
            previous_thread(args)

        thread_excepthook._regulars_logs = True
        threading.excepthook = thread_excepthook


# ---------------------------------------------------------------------------------------------


def _open_private(path: Path, encoding: str | None, errors: str | None) -> IO[str]:
    """Open for appending, created 0600; a file left from before is made 0600 too."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


def make_private_dir(directory: Path) -> None:
    """The log folder, owner-only; one made by hand before is narrowed to the owner too."""
    ensure_private_dir(directory)
    if os.name == "posix":
        directory.chmod(0o700)


def _replace_file_handler(handler: _PrivateRotatingFileHandler | None) -> None:
    old, _state.file_handler = _state.file_handler, handler
    if handler is not None:
        log.addHandler(handler)
    if old is not None:
        log.removeHandler(old)
        old.close()


def _enable_crash_log(path: Path) -> None:
    if _state.crash_file is not None and _state.crash_path == path:
        return
    crash_file = _open_private(path, "utf-8", None)
    # faulthandler writes to the file's descriptor when Python can no longer run: the file
    # object must outlive it, so it is kept here and closed only when replaced.
    faulthandler.enable(file=crash_file, all_threads=True)
    _disable_crash_log(keep_enabled=True)
    _state.crash_file, _state.crash_path = crash_file, path


def _disable_crash_log(*, keep_enabled: bool = False) -> None:
    old, _state.crash_file, _state.crash_path = _state.crash_file, None, None
    if old is None:
        return
    if not keep_enabled:
        faulthandler.disable()
    old.close()


def _set_stderr(verbose: bool) -> None:
    if verbose and _state.stderr_handler is None:
        handler = _CurrentStderr()
        handler.setLevel(logging.DEBUG)
        handler.setFormatter(_Formatter())
        log.addHandler(handler)
        _state.stderr_handler = handler
    elif not verbose and _state.stderr_handler is not None:
        log.removeHandler(_state.stderr_handler)
        _state.stderr_handler.close()
        _state.stderr_handler = None
    # With no handler at all, logging's last resort would print warnings and errors on
    # stderr: a job's answer is one line there, so records with nowhere to go are dropped.
    nowhere = _state.file_handler is None and _state.stderr_handler is None
    if nowhere and _state.null_handler is None:
        _state.null_handler = logging.NullHandler()
        log.addHandler(_state.null_handler)
    elif not nowhere and _state.null_handler is not None:
        log.removeHandler(_state.null_handler)
        _state.null_handler = None
    log.setLevel(logging.DEBUG if verbose else logging.INFO)


def _id_runs(ids: list[int]) -> str:
    """1,2,3,7,9,10 -> "1-3,7,9-10": an import of thousands stays one short line."""
    runs: list[str] = []
    ordered = sorted(set(ids))
    start = previous = ordered[0]
    for current in [*ordered[1:], None]:
        if current is not None and current == previous + 1:
            previous = current
            continue
        runs.append(str(start) if start == previous else f"{start}-{previous}")
        if current is not None:
            start = previous = current
    if len(runs) > MAX_ID_RUNS:
        return ",".join(runs[:MAX_ID_RUNS]) + f",… ({len(runs) - MAX_ID_RUNS} more runs)"
    return ",".join(runs)


def _describe(error: BaseException) -> list[str]:
    """The exception and those it was raised from or while handling, oldest last."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen and len(seen) < MAX_CHAIN:
        seen.add(id(current))
        message = safe_message(current)
        lines.append(f"{link}{_type_name(current)}: "
                     + (message if message is not None else "(message left out)"))
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_code_path(frame.filename)}:{frame.lineno} in {frame.name}")
        if current.__cause__ is not None:
            current, link = current.__cause__, "raised from "
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "while handling "
        else:
            current = None
    return lines


def _type_name(error: BaseException) -> str:
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _code_roots() -> tuple[str, ...]:
    # Paths under these are written relative to them: "app/cli.py", "peewee.py", not the
    # install folder, which would show the owner's user name.
    roots = {str(Path(__file__).resolve().parents[2])}
    for key in ("purelib", "platlib", "stdlib", "platstdlib"):
        folder = sysconfig.get_paths().get(key)
        if folder:
            roots.add(folder)
    return tuple(sorted((os.path.join(r, "") for r in roots), key=len, reverse=True))


_ROOTS = _code_roots()


def _code_path(filename: str) -> str:
    for root in _ROOTS:
        if filename.startswith(root):
            return filename[len(root):]
    return filename
