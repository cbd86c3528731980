"""How long imports take: 10,000 vCards and 100,000 CSV rows into a fresh database.

    python tests/perf/import_bench.py [--vcards 10000] [--rows 100000] [--runs 3]
                                      [--database URL]

Prints the median of the runs for each, as whole jobs through the same code the
`regulars import` command runs (reading, checking, deduplicating, saving,
search index). Synthetic but realistic: names with accents, phones, emails,
birthdays with and without a year, family, tags and notes.

With `--database URL` (a PostgreSQL server, as a user who may create databases) each run
imports into an empty server book instead: a database of its own made on that server for the
run and dropped after it.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import secrets
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core import demo, server_book, session
from app.exchange import jobs

RELATIONS = ("Spouse", "Child", "Mother", "Friend")


def person(rng: random.Random, index: int) -> dict[str, str]:
    first = rng.choice(demo.FIRST)[0]
    last = rng.choice(demo.LAST)
    return {
        "first": first, "last": last,
        "email": f"customer{index}@example.com",
        "phone": f"+44 7700 {index // 1000 % 1000:03d}{index % 1000:03d}",
        "birthday": (f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                     if rng.random() < 0.5 else f"--{rng.randint(1, 12):02d}-"
                     f"{rng.randint(1, 28):02d}"),
        "note": rng.choice(demo.PREFERENCES),
        "tags": ", ".join(rng.sample(("VIP", "wholesale", "local", "gift buyer"), 2)),
        "relative": rng.choice(demo.KIDS + demo.PARTNERS),
        "relation": rng.choice(RELATIONS),
    }


def write_vcards(path: Path, count: int) -> None:
    rng = random.Random(1)
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(count):
            p = person(rng, i)
            note = p["note"].replace(",", "\\,").replace(";", "\\;")
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"N:{p['last']};{p['first']};;;\r\nFN:{p['first']} {p['last']}\r\n"
                f"TEL;TYPE=CELL:{p['phone']}\r\nEMAIL;TYPE=INTERNET:{p['email']}\r\n"
                f"BDAY:{p['birthday']}\r\n"
                f"item1.X-ABRELATEDNAMES:{p['relative']}\r\n"
                f"item1.X-ABLabel:_$!<{p['relation']}>!$_\r\n"
                f"CATEGORIES:{p['tags'].replace(', ', ',')}\r\nNOTE:{note}\r\nEND:VCARD\r\n"
            )


def write_csv(path: Path, count: int) -> None:
    import csv

    rng = random.Random(2)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "Email", "Phone", "Birthday", "Tags",
                         "Notes", "Accepts Email Marketing"])
        for i in range(count):
            p = person(rng, i)
            writer.writerow([p["first"], p["last"], p["email"], p["phone"], p["birthday"],
                             p["tags"], p["note"], rng.choice(("yes", "no"))])


@contextlib.contextmanager
def empty_book(folder: str, server: str | None) -> Iterator[None]:
    """An empty customer book, open: a file in `folder`, or a database of its own on `server`,
    dropped after (this run's backups, and its log, go to `folder` either way)."""
    if server is None:
        session.open_data(folder)
        yield
        session.close()
        return
    import os

    import psycopg

    name = f"regulars_import_bench_{secrets.token_hex(4)}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    os.environ["REGULARS_DATA_DIR"] = folder
    try:
        server_book.open_book(urllib.parse.urlsplit(server)._replace(path=f"/{name}").geturl())
        yield
        session.close()
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed_import(path: Path, file_format: str, runs: int,
                 server: str | None = None) -> tuple[list[float], str]:
    times, summary = [], ""
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder, empty_book(folder, server):
            start = time.perf_counter()
            report = jobs.import_file(path, file_format)
            times.append(time.perf_counter() - start)
            summary = report.summary()
    return times, summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vcards", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database", default=None, metavar="URL",
                        help="import into empty server books made on this PostgreSQL server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        vcf, table = Path(folder) / "cards.vcf", Path(folder) / "rows.csv"
        write_vcards(vcf, args.vcards)
        write_csv(table, args.rows)
        for label, path, file_format, goal in (
            (f"{args.vcards:,} vCards", vcf, "vcard", 10.0),
            (f"{args.rows:,} CSV rows", table, "csv", 15.0),
        ):
            times, summary = timed_import(path, file_format, args.runs, args.database)
            median = statistics.median(times)
            print(f"import {label}: median {median:.2f} s over {len(times)} runs "
                  f"(min {min(times):.2f}, max {max(times):.2f}; goal {goal:.0f} s) — {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
