"""Search on a server book against the SQLite file's, at a shop's size: which index to keep.

    python tests/perf/server_search.py [--customers 100000] [--db DIR] [--url URL] [--runs 3]

A server book finds customers with a weighted tsvector under a GIN index
(`app/store/server_search.py`). PostgreSQL offers another way to find the start of a word:
pg_trgm's trigram indexes under `LIKE '% garc%'`. This script measures both against SQLite's
FTS5 (`app/store/search.py`) on the same shop, so that the choice is made by measuring:

- builds the benchmark's sample shop (`bench.py`, reused with --db) and copies it to a server
  book with `copying.copy_book`, timed (and, within it, the building of the search rows);
- builds the trigram variant beside it: one row per customer, the same folded search row
  (`search.documents`) as the words of the name (`name_text`) and of everything
  (`document_text`), each under a GIN `gin_trgm_ops` index of `' ' || column`, so that
  `' ' || document_text LIKE '% garc%'` is a word starting with "garc";
- types the same queries into the three (the prefixes of `bench.py`'s twelve first names as
  typed letter by letter, words of notes, a phone's tail, queries of two words), each query a
  screenful (`search_ids`, limit 50) and its `count`, and prints p50 and p95 per variant and
  the ratios server ÷ SQLite as medians of --runs runs, the runs in brackets; then each
  query's milliseconds and how many customers each variant finds in all, marking where the
  trigram variant finds other customers than the tsvector one.

One or two letters are read from `sort_name` and `name_start` on the server whatever its
full-text index, so both server variants share those reads. The trigram variant has no rank:
the rest after the names are ordered by where their words first stand in the row (name,
family, contact, tags, about, notes, as the weights go), which still reads and sorts every match.

Without --url a fresh database `regulars_search_bench` is made on the server at
$REGULARS_TEST_POSTGRES and dropped at the end (kept with --keep; a kept book given again as
--url is used as it is, not copied again).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import peewee

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import built, percentile

from app.core import directory as listing
from app.core import profile, session
from app.store import copying, search, server, server_search
from app.store.batches import batches
from app.store.models import db
from app.store.text import WORD

BENCH_DATABASE = "regulars_search_bench"
LIMIT = 50
TRGM = "customer_trgm"
TRGM_TABLE = (f'CREATE TABLE "{TRGM}" ("customer_id" INTEGER NOT NULL PRIMARY KEY '
              'REFERENCES "customer" ("id") ON DELETE CASCADE, '
              '"name_text" TEXT NOT NULL, "document_text" TEXT NOT NULL)')
TRGM_INDEXES = {
    "name": f"CREATE INDEX \"{TRGM}_name\" ON \"{TRGM}\" USING gin "
            "((' ' || name_text) gin_trgm_ops)",
    "document": f"CREATE INDEX \"{TRGM}_document\" ON \"{TRGM}\" USING gin "
                "((' ' || document_text) gin_trgm_ops)",
}
# Words of notes, tags and relatives in the sample shop, a phone's tail, and two words.
OTHER_QUERIES = ("sourdough", "croissant", "dachshund", "germany", "marathon", "allergic",
                 "the", "harbour", "0123", "7700 900", "eleanor whit", "garc white",
                 "kate sourdough", "almond croissant", "blue size 9", "ro fritz")

Find = Callable[..., list[int]]
Count = Callable[..., int]


# The trigram variant, shaped as `server_search.search_ids` and `count`.

def _words_text(text: str) -> str:
    """The words of a folded text, one space between them, as `' ' || …` expects."""
    return " ".join(WORD.findall(text))


def build_trigrams(book: peewee.Database) -> dict[str, float]:
    """The trigram table filled from the server book's rows, then its two indexes; seconds."""
    seconds: dict[str, float] = {}
    book.execute_sql(f'DROP TABLE IF EXISTS "{TRGM}"')
    book.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    start = time.perf_counter()
    with book.atomic():
        book.execute_sql(TRGM_TABLE)
        ids = [row[0] for row in book.execute_sql("SELECT id FROM customer ORDER BY id")]
        for batch in batches(ids):
            rows = [(row[0], _words_text(row[1]), _words_text(" ".join(row[1:])))
                    for row in search.documents(book, batch)]
            book.cursor().executemany(
                f'INSERT INTO "{TRGM}" VALUES (%s, %s, %s)', rows)
    seconds["trigram_rows_s"] = time.perf_counter() - start
    for name, statement in TRGM_INDEXES.items():
        start = time.perf_counter()
        book.execute_sql(statement)
        seconds[f"trigram_{name}_index_s"] = time.perf_counter() - start
    return seconds


def _like(column: str, words: Sequence[str]) -> tuple[str, list[str]]:
    """Every word the start of a word of `column` (words are letters and digits: no % or _)."""
    sql = " AND ".join(f"' ' || t.{column} LIKE %s" for _ in words)
    return f"({sql})", [f"% {word}%" for word in words]


def trgm_search_ids(book: peewee.Database, typed: str, *, limit: int | None = None) -> list[int]:
    if search.by_start(typed):
        return server_search.search_ids(book, typed, limit=limit)
    words = search.match_words(typed)
    if not words:
        return []
    archived = search.archived_condition(False)
    rows = "ALL" if limit is None else str(int(limit))
    named, named_args = _like("name_text", words)
    found = [r[0] for r in book.execute_sql(
        f'SELECT c.id FROM "{TRGM}" t JOIN customer c ON c.id = t.customer_id '
        f"WHERE {named} {archived} ORDER BY c.sort_name, c.id LIMIT {rows}", named_args)]
    if len(found) == limit:
        return found
    rest = "ALL" if limit is None else str(limit - len(found))
    anywhere, args = _like("document_text", words)
    place = " + ".join("strpos(' ' || t.document_text, %s)" for _ in words)
    found += [r[0] for r in book.execute_sql(
        f'SELECT c.id FROM "{TRGM}" t JOIN customer c ON c.id = t.customer_id '
        f"WHERE {anywhere} AND NOT {named} {archived} "
        f"ORDER BY {place}, c.sort_name, c.id LIMIT {rest}",
        (*args, *named_args, *(f" {word}" for word in words)))]
    return found


def trgm_count(book: peewee.Database, typed: str) -> int:
    if search.by_start(typed):
        return server_search.count(book, typed)
    words = search.match_words(typed)
    if not words:
        return 0
    anywhere, args = _like("document_text", words)
    return int(book.execute_sql(
        f'SELECT count(*) FROM "{TRGM}" t JOIN customer c ON c.id = t.customer_id '
        f"WHERE {anywhere} {search.archived_condition(False)}", args).fetchone()[0])


# The shop, the server book, the queries.

def typed_names() -> list[str]:
    """`bench.py`'s twelve first names from across the alphabet, from the open file."""
    everyone = listing.customer_ids()
    sample = everyone[::max(1, len(everyone) // 400)]
    names = [profile.load(cid).first_name.lower() for cid in sample]
    names = [n for n in dict.fromkeys(names) if n.isascii() and n.isalpha()]
    return names[::max(1, len(names) // 12)][:12]


def queries(names: Sequence[str]) -> list[str]:
    prefixes = [name[:end] for name in names for end in range(1, len(name) + 1)]
    return list(dict.fromkeys([*prefixes, *OTHER_QUERIES]))


@contextmanager
def server_url(url: str | None, keep: bool) -> Iterator[str]:
    """`url`, or a fresh database on the server at $REGULARS_TEST_POSTGRES, dropped after."""
    if url:
        yield url
        return
    import psycopg

    admin = os.environ.get("REGULARS_TEST_POSTGRES")
    if not admin:
        raise SystemExit("give --url, or the server's URL in REGULARS_TEST_POSTGRES")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{BENCH_DATABASE}" TEMPLATE template0 '
                           "LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
    made = urllib.parse.urlsplit(admin)._replace(path=f"/{BENCH_DATABASE}").geturl()
    try:
        yield made
    finally:
        if keep:
            print(f"kept: {server.shown_url(made)}")
        else:
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')


def copied(book: peewee.Database) -> dict[str, float]:
    """The open file copied into the server book (unless it holds one); seconds."""
    server.upgrade(book)
    if not copying.book_is_empty(book):
        print("the server book holds a shop already: used as it is")
        return {}
    rebuild = server_search.rebuild
    spent: list[float] = []

    def timed_rebuild(database: peewee.Database) -> None:
        start = time.perf_counter()
        rebuild(database)
        spent.append(time.perf_counter() - start)

    server_search.rebuild = timed_rebuild  # copy_book calls it through the module
    try:
        start = time.perf_counter()
        copying.copy_book(db, book)
        total = time.perf_counter() - start
    finally:
        server_search.rebuild = rebuild
    return {"copy_s": total, "tsvector_rows_s": sum(spent)}


def sizes(book: peewee.Database) -> dict[str, float]:
    """Megabytes of each search table and index."""
    relations = {"tsvector_table_mb": server_search.TABLE,
                 "tsvector_index_mb": f"{server_search.TABLE}_document",
                 "trigram_table_mb": TRGM, "trigram_name_index_mb": f"{TRGM}_name",
                 "trigram_document_index_mb": f"{TRGM}_document"}
    return {key: book.execute_sql("SELECT pg_relation_size(%s)", (f'"{name}"',)).fetchone()[0]
            / 1024 / 1024 for key, name in relations.items()}


def timed(find: Find, count: Count, database: peewee.Database, typed: str) -> float:
    start = time.perf_counter()
    find(database, typed, limit=LIMIT)
    count(database, typed)
    return (time.perf_counter() - start) * 1000


def bracketed(values: Sequence[float]) -> str:
    shown = f"{statistics.median(values):.3f}"
    return shown + (f"  ({', '.join(f'{v:.3f}' for v in values)})" if len(values) > 1 else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="a data folder to build or reuse")
    parser.add_argument("--url", default=None, help="the server database to copy into")
    parser.add_argument("--keep", action="store_true", help="keep the database made")
    parser.add_argument("--runs", type=int, default=3,
                        help="each figure is the median of this many runs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch, server_url(args.url, args.keep) as url:
        session.open_data(built(args.db or Path(scratch) / "data", args.customers))
        book = server.connect(url)
        book.connect()
        try:
            typed = queries(typed_names())
            build = copied(book)
            build.update(build_trigrams(book))
            # As autovacuum leaves a book some time after a copy (else it vacuums the
            # customers in the middle of the measuring, and the plans change under it).
            start = time.perf_counter()
            book.execute_sql("VACUUM ANALYZE")
            build["vacuum_analyze_s"] = time.perf_counter() - start
            measure(book, typed, args.runs, build)
        finally:
            book.close()
            session.close()
    return 0


def measure(book: peewee.Database, typed: Sequence[str], runs: int,
            build: dict[str, float]) -> None:
    variants: dict[str, tuple[Find, Count, peewee.Database]] = {
        "sqlite": (search.search_ids, search.count, db),
        "tsvector": (server_search.search_ids, server_search.count, book),
        "trigram": (trgm_search_ids, trgm_count, book),
    }
    customers = db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
    print(f"{customers:,} customers, {len(typed)} queries, {runs} runs, limit {LIMIT}")
    for key, seconds in build.items():
        print(f"{key:28} {seconds:.2f}")
    for key, megabytes in sizes(book).items():
        print(f"{key:28} {megabytes:.1f}")

    for find, count, database in variants.values():  # warm the caches once, untimed
        for query in typed:
            timed(find, count, database, query)
    each: dict[str, dict[str, list[float]]] = {v: {q: [] for q in typed} for v in variants}
    for _ in range(runs):
        for query in typed:  # the variants in turn for each query: noise falls on all three
            for name, (find, count, database) in variants.items():
                each[name][query].append(timed(find, count, database, query))

    full_text = [q for q in typed if not search.by_start(q)]
    for label, chosen in (("all", typed), ("3+ letters", full_text)):
        print(f"\n{label} queries ({len(chosen)}), ms per query (search_ids + count)")
        figures: dict[str, list[float]] = {}
        for name in variants:
            for tag, fraction in (("p50", 0.5), ("p95", 0.95)):
                figures[f"{name}_{tag}"] = [
                    percentile([each[name][q][run] for q in chosen], fraction)
                    for run in range(runs)]
        for name in ("tsvector", "trigram"):
            for tag in ("p50", "p95"):
                figures[f"{name}_{tag}_vs_sqlite"] = [
                    server_ms / sqlite_ms for server_ms, sqlite_ms in
                    zip(figures[f"{name}_{tag}"], figures[f"sqlite_{tag}"], strict=True)]
        for key, values in figures.items():
            print(f"{key:28} {bracketed(values)}")

    print("\nper query: median ms (sqlite, tsvector, trigram); customers found in all")
    mismatches = {"trigram": 0, "sqlite": 0}
    for query in typed:
        found = {name: set(find(database, query)) for name, (find, _, database)
                 in variants.items()}
        differs = [name for name in mismatches if found[name] != found["tsvector"]]
        for name in differs:
            mismatches[name] += 1
        ms = "  ".join(f"{statistics.median(each[name][query]):8.2f}" for name in variants)
        counts = " / ".join(f"{len(found[name]):6}" for name in variants)
        mark = f"  DIFFERS: {', '.join(differs)}" if differs else ""
        print(f"{query!r:20} {ms}   {counts}{mark}")
    print(f"\nqueries where the trigram variant finds other customers than the tsvector one: "
          f"{mismatches['trigram']}; where SQLite does: {mismatches['sqlite']}")


if __name__ == "__main__":
    sys.exit(main())
