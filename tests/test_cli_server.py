"""The jobs on a customer book on a PostgreSQL server (`--database URL`, $REGULARS_DATABASE_URL),
run as real processes: each answers on the server book what it answers on the file it was
copied from, writes there what it writes in the file, and what cannot be done is refused in one
line that changes nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import urllib.parse
from pathlib import Path

import psycopg
import pytest

from tests.test_cli import ROOT, run


@pytest.fixture
def shop(tmp_path: Path, postgres_url: str) -> tuple[Path, str]:
    """A sample shop in a file, and the same book copied to a server."""
    folder = tmp_path / "shop"
    assert run(folder, "demo", "--customers", "60").returncode == 0
    copied = run(folder, "copy", "--to", postgres_url)
    assert copied.returncode == 0, copied.stderr
    return folder, postgres_url


@pytest.mark.parametrize("words", ["sourdough", "7700 900", "grandkids december"])
def test_a_search_of_notes_and_numbers_finds_the_same_customers(shop, words):
    """Beyond the names, each engine ranks by its own measure (bm25, ts_rank): the customers
    found are the same, the order of the best may differ."""
    folder, url = shop
    here = json.loads(_job(folder, "find", "--json", "--limit", "500", words).stdout)
    there = _run_on_server(url, "find", "--json", "--limit", "500", words)
    assert there.returncode == 0, there.stderr
    assert here
    assert sorted(json.loads(there.stdout), key=lambda c: c["id"]) == sorted(
        here, key=lambda c: c["id"])


def _server_job(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """A job at a counter of the server's: its own folder (for its log) named only by
    $REGULARS_DATA_DIR, as the default folder would be; the server named by `args` or `env`."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.setdefault("REGULARS_DATA_DIR", os.environ["REGULARS_CONFIG_DIR"] + "-data")
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=ROOT, env=environment, timeout=120)


def _run_on_server(url: str, *args: str) -> subprocess.CompletedProcess:
    return _server_job(*args, "--database", url)


def _job(folder: Path, *args: str) -> subprocess.CompletedProcess:
    done = run(folder, *args)
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.parametrize("job", [
    ("find", "--json", "m"),
    ("find", "--json", "ann"),
    ("find", "--json", "ro"),
    ("find", "", "--limit", "100"),
    ("show", "--json", "7"),
    ("show", "12"),
    ("reminders", "--json", "--days", "60"),
    ("reminders", "--days", "14"),
    ("week", "--json"),
], ids=lambda job: " ".join(job))
def test_a_job_answers_on_the_server_book_what_it_answers_on_the_file(shop, job):
    folder, url = shop
    here = _job(folder, *job)
    there = _run_on_server(url, *job)
    assert there.returncode == 0, there.stderr
    assert there.stdout == here.stdout
    assert there.stderr == ""


@pytest.mark.parametrize("kind", ["csv", "vcard", "ical", "emails"])
def test_an_export_of_the_server_book_is_the_export_of_the_file(shop, tmp_path: Path, kind):
    folder, url = shop
    mine, theirs = tmp_path / f"file.{kind}", tmp_path / f"server.{kind}"
    said = _job(folder, "export", str(mine), "--format", kind).stdout
    there = _run_on_server(url, "export", str(theirs), "--format", kind)
    assert there.returncode == 0, there.stderr
    assert there.stdout == said.replace(str(mine), str(theirs))
    assert theirs.read_bytes() == mine.read_bytes()


def test_what_one_customer_asks_to_see_is_the_same_from_the_server(shop, tmp_path: Path):
    folder, url = shop
    _job(folder, "export-one", "9", str(tmp_path / "file.json"))
    there = _run_on_server(url, "export-one", "9", str(tmp_path / "server.json"))
    assert there.returncode == 0, there.stderr
    there, here = (json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
                   for name in ("server", "file"))
    there.pop("exported_at"), here.pop("exported_at")  # the second each job ran in
    assert there == here


def test_a_visit_and_a_promise_logged_on_the_server_read_back_as_in_the_file(shop):
    """The totals, the last contact, the days reminders ask about, the agenda and the search
    rows are made again on the server by its own statements: they must come out the same."""
    folder, url = shop
    writes = (("log", "7", "--kind", "purchase", "--amount", "1234.50", "--text",
               "walnut loaf and a birthday cake", "--at", "2026-11-30T10:15"),
              ("log", "7", "--kind", "visit", "--at", "2026-12-01T09:00"),
              ("follow-up", "7", "ring about the cake order", "--due", "2027-01-04"))
    for write in writes:
        here, there = _job(folder, *write), _run_on_server(url, *write)
        assert there.returncode == 0, there.stderr
        assert there.stdout == here.stdout
    for read in (("show", "--json", "7"), ("find", "--json", "walnut"),
                 ("reminders", "--json", "--days", "60"), ("week", "--json")):
        assert _run_on_server(url, *read).stdout == _job(folder, *read).stdout, read


def test_the_variable_names_the_server_book_for_every_job(shop):
    folder, url = shop
    there = _server_job("show", "--json", "7", env={"REGULARS_DATABASE_URL": url})
    assert there.returncode == 0, there.stderr
    assert there.stdout == _job(folder, "show", "--json", "7").stdout
    # --data-dir names this computer's file, whatever the variable says.
    with psycopg.connect(url, autocommit=True) as server:
        server.execute("UPDATE customer SET nickname = 'only on the server' WHERE id = 7")
    mine = run(folder, "show", "--json", "7", env={"REGULARS_DATABASE_URL": url})
    assert json.loads(mine.stdout)["nickname"] != "only on the server"


def _server_rows(url: str) -> list[tuple]:
    with psycopg.connect(url) as server:
        return [(table, *server.execute(f'SELECT count(*) FROM "{table}"').fetchone())
                for table in ("customer", "interaction", "follow_up", "setting")]


@pytest.mark.parametrize(("args", "said"), [
    (("import", "{here}/x.csv"), "{here}/x.csv: no such file"),
    (("erase", "404", "--yes"), "no customer with id 404"),
    (("copy", "--to", "{url}"), "copy goes between this computer's file and a server: name the "
                                "server with --to or --from, not --database"),
    (("find", "a", "--data-dir", "{here}"), "give --data-dir or --database, not both"),
], ids=["import", "erase", "copy", "both places"])
def test_what_cannot_be_done_on_a_server_book_is_refused_in_one_line(
        shop, tmp_path: Path, args, said):
    url = shop[1]
    before = _server_rows(url)
    words = {"here": str(tmp_path), "url": url,
             "shown": url.replace(":" + url.split(":")[2].split("@")[0] + "@", "@")}
    done = _run_on_server(url, *[a.format(**words) for a in args])
    assert done.returncode == 2
    assert done.stderr == f"regulars: error: {said.format(**words)}\n"
    assert done.stdout == ""
    assert _server_rows(url) == before


@pytest.mark.parametrize(("value", "said"), [
    ("nonsense", "REGULARS_DATABASE_URL: 'nonsense' is not the address of a server; write it "
                 "like postgresql://user@host/database"),
    ("postgresql://shop@backoffice", "REGULARS_DATABASE_URL: 'postgresql://shop@backoffice' "
                                     "names no database; write it like "
                                     "postgresql://user@host/database"),
])
def test_a_variable_that_is_not_an_address_is_one_line(tmp_path: Path, value, said):
    done = _server_job("find", "a", env={"REGULARS_DATABASE_URL": value})
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"regulars: error: {said}\n"


def test_a_server_that_cannot_be_reached_is_one_line_and_exit_1():
    done = _run_on_server("postgresql://shop:secret@127.0.0.1:1/regulars", "find", "a")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("regulars: error: the server at postgresql://shop@127.0.0.1:1/regulars "
                           "cannot be used: Connection refused\n")


def test_a_database_of_another_program_is_refused_and_left_as_it_was(postgres_url):
    with psycopg.connect(postgres_url, autocommit=True) as server:
        server.execute("CREATE TABLE tag (id integer, label text)")
    done = _run_on_server(postgres_url, "find", "a")
    shown = postgres_url.replace(":" + postgres_url.split(":")[2].split("@")[0] + "@", "@")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"regulars: error: the database at {shown} holds tables of another "
                           "program, not a customer book: give Regulars an empty database of "
                           "its own\n")
    with psycopg.connect(postgres_url) as server:
        assert server.execute("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema = 'public'").fetchone() == (1,)


def test_a_server_that_fails_a_job_is_one_line_that_sends_nobody_to_check(shop):
    url = shop[1]
    with psycopg.connect(url, autocommit=True) as server:
        server.execute("DROP TABLE agenda")
    done = _run_on_server(url, "reminders")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("regulars: the database could not be used: the server said: "
                           'relation "agenda" does not exist\n')


def test_a_row_another_counter_holds_is_waited_for_then_said_and_nothing_is_written(shop):
    url = shop[1]
    with psycopg.connect(url) as other:
        other.execute("SELECT 1 FROM customer WHERE id = 7 FOR UPDATE")  # held till the end
        done = _run_on_server(url + "?options=-c%20lock_timeout%3D300", "log", "7", "--kind",
                              "visit")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("regulars: the database could not be used: another program is "
                           "writing to it; try again in a moment\n")
    with psycopg.connect(url) as server:
        assert server.execute("SELECT count(*) FROM interaction WHERE customer_id = 7 AND "
                              "at > now() - interval '1 hour'").fetchone() == (0,)


def test_a_backup_of_a_server_book_is_a_file_at_this_counter_that_restores_it(shop, tmp_path):
    url = shop[1]
    counter = tmp_path / "counter"
    env = {"REGULARS_DATA_DIR": str(counter)}
    backed = _server_job("backup", "--database", url, env=env)
    assert backed.returncode == 0, backed.stderr
    [kept] = (counter / "backups").glob("regulars-*-manual.sqlite3")
    assert backed.stdout == f"backed up 60 customers to {kept}\n"
    as_kept = _server_rows(url)

    logged = _server_job("log", "--database", url, "--kind", "note", "--text", "Paid in full",
                         "7", env=env)
    assert logged.returncode == 0, logged.stderr
    assert _server_rows(url) != as_kept
    restored = _server_job("restore", "--database", url, str(kept), env=env)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored 60 customers from {kept} ")
    assert _server_rows(url) == as_kept
    with psycopg.connect(url) as server:
        assert server.execute("SELECT count(*) FROM interaction "
                              "WHERE text = 'Paid in full'").fetchone() == (0,)
    # What the server held before is kept at this counter, the note in it.
    [before] = (counter / "backups").glob("regulars-*-before-restore.sqlite3")
    with sqlite3.connect(before) as copy:
        assert copy.execute("SELECT count(*) FROM interaction "
                            "WHERE text = 'Paid in full'").fetchone() == (1,)
    # Notes logged after the restore take numbers of their own, as before.
    again = _server_job("log", "--database", url, "--kind", "note", "--text", "Back again",
                        "7", env=env)
    assert again.returncode == 0, again.stderr


def test_a_restore_of_a_file_that_is_no_backup_changes_nothing_on_the_server(shop, tmp_path):
    url = shop[1]
    before = _server_rows(url)
    stranger = tmp_path / "notes.sqlite3"
    stranger.write_text("not a database\n")
    done = _run_on_server(url, "restore", str(stranger))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"regulars: error: {stranger}: not a Regulars database")
    assert done.stderr.count("\n") == 1
    assert _server_rows(url) == before


def test_the_window_opens_on_a_server_book(shop):
    done = _run_on_server(shop[1], "--smoke")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "regulars: the window opened: File Edit View Customer Help\n"


WRITER = """
import sys
import urllib.parse
from app.core import edits, operations, server_book, session
server_book.open_book(sys.argv[1])
for n in range(50):
    operations.perform(edits.log_entry(7 + int(sys.argv[2]), "note",
                                       f"counter {sys.argv[2]} note {n}", None, None))
session.close()
"""


def test_four_counters_writing_fifty_notes_each_at_once_keep_all_two_hundred(shop, tmp_path):
    url = shop[1]
    with psycopg.connect(url) as server:
        before = server.execute("SELECT count(*) FROM interaction").fetchone()[0]
    writers = [subprocess.Popen(
        [sys.executable, "-c", WRITER, url, str(counter)], cwd=ROOT, text=True,
        stderr=subprocess.PIPE,
        env={**os.environ, "REGULARS_DATA_DIR": str(tmp_path / f"counter-{counter}")})
        for counter in range(4)]
    for writer in writers:
        _out, errors = writer.communicate(timeout=300)
        assert writer.returncode == 0, errors
    with psycopg.connect(url) as server:
        assert server.execute("SELECT count(*) FROM interaction").fetchone()[0] == before + 200
        texts = {text for (text,) in server.execute(
            "SELECT text FROM interaction WHERE text LIKE 'counter % note %'")}
    assert texts == {f"counter {c} note {n}" for c in range(4) for n in range(50)}


def test_the_server_chosen_in_the_settings_is_where_the_jobs_go(shop, tmp_path):
    from app.core import book_place

    folder, url = shop
    parts = urllib.parse.urlsplit(url)
    book_place.choose(book_place.Server(parts.hostname, parts.path[1:], parts.username,
                                        parts.port))
    there = _server_job("find", "--json", "--limit", "500", "a",
                        env={"PGPASSWORD": parts.password})
    assert there.returncode == 0, there.stderr
    assert json.loads(there.stdout) == json.loads(_job(folder, "find", "--json", "--limit",
                                                       "500", "a").stdout)
    # Without the password anywhere, one line says where to put it.
    refused = _server_job("find", "a", env={"PGPASSFILE": str(tmp_path / "none")})
    assert (refused.returncode, refused.stdout) == (1, "")
    assert "asks for a password" in refused.stderr and refused.stderr.count("\n") == 1


def test_check_on_a_server_book_says_it_is_whole_or_what_it_lacks(shop):
    url = shop[1]
    shown = url.replace(":" + url.split(":")[2].split("@")[0] + "@", "@")
    whole = _run_on_server(url, "check")
    assert whole.returncode == 0, whole.stderr
    assert whole.stdout.startswith(f"ok: {shown} (60 customers, ")
    with psycopg.connect(url, autocommit=True) as server:
        server.execute("DELETE FROM customer_search WHERE customer_id IN (3, 4)")
        server.execute("ALTER TABLE relative DROP COLUMN notes")
    broken = _run_on_server(url, "check")
    assert (broken.returncode, broken.stdout) == (1, "")
    assert broken.stderr == (f"regulars: {shown}: schema: the table relative lacks notes\n"
                             f"regulars: {shown}: search: 2 customer(s) are missing from the "
                             "search index\n")


_TILL = ("First Name,Last Name,Email,Phone,Birthday,Tags\n"
         "Zelda,Quorndon,zelda@quorndon.example,+44 7700 900999,3/4/1971,regular\n"
         "Ysolde,Quorndon,,07700 900998,,\n")


def test_an_import_on_a_server_book_reports_and_finds_what_it_does_in_the_file(shop, tmp_path):
    """The same file imported twice into the file and into the server book it was copied
    to: the same report each time (the second finds everyone again), the same customers
    found, and a new customer's number is taken from where the server's numbers stand."""
    folder, url = shop
    table = tmp_path / "till.csv"
    table.write_text(_TILL)
    for _time in range(2):
        here = _job(folder, "import", str(table), "--json")
        there = _run_on_server(url, "import", str(table), "--json")
        assert there.returncode == 0, there.stderr
        assert json.loads(there.stdout) == json.loads(here.stdout)
    assert json.loads(there.stdout)["unchanged"] == 2
    found = _run_on_server(url, "find", "--json", "quorndon")
    assert sorted(c["name"] for c in json.loads(found.stdout)) == [
        "Ysolde Quorndon", "Zelda Quorndon"]
    with psycopg.connect(url) as server:  # the next number the server gives is a new one
        highest = server.execute("SELECT max(id) FROM customer").fetchone()[0]
        assert server.execute("SELECT nextval(pg_get_serial_sequence('customer', 'id'))"
                              ).fetchone()[0] > highest


def test_an_erasure_on_a_server_book_leaves_the_customer_nowhere_but_the_register(shop):
    folder, url = shop
    shown = json.loads(_run_on_server(url, "show", "--json", "7").stdout)
    name = f"{shown['first_name']} {shown['last_name']}"
    done = _run_on_server(url, "erase", "7", "--yes")
    assert done.returncode == 0, done.stderr
    assert _run_on_server(url, "show", "7").returncode != 0
    with psycopg.connect(url) as server:
        assert server.execute("SELECT customer_id FROM erasure").fetchall() == [(7,)]
        for table in ("interaction", "contact_point", "customer_search", "name_start"):
            assert server.execute(f"SELECT count(*) FROM {table} WHERE customer_id = 7"
                                  ).fetchone() == (0,)
    assert json.loads(_run_on_server(url, "find", "--json", name).stdout) == [
        c for c in json.loads(_job(folder, "find", "--json", name).stdout) if c["id"] != 7]
