"""The `regulars` command, run as a real process the way scripts run it."""

from __future__ import annotations

import csv
import faulthandler
import io
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


def run(data_dir: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("REGULARS_DATA_DIR", None)
    if env and "REGULARS_DATA_DIR" in env:
        environment["REGULARS_DATA_DIR"] = env["REGULARS_DATA_DIR"]
        command = [sys.executable, "-m", "app", *args]
    else:
        command = [sys.executable, "-m", "app", *args, "--data-dir", str(data_dir)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment,
                          timeout=120)


def db_counts(data_dir: Path) -> tuple[int, int]:
    con = sqlite3.connect(data_dir / "regulars.sqlite3")
    try:
        return (con.execute("SELECT count(*) FROM customer").fetchone()[0],
                con.execute("SELECT count(*) FROM interaction").fetchone()[0])
    finally:
        con.close()


def assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    result = run(directory, "demo", "--customers", "40", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added 40 sample customers"
    return directory


def test_version():
    result = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0
    from app import __version__

    assert result.stdout.strip() == f"regulars {__version__}"


def test_demo_is_varied_and_repeatable(demo_dir: Path, tmp_path: Path):
    con = sqlite3.connect(demo_dir / "regulars.sqlite3")
    assert con.execute("SELECT count(*) FROM relative WHERE relation = 'pet'").fetchone()[0]
    assert con.execute("SELECT count(*) FROM relative WHERE relation IN "
                       "('child', 'grandchild')").fetchone()[0]
    assert con.execute("SELECT count(*) FROM important_date WHERE year IS NULL").fetchone()[0]
    assert con.execute("SELECT count(*) FROM important_date WHERE year IS NOT NULL").fetchone()[0]
    assert con.execute("SELECT count(*) FROM important_date WHERE kind = 'anniversary'"
                       ).fetchone()[0]
    assert con.execute("SELECT count(DISTINCT kind) FROM interaction").fetchone()[0] >= 6
    assert con.execute("SELECT count(*) FROM follow_up WHERE done_at IS NULL").fetchone()[0]
    names = con.execute("SELECT first_name, last_name FROM customer ORDER BY id").fetchall()
    con.close()
    again = tmp_path / "again"
    run(again, "demo", "--customers", "40", "--seed", "7")
    con = sqlite3.connect(again / "regulars.sqlite3")
    assert con.execute("SELECT first_name, last_name FROM customer ORDER BY id").fetchall() == names
    con.close()


def test_find_json_shape(demo_dir: Path):
    result = run(demo_dir, "find", "", "--json", "--limit", "5")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 5
    for row in rows:
        assert set(row) == {"id", "name", "nickname", "phones", "emails", "last_contact"}
        assert isinstance(row["phones"], list) and isinstance(row["emails"], list)
        assert row["last_contact"] is None or len(row["last_contact"]) == 10
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=lambda n: n.casefold().replace("é", "e"))


def test_find_matches_like_the_search_box(demo_dir: Path):
    everyone = json.loads(run(demo_dir, "find", "--json", "--limit", "100").stdout)
    target = everyone[3]
    found = json.loads(run(demo_dir, "find", target["emails"][0], "--json").stdout)
    assert found[0]["id"] == target["id"]
    digits = "".join(ch for ch in target["phones"][0] if ch.isdigit())[-4:]
    found = json.loads(run(demo_dir, "find", digits, "--json", "--limit", "100").stdout)
    assert target["id"] in [r["id"] for r in found]


def test_show_json_keys(demo_dir: Path):
    result = run(demo_dir, "show", "1", "--json")
    assert result.returncode == 0, result.stderr
    profile = json.loads(result.stdout)
    assert list(profile) == [
        "id", "first_name", "last_name", "nickname", "company", "about", "phones", "emails",
        "addresses", "relatives", "dates", "tags", "newsletter", "contact_every_days",
        "last_contact", "total_spent", "interaction_count", "has_photo", "archived",
        "job_title", "role", "websites", "faxes",
    ]
    for contact in (profile["phones"] + profile["emails"] + profile["addresses"]
                    + profile["websites"] + profile["faxes"]):
        assert set(contact) == {"label", "value"}
    for relative in profile["relatives"]:
        assert set(relative) == {"name", "relation", "notes"}
    for date in profile["dates"]:
        assert set(date) == {"kind", "label", "month", "day", "year", "relative"}
        assert date["kind"] in ("birthday", "anniversary", "other")


def test_log_then_show(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "3")
    result = run(tmp_path, "log", "2", "--kind", "purchase", "--text", "dark roast",
                 "--amount", "24.50", "--at", "2026-11-23T09:15")
    assert result.returncode == 0, result.stderr
    assert "logged purchase (24.50) for customer 2 at 2026-11-23 09:15" in result.stdout
    profile = json.loads(run(tmp_path, "show", "2", "--json").stdout)
    assert profile["last_contact"] >= "2026-11-23"


@pytest.mark.parametrize("args, words", [
    (("log", "1", "--kind", "gossip", "--text", "x"), ("kind must be one of",)),
    (("log", "99", "--kind", "visit"), ("no customer with id 99",)),
    (("log", "1", "--kind", "visit", "--at", "2026-02-30"), ("2026-02-30",)),
    (("log", "1", "--kind", "visit", "--amount", "3"), ("only a purchase",)),
    (("log", "1", "--kind", "purchase", "--amount", "lots"), ("not a number",)),
    (("log", "abc", "--kind", "visit"), ("not a whole number",)),
    (("show", "99"), ("no customer with id 99",)),
    (("find", "--limit", "-3"), ("must not be negative",)),
    (("frobnicate",), ("invalid choice",)),
    (("demo", "--customers", "many"), ("not a whole number",)),
    (("demo", "--customers", "3"), ("empty customer book only", "2 customers")),
    (("erase", "1"), ("cannot be undone", "add --yes")),
    (("erase", "99", "--yes"), ("no customer with id 99",)),
    (("erase", "abc", "--yes"), ("not a whole number",)),
    (("export-one", "99", "{data}/out.html"), ("no customer with id 99",)),
    (("export-one", "1", "{data}/out.pdf"), ("ending in .html, .json or .txt",)),
    (("export-one", "1", "{data}/regulars.sqlite3"), ("the database itself",)),
    (("export-one", "1", "{data}/erasures.json"), ("the database itself",)),
    (("export-one", "1", "{data}/nowhere/out.html"), ("no such folder",)),
    (("export", "{data}/list.csv", "--format", "csv", "--with-consent-date"),
     ("--with-consent-date applies to --format emails only",)),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(tmp_path: Path, args, words):
    run(tmp_path, "demo", "--customers", "2")
    before = db_counts(tmp_path)
    mtime = (tmp_path / "regulars.sqlite3").stat().st_mtime_ns
    files = _files_and_bytes(tmp_path)
    result = run(tmp_path, *(arg.format(data=tmp_path) for arg in args))
    assert_one_line_error(result, *words)
    assert db_counts(tmp_path) == before
    assert (tmp_path / "regulars.sqlite3").stat().st_mtime_ns == mtime
    assert _files_and_bytes(tmp_path) == files


def test_export_one_hands_a_customer_everything_in_one_owner_only_file(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "3")
    path = tmp_path / "out" / "customer 2.json"
    path.parent.mkdir()
    result = run(tmp_path, "export-one", "2", str(path))
    assert result.returncode == 0, result.stderr
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = len(data["timeline"])
    assert result.stdout == (f"wrote everything kept about customer 2 to {path} "
                             f"({entries} timeline entries, 0 consent records)\n")
    assert data["customer"] == json.loads(run(tmp_path, "show", "2", "--json").stdout)
    assert entries == data["customer"]["interaction_count"] > 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "job export-one: 1 customer 2" in log_text(tmp_path)
    assert data["customer"]["last_name"] not in log_text(tmp_path)
    page = tmp_path / "out" / "customer 2.html"
    assert run(tmp_path, "export-one", "2", str(page)).returncode == 0
    assert data["customer"]["first_name"] in page.read_text(encoding="utf-8")


def test_erase_leaves_one_register_line_and_says_so_when_asked_again(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "3")
    name = json.loads(run(tmp_path, "show", "2", "--json").stdout)["last_name"]
    result = run(tmp_path, "erase", "2", "--yes")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("erased customer 2: nothing about them is left")
    assert "line 1 of the erasure register" in result.stdout and name not in result.stdout
    assert sorted(c["id"] for c in json.loads(run(tmp_path, "find", "--json").stdout)) == [1, 3]
    again = run(tmp_path, "show", "2")
    assert_one_line_error(again, "customer 2 was erased on")
    assert name not in (tmp_path / "regulars.sqlite3").read_bytes().decode("latin-1")


def test_reading_jobs_do_not_create_a_database(tmp_path: Path):
    empty = tmp_path / "nothing-here"
    result = run(empty, "find", "--json")
    assert (result.returncode, result.stdout.strip()) == (0, "[]")
    assert_one_line_error(run(empty, "show", "1"), "no customer with id 1")
    assert run(empty, "check").returncode == 0
    assert not empty.exists()


def test_environment_variable_picks_the_data_dir(tmp_path: Path):
    run(tmp_path / "a", "demo", "--customers", "2", env={"REGULARS_DATA_DIR": str(tmp_path / "a")})
    assert (tmp_path / "a" / "regulars.sqlite3").exists()
    result = run(tmp_path, "find", "--json", env={"REGULARS_DATA_DIR": str(tmp_path / "a")})
    assert len(json.loads(result.stdout)) == 2


def test_check_healthy_and_damaged(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "30")
    healthy = run(tmp_path, "check")
    assert healthy.returncode == 0 and healthy.stdout.startswith("ok:")
    path = tmp_path / "regulars.sqlite3"
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096):  # scribble over page contents
        data[offset + 100 : offset + 400] = os.urandom(300)
    path.write_bytes(bytes(data))
    damaged = run(tmp_path, "check")
    assert damaged.returncode != 0
    assert damaged.stderr.strip() and "Traceback" not in damaged.stderr


def test_not_a_database_at_all(tmp_path: Path):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "regulars.sqlite3").write_text("these are my shopping notes\n" * 200)
    result = run(tmp_path, "check")
    assert result.returncode != 0
    assert "not a database" in result.stderr and "Traceback" not in result.stderr
    result = run(tmp_path, "find", "x")
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_jobs_never_import_qt(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "2")
    for folder, args in ((tmp_path, ("find", "a")), (tmp_path, ("show", "1")),
                         (tmp_path, ("log", "1", "--kind", "visit")), (tmp_path, ("check",)),
                         (tmp_path / "empty", ("demo", "--customers", "1"))):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "app", *args, "--data-dir", str(folder)],
            capture_output=True, text=True, cwd=ROOT,
        )
        assert result.returncode == 0, result.stderr[-500:]
        imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
        assert not [m for m in imported if m.startswith(("PySide6", "shiboken6"))], args


@pytest.mark.parametrize(("lang", "menus"), [("en_US.UTF-8", "File Edit View Customer Help"),
                                             ("de_DE.UTF-8", "Datei Bearbeiten Ansicht Kunde")])
def test_smoke_opens_the_window_in_the_computer_s_language_and_exits(tmp_path: Path, lang,
                                                                     menus):
    result = run(tmp_path, "--smoke", env={"LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"regulars: the window opened: {menus}" in result.stdout
    assert (tmp_path / "regulars.sqlite3").exists()


# The log, with the jobs run in this process.

SECRET_NOTE = "Secret note about Marisol"


@pytest.fixture
def job(capsys):
    """Run `regulars ARGS` here; returns (exit code, stdout, stderr). Logging is reset after."""
    from app.cli import main
    from app.core import logs

    def run_job(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    was_enabled = faulthandler.is_enabled()
    yield run_job
    logs.close()
    if was_enabled:
        faulthandler.enable(file=sys.__stderr__)


def log_text(data_dir: Path) -> str:
    return (data_dir / "logs" / "regulars.log").read_text(encoding="utf-8")


def test_a_job_logs_owner_only_beside_the_database(job, data_dir: Path):
    assert job("demo", "--customers", "3", "--data-dir", str(data_dir))[0] == 0
    folder = data_dir / "logs"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("regulars.log", "crash.log"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    assert re.search(r"^\S+ INFO regulars\.operations job demo: 3 customers 1-3$",
                     log_text(data_dir), re.MULTILINE), log_text(data_dir)


def test_jobs_log_their_kind_and_customer_ids(job, data_dir: Path):
    job("demo", "--customers", "3", "--data-dir", str(data_dir))
    assert job("log", "2", "--kind", "visit", "--data-dir", str(data_dir))[0] == 0
    assert job("follow-up", "3", "call back", "--data-dir", str(data_dir))[0] == 0
    assert job("show", "99", "--data-dir", str(data_dir))[0] == 2
    lines = [line.split(" ", 3)[3] for line in log_text(data_dir).splitlines()]
    assert lines == ["add_sample_customers", "job demo: 3 customers 1-3",
                     "log_entry: 1 customer 2", "job log: 1 customer 2",
                     "add_follow_up: 1 customer 3", "job follow-up: 1 customer 3",
                     "job show refused: NotFoundError"]


def test_the_log_holds_no_names_notes_or_amounts(job, data_dir: Path):
    assert job("demo", "--customers", "30", "--data-dir", str(data_dir))[0] == 0
    for args in (("log", "4", "--kind", "note", "--text", SECRET_NOTE),
                 ("log", "5", "--kind", "purchase", "--text", "dark roast", "--amount", "24.51"),
                 ("follow-up", "6", "ask Marisol about the wedding"),
                 ("find", "a"), ("show", "4"), ("week",), ("reminders",),
                 ("export", str(data_dir / "all.csv"), "--format", "csv")):
        code, _out, err = job(*args, "--data-dir", str(data_dir))
        assert code == 0, (args, err)
    con = sqlite3.connect(data_dir / "regulars.sqlite3")
    names: set[str] = set()
    for query in ("SELECT first_name, last_name, nickname, company FROM customer",
                  "SELECT name, '', '', '' FROM relative", "SELECT name, '', '', '' FROM tag"):
        for row in con.execute(query):
            names.update(w for value in row for w in re.findall(r"\w{3,}", value))
    texts = {value for query in ("SELECT about FROM customer", "SELECT notes FROM relative",
                                 "SELECT value FROM contact_point", "SELECT text FROM interaction",
                                 "SELECT text FROM follow_up")
             for (value,) in con.execute(query) if len(value) >= 8}
    con.close()
    assert len(names) > 50 and len(texts) > 100  # the sample shop is there to be leaked
    text = log_text(data_dir)
    assert "job log: 1 customer 4" in text and "job week" in text
    assert names.isdisjoint(re.findall(r"\w+", text)), names & set(re.findall(r"\w+", text))
    assert not [t for t in texts if t in text]
    assert SECRET_NOTE not in text and "24.51" not in text and "roast" not in text


def test_an_unexpected_error_is_logged_by_position_not_message(job, data_dir: Path,
                                                               monkeypatch):
    from app.core import profile

    def load(customer_id: int) -> None:
        raise KeyError(f"{SECRET_NOTE} (customer {customer_id})")

    job("demo", "--customers", "2", "--data-dir", str(data_dir))
    monkeypatch.setattr(profile, "load", load)
    code, out, err = job("show", "1", "--data-dir", str(data_dir))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "unexpected error: KeyError" in err
    assert str(data_dir / "logs" / "regulars.log") in err
    text = log_text(data_dir)
    assert "ERROR regulars.errors unexpected error in job show: KeyError" in text
    assert re.search(r"app/cli_jobs\.py:\d+ in cmd_show", text)
    assert re.search(r"tests/test_cli\.py:\d+ in load", text)
    assert "Marisol" not in text and "Secret" not in text


def test_database_errors_keep_their_message_and_exit(job, tmp_path: Path):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "regulars.sqlite3").write_text("these are my shopping notes\n" * 200)
    code, _out, err = job("find", "x", "--data-dir", str(tmp_path))
    assert code == 1
    assert err.startswith("regulars: the database could not be used:") and "check" in err
    text = log_text(tmp_path)
    assert "job find: the database could not be used: DatabaseError: file is not a database" \
        in text
    assert "unexpected" not in text and "shopping" not in text


def test_verbose_also_prints_the_log_on_stderr(job, data_dir: Path):
    job("demo", "--customers", "2", "--data-dir", str(data_dir))
    code, out, err = job("--verbose", "show", "1", "--data-dir", str(data_dir))
    assert code == 0 and out
    assert re.search(r"^\S+ INFO regulars\.operations job show: 1 customer 1$", err, re.MULTILINE)
    code, _out, err = job("show", "2", "--data-dir", str(data_dir), "--verbose")
    assert "job show: 1 customer 2" in err
    code, _out, err = job("show", "2", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    assert log_text(data_dir).count("job show") == 3


def test_jobs_without_a_database_create_nothing_for_the_log(job, tmp_path: Path, monkeypatch):
    empty = tmp_path / "nothing-here"
    monkeypatch.setenv("REGULARS_DATA_DIR", str(empty))
    with pytest.raises(SystemExit) as exited:
        job("--version")
    assert exited.value.code == 0
    assert job("find", "x")[0] == 0
    assert job("check")[0] == 0
    assert job("import", str(ROOT / "tests" / "data" / "csv" / "shopify.csv"), "--dry-run")[0] == 0
    assert job("show", "1")[0] == 2
    code, out, err = job("--verbose", "find", "x")
    assert (code, out.strip()) == (0, "0 found")
    # On stderr, since there is no folder to keep it in.
    assert err.rstrip().endswith("INFO regulars.operations job find")
    assert not empty.exists()


# Backups and restore, from the command line.


def test_backup_and_restore_from_the_command_line(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "20")
    made = run(tmp_path, "backup")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("backed up 20 customers to ")
    automatic = list((tmp_path / "backups").glob("regulars-*-manual.sqlite3"))
    assert len(automatic) == 1
    assert stat.S_IMODE(automatic[0].stat().st_mode) == 0o600
    copy = tmp_path / "copy.sqlite3"
    assert run(tmp_path, "backup", str(copy)).returncode == 0
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    run(tmp_path, "log", "1", "--kind", "note", "--text", "after the backup")
    assert db_counts(tmp_path)[1] > 0
    after = db_counts(tmp_path)
    restored = run(tmp_path, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert db_counts(tmp_path) == (after[0], after[1] - 1)
    kept = list((tmp_path / "backups").glob("regulars-*-before-restore.sqlite3"))
    assert len(kept) == 1  # what was there is kept, so the restore can be undone
    con = sqlite3.connect(kept[0])
    assert con.execute("SELECT count(*) FROM interaction").fetchone()[0] == after[1]
    con.close()


@pytest.mark.parametrize("content, words", [
    (b"these are my shopping notes\n" * 100, "not a Regulars database"),
    (None, "no such file"),
])
def test_restore_refuses_what_is_not_a_regulars_database(tmp_path: Path, content, words):
    run(tmp_path, "demo", "--customers", "5")
    before = (tmp_path / "regulars.sqlite3").read_bytes()
    source = tmp_path / "other.sqlite3"
    if content is not None:
        source.write_bytes(content)
    assert_one_line_error(run(tmp_path, "restore", str(source)), words)
    assert (tmp_path / "regulars.sqlite3").read_bytes() == before


def _foreign_shop(path: Path) -> None:
    """Another program's database that happens to have a `customer` table."""
    path.unlink()
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT);"
                      "INSERT INTO customer (name) VALUES ('Someone');"
                      "PRAGMA user_version = 6;")
    con.close()


@pytest.mark.parametrize("change, words", [
    ("CREATE TRIGGER keep_nothing AFTER INSERT ON interaction "
     "BEGIN DELETE FROM interaction WHERE id = new.id; END", "trigger keep_nothing"),
    ("CREATE TRIGGER wipe AFTER INSERT ON interaction BEGIN DELETE FROM contact_point; "
     "UPDATE interaction SET text = 'gone'; UPDATE customer SET about = 'gone'; END",
     "trigger wipe"),
    ("DROP TABLE setting; CREATE VIEW setting AS SELECT 'a' AS key, 'b' AS value",
     "view setting"),
    ("DROP TABLE reminder_state", "table reminder_state"),
    ("DROP TABLE customer_fts", "table customer_fts"),
    ("ALTER TABLE customer ADD COLUMN secret TEXT", "table customer"),
    ("DROP INDEX interaction_at", "index interaction_at"),
    (_foreign_shop, "table"),
])
def test_restore_refuses_a_file_whose_schema_is_not_regulars(tmp_path: Path, change, words):
    run(tmp_path, "demo", "--customers", "5")
    source = tmp_path / "changed.sqlite3"
    assert run(tmp_path, "backup", str(source)).returncode == 0
    if callable(change):
        change(source)
    else:
        con = sqlite3.connect(source)
        con.executescript(change)
        con.close()
    live = tmp_path / "regulars.sqlite3"
    before = live.read_bytes()
    assert_one_line_error(run(tmp_path, "restore", str(source)),
                          "not a Regulars database", words)
    assert live.read_bytes() == before
    assert not list((tmp_path / "backups").glob("*-before-restore.sqlite3"))


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_backup_from_an_older_version_restores_and_is_upgraded(tmp_path: Path, version):
    run(tmp_path, "demo", "--customers", "5")
    source = tmp_path / "old.sqlite3"
    shutil.copy(DATA / f"regulars-schema-v{version}.sqlite3", source)
    con = sqlite3.connect(source)
    customers = con.execute("SELECT count(*) FROM customer").fetchone()[0]
    con.close()
    restored = run(tmp_path, "restore", str(source))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {customers} customers")
    assert run(tmp_path, "check").returncode == 0
    con = sqlite3.connect(tmp_path / "regulars.sqlite3")
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()
    assert db_counts(tmp_path)[0] == customers


def test_restore_refuses_a_damaged_backup(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "30")
    copy = tmp_path / "copy.sqlite3"
    run(tmp_path, "backup", str(copy))
    data = bytearray(copy.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset + 50: offset + 600] = b"\xff" * 550
    copy.write_bytes(bytes(data))
    refused = run(tmp_path, "restore", str(copy))
    assert refused.returncode == 2
    assert len(refused.stderr.splitlines()) == 1 and "damaged" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_damaged_database_is_restored_from_a_backup_and_kept_aside(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "10")
    copy = tmp_path / "good.sqlite3"
    run(tmp_path, "backup", str(copy))
    live = tmp_path / "regulars.sqlite3"
    live.write_bytes(b"\x00" * 8192)  # the disk ate it
    assert run(tmp_path, "check").returncode != 0
    restored = run(tmp_path, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert run(tmp_path, "check").returncode == 0
    assert list((tmp_path / "backups").glob("damaged-*"))


def test_customers_erased_since_a_backup_do_not_come_back_with_it(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "4")
    copy = tmp_path / "before-the-erasures.sqlite3"
    assert run(tmp_path, "backup", str(copy)).returncode == 0
    for erased in ("2", "3"):
        assert run(tmp_path, "erase", erased, "--yes").returncode == 0
    restored = run(tmp_path, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    lines = restored.stdout.splitlines()
    assert lines[0].startswith(f"restored 2 customers from {copy}")
    assert lines[1:] == ["2 customers erased since this backup were erased again"]
    assert sorted(c["id"] for c in json.loads(run(tmp_path, "find", "--json").stdout)) == [1, 4]
    newer = tmp_path / "after-the-erasures.sqlite3"  # nothing to erase again, nothing said
    assert run(tmp_path, "backup", str(newer)).returncode == 0
    restored = run(tmp_path, "restore", str(newer))
    assert restored.returncode == 0 and len(restored.stdout.splitlines()) == 1


def _files_and_bytes(folder: Path) -> dict[str, bytes]:
    """Everything under the folder but the log, which a refused job still writes to."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and "logs" not in p.relative_to(folder).parts}


def _symlink_to_database(data: Path, tmp_path: Path) -> Path:
    link = tmp_path / "link.csv"
    link.symlink_to(data / "regulars.sqlite3")
    return link


def _hard_link_to_database(data: Path, tmp_path: Path) -> Path:
    link = tmp_path / "hard.sqlite3"
    os.link(data / "regulars.sqlite3", link)
    return link


@pytest.mark.parametrize("command", [("export", "--format", "csv"), ("backup",),
                                     ("import", "--format", "csv")])
@pytest.mark.parametrize("target, words", [
    (lambda data, _tmp: data / "regulars.sqlite3", "the database"),
    (lambda data, _tmp: data / "regulars.sqlite3-wal", "the database"),
    (lambda data, _tmp: data / "regulars.sqlite3-shm", "the database"),
    (lambda data, _tmp: data / "regulars.sqlite3-journal", "the database"),
    (lambda data, _tmp: data / "backups" / "mine.sqlite3", "backups folder"),
    (lambda data, _tmp: next((data / "backups").glob("regulars-*.sqlite3")), "backups folder"),
    (lambda data, _tmp: data / "sub" / ".." / "regulars.sqlite3", "the database"),
    (_symlink_to_database, "the database"),
    (_hard_link_to_database, "the database"),
])
def test_the_database_and_its_backups_are_never_a_file_to_write_or_read(
        tmp_path: Path, command, target, words):
    data = tmp_path / "data"
    run(data, "demo", "--customers", "3")
    assert run(data, "backup").returncode == 0
    (data / "sub").mkdir()
    path = target(data, tmp_path)
    if command[0] == "import" and not path.exists():
        path.write_text("first name\nEleanor\n")  # only sidecars: they may exist at any time
    before = _files_and_bytes(tmp_path)
    result = run(data, command[0], str(path), *command[1:])
    assert_one_line_error(result, words)
    assert _files_and_bytes(tmp_path) == before
    assert db_counts(data)[0] == 3


def test_a_damaged_database_is_never_backed_up_over_anything(tmp_path: Path):
    data = tmp_path / "data"
    run(data, "demo", "--customers", "30")
    good = tmp_path / "good.sqlite3"
    assert run(data, "backup", str(good)).returncode == 0
    assert run(data, "backup").returncode == 0
    live = data / "regulars.sqlite3"
    damaged = bytearray(live.read_bytes())
    offset = len(damaged) - 4096 * 2  # one page of rows: the file still opens
    damaged[offset + 8 : offset + 4000] = b"\xff" * 3992
    live.write_bytes(bytes(damaged))
    before = _files_and_bytes(tmp_path)
    for args in (("backup", str(good)), ("backup",)):
        result = run(data, *args)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "damaged" in lines[0], result.stderr
        assert _files_and_bytes(tmp_path) == before  # nothing replaced, nothing left behind


# `regulars import` and `regulars export`.


def test_import_json_shape_and_dedupe_on_second_run(tmp_path: Path):
    first = run(tmp_path, "import", str(DATA / "csv" / "shopify.csv"), "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {"imported": 3, "updated": 0, "skipped": 0,
                                         "unchanged": 0, "errors": [], "warnings": []}
    second = run(tmp_path, "import", str(DATA / "csv" / "shopify.csv"), "--json")
    assert json.loads(second.stdout) == {"imported": 0, "updated": 0, "skipped": 0,
                                          "unchanged": 3, "errors": [], "warnings": []}
    assert list(json.loads(second.stdout)) == ["imported", "updated", "skipped", "unchanged",
                                               "errors", "warnings"]
    assert db_counts(tmp_path)[0] == 3


def test_newsletter_words_not_recorded_are_one_warning_of_the_same_shape(tmp_path: Path):
    """A file's dated yes older than the no already recorded: not recorded, and said once as
    line 0 (the file as a whole) of the warnings, whose keys stay as they were."""
    newer, older = tmp_path / "newer.csv", tmp_path / "older.csv"
    header = "First Name,Last Name,Email,Newsletter,Newsletter Since\n"
    newer.write_text(header + "Ann,Lee,ann@example.com,no,2025-03-01\n", encoding="utf-8")
    older.write_text(header + "Ann,Lee,ann@example.com,yes,2025-01-10\n", encoding="utf-8")
    assert run(tmp_path, "import", str(newer)).returncode == 0
    result = run(tmp_path, "import", str(older), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert list(report) == ["imported", "updated", "skipped", "unchanged", "errors", "warnings"]
    assert report["unchanged"] == 1 and report["errors"] == []
    assert report["warnings"] == [{"line": 0, "message": (
        "1 newsletter consent in the file was not recorded: that customer said otherwise "
        "since; record a new consent in the window")}]
    said = run(tmp_path, "import", str(older))
    assert said.stderr.splitlines() == [f"{older}: {report['warnings'][0]['message']}"]
    assert said.stdout.strip() == "imported 0, updated 0, skipped 0, unchanged 1"


def test_the_mailing_list_with_consent_dates_says_when_and_how_each_was_given(tmp_path: Path):
    run(tmp_path, "import", str(DATA / "csv" / "shopify.csv"))
    path = tmp_path / "list.csv"
    result = run(tmp_path, "export", str(path), "--format", "emails", "--with-consent-date")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Email Address", "First Name", "Last Name", "Consent Date",
                       "Consent Given At", "How Consent Was Given"]
    assert sorted(row[0] for row in rows[1:]) == ["amara@example.net",
                                                  "ellie.whitfield@example.com"]
    assert all(row[4].startswith(row[3] + "T") for row in rows[1:])  # the day, to the minute
    assert {row[5] for row in rows[1:]} == {"imported from shopify.csv"}


def test_import_reports_bad_rows_with_lines(tmp_path: Path):
    result = run(tmp_path, "import", str(DATA / "csv" / "bad-rows.csv"), "--json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert (report["imported"], report["skipped"]) == (2, 2)
    assert [e["line"] for e in report["errors"]] == [4, 6]
    assert [w["line"] for w in report["warnings"]] == [3]  # the bad email, its row kept
    assert all(set(e) == {"line", "message"} for e in report["errors"] + report["warnings"])


def test_format_is_detected_from_the_content(tmp_path: Path):
    renamed = tmp_path / "contacts.txt"
    shutil.copy(DATA / "vcards" / "google.vcf", renamed)
    result = run(tmp_path, "import", str(renamed))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 1, updated 0, skipped 0"


def test_dry_run_writes_nothing(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "2")
    before = db_counts(tmp_path)
    result = run(tmp_path, "import", str(DATA / "csv" / "square.csv"), "--dry-run")
    assert result.returncode == 0
    assert result.stdout.strip() == "would have imported 2, updated 0, skipped 0"
    assert db_counts(tmp_path) == before


def test_ambiguous_dates_are_mentioned(tmp_path: Path):
    result = run(tmp_path, "import", str(DATA / "csv" / "dates-ambiguous.csv"))
    assert "1 dates read as day/month/year (setting date_order)" in result.stdout


def test_map_a_column_by_hand(tmp_path: Path):
    result = run(tmp_path, "import", str(DATA / "csv" / "no-name.csv"), "--map",
                 "notes=first_name", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == 1


@pytest.mark.parametrize("file, args, words", [
    ("vcards/not-a-vcard.vcf", ("--format", "vcard"), ("not-a-vcard.vcf, line 1", "not a vCard")),
    ("vcards/broken.vcf", (), ("broken.vcf, line 5",)),
    ("csv/broken-quote.csv", (), ("broken-quote.csv, line 3", "not readable as CSV")),
    ("csv/no-name.csv", (), ("no column for a name", "Notes, Visits, Total Spent")),
    ("csv/shopify.csv", ("--map", "Email=shoe_size"), ("'shoe_size' is not one of",)),
    ("csv/shopify.csv", ("--map", "Nope=email"), ("there is no column 'Nope'",)),
    ("csv/shopify.csv", ("--map", "nonsense"), ("is not COLUMN=FIELD",)),
    ("csv/missing.csv", (), ("no such file",)),
])
def test_unreadable_files_exit_2_and_write_nothing(tmp_path: Path, file, args, words):
    run(tmp_path, "demo", "--customers", "2")
    before = db_counts(tmp_path)
    result = run(tmp_path, "import", str(DATA / file), *args)
    assert_one_line_error(result, *words)
    assert db_counts(tmp_path) == before


@pytest.mark.parametrize("file_format, start", [
    ("csv", b"\xef\xbb\xbfFirst Name,"), ("vcard", b"BEGIN:VCARD"),
    ("ical", b"BEGIN:VCALENDAR"), ("emails", b"\xef\xbb\xbfEmail Address,"),
])
def test_export_formats(tmp_path: Path, file_format, start):
    run(tmp_path, "demo", "--customers", "10")
    out = tmp_path / f"export.{file_format}"
    result = run(tmp_path, "export", str(out), "--format", file_format)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("exported ") and str(out) in result.stdout
    assert out.read_bytes().startswith(start)


def test_export_bad_input(tmp_path: Path):
    assert_one_line_error(run(tmp_path, "export", str(tmp_path / "x.csv")), "--format")
    assert_one_line_error(run(tmp_path, "export", str(tmp_path / "nowhere" / "x.csv"),
                              "--format", "csv"), "no such folder")
    assert_one_line_error(run(tmp_path, "export", str(tmp_path), "--format", "csv"),
                          "is a folder")


def test_a_large_import_through_python_dash_m(tmp_path: Path):
    """Large files are checked in worker processes; `python -m app` must allow that."""
    from app.exchange import parallel

    count = parallel.PARALLEL_FROM + 10
    rows = "\n".join(f"Ann{i},Lee,ann{i}@example.com" for i in range(count))
    path = tmp_path / "big.csv"
    path.write_text("First Name,Last Name,Email\n" + rows + "\n")
    result = run(tmp_path / "data", "import", str(path), "--json")
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == {"imported": count, "updated": 0, "skipped": 0,
                                         "unchanged": 0, "errors": [], "warnings": []}


# `regulars reminders`, `regulars follow-up` and `regulars week`.


def test_reminders_json_sorted_by_rank_then_date(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "200")
    result = run(tmp_path, "reminders", "--date", "2026-12-29", "--days", "5", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found, "the sample shop has something due"
    for item in found:
        assert set(item) == {"kind", "date", "customer_id", "customer", "text", "rank"}
        assert item["kind"] in ("birthday", "anniversary", "date", "follow_up",
                                "stay_in_touch", "lapsed")
        suggestion = item["kind"] in ("stay_in_touch", "lapsed")
        assert item["rank"] == (3 if suggestion else 0 if item["date"] == "2026-12-29"
                                else 1 if item["date"] < "2026-12-29" else 2)
    order = [(item["rank"], item["date"]) for item in found]
    assert order == sorted(order) and len({rank for rank, _date in order}) >= 2
    births = [i for i in found if i["kind"] in ("birthday", "anniversary")]
    assert births and all("2026-12-29" <= i["date"] <= "2027-01-03" for i in births)


def test_follow_up_then_reminded(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "1")
    added = run(tmp_path, "follow-up", "1", "order the blue size 9", "--due", "2030-01-10")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "follow-up added for customer 1, due Thu 10 Jan 2030"
    found = json.loads(run(tmp_path, "reminders", "--date", "2030-01-08", "--days", "3",
                           "--json").stdout)
    ours = [i for i in found if i["date"] == "2030-01-10"]
    assert len(ours) == 1
    assert ours[0]["kind"] == "follow_up" and ours[0]["customer_id"] == 1
    assert ours[0]["text"].endswith("Promised: order the blue size 9")


def test_an_impossible_due_date_writes_nothing(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "1")
    before = json.loads(run(tmp_path, "show", "1", "--json").stdout)
    assert_one_line_error(run(tmp_path, "follow-up", "1", "x", "--due", "2026-02-30"),
                          "2026-02-30")
    assert_one_line_error(run(tmp_path, "follow-up", "99", "x"), "no customer with id 99")
    assert_one_line_error(run(tmp_path, "reminders", "--date", "tomorrow"), "tomorrow")
    assert json.loads(run(tmp_path, "show", "1", "--json").stdout) == before


def test_week_command_json(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "60")
    result = run(tmp_path, "week", "--date", "2026-11-23", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["top_spenders", "new_customers", "top_customers", "birthdays",
                          "follow_ups", "lapsed", "not_seen"]
    assert data["not_seen"] == []  # the offer to erase is off until the owner turns it on
    for rows in data.values():
        for row in rows:
            assert {"customer_id", "customer"} <= set(row)
    assert all("amount" in r for r in data["top_spenders"] + data["top_customers"])
    assert all({"text", "due"} <= set(r) for r in data["follow_ups"])
    assert len(data["top_customers"]) <= 10
    amounts = [r["amount"] for r in data["top_customers"]]
    assert amounts == sorted(amounts, reverse=True)


def test_week_offers_to_erase_who_was_not_seen_for_years_once_turned_on(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "25")
    assert "Not seen for" not in run(tmp_path, "week", "--date", "2040-06-01").stdout
    con = sqlite3.connect(tmp_path / "regulars.sqlite3")
    with con:
        con.execute("INSERT INTO setting (key, value) VALUES ('erase_after_years', '3')")
    con.close()
    text = run(tmp_path, "week", "--date", "2040-06-01")
    assert text.returncode == 0, text.stderr
    assert "Not seen for over 3 years: erase or keep? (20, 5 more)" in text.stdout
    data = json.loads(run(tmp_path, "week", "--date", "2040-06-01", "--json").stdout)
    seen = [row["last_seen"] for row in data["not_seen"]]
    assert len(seen) == 20 and seen == sorted(seen)  # seen longest ago first
    assert all(row["text"].startswith(("last contact ", "added ")) for row in data["not_seen"])


# Customer text on a terminal.

ESCAPES = "\x1b]0;pwned\x07\x1b[2J"


def test_customer_text_shows_control_characters_instead_of_obeying_them(tmp_path: Path):
    card = tmp_path / "card.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nN:Ruiz;Ana;;;\r\n"
                     b"TEL:+44 7700 900123\r\nNOTE:Likes tea\\nthen \x1b]0;pwned\x07\x1b[2J"
                     b"\tdone\r\nEND:VCARD\r\n")
    assert run(tmp_path, "import", str(card)).returncode == 0
    run(tmp_path, "follow-up", "1", f"call {ESCAPES}back", "--due", "2026-12-04")
    con = sqlite3.connect(tmp_path / "regulars.sqlite3")
    con.execute("UPDATE customer SET nickname = ?", (f"An{ESCAPES}", ))
    con.commit()
    assert con.execute("SELECT about FROM customer").fetchone()[0] == (
        f"Likes tea\nthen {ESCAPES}\tdone")  # the database keeps what was imported
    con.close()

    shown = run(tmp_path, "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert "about: Likes tea\n" in shown.stdout
    assert "\n         then ^[]0;pwned^G^[[2J\tdone\n" in shown.stdout  # under its label
    assert "call ^[]0;pwned^G^[[2Jback" in shown.stdout
    for args in (("show", "1"), ("find", "ana"), ("find", "tea"),
                 ("reminders", "--date", "2026-12-03"), ("week", "--date", "2026-12-04")):
        result = run(tmp_path, *args)
        assert result.returncode == 0, result.stderr
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stdout + result.stderr), args
    assert "An^[]0;pwned^G^[[2J" in run(tmp_path, "find", "ana").stdout

    data = json.loads(run(tmp_path, "show", "1", "--json").stdout)
    assert data["about"] == f"Likes tea\nthen {ESCAPES}\tdone"
    assert data["nickname"] == f"An{ESCAPES}"
    assert "\x1b" not in run(tmp_path, "show", "1", "--json").stdout  # JSON escapes it


# Input the command line must refuse in one line, whatever it is.

TOO_BIG = "99999999999999999999"  # beyond what SQLite can hold


def _nobody_can_run_python() -> bool:
    if not shutil.which("runuser"):
        return False
    probe = subprocess.run(["runuser", "-u", "nobody", "--", sys.executable, "-c", "pass"],
                           capture_output=True)
    return probe.returncode == 0


def _special_path(token: str, folder: Path) -> str:
    """A file made the way a row needs it: cut-short UTF-16, a pipe, a folder, no permission."""
    path = folder / token
    if token == "odd-utf16.csv":
        path.write_bytes("First Name,Email\nAnn,ann@example.com\n".encode("utf-16") + b"x")
    elif token == "pipe":
        os.mkfifo(path)
    elif token == "folder":
        path.mkdir()
    elif token == "secret.csv":
        path.write_text("First Name\nAnn\n")
        path.chmod(0)
    elif token == "huge.csv":
        with path.open("wb") as huge:  # sparse: a gigabyte on paper, nothing on the disk
            huge.write(b"First Name\nAnn\n")
            huge.truncate(2**30)
    return str(path)


@pytest.mark.parametrize("args, code, words", [
    (("show", TOO_BIG), 2, "too large"),
    (("find", "x", "--limit", TOO_BIG), 2, "too large"),
    (("log", TOO_BIG, "--kind", "visit", "--text", "x"), 2, "too large"),
    (("find", b"\xff\xfe"), 2, "not valid UTF-8"),
    (("log", "1", "--kind", "purchase", "--text", "x", "--amount=1e999999999999"), 2, "amount"),
    (("log", "1", "--kind", "purchase", "--text", "x", "--amount", "12 34"), 2, "amount"),
    (("log", "1", "--kind", "purchase", "--text", "x", "--amount", "1_000"), 2, "amount"),
    (("log", "1", "--kind", "visit", "--at", "9999-12-31T23:59:59-14:00"), 2, "9999-12-31"),
    (("log", "1", "--kind", "visit", "--at", "0001-01-01T00:00+14:00"), 2, "0001-01-01"),
    (("log", "1", "--kind", "visit", "--at", "0001-01-01"), 2, "not between 1900"),
    (("follow-up", "1", "x", "--due", "0001-01-01"), 2, "not between 1900"),
    (("reminders", "--date", "9999-12-25"), 2, "not between 1900"),
    (("reminders", "--days", "999999999"), 2, "not between 1900"),
    (("week", "--date", "0001-01-01"), 2, "not between 1900"),
    (("week", "--date", "9999-12-31"), 2, "not between 1900"),
    (("import", "@odd-utf16.csv"), 2, "UTF-16"),
    (("import", "@pipe"), 2, "is not a regular file"),
    (("import", "@folder"), 2, "is a folder"),
    (("import", "/dev/zero"), 2, "is not a regular file"),
    (("import", "@huge.csv"), 2, "the file is 1,024 MB"),
    (("@as-nobody", "import", "@secret.csv"), 2, "cannot be read"),
    (("@while-another-writes", "log", "1", "--kind", "visit"), 1, "another program"),
])
def test_refusals_are_one_line_and_change_nothing(tmp_path: Path, args, code, words):
    book = tmp_path / "book"
    book.mkdir()
    prefix: list[str] = []
    if "@as-nobody" in args:
        if not _nobody_can_run_python():
            pytest.skip("tests run as root, and 'nobody' cannot run this Python to be refused")
        book = Path(shutil.copytree(book, Path(os.environ.get("TMPDIR", "/tmp"))
                                    / f"regulars-nobody-{os.getpid()}"))
        book.chmod(0o755)
        prefix = ["runuser", "-u", "nobody", "--"]
    try:
        run(book, "demo", "--customers", "2")
        database = book / "regulars.sqlite3"
        before = (database.read_bytes(), database.stat().st_mtime_ns)
        argv = [_special_path(a[1:], book) if isinstance(a, str) and a.startswith("@")
                and a[1:] in ("odd-utf16.csv", "pipe", "folder", "secret.csv", "huge.csv") else a
                for a in args if a not in ("@as-nobody", "@while-another-writes")]
        other = None
        if "@while-another-writes" in args:
            other = sqlite3.connect(database)
            other.execute("BEGIN IMMEDIATE")
        try:
            command = [*prefix, sys.executable, "-m", "app", *argv, "--data-dir", str(book)]
            result = subprocess.run(
                command, capture_output=True, cwd=ROOT, timeout=60,
                env={**{k: v for k, v in os.environ.items() if k != "REGULARS_DATA_DIR"},
                     "QT_QPA_PLATFORM": "offscreen"})
        finally:
            if other is not None:
                other.rollback()
                other.close()
        stderr = result.stderr.decode("utf-8", errors="replace")
        assert result.returncode == code, stderr
        assert len(stderr.strip().splitlines()) == 1, stderr
        assert "Traceback" not in stderr and words in stderr, stderr
        assert result.stdout == b""
        assert (database.read_bytes(), database.stat().st_mtime_ns) == before
    finally:
        if prefix:
            shutil.rmtree(book, ignore_errors=True)


# What the program creates is the owner's alone, whatever the umask.


def _open_to_others(top: Path) -> list[str]:
    found = []
    for folder, folders, files in os.walk(top):
        for name in [".", *folders, *files]:
            path = Path(folder) / name
            if stat.S_IMODE(path.lstat().st_mode) & 0o077:
                found.append(f"{oct(stat.S_IMODE(path.lstat().st_mode))} {path}")
    return found


def run_with_umask_000(*args: str, home: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                   "XDG_CONFIG_HOME": str(home / "config")}
    environment.pop("REGULARS_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=ROOT, env=environment, timeout=120, preexec_fn=lambda: os.umask(0))


def test_everything_created_is_owner_only_under_umask_000(tmp_path: Path):
    data = tmp_path / "a" / "b" / "c"
    exports = tmp_path / "exports"
    exports.mkdir(mode=0o700)
    for args in (("demo", "--customers", "3"), ("backup",),
                 ("backup", str(exports / "copy.sqlite3")),
                 ("export", str(exports / "all.csv"), "--format", "csv"), ("--smoke",)):
        result = run_with_umask_000(*args, "--data-dir", str(data), home=tmp_path)
        assert result.returncode == 0, (args, result.stderr)
    assert (data / "backups").is_dir() and (data / "logs").is_dir()
    assert list((tmp_path / "config").rglob("window.ini"))
    assert _open_to_others(tmp_path) == []


def test_a_data_folder_open_to_others_is_narrowed_and_said_once(tmp_path: Path):
    run(tmp_path, "demo", "--customers", "2")
    tmp_path.chmod(0o755)
    first = run(tmp_path, "find", "")
    assert first.returncode == 0, first.stderr
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700
    assert "open to other users" in first.stderr and len(first.stderr.splitlines()) == 1
    assert "open to other users" in log_text(tmp_path)
    assert run(tmp_path, "find", "").stderr == ""


def test_a_file_without_permission_to_read_is_refused(job, data_dir: Path, monkeypatch):
    """The row above as this process, for where 'nobody' cannot run this Python."""
    job("demo", "--customers", "2", "--data-dir", str(data_dir))
    secret = data_dir / "secret.csv"
    secret.write_text("First Name\nAnn\n")
    opened = Path.open

    def refuse(path: Path, *args, **kwargs):
        if path == secret:
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    code, out, err = job("import", str(secret), "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [f"regulars: error: {secret} cannot be read: "
                                        "Permission denied"]


def _shop_and_its_backup(tmp_path: Path) -> tuple[Path, Path]:
    assert run(tmp_path, "demo", "--customers", "10").returncode == 0
    made = run(tmp_path, "backup")
    assert made.returncode == 0, made.stderr
    return tmp_path / "regulars.sqlite3", made.stdout.split(" to ", 1)[1].strip()


@pytest.mark.parametrize("moved_aside", [True, False])
def test_a_restore_killed_between_its_renames_is_finished_by_the_next_job(
        tmp_path: Path, moved_aside: bool):
    live, kept = _shop_and_its_backup(tmp_path)
    partial = live.with_name(live.name + ".partial")
    shutil.copyfile(kept, partial)
    if moved_aside:
        live.rename(tmp_path / "backups" / "damaged-20260101-000000-regulars.sqlite3")
    else:
        live.unlink()
    checked = run(tmp_path, "check")
    assert checked.returncode == 0, checked.stderr
    assert "10 customers" in checked.stdout
    assert run(tmp_path, "find", "--json").returncode == 0
    assert db_counts(tmp_path)[0] == 10 and not partial.exists()


def test_a_half_written_restore_copy_is_removed_and_the_database_kept(tmp_path: Path):
    live, kept = _shop_and_its_backup(tmp_path)
    partial = live.with_name(live.name + ".partial")
    partial.write_bytes(Path(kept).read_bytes()[:5000])
    checked = run(tmp_path, "check")
    assert checked.returncode == 0, checked.stderr
    assert not partial.exists() and db_counts(tmp_path)[0] == 10


def test_no_database_beside_good_backups_names_the_newest_and_creates_nothing(tmp_path: Path):
    live, kept = _shop_and_its_backup(tmp_path)
    live.unlink()
    for job in (("check",), ("find", "x"), ("log", "1", "--kind", "note", "--text", "hi")):
        result = run(tmp_path, *job)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and f"regulars restore {kept}" in lines[0], result.stderr
        assert not live.exists()


def test_an_empty_database_file_is_damaged_not_a_new_shop(tmp_path: Path):
    live, kept = _shop_and_its_backup(tmp_path)
    live.write_bytes(b"")
    for job in (("check",), ("find", "x"), ("log", "1", "--kind", "note", "--text", "hi")):
        result = run(tmp_path, *job)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "empty" in lines[0] and str(kept) in lines[0], result.stderr
        assert live.stat().st_size == 0
    assert run(tmp_path, "restore", str(kept)).returncode == 0
    assert db_counts(tmp_path)[0] == 10


def _assert_one_line_failure(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode != 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], result.stderr


def _newer_schema(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE customer (id INTEGER PRIMARY KEY); PRAGMA user_version = 99;")
    con.close()


@pytest.mark.parametrize("spoil, words", [
    (lambda path: path.write_text("these are my shopping notes\n" * 200), ["damaged"]),
    (_foreign_shop, ["damaged"]),
    (_newer_schema, ["newer"]),
])
def test_smoke_on_data_it_cannot_use_says_so_and_exits(tmp_path: Path, spoil, words):
    run(tmp_path, "demo", "--customers", "2")
    spoil(tmp_path / "regulars.sqlite3")
    _assert_one_line_failure(run(tmp_path, "--smoke"), *words)


def test_smoke_in_a_folder_that_cannot_be_written_to_says_so_and_exits(tmp_path: Path):
    from helpers import unwritable

    run(tmp_path, "demo", "--customers", "2")
    with unwritable(tmp_path / "regulars.sqlite3", tmp_path):
        _assert_one_line_failure(run(tmp_path, "--smoke"), "cannot be written to")


def test_a_read_only_database_is_read_but_not_written(tmp_path: Path):
    from helpers import unwritable

    run(tmp_path, "demo", "--customers", "3")
    with unwritable(tmp_path / "regulars.sqlite3", tmp_path):
        found = run(tmp_path, "find", "--json")
        assert found.returncode == 0 and len(json.loads(found.stdout)) == 3, found.stderr
        checked = run(tmp_path, "check")
        assert checked.returncode == 0 and checked.stdout.startswith("ok:"), checked.stderr
        written = run(tmp_path, "log", "1", "--kind", "visit")
        assert written.returncode == 1
        _assert_one_line_failure(written, "read-only")
        assert "damaged" not in written.stderr and "check" not in written.stderr


def test_a_newer_database_is_refused_and_left_as_it_was(tmp_path: Path):
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "regulars.sqlite3"
    path.touch()
    _newer_schema(path)
    before = path.read_bytes()
    assert_one_line_error(run(tmp_path, "find", "x"), "newer")
    assert path.read_bytes() == before


def _litter(folder: Path) -> list[str]:
    """Half-written copies and temporary files anywhere under `folder`."""
    return [str(p) for p in folder.rglob("*")
            if p.name.endswith((".partial", ".tmp")) or p.name.startswith(".")]


_FILLING_JOBS = [
    ["log", "1", "--kind", "visit", "--text", "came in"],
    ["import", str(DATA / "csv" / "google.csv")],
    ["backup"],
    ["backup", "{disk}/copy.sqlite3"],
    ["export", "{disk}/customers.vcf", "--format", "vcard"],
]


# No room at all; room for SQLite's working files but not the write; room for all but the
# last pages of a write (an export that small fits, and is written).
@pytest.mark.parametrize("command, room", [
    (command, room) for room in (0, 8 * 1024, 64 * 1024) for command in _FILLING_JOBS
    if not (command[0] == "export" and room)])
def test_a_full_disk_is_said_plainly_and_nothing_is_half_written(tmp_path: Path, command,
                                                                   room):
    from helpers import fill, small_disk

    with small_disk(tmp_path / "disk") as disk:
        shop = disk / "shop"
        assert run(shop, "demo", "--customers", "20").returncode == 0
        before = db_counts(shop)
        fill(disk, room)
        result = run(shop, *[part.format(disk=disk) for part in command])
        assert result.returncode == 1, result.stderr
        _assert_one_line_failure(result, "the disk is full")
        assert "rollback" not in result.stderr and "check" not in result.stderr
        assert _litter(disk) == []
        assert not (disk / "copy.sqlite3").exists() and not (disk / "customers.vcf").exists()
        (disk / "filler").unlink()
        assert db_counts(shop) == before


@pytest.mark.parametrize("job", [
    ["show", "1"], ["show", "2", "--json"], ["reminders", "--date", "2026-06-01", "--days", "60"],
    ["reminders", "--json"], ["week", "--date", "2026-06-07"], ["week", "--json"],
])
def test_jobs_that_only_read_print_the_same_on_a_read_only_database(tmp_path: Path, job):
    from helpers import unwritable

    run(tmp_path, "demo", "--customers", "12")
    writable = run(tmp_path, *job)
    assert writable.returncode == 0, writable.stderr
    with unwritable(tmp_path / "regulars.sqlite3", tmp_path):
        read_only = run(tmp_path, *job)
    assert read_only.returncode == 0, read_only.stderr
    assert read_only.stdout == writable.stdout


@pytest.mark.parametrize("file_format", ["csv", "vcard", "ical", "emails"])
def test_export_from_a_read_only_database_writes_only_the_export(tmp_path: Path, file_format):
    from helpers import unwritable

    shop = tmp_path / "shop"
    run(shop, "demo", "--customers", "12")
    written = run(shop, "export", str(tmp_path / "writable.out"), "--format", file_format)
    assert written.returncode == 0, written.stderr
    with unwritable(shop / "regulars.sqlite3", shop):
        exported = run(shop, "export", str(tmp_path / "read-only.out"), "--format", file_format)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.replace("read-only.out", "writable.out") == written.stdout
    assert (tmp_path / "read-only.out").read_bytes() == (tmp_path / "writable.out").read_bytes()


def test_a_restored_file_with_a_setting_that_is_not_json_still_imports(tmp_path: Path):
    shop, other = tmp_path / "shop", tmp_path / "other"
    run(other, "demo", "--customers", "3")
    kept = tmp_path / "kept.sqlite3"
    assert run(other, "backup", str(kept)).returncode == 0
    con = sqlite3.connect(kept)
    with con:
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('date_order', '{dmy')")
    con.close()
    assert run(shop, "restore", str(kept)).returncode == 0
    imported = run(shop, "import", str(DATA / "csv" / "dates-ambiguous.csv"))
    assert imported.returncode == 0 and "Traceback" not in imported.stderr, imported.stderr
    assert "day/month/year" in imported.stdout  # the default order
    assert run(shop, "reminders").returncode == 0
    assert "{dmy" not in (shop / "logs" / "regulars.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("live_state", ["readable", "damaged"])
def test_a_backup_changed_after_its_check_is_not_restored(job, tmp_path: Path, monkeypatch,
                                                          live_state):
    from app.store import backup

    shop = tmp_path / "shop"
    assert job("demo", "--customers", "4", "--data-dir", str(shop))[0] == 0
    source = tmp_path / "good.sqlite3"
    assert job("backup", str(source), "--data-dir", str(shop))[0] == 0
    live = shop / "regulars.sqlite3"
    if live_state == "damaged":
        live.write_bytes(b"\x00" * 8192)  # restored by swapping files
    before = live.read_bytes()
    checked = backup.inspect

    def then_changed(path: Path, newest_version: int) -> int:
        customers = checked(path, newest_version)
        if Path(path) == source:  # checked: now it changes, before it is copied
            con = sqlite3.connect(source)
            with con:
                con.execute("CREATE TRIGGER sneaky AFTER INSERT ON interaction "
                            "BEGIN DELETE FROM customer; END")
            con.close()
        return customers

    monkeypatch.setattr(backup, "inspect", then_changed)
    code, _out, err = job("restore", str(source), "--data-dir", str(shop))
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert "not a Regulars database" in err, err
    monkeypatch.setattr(backup, "inspect", checked)
    if live_state == "readable":
        con = sqlite3.connect(live)
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sneaky'"
                           ).fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM customer").fetchone()[0] == 4
        con.close()
    else:
        assert live.read_bytes() == before
    assert not list(shop.glob("*.partial")) and not list(shop.glob("backups/*.partial"))


def test_a_value_left_out_is_said_on_stderr_and_in_json(tmp_path: Path):
    path = tmp_path / "note.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nNOTE:" + "x" * 1_000_100
                    + "\nEND:VCARD\n")
    told = run(tmp_path / "one", "import", str(path))
    assert told.returncode == 0, told.stderr[-500:]
    assert told.stderr == (f"{path}, line 4: NOTE of 1,000,106 characters is larger than the "
                           "program keeps and was left out\n")
    assert told.stdout == "imported 1, updated 0, skipped 0; 1 value left out\n"
    shown = json.loads(run(tmp_path / "two", "import", str(path), "--json").stdout)
    assert shown["warnings"] == [{"line": 4, "message": told.stderr.split(": ", 1)[1].strip()}]


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["find", "--limit", "x"]])
def test_what_needs_no_database_loads_nothing_of_the_program(args: list[str]):
    """`--version`, `--help` and a mistyped option answer before the jobs, the database layer
    or peewee are imported: they are what a script calls to see that Regulars is there."""
    probe = ("import sys\nfrom app.cli import main\ntry:\n    main(sys.argv[1:])\n"
             "except SystemExit:\n    pass\nprint(' '.join(sorted(m for m in sys.modules if "
             "m.split('.')[0] in ('app', 'peewee', 'PySide6', 'playhouse'))), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    loaded = result.stderr.strip().splitlines()[-1].split()
    assert set(loaded) <= {"app", "app.cli", "app.core", "app.core.errors"}, loaded


def test_what_the_program_wrote_before_reads_in_english_after_the_upgrade(tmp_path: Path):
    """An earlier version's own words (a make-it-right follow-up) get their code in the
    upgrade the command line makes, and the command line, which speaks English, prints them
    as it always did."""
    from peewee import SqliteDatabase

    from app.store import schema

    old = SqliteDatabase(str(tmp_path / "regulars.sqlite3"))
    old.connect()
    schema.upgrade(old, 12)
    for statement in (
            "INSERT INTO customer (id, first_name, last_name, nickname, company, about, "
            "preferred_channel, newsletter, loyalty_points, created_at, updated_at, sort_name, "
            "tag_list, total_spent_cents, visit_count, interaction_count) VALUES (1, 'Ann', '', "
            "'', '', '', '', 0, 0, '2026-11-01', '2026-11-01', 'ann', '', 0, 0, 0)",
            "INSERT INTO interaction (id, customer_id, kind, at, text, sentiment, pinned, "
            "created_at, updated_at) VALUES (1, 1, 'feedback', '2026-11-20 10:00:00', "
            "'cold coffee', -1, 0, '2026-11-20 10:00:00', '2026-11-20 10:00:00')",
            "INSERT INTO follow_up (customer_id, kind, text, due, created_at, source_id) "
            "VALUES (1, 'task', 'Make it right: cold coffee', '2026-11-21', '2026-11-20', 1)"):
        old.execute_sql(statement)
    old.close()
    result = run(tmp_path, "show", "1")
    assert result.returncode == 0, result.stderr
    assert "to do: Make it right: cold coffee (due 2026-11-21)" in result.stdout
    con = sqlite3.connect(tmp_path / "regulars.sqlite3")
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        text, said = con.execute("SELECT text, said FROM follow_up").fetchone()
    finally:
        con.close()
    assert text == "Make it right: cold coffee"
    assert json.loads(said) == {"template": "Make it right: {text}",
                                "values": {"text": "cold coffee"}}
    assert json.loads(run(tmp_path, "show", "1", "--json").stdout)["first_name"] == "Ann"


def test_a_follow_up_the_program_wrote_is_reminded_in_english_in_a_german_shop(tmp_path: Path):
    """The window of a German shop says "Wiedergutmachen: …"; `regulars reminders` speaks
    English and prints what it always printed."""
    from app.core import clock, customers, session, settings, timeline

    session.open_data(tmp_path)
    try:
        settings.put("language", "de")
        ann = customers.create_customer(first_name="Ann")
        timeline.log(ann, "feedback", "cold coffee", sentiment=-1)
        today = clock.today().isoformat()
    finally:
        session.close()
    result = run(tmp_path, "reminders", "--date", today, "--days", "7")
    assert result.returncode == 0, result.stderr
    assert "Ann — To do: Make it right: cold coffee" in result.stdout
    found = json.loads(run(tmp_path, "reminders", "--date", today, "--days", "7", "--json").stdout)
    assert [item["text"] for item in found] == ["Ann — To do: Make it right: cold coffee"]
