"""Reading and checking a large file on every core while the database is written.

Parsing vCards and checking records (names, emails, phone numbers through
libphonenumber) is pure Python and costs more than the writing. For large
files it runs in worker processes, chunk by chunk and in order, while this
process saves the chunks already checked. Small files stay in one process:
starting workers costs more than it saves.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from app.core import clock
from app.core.phrases import Phrase
from app.exchange import csv_in, vcard_in
from app.exchange.importer import CANCELLED, Checked, ImportCancelledError, check_records
from app.exchange.text_files import TextFile

PARALLEL_FROM = 4000  # records; below this one process is faster
CHUNK = 2000


@dataclass
class Totals:
    ambiguous_dates: int = 0


def workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _leave_with(parent: int) -> None:
    """Run in each worker: end it when the program that started it is gone. Killed in the
    middle of an import, the program would otherwise leave its workers waiting for ever, as
    each holds the queue that would have told it to stop."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _csv_chunk(args: tuple) -> tuple[list[Checked], int]:
    headers, rows, mapping, order, region, today = args
    state = csv_in.ReadState()
    with clock.frozen(today):
        records = list(csv_in.read_rows(headers, rows, mapping, order, state))
    return list(check_records(records, region, today)), state.ambiguous_dates


def _vcard_chunk(args: tuple) -> tuple[list[Checked], int]:
    piece, name, order, region, today = args
    with clock.frozen(today):
        cards = list(vcard_in.parse_vcards(piece.text, name, order, piece.first_line,
                                           piece.warnings))
    return list(check_records(cards, region, today)), 0


def vcard_chunks(source: TextFile, order: str, region: str, today: dt.date) -> Iterator[tuple]:
    """The file cut between cards as it is read, each piece knowing the line it starts on."""
    for piece in vcard_in.pieces(source, cards=CHUNK):
        yield piece, str(source.path), order, region, today


def csv_chunks(table: csv_in.CsvTable, mapping: dict[int, str], order: str, region: str,
               today: dt.date) -> Iterator[tuple]:
    rows = table.rows()
    while chunk := list(itertools.islice(rows, CHUNK)):
        yield table.headers, chunk, mapping, order, region, today


def checked_in_workers(
    kind: str, chunks: Iterator[tuple], totals: Totals, cancelled: Callable[[], bool] | None
) -> Iterator[Checked]:
    """Checked records in file order, from a pool of worker processes.

    Only a few chunks are read ahead of the writing, so that memory stays the same whatever
    the size of the file."""
    function = _csv_chunk if kind == "csv" else _vcard_chunk
    # "spawn": the window runs threads, and forking a threaded process is unsafe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers(), mp_context=context,
                             initializer=_leave_with, initargs=(os.getpid(),)) as pool:
        ahead: collections.deque[Future] = collections.deque()
        try:
            while True:
                while len(ahead) < 2 * workers() and (chunk := next(chunks, None)) is not None:
                    ahead.append(pool.submit(function, chunk))
                if not ahead:
                    break
                if cancelled and cancelled():
                    raise ImportCancelledError(Phrase(CANCELLED))
                items, ambiguous = ahead.popleft().result()
                totals.ambiguous_dates += ambiguous
                yield from items
        finally:
            for future in ahead:
                future.cancel()
