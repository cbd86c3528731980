"""The log: private files beside the database, and nothing in it that names a customer."""

from __future__ import annotations

import errno
import faulthandler
import logging
import logging.handlers
import re
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import peewee
import pytest

from app.core import logs

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Marisol Quintero is allergic to hazelnuts"
LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (INFO|ERROR|WARNING) "
                  r"regulars(\.\w+)? ")


@pytest.fixture(autouse=True)
def clean_logging():
    """Each test starts with no log and leaves none behind (faulthandler back on stderr)."""
    was_enabled = faulthandler.is_enabled()
    logs.close()
    yield
    logs.close()
    if was_enabled:
        faulthandler.enable(file=sys.__stderr__)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def file_handlers() -> list[logging.handlers.RotatingFileHandler]:
    return [h for h in logging.getLogger("regulars").handlers
            if isinstance(h, logging.handlers.RotatingFileHandler)]


def raise_with_customer_text(note: str) -> None:
    secret_local = f"{note} (kept in a local variable)"
    raise ValueError(f"cannot read {secret_local!r}")


def test_log_dir_is_beside_the_database(tmp_path: Path):
    assert logs.log_dir_for(tmp_path / "shop" / "regulars.sqlite3") == tmp_path / "shop" / "logs"


def test_setup_creates_owner_only_files(tmp_path: Path):
    folder = tmp_path / "data" / "logs"
    path = logs.setup(folder)
    assert path == folder / "regulars.log"
    assert path.is_file() and (folder / "crash.log").is_file()
    assert mode(folder) == 0o700
    assert mode(path) == 0o600 and mode(folder / "crash.log") == 0o600
    assert logs.current_file() == path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_files_left_from_before_are_made_private(tmp_path: Path):
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "regulars.log").write_text("")
    (folder / "regulars.log").chmod(0o644)
    logs.setup(folder)
    assert mode(folder) == 0o700 and mode(folder / "regulars.log") == 0o600


def test_rotation_keeps_five_private_files(tmp_path: Path):
    logs.setup(tmp_path / "logs")
    [handler] = file_handlers()
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    handler.maxBytes = 2_000  # the real size, scaled down, so that it rolls over quickly
    for n in range(400):
        logs.log_operation("job find", [n])
    names = sorted(p.name for p in (tmp_path / "logs").glob("regulars.log*"))
    assert names == ["regulars.log", *(f"regulars.log.{n}" for n in range(1, 6))]
    for name in names:
        assert mode(tmp_path / "logs" / name) == 0o600, name


def test_setup_twice_adds_no_second_handler_and_another_folder_moves_it(tmp_path: Path):
    first = logs.setup(tmp_path / "a")
    handlers = logging.getLogger("regulars").handlers[:]
    logs.setup(tmp_path / "a")
    assert logging.getLogger("regulars").handlers == handlers
    assert len(file_handlers()) == 1
    second = logs.setup(tmp_path / "b")
    assert len(file_handlers()) == 1
    logs.log_operation("job show", [7])
    assert "job show" not in first.read_text()
    assert "job show: 1 customer 7" in second.read_text()
    assert (tmp_path / "b" / "crash.log").is_file()


def test_an_operation_is_one_line_with_kind_and_ids(tmp_path: Path):
    path = logs.setup(tmp_path)
    logs.log_operation("job import", [12, 3, 4, 5, 40])
    logs.log_operation("job export csv", [])
    lines = path.read_text().splitlines()
    assert len(lines) == 2
    assert all(LINE.match(line) for line in lines), lines
    assert lines[0].endswith("INFO regulars.operations job import: 5 customers 3-5,12,40")
    assert lines[1].endswith("INFO regulars.operations job export csv")


def test_an_operation_takes_ids_only():
    with pytest.raises(TypeError):
        logs.log_operation("job show", ["Marisol"])  # type: ignore[list-item]


def test_a_large_operation_stays_one_short_line(tmp_path: Path):
    path = logs.setup(tmp_path)
    logs.log_operation("job import", range(1, 100_001))
    logs.log_operation("job import", range(1, 10_000, 2))
    first, second = path.read_text().splitlines()
    assert first.endswith("100000 customers 1-100000")
    assert len(second) < 2_000 and "more runs" in second


def test_an_exception_keeps_its_frames_not_its_message(tmp_path: Path):
    path = logs.setup(tmp_path)
    try:
        raise_with_customer_text(SECRET)
    except ValueError as error:
        logs.log_exception(error, "job import")
    text = path.read_text()
    assert "ERROR regulars.errors unexpected error in job import: ValueError" in text
    assert re.search(r"tests/core/test_logs\.py:\d+ in raise_with_customer_text", text), text
    assert re.search(r"tests/core/test_logs\.py:\d+ in "
                     r"test_an_exception_keeps_its_frames_not_its_message", text), text
    assert "Marisol" not in text and "hazelnut" not in text and "local variable" not in text
    assert str(ROOT) not in text  # code paths relative to the program, not the user's home


def test_a_chained_exception_keeps_the_types_of_both(tmp_path: Path):
    path = logs.setup(tmp_path)
    try:
        try:
            {}[SECRET]
        except KeyError as inner:
            raise RuntimeError(SECRET) from inner
    except RuntimeError as error:
        logs.log_exception(error, "job show")
    text = path.read_text()
    assert "RuntimeError: (message left out)" in text
    assert "raised from KeyError: (message left out)" in text
    assert "Marisol" not in text


def test_logger_exception_elsewhere_leaves_the_message_out_too(tmp_path: Path):
    path = logs.setup(tmp_path)
    try:
        raise_with_customer_text(SECRET)
    except ValueError:
        logging.getLogger("regulars.operations").exception("merge failed")
    text = path.read_text()
    assert "merge failed" in text and "in raise_with_customer_text" in text
    assert "Marisol" not in text


@pytest.mark.parametrize("error, expected", [
    (OSError(errno.ENOSPC, "No space left on device", f"/exports/{SECRET}.vcf"),
     "[ENOSPC] No space left on device"),
    (PermissionError(errno.EACCES, "Permission denied", f"{SECRET}.csv"),
     "[EACCES] Permission denied"),
    (sqlite3.OperationalError("database is locked"), "database is locked"),
    (sqlite3.OperationalError("database or disk is full"), "database or disk is full"),
    (peewee.OperationalError("disk I/O error"), "disk I/O error"),
    (sqlite3.IntegrityError("UNIQUE constraint failed: contact.customer_id, contact.value"),
     "UNIQUE constraint failed: contact.customer_id, contact.value"),
])
def test_messages_that_cannot_quote_a_customer_are_kept(error: BaseException, expected: str):
    assert logs.safe_message(error) == expected


@pytest.mark.parametrize("error", [
    OSError(SECRET),  # no error number: a message someone wrote
    OSError(errno.ENOENT, SECRET),  # a number, but the text is not the system's: left out
    ValueError(SECRET),
    KeyError(SECRET),
    sqlite3.OperationalError('fts5: syntax error near "Marisol"'),
    sqlite3.OperationalError("no such column: Marisol"),  # a search term with a colon
    sqlite3.OperationalError("CHECK constraint failed: first_name <> 'Marisol'"),
    peewee.IntegrityError(f"NOT NULL constraint failed: {SECRET}"),
    peewee.DoesNotExist(f"<Model: Customer> instance matching query does not exist: {SECRET}"),
])
def test_messages_that_may_quote_a_customer_are_left_out(error: BaseException):
    message = logs.safe_message(error)
    assert message is None or "Marisol" not in message


def test_an_os_error_is_logged_without_its_file_name(tmp_path: Path):
    path = logs.setup(tmp_path)
    try:
        open(tmp_path / "missing" / f"{SECRET}.vcf")  # noqa: SIM115 - it fails
    except OSError as error:
        logs.log_exception(error, "job export")
    text = path.read_text()
    assert "FileNotFoundError: [ENOENT] No such file or directory" in text
    assert "Marisol" not in text


def test_verbose_copies_the_log_on_stderr_and_can_be_turned_off(tmp_path: Path, capsys):
    logs.setup(tmp_path, verbose=True)
    logs.log_operation("job week", [1, 2])
    assert "INFO regulars.operations job week: 2 customers 1-2" in capsys.readouterr().err
    logs.setup(tmp_path, verbose=False)
    logs.log_operation("job week", [1, 2])
    assert capsys.readouterr().err == ""
    assert (tmp_path / "regulars.log").read_text().count("job week") == 2


def test_without_a_file_only_verbose_writes_and_nothing_is_created(tmp_path: Path, capsys,
                                                                   monkeypatch):
    # As in a job: no handler on the root logger, so logging's last resort (stderr) is near.
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    logs.setup(tmp_path / "before")
    logs.setup_without_file()
    logs.log_operation("job find", [3])
    logs.log_exception(RuntimeError("x"), "job find")
    assert capsys.readouterr().err == ""  # not even logging's last resort for the error
    assert "job find" not in (tmp_path / "before" / "regulars.log").read_text()
    assert logs.current_file() is None
    logs.setup_without_file(verbose=True)
    logs.log_operation("job find", [3])
    assert "job find: 1 customer 3" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["before"]


def test_uncaught_exceptions_are_logged_then_passed_on(tmp_path: Path, monkeypatch):
    seen: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: seen.append(("main", a[0])))
    monkeypatch.setattr(threading, "excepthook", lambda a: seen.append(("thread", a.exc_type)))
    path = logs.setup(tmp_path)
    logs.install_excepthook()
    logs.install_excepthook()  # twice: each exception is still logged once
    try:
        raise_with_customer_text(SECRET)
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    worker = threading.Thread(target=raise_with_customer_text, args=(SECRET,), name="reminders")
    worker.start()
    worker.join()
    assert seen == [("main", ValueError), ("thread", ValueError)]
    text = path.read_text()
    assert text.count("unexpected error in uncaught: ValueError") == 1
    assert text.count("unexpected error in thread reminders: ValueError") == 1
    assert "in raise_with_customer_text" in text and "Marisol" not in text


def test_a_native_crash_is_written_to_crash_log(tmp_path: Path):
    script = ("import sys, faulthandler\n"
              "from pathlib import Path\n"
              "from app.core import logs\n"
              "logs.setup(Path(sys.argv[1]))\n"
              "faulthandler._sigsegv()\n")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    crash = (tmp_path / "crash.log").read_text()
    assert "Fatal Python error" in crash and "Segmentation fault" in crash
