"""How long a change of the shop's language takes when it sorts the names anew.

    python tests/perf/language_bench.py [--customers 100000] [--db DIR] [--runs 3]

Builds the sample shop of the benchmark (or reuses --db), copies it, and in each run times the
change from English to German as the settings dialog makes it (one operation: the setting
saved, every customer's sort key made again by German's rule, the agenda's and the name
starts' copies of the keys that changed rebuilt, committed). The sample names give German
keys of their own to about one customer in twenty (Müller, Björn). Then the same once more
with every key to be written anew, as no real change of language asks (`every_key_s`): the
most a change can cost. Prints each run and the medians.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import built, print_medians

from app.core import edits, session, settings
from app.core.operations import perform
from app.store.models import db


def _timed_change(language: str) -> float:
    start = time.perf_counter()
    perform(edits.put_settings({"language": language}))
    return time.perf_counter() - start


def _keyed() -> int:
    return int(db.execute_sql("SELECT count(*) FROM customer WHERE sort_name != ?", ("",))
               .fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="a data folder to build or reuse")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {"to_german_s": [], "every_key_s": []}
    with tempfile.TemporaryDirectory() as scratch:
        source = built(args.db or Path(scratch) / "built", args.customers)
        shop = Path(scratch) / "shop"
        shutil.copytree(source, shop, ignore=shutil.ignore_patterns("backups", "*.log"))
        session.open_data(shop)
        try:
            customers = int(db.execute_sql("SELECT count(*) FROM customer").fetchone()[0])
            for run in range(1, args.runs + 1):
                settings.put("language", "en")  # plain keys to start from, not timed
                before = dict(db.execute_sql("SELECT id, sort_name FROM customer"))
                figures["to_german_s"].append(_timed_change("de"))
                changed = sum(1 for cid, key in db.execute_sql(
                    "SELECT id, sort_name FROM customer") if before[cid] != key)
                settings.put("language", "en")
                db.execute_sql("UPDATE customer SET sort_name = ''")  # every key to write
                figures["every_key_s"].append(_timed_change("de"))
                assert _keyed() == customers
                print(f"run {run}: English to German {figures['to_german_s'][-1]:.3f} s "
                      f"({changed:,} of {customers:,} keys changed); every key anew "
                      f"{figures['every_key_s'][-1]:.3f} s", flush=True)
        finally:
            session.close()
    print_medians(figures, 12)
    return 0


if __name__ == "__main__":
    sys.exit(main())
