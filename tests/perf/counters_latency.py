"""How soon another counter's note shows on this counter's screen, on a server book.

    python tests/perf/counters_latency.py [--url URL] [--notes 40] [--runs 3]

Opens the window (offscreen) on a server book with the sample customers, opens one customer,
then, again and again, a second connection (the other counter) logs a note for them and
commits; timed from the commit to the note on this window's timeline. The window's look every
two seconds is put off, so that only the server's word (`app/store/server_changes.py`) can
bring it. Prints p50, p95 and the slowest in milliseconds, as medians of --runs runs with the
runs in brackets.

Without --url a fresh database is made on the server at $REGULARS_TEST_POSTGRES and dropped at
the end.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg

# The other counter's note, as its own connection writes it.
NOTE = ("INSERT INTO interaction (customer_id, kind, at, created_at, updated_at, text) "
        "SELECT 7, 'note', t, t, t, %s FROM CAST(now() AS timestamp(0)) AS t")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def one_run(url: str, notes: int) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core import edits, operations, server_book, session
    from app.ui import duties
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    from app.ui.service import DataService

    duties.WATCH_EVERY_MS = 3_600_000
    make_application()
    server_book.open_book(url)
    from app.core import directory

    if not directory.count(include_archived=True):
        operations.perform(edits.load_sample_customers(60, seed=7, journaled=False))
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(DataService(), QSettings(str(Path(folder) / "w.ini"),
                                                     QSettings.Format.IniFormat))
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.right.open_customer(7)
        times = []
        with psycopg.connect(url, autocommit=True) as other:
            for n in range(notes):
                text = f"latency note {secrets.token_hex(4)}"
                QTest.qWait(50)  # the counters are not typing at the same millisecond
                other.execute(NOTE, (text,))
                began = time.perf_counter()
                model = window.right.timeline.model
                while not any(model.entry(row) is not None and model.entry(row).text == text
                              for row in range(min(model.rowCount(), 20))):
                    QApplication.processEvents()
                    if time.perf_counter() - began > 10:
                        raise SystemExit(f"note {n} did not show within 10 s")
                times.append((time.perf_counter() - began) * 1000)
        window.close()
    session.close()
    return {"p50_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
            "slowest_ms": max(times)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=None)
    parser.add_argument("--notes", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url, made = args.url, None
    if url is None:
        admin = os.environ.get("REGULARS_TEST_POSTGRES")
        if not admin:
            parser.error("give --url, or set REGULARS_TEST_POSTGRES to a server to make one on")
        made = f"regulars_latency_{secrets.token_hex(4)}"
        with psycopg.connect(admin, autocommit=True) as server:
            server.execute(f'CREATE DATABASE "{made}"')
        url = admin.rsplit("/", 1)[0] + "/" + made
    try:
        runs = [one_run(url, args.notes) for _ in range(args.runs)]
    finally:
        if made is not None:
            with psycopg.connect(os.environ["REGULARS_TEST_POSTGRES"], autocommit=True) as s:
                s.execute(f'DROP DATABASE "{made}" WITH (FORCE)')
    for key in runs[0]:
        values = [run[key] for run in runs]
        print(f"{key:11} median {statistics.median(values):8.1f} over {len(values)} runs "
              f"({', '.join(f'{v:.1f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
