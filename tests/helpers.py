"""What several test modules share: the sample files, a few customers, strange text, and a
program to kill in the middle of writing."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from app.core import consent, customers, directory, followups, settings, timeline
from app.core.profile import load, to_json

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
VCARDS = DATA / "vcards"
CSVS = DATA / "csv"


# Customers ------------------------------------------------------------------------------------


def only(name: str):
    """The one customer a search for `name` finds."""
    ids = directory.customer_ids(name, sort="relevance")
    assert len(ids) == 1, (name, ids)
    return load(ids[0])


def dates_of(p) -> set[tuple]:
    return {(d.kind, d.month, d.day, d.year, d.relative) for d in p.dates}


def comparable(p) -> dict:
    """A profile as JSON, without what an export does not carry back."""
    data = to_json(p)
    for key in ("id", "last_contact", "total_spent", "interaction_count"):
        data.pop(key)
    data["dates"] = sorted(data["dates"], key=lambda d: (d["month"], d["day"], d["kind"]))
    return data


def add_rich_customer() -> int:
    """Eleanor with everything a profile can hold: contacts, family, dates, tags, a photo."""
    settings.put("phone_region", "GB")
    cid = customers.create_customer(
        first_name="Eleanor", last_name="Whitfield", nickname="Ellie",
        about="Oat-milk latte, window table; mornings\nAsk about the knee, please",
        preferred_channel="phone", contact_every_days=21,
        contacts=[("phone", "+44 7700 900123", "mobile"), ("phone", "01632 960 111", "shop"),
                  ("email", "ellie@example.com", "home"),
                  ("address", "12 Harbour Street, Porthaven", "home")],
    )
    consent.record(cid, True, "in_person")
    mia = customers.add_relative(cid, "Mia", "grandchild", "valedictorian 2026")
    customers.add_relative(cid, "Fritz", "pet", "dachshund")
    customers.add_relative(cid, "Tom", "partner", "")
    customers.add_date(cid, "birthday", 11, 22)  # no year
    customers.add_date(cid, "anniversary", 6, 20, 1981)
    customers.add_date(cid, "anniversary", 3, 1, None, label="shop opening")
    customers.add_date(cid, "birthday", 6, 3, 2014, relative_id=mia)
    customers.add_date(cid, "other", 2, 29, None, label="leap day party")
    customers.set_tags(cid, ["VIP", "wholesale"])
    customers.set_photo(cid, b"\xff\xd8\xff" + b"jpeg-bytes" * 50)
    return cid


def eleanor(service) -> int:
    """Ellie at the counter: family, a pet, birthdays, a visit, a purchase, open promises;
    and Elias, whose name starts the same."""
    from app.core import edits

    cid = service.run(edits.create_customer(
        first_name="Eleanor", last_name="Whitfield", nickname="Ellie",
        about="oat-milk latte; window table; mornings; size M")).result
    mia = customers.add_relative(cid, "Mia", "grandchild", "")
    customers.add_relative(cid, "Fritz", "pet", "dachshund")
    customers.add_date(cid, "birthday", 6, 3, 2014, relative_id=mia)
    customers.add_date(cid, "birthday", 11, 27, 1953)
    timeline.log(cid, "visit", "came in", at=dt.datetime(2026, 11, 11, 9))
    timeline.log(cid, "purchase", "dark roast", "24.50", at=dt.datetime(2026, 11, 11, 9, 5))
    timeline.log(cid, "note", "knee surgery next week", at=dt.datetime(2026, 11, 11, 9, 10))
    followups.add(cid, "how did the knee surgery go?", kind="ask")
    followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 27), kind="promise")
    service.run(edits.create_customer(first_name="Elias", last_name="Brown"))
    return cid


# The window's list ----------------------------------------------------------------------------


def visible_names(window) -> list[str]:
    model = window.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def shown(qtbot, dialog):
    """A form on screen with the keyboard in it, as when the window opens it."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def warnings(dialog) -> list[str]:
    """The warnings a form shows beside its fields."""
    from PySide6.QtWidgets import QLabel

    return [w.text() for w in dialog.findChildren(QLabel)
            if w.isVisible() and w.text().startswith("⚠")]


def type_search(qtbot, window, text: str) -> None:
    window.search.setFocus()
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(lambda: window.model.query == text.strip(), timeout=2000)


# Strange input, generated ---------------------------------------------------------------------

PLAIN = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
NASTY = st.one_of(
    PLAIN,
    st.sampled_from([
        "\U0001f600\U0001f382\U0001f469\u200d\U0001f469\u200d\U0001f467",
        "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u202eevil\u202c",
        "Robert'); DROP TABLE customer;--", "' OR 1=1 --", "NEAR(a b)", '"quoted"', "\x00null",
        "a\x00b", "0000-00-00", "\t=cmd|' /C calc'!A0", "a\x1eb", "a\u2028b",
        "line\nbreak", "\r\n", " ", "\\", "%s%s%n", "{name}:x", "\u216f\u216f", "\u01c5emal",
    ]),
)
settle = hypothesis_settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.function_scoped_fixture])


# A program killed in the middle of writing ----------------------------------------------------

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
    """Run `script` in a child Python; returns once it printed "ready"."""
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
    """The file left behind, after SQLite's own checks passed."""
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    return con



@contextlib.contextmanager
def unwritable(*paths: Path) -> Iterator[None]:
    """Files and folders nobody may change, root included (`chattr +i`): what a read-only
    folder or disk is to the owner, where permissions alone mean nothing to root."""
    done: list[Path] = []
    try:
        for path in paths:
            if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
                pytest.skip("cannot make a file immutable here (chattr)")
            done.append(path)
        yield
    finally:
        for path in reversed(done):
            subprocess.run(["chattr", "-i", str(path)], check=True)


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A disk of its own, small enough to fill (`tmpfs`, root only); skipped where it cannot
    be mounted."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                              str(folder)], capture_output=True)
    if mounted.returncode:
        pytest.skip("cannot mount a small disk here (tmpfs)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(disk: Path, leave: int) -> None:
    """Fill `disk` until only `leave` bytes are free."""
    free = shutil.disk_usage(disk).free
    with (disk / "filler").open("ab") as filler:
        filler.write(b"\0" * max(0, free - leave))


def claim_version(number: int) -> None:
    """The open file, made with today's schema, claims an earlier version: what the steps after
    that version added to its tables is taken away, as a file of that version never had it."""
    from app.store import schema
    from app.store.models import db

    if number < 17:
        for table in ("interaction", "follow_up"):
            db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "counter"')
    if number < 15:
        for table in ("consent", "erasure"):
            db.execute_sql(f'DROP TABLE "{table}"')
        db.execute_sql('DROP INDEX "customer_seen"')
        db.execute_sql('DROP INDEX "customer_merged_into_id"')
        db.execute_sql('ALTER TABLE "customer" DROP COLUMN "merged_into_id"')
        db.execute_sql("PRAGMA foreign_keys = OFF")
        with db.atomic():
            schema.remake_customers(db, autoincrement=False)
        db.execute_sql("PRAGMA foreign_keys = ON")
    if number < 14:
        db.execute_sql('ALTER TABLE "agenda" DROP COLUMN "said"')
    if number < 13:
        for table in ("interaction", "follow_up"):
            db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "said"')
    db.execute_sql(f"PRAGMA user_version = {number}")
