"""Regulars at size: start-up, typing in the search box, opening a profile, reminders, search,
import and memory, on the real code and the real widgets (offscreen).

    python tests/perf/bench.py --customers 100000 [--db PATH] [--database URL] [--json OUT]
                               [--runs 3]

Builds a database of N sample customers with about ten timeline entries each (or reuses the
one at --db), then measures the figures below --runs times (the window's in a fresh process
each time) and prints each figure's median with the runs in brackets, and writes the medians
as JSON with exactly these keys. Times within a run are medians or percentiles over repeated
readings: the machines are shared.

With --database URL (default: $REGULARS_BENCH_DATABASE), a customer book on a PostgreSQL server
(postgresql://user@host/database), the window's figures are measured on that server book
instead of the file: start-up as `regulars --database URL` opens it, keystrokes, profiles,
reminders, search and memory. A server book that holds no customer yet is first filled from the
sample file with the program's own copy (as `regulars copy --to URL`), timed, then vacuumed
and analysed as autovacuum would leave it; one that holds customers is measured as it is. The
figures that mean something on the file alone (the bare FTS5 query, search against it, and CSV
import, which a server book refuses) are null in the JSON and printed as n/a. The window's own
folder (its log, a daily backup) is a scratch one meanwhile, never this computer's data folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# The URL travels to the processes started for each run in the environment, not on their
# command lines, where anyone on the machine could read a password in it.
DATABASE_VARIABLE = "REGULARS_BENCH_DATABASE"

KEYS = ("start_s", "bare_qt_start_s", "start_ratio", "keystroke_ms_p50", "keystroke_ms_p95",
        "open_profile_ms_p95", "reminders_ms", "week_ms", "find_ms_p50", "raw_sqlite_find_ms_p50",
        "find_vs_raw_sqlite", "import_csv_s", "rss_mb")

# Started as a separate process: from the interpreter's start to the window shown with the
# list filled and the search box focused, as `regulars` does it.
START_APP = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from app.ui.application import (make_application, open_or_repair, open_server_book,
                                 window_settings)
from app.ui.main_window import MainWindow
from app.ui.service import DataService
app = make_application()
url = os.environ.get("REGULARS_BENCH_DATABASE")
# A server book as `regulars --database URL` opens it (never asking for a password: nobody is
# there to type one), else the file in the data folder, as `regulars` opens it.
assert open_server_book(url, smoke=True) if url else open_or_repair(sys.argv[1])
window = MainWindow(DataService(), window_settings())
window.show()
window.search.setFocus()
QTest.qWaitForWindowExposed(window)
window.table.viewport().repaint()
assert window.model.rowCount() > 0
print(time.time(), flush=True)
os._exit(0)  # measured; the interpreter's teardown is not part of start-up
"""

START_BARE = """
import os, time
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
model = QStandardItemModel(50, 5)
for row in range(50):
    model.setItem(row, 0, QStandardItem(f"Customer {row}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.show()
QTest.qWaitForWindowExposed(window)
table.viewport().repaint()
print(time.time(), flush=True)
os._exit(0)
"""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed_start(script: str, *args: str, runs: int = 5) -> float:
    times = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for _ in range(runs):
        begin = time.time()
        result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                                text=True, env=env, cwd=ROOT, timeout=300)
        if result.returncode != 0:
            raise RuntimeError(result.stderr[-2000:])
        times.append(float(result.stdout.strip().splitlines()[-1]) - begin)
    return statistics.median(times)


def build(directory: Path, customers: int) -> None:
    from app.core import demo, session

    session.open_data(directory)
    demo.generate(customers, seed=7, interactions_per_customer=10)
    session.close()


def built(directory: Path, customers: int) -> Path:
    """The data folder, with the sample shop built in it unless it is there already."""
    if not (directory / "regulars.sqlite3").exists():
        print(f"building {customers:,} customers in {directory} …", flush=True)
        build(directory, customers)
    return directory


def print_medians(figures: dict[str, list[float]], width: int = 12) -> None:
    """Each figure's median over its runs, with the runs themselves, one line a figure."""
    for key, values in figures.items():
        print(f"{key:{width}} median {statistics.median(values):.3f} s over {len(values)} runs "
              f"({', '.join(f'{v:.3f}' for v in values)})")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reminder_figures(runs: int = 5) -> dict[str, float]:
    """Median milliseconds to read the day's reminders (Today), and the weekly review's list of
    every regular who stopped coming, from the open database."""
    from app.core import clock, reminders

    figures = {}
    for key, read in (("reminders_ms", lambda: reminders.pending(clock.today())),
                      ("week_ms", lambda: reminders.stopped_coming(clock.today()))):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            read()
            times.append((time.perf_counter() - start) * 1000)
        figures[key] = statistics.median(times)
    return figures


def filled(url: str, directory: Path) -> None:
    """The server book at `url`, filled from the sample file in `directory` with the program's
    own copy (`regulars copy --to URL`) when it holds no customer yet."""
    from app.core import directory as listing
    from app.core import server_book, server_copy, session
    from app.store import copying, server

    shown = server.shown_url(url)
    with server_book.opened(url) as book:
        if server.version(book) and not copying.book_is_empty(book):
            session.open_data(directory)
            ours = listing.count(include_archived=True)
            session.close()
            theirs = book.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
            print(f"the server book at {shown} holds {theirs:,} customers (the file {ours:,}): "
                  "measured as it is", flush=True)
            return
    print(f"copying {directory} to the server book at {shown} …", flush=True)
    session.open_data(directory)
    try:
        start = time.perf_counter()
        copied = server_copy.to_server(url)
        elapsed = time.perf_counter() - start
    finally:
        session.close()
    print(f"copied {copied.customers:,} customers ({copied.total:,} rows) in {elapsed:.1f} s; "
          "every row checked", flush=True)
    # As autovacuum leaves a book some time after a copy: else it vacuums and analyses the
    # tables in the middle of the measuring, and the plans change under it.
    with server_book.opened(url) as book:
        start = time.perf_counter()
        book.execute_sql("VACUUM ANALYZE")
    print(f"vacuumed and analysed in {time.perf_counter() - start:.1f} s", flush=True)


def in_window(directory: Path, url: str | None = None) -> dict[str, float | None]:
    """Keystrokes, opening profiles, reminders, search and memory, in one window, on the file
    in `directory` or on the server book at `url` (without the file's figures)."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtTest import QTest

    from app.core import directory as listing
    from app.core import profile, server_book, session
    from app.store import search
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    from app.ui.service import DataService

    app = make_application()
    if url:
        server_book.open_book(url)
        assert session.on_server()
    else:
        session.open_data(directory)
    window = MainWindow(DataService(), QSettings(str(directory / "bench.ini"),
                                                 QSettings.Format.IniFormat))
    # Settled, as the owner finds it when a customer walks in: the start-up reading of every
    # reminder (off the window's thread, half a second at 100,000 customers) has arrived.
    settled = QEventLoop()
    arrived: list[object] = []
    window.center.updated.connect(arrived.append)
    window.center.updated.connect(settled.quit)
    window.resize(1366, 768)
    window.show()
    QTest.qWaitForWindowExposed(window)
    if not arrived:
        QTimer.singleShot(60_000, settled.quit)
        settled.exec()
    figures: dict[str, float | None] = {}

    # Twelve first names from across the alphabet, as the owner would type them.
    everyone = listing.customer_ids()
    sample = everyone[::max(1, len(everyone) // 400)]
    names = [profile.load(cid).first_name.lower() for cid in sample]
    names = [n for n in dict.fromkeys(names) if n.isascii() and n.isalpha()]
    names = names[::max(1, len(names) // 12)][:12]
    keystrokes = []
    for name in names * 3:  # three passes: a percentile of a few dozen samples is mostly noise
        window.search.clear()
        window.apply_search()
        window.search.setFocus()
        for letter in name:
            start = time.perf_counter()
            QTest.keyClick(window.search, letter)
            window.apply_search()  # the debounce is not counted
            window.table.viewport().repaint()
            keystrokes.append((time.perf_counter() - start) * 1000)
            app.processEvents()  # what waits for the next turn, as between two keys
    figures["keystroke_ms_p50"] = statistics.median(keystrokes)
    figures["keystroke_ms_p95"] = percentile(keystrokes, 0.95)

    window.search.clear()
    window.apply_search()
    app.processEvents()
    opening = []
    for row in range(0, min(window.model.rowCount(), 200), 2):
        start = time.perf_counter()
        window.select_row(row)
        window.right.repaint()
        opening.append((time.perf_counter() - start) * 1000)
    figures["open_profile_ms_p95"] = percentile(opening, 0.95)

    figures.update(reminder_figures())

    raw = None if url else sqlite3.connect(session.database_location(directory))
    ours, theirs = [], []
    for name in names:
        query = name[:4]
        start = time.perf_counter()
        listing.customer_ids(query, sort="relevance")
        ours.append((time.perf_counter() - start) * 1000)
        if raw is None:  # a server book: no FTS5 to put beside it
            continue
        expression = search.match_expression(query)
        start = time.perf_counter()
        raw.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? "
                    "ORDER BY bm25(customer_fts)", (expression,)).fetchall()
        theirs.append((time.perf_counter() - start) * 1000)
    figures["find_ms_p50"] = statistics.median(ours)
    figures["raw_sqlite_find_ms_p50"] = figures["find_vs_raw_sqlite"] = None
    if raw is not None:
        raw.close()
        figures["raw_sqlite_find_ms_p50"] = statistics.median(theirs)
        figures["find_vs_raw_sqlite"] = figures["find_ms_p50"] / statistics.median(theirs)

    window.search.setText(names[0][:3])
    window.apply_search()
    app.processEvents()
    figures["rss_mb"] = rss_mb()
    window.close()
    window.deleteLater()
    app.processEvents()
    session.close()
    return figures


def import_csv_seconds(rows: int) -> float:
    import import_bench

    from app.core import session
    from app.exchange import jobs

    with tempfile.TemporaryDirectory() as folder:
        table = Path(folder) / "rows.csv"
        import_bench.write_csv(table, rows)
        session.open_data(Path(folder) / "data")
        start = time.perf_counter()
        jobs.import_file(table, "csv")
        elapsed = time.perf_counter() - start
        session.close()
    return elapsed


def _window_run(directory: Path) -> dict[str, float | None]:
    """One run of the figures in the window, in a process of its own: each run starts from a
    fresh process, so that its memory is its own and not what earlier runs left behind."""
    result = subprocess.run([sys.executable, __file__, "--window-only", str(directory)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def one_run(directory: Path, import_rows: int, on_server: bool) -> dict[str, float | None]:
    """One run of every figure; on a server book (whose URL the started processes find in
    $REGULARS_BENCH_DATABASE) the window's, and no import."""
    figures: dict[str, float | None] = {}
    start_s = figures["start_s"] = timed_start(START_APP, str(directory))
    bare_s = figures["bare_qt_start_s"] = timed_start(START_BARE)
    figures["start_ratio"] = start_s / bare_s
    figures.update(_window_run(directory))
    figures["import_csv_s"] = None if on_server else import_csv_seconds(import_rows)
    return figures


def median_of(values: list[float | None]) -> float | None:
    """The median of a figure's runs, rounded; None for a figure not measured (on the file
    alone, and this is a server book)."""
    measured = [value for value in values if value is not None]
    if len(measured) < len(values):
        return None
    return round(statistics.median(measured), 3)


def shown(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None,
                        help="a data folder to build once and reuse")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT")
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3,
                        help="each figure is the median of this many runs")
    parser.add_argument("--database", metavar="URL",
                        default=os.environ.get(DATABASE_VARIABLE, ""),
                        help="measure the window on the server book at URL "
                             "(postgresql://user@host/database) instead of the file, filled "
                             "from the sample when empty (default: $REGULARS_BENCH_DATABASE)")
    parser.add_argument("--window-only", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    url = None
    if args.database:
        from app.store import server

        try:
            url = server.checked_url(args.database)
        except ValueError as error:
            parser.error(str(error))
    if args.window_only is not None:  # one run of the window's figures, for `_window_run`
        figures = in_window(args.window_only, url)
        print(json.dumps(figures))
        from PySide6.QtWidgets import QApplication

        QApplication.instance().shutdown()
        return 0

    with tempfile.TemporaryDirectory() as scratch:
        directory = built(args.db or Path(scratch) / "data", args.customers)
        # What the processes started for each run read: the server book, or none (the file).
        os.environ[DATABASE_VARIABLE] = url or ""
        if url is not None:
            filled(url, directory)
            # On a server book the window's own folder is this counter's data folder: a
            # scratch one, so that its log and any daily backup stay out of the real one.
            os.environ["REGULARS_DATA_DIR"] = str(Path(scratch) / "counter")
        runs = [one_run(directory, args.import_rows, url is not None)
                for _ in range(args.runs)]

    result = {key: median_of([run[key] for run in runs]) for key in KEYS}
    for key in KEYS:
        each = ", ".join(shown(run[key]) for run in runs)
        value = "n/a" if result[key] is None else result[key]
        print(f"{key:24} {value}" + (f"  ({each})" if len(runs) > 1 and result[key] is not None
                                      else ""))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
