"""Kill Regulars in the middle of writing, for real, and look at what is left.

A child process runs an import (one transaction) or a burst of edits (one
transaction each) and is killed with SIGKILL at several moments. The file
must pass integrity_check and hold all of a transaction or none of it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

BURST = """
import sys
from app.core import session, customers, timeline
session.open_data(sys.argv[1])
cid = customers.create_customer(first_name="Eleanor")
print("ready", flush=True)
for n in range(100000):
    timeline.log(cid, "note", f"note {n}")
"""

IMPORT = """
import sys
from pathlib import Path
from app.core import session
from app.exchange import jobs
session.open_data(sys.argv[1])
print("ready", flush=True)
jobs.import_file(Path(sys.argv[2]), "csv")
print("done", flush=True)
"""


def start(script: str, *args: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    return process


def kill(process: subprocess.Popen, after: float) -> None:
    time.sleep(after)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def check(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    return con


@pytest.mark.parametrize("after", [0.05, 0.2, 0.5, 1.0])
def test_a_burst_of_edits_killed_keeps_every_committed_note(tmp_path: Path, after: float):
    process = start(BURST, str(tmp_path))
    kill(process, after)
    con = check(tmp_path / "regulars.sqlite3")
    texts = [r[0] for r in con.execute("SELECT text FROM interaction ORDER BY id")]
    assert texts == [f"note {n}" for n in range(len(texts))]  # a prefix: none half there
    # The derived fields and the search index were written in the same transactions.
    count, cached = con.execute(
        "SELECT (SELECT count(*) FROM interaction), interaction_count FROM customer").fetchone()
    assert count == cached
    if texts:
        last = texts[-1].split()[-1]
        assert con.execute("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH ?",
                           (last,)).fetchone()[0] == 1
    con.close()


@pytest.mark.parametrize("after", [0.3, 0.6, 0.9, 2.5])
def test_an_import_killed_is_all_or_nothing(tmp_path: Path, after: float):
    rows = 6000
    table = tmp_path / "many.csv"
    table.write_text("First Name,Last Name,Email\n" + "".join(
        f"Ann{i},Lee,ann{i}@example.com\n" for i in range(rows)))
    process = start(IMPORT, str(tmp_path / "data"), str(table))
    kill(process, after)
    con = check(tmp_path / "data" / "regulars.sqlite3")
    customers = con.execute("SELECT count(*) FROM customer").fetchone()[0]
    assert customers in (0, rows)
    indexed = con.execute("SELECT count(*) FROM customer_fts").fetchone()[0]
    assert indexed == customers
    con.close()


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_killed_import_leaves_no_workers_behind(tmp_path: Path):
    rows = 40000  # enough to be checked in worker processes
    table = tmp_path / "many.csv"
    table.write_text("First Name,Last Name,Email\n" + "".join(
        f"Ann{i},Lee,ann{i}@example.com\n" for i in range(rows)))
    process = start(IMPORT, str(tmp_path / "data"), str(table))
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline:
        workers = _children(process.pid)
        time.sleep(0.05)
    assert workers, "the import started no workers"
    kill(process, 0)
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]
