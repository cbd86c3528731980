"""Journeys again under a real X server with a window manager, typed by xdotool.

Run by `packaging/dev.sh test` after the offscreen suite, under Xvfb with openbox:
    xvfb-run … openbox … QT_QPA_PLATFORM=xcb pytest -m x11 tests/journeys/test_real_x11.py
The program is `regulars` itself, started as a shop owner starts it, in its own process; the
keys come from xdotool through the X server, so what has the keyboard, which button is the
default and how the window manager places and sizes the window are all real. What happened is
read back from the database file. Screenshots land in $REGULARS_SHOTS when it is set.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.x11

ROOT = Path(__file__).resolve().parents[2]
DELAY_MS = 40  # between typed keys: a quick typist


class RealRegulars:
    """`regulars` in its own process, and xdotool at its keyboard."""

    def __init__(self, tmp_path: Path) -> None:
        self.data = tmp_path / "data"
        self.env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path),
                    "XDG_CONFIG_HOME": str(tmp_path / "config"),
                    "XDG_DATA_HOME": str(tmp_path / "share"), "PYTHONPATH": str(ROOT)}
        self.process: subprocess.Popen[bytes] | None = None
        self.window = ""
        self.keys = 0  # key presses made, for the figures of a journey

    def job(self, *args: str) -> None:
        subprocess.run([sys.executable, "-m", "app", "--data-dir", str(self.data), *args],
                       env=self.env, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(self.data)], env=self.env)
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                "^Regulars"], capture_output=True, text=True, timeout=60)
        self.window = found.stdout.split()[0]
        self.xdotool("windowactivate", "--sync", self.window)
        self.until(lambda: self.xdotool("getactivewindow").strip() == self.window)
        time.sleep(1.0)  # the first paint, the reminders read after it and their message

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], capture_output=True, text=True, check=True,
                              timeout=60).stdout

    def type(self, text: str) -> None:
        self.keys += len(text)
        self.xdotool("type", "--delay", str(DELAY_MS), text)

    def press(self, *keys: str) -> None:
        """Keys in xdotool's names: ctrl+l, alt+5, Tab, Return, Escape, F7."""
        self.keys += len(keys)
        self.xdotool("key", "--delay", str(DELAY_MS), *keys)

    def geometry(self) -> tuple[int, int]:
        out = self.xdotool("getwindowgeometry", "--shell", self.window)
        values = dict(line.split("=") for line in out.split())
        return int(values["WIDTH"]), int(values["HEIGHT"])

    def shot(self, name: str) -> None:
        folder = os.environ.get("REGULARS_SHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            subprocess.run([sys.executable, str(ROOT / "tests" / "journeys" / "screenshot.py"),
                            str(Path(folder) / name)], env=self.env, check=False, timeout=60)

    def rows(self, sql: str, *params: object) -> list[tuple]:
        with sqlite3.connect(f"file:{self.data / 'regulars.sqlite3'}?mode=ro", uri=True) as db:
            return db.execute(sql, params).fetchall()

    def until(self, check: Callable[[], object], timeout: float = 10.0) -> float:
        """Seconds until `check` holds (read from the database the program writes)."""
        began = time.monotonic()
        while not check():
            assert time.monotonic() - began < timeout, "the window never did it"
            time.sleep(0.05)
        return time.monotonic() - began

    def quit(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.press("ctrl+q")
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                raise


@pytest.fixture
def regulars(tmp_path: Path) -> Iterator[RealRegulars]:
    assert os.environ.get("DISPLAY"), "needs a real X server (xvfb-run)"
    program = RealRegulars(tmp_path)
    yield program
    program.quit()


def test_the_window_opens_to_fit_the_screen(regulars):
    regulars.job("demo")
    regulars.start()
    width, height = regulars.geometry()
    regulars.shot("x11-opened.png")
    assert 1024 <= width <= 1366 and 600 <= height <= 768, (width, height)


def _last_opened(regulars: RealRegulars) -> tuple:
    return tuple(regulars.rows("SELECT first_name, opened_at FROM customer "
                               "WHERE opened_at IS NOT NULL ORDER BY opened_at DESC LIMIT 1"))


def test_the_counter_routine_and_a_purchase_with_a_question(regulars):
    regulars.job("demo")
    regulars.start()
    entries = regulars.rows("SELECT count(*) FROM interaction")[0][0]
    before = _last_opened(regulars)
    began = time.monotonic()
    regulars.type("he")
    regulars.press("Return")
    regulars.until(lambda: _last_opened(regulars) != before)
    routine = time.monotonic() - began, regulars.keys
    assert _last_opened(regulars)[0][0].startswith("He")

    regulars.keys, began = 0, time.monotonic()
    regulars.press("ctrl+l", "alt+5")
    regulars.type("bought the Ethiopian beans")
    regulars.press("Tab")
    regulars.type("18.00")
    regulars.press("Tab")
    regulars.type("how was the grinder?")
    regulars.press("Return")
    regulars.until(lambda: regulars.rows(
        "SELECT 1 FROM follow_up WHERE text = 'how was the grinder?'"))
    logging = time.monotonic() - began, regulars.keys
    regulars.shot("x11-logged.png")
    assert regulars.rows("SELECT count(*) FROM interaction")[0][0] == entries + 1
    assert regulars.rows("SELECT kind, amount_cents FROM interaction WHERE text = ?",
                         "bought the Ethiopian beans") == [("purchase", 1800)]
    print(f"\ncounter routine: {routine[1]} keys, {routine[0]:.2f} s to the card; "
          f"a purchase with a question: {logging[1]} keys, {logging[0]:.2f} s to saved "
          f"(xdotool at {DELAY_MS} ms a key)")


def test_enter_in_the_promises_list_opens_the_customer_and_closes_nothing(regulars):
    regulars.job("demo")
    regulars.start()
    open_before = regulars.rows("SELECT count(*) FROM follow_up WHERE done_at IS NULL")
    regulars.press("F7")
    time.sleep(0.5)
    regulars.press("Return")
    time.sleep(0.5)
    regulars.press("Escape")
    time.sleep(0.3)
    assert regulars.rows("SELECT count(*) FROM follow_up WHERE done_at IS NULL") == open_before


def test_the_first_customer_typed_in_from_the_welcome_page(regulars):
    regulars.start()
    regulars.shot("x11-welcome.png")
    regulars.press("Return")  # "Add your first customer"
    time.sleep(0.5)
    regulars.type("Rosa")
    regulars.press("Tab")
    regulars.type("Delgado")
    regulars.press("Tab")
    regulars.type("Rosie")
    regulars.press("Tab", "Tab")
    regulars.type("07700 900456")
    regulars.shot("x11-new-customer.png")
    regulars.press("Return")
    regulars.until(lambda: regulars.rows("SELECT 1 FROM customer"))
    assert regulars.rows("SELECT first_name, last_name, nickname FROM customer") == [
        ("Rosa", "Delgado", "Rosie")]
    phones = regulars.rows("SELECT value FROM contact_point WHERE kind = 'phone'")
    assert len(phones) == 1 and phones[0][0].replace(" ", "").endswith("7700900456")


def test_enter_on_the_erase_question_keeps_the_customer_only_erase_erases(regulars):
    regulars.job("demo")
    regulars.start()
    before = _last_opened(regulars)
    regulars.type("he")
    regulars.press("Return")
    regulars.until(lambda: _last_opened(regulars) != before)
    customers = regulars.rows("SELECT count(*) FROM customer")[0][0]
    regulars.press("alt+c", "e")  # Customer > Erase This Customer…
    time.sleep(0.5)
    regulars.shot("x11-erase-question.png")
    regulars.press("Return")  # on Cancel, where the keyboard starts
    time.sleep(0.5)
    assert regulars.rows("SELECT count(*) FROM customer")[0][0] == customers
    assert regulars.rows("SELECT count(*) FROM erasure") == [(0,)]
    regulars.press("alt+c", "e")
    time.sleep(0.5)
    regulars.press("alt+e")  # Erase, chosen on purpose
    regulars.until(lambda: regulars.rows("SELECT count(*) FROM erasure") == [(1,)])
    assert regulars.rows("SELECT count(*) FROM customer")[0][0] == customers - 1
