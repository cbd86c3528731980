"""How long erasing one customer for good takes in a large shop, and the upgrade that allows it.

    python tests/perf/erase_bench.py [--customers 100000] [--db DIR] [--runs 5]

Builds the sample shop of the benchmark (or reuses --db) and copies it. Each run erases one
customer with a timeline, as Customer > Erase and `regulars erase` do (one operation: their rows
deleted with `secure_delete` on, the full-text index merged whole, committed, the write-ahead
log checkpointed and truncated), and times it whole (`erase_s`) and the index merge alone
(`merge_s`, the part that grows with the shop: FTS5 in SQLite 3.40 keeps a deleted row's words
in its older segments until they are merged). Then, once, schema step 15's making of the
customer table again with AUTOINCREMENT (`remake_s`), what an upgrade to this version costs.
Prints each run and the medians.
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

from app.core import edits, erasure, session
from app.core.operations import perform
from app.store import schema
from app.store.models import db


def _timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="a data folder to build or reuse")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {"erase_s": [], "merge_s": [], "remake_s": []}
    with tempfile.TemporaryDirectory() as scratch:
        source = built(args.db or Path(scratch) / "built", args.customers)
        shop = Path(scratch) / "shop"
        shutil.copytree(source, shop, ignore=shutil.ignore_patterns("backups", "*.log"))
        session.open_data(shop)
        try:
            busiest = [row[0] for row in db.execute_sql(
                "SELECT customer_id FROM interaction GROUP BY customer_id "
                "ORDER BY count(*) DESC LIMIT ?", (args.runs,))]
            for run, cid in enumerate(busiest, 1):
                entries = db.execute_sql("SELECT count(*) FROM interaction WHERE customer_id = ?",
                                         (cid,)).fetchone()[0]
                # The merge alone, on the index as the erasure finds it: the customer's rows
                # deleted, then the whole index merged, then all of it taken back.
                with db.atomic() as trial:
                    erasure.remove_for_good([cid])
                    figures["merge_s"].append(_timed(erasure._merge_search_index))
                    trial.rollback()
                figures["erase_s"].append(_timed(lambda c=cid: perform(edits.erase_customer(c))))
                print(f"run {run}: erased a customer with {entries} entries in "
                      f"{figures['erase_s'][-1]:.3f} s; the index merge alone "
                      f"{figures['merge_s'][-1]:.3f} s", flush=True)
            db.execute_sql("PRAGMA foreign_keys = OFF")
            with db.atomic():
                figures["remake_s"].append(_timed(
                    lambda: schema.remake_customers(db, autoincrement=True)))
            customers = db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
            print(f"the customer table made again ({customers:,} customers) in "
                  f"{figures['remake_s'][-1]:.3f} s", flush=True)
        finally:
            session.close()
    print_medians(figures, 9)
    return 0


if __name__ == "__main__":
    sys.exit(main())
