"""How long the day's reminders and the weekly review take to read, at any size.

    python tests/perf/reminders_bench.py [--customers 100000] [--db DIR] [--runs 3]

Builds the sample shop of the benchmark (or reuses --db), then in each run takes the median of
five readings of `reminders_ms` (Today: what is today, overdue, coming, and who crossed their
rhythm or is due for contact) and `week_ms` (the weekly review's list of every regular who
stopped coming), and prints each run and the median of the runs. Goals: 100 ms and 300 ms.
`--review` also times the whole weekly review once.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import built, reminder_figures

from app.core import clock, reminders, session


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="a data folder to build or reuse")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--review", action="store_true", help="also time the whole review")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        session.open_data(built(args.db or Path(scratch) / "data", args.customers))
        found = reminders.pending(clock.today())
        ranks = [sum(1 for r in found if r.rank == rank) for rank in range(4)]
        print(f"{len(found):,} reminders today (by rank: {ranks}); "
              f"{len(reminders.stopped_coming(clock.today())):,} stopped coming")
        runs = [reminder_figures() for _ in range(args.runs)]
        if args.review:
            from app.core import week

            start = time.perf_counter()
            week.review(clock.today())
            print(f"the whole weekly review: {(time.perf_counter() - start) * 1000:.0f} ms")
        session.close()
    for key, goal in (("reminders_ms", 100), ("week_ms", 300)):
        values = [run[key] for run in runs]
        print(f"{key:13} median {statistics.median(values):7.1f} over {len(values)} runs "
              f"({', '.join(f'{v:.1f}' for v in values)}; goal {goal})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
