"""`regulars find` and `regulars reminders` read through plain sqlite3: byte for byte what the
models give, without loading peewee; a file the plain reading cannot take goes the usual way."""

from __future__ import annotations

import datetime as dt
import faulthandler
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import clock, customers, demo, reminders, session, settings, timeline
from app.store.version import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2026, 11, 23)

JOBS = [
    ("find", "ma"),
    ("find", "mar", "--json"),
    ("find", "mac", "--limit", "5"),
    ("find", "o'brien", "--json"),
    ("find", "zz"),
    ("find", "0790"),
    ("find", "--json", "--limit", "40"),
    ("find",),
    ("reminders", "--date", DAY.isoformat()),  # the owner's lead time, from the settings
    ("reminders", "--date", DAY.isoformat(), "--json"),
    ("reminders", "--date", "2026-02-27", "--days", "3"),
    ("reminders", "--date", "2027-12-30", "--days", "40", "--json"),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    """A sample shop with archived customers, odd names, a lead time of its own, and reminders
    snoozed and dismissed."""
    folder = tmp_path_factory.mktemp("shop")
    with clock.frozen(dt.datetime(2026, 11, 23, 10, 30)):
        session.open_data(folder)
        demo.generate(300, seed=11)
        siobhan = customers.create_customer(first_name="Siobhán", last_name="O'Brien",
                                            nickname="Shiv")
        timeline.log(siobhan, "visit", "Asked about the blue scarf")
        customers.set_archived([1, 2, 3], True)
        settings.put("reminder_lead_days", 21)
        found = reminders.pending(DAY)
        reminders.snooze(found[:3], DAY + dt.timedelta(days=2), clock.now())
        reminders.dismiss(found[3:5], clock.now())
        session.close()
    return folder


def _job(capsys, folder: Path, args: tuple[str, ...]) -> tuple[int, str, str]:
    from app.cli import main
    from app.core import logs

    try:
        code = main([*args, "--data-dir", str(folder)])
    finally:
        logs.close()
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def no_crash_log_left():
    was_enabled = faulthandler.is_enabled()
    yield
    if was_enabled:
        faulthandler.enable(file=sys.__stderr__)


@pytest.mark.parametrize("args", JOBS, ids=" ".join)
def test_the_plain_reading_prints_what_the_models_give(shop, args, capsys, monkeypatch,
                                                       no_crash_log_left):
    plain = _job(capsys, shop, args)
    monkeypatch.setattr("app.store.reading.open_reading", lambda path: None)
    usual = _job(capsys, shop, args)
    assert plain == usual
    assert plain[0] == 0 and plain[1]


def test_the_plain_connection_is_closed_after_the_job(shop, capsys, monkeypatch,
                                                      no_crash_log_left):
    from app.store.reading import Reading

    closed = []
    close = Reading.close
    monkeypatch.setattr(Reading, "close", lambda self: (closed.append(self), close(self)))
    for args in (("find", "mar"), ("reminders", "--date", DAY.isoformat())):
        assert _job(capsys, shop, args)[0] == 0
    assert len(closed) == 2


def test_find_and_reminders_never_load_peewee(shop):
    for args in (("find", "mar", "--json"), ("reminders", "--date", DAY.isoformat())):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "app", *args, "--data-dir", str(shop)],
            capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert result.returncode == 0, result.stderr[-500:]
        imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
        assert "app.store.reading" in imported
        assert not {"peewee", "app.store.models", "app.core.session"} & imported, args


def test_a_file_of_another_version_goes_the_usual_way(tmp_path: Path, capsys,
                                                      no_crash_log_left):
    """Newer than this program: the usual way says so (exit 2), as it always did."""
    session.open_data(tmp_path)
    customers.create_customer(first_name="Ann", last_name="Lee")
    session.close()
    with sqlite3.connect(tmp_path / "regulars.sqlite3") as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    for args in (("find", "ann"), ("reminders",)):
        code, out, err = _job(capsys, tmp_path, args)
        assert (code, out) == (2, "")
        assert "newer" in err and len(err.splitlines()) == 1

