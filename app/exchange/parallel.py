"""Reading and checking a large file on every core while the database is written.

Parsing vCards and checking records (names, emails, phone numbers through
libphonenumber) is pure Python and costs more than the writing. For large
files it runs in worker processes, chunk by chunk and in order, while this
process saves the chunks already checked. Small files stay in one process:
starting workers costs more than it saves.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from app.core import clock
from app.exchange import csv_in, vcard_in
from app.exchange.importer import Checked, ImportCancelledError, check_records

PARALLEL_FROM = 4000  # records; below this one process is faster
CHUNK = 2000
_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)


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
    table = csv_in.CsvTable("", "", ",", headers, rows)
    state = csv_in.ReadState()
    with clock.frozen(today):
        records = list(csv_in.records(table, mapping, order, state))
    return list(check_records(records, region, today)), state.ambiguous_dates


def _vcard_chunk(args: tuple) -> tuple[list[Checked], int]:
    text, name, first_line, order, region, today = args
    with clock.frozen(today):
        cards = list(vcard_in.parse_vcards(text, name, order, first_line=first_line))
    return list(check_records(cards, region, today)), 0


def vcard_chunks(text: str, name: str, order: str, region: str,
                 today: dt.date) -> list[tuple]:
    """The file cut between cards, each piece knowing the line it starts on."""
    starts = [m.start() for m in _BEGIN.finditer(text)] or [0]
    pieces = []
    for index in range(0, len(starts), CHUNK):
        begin = 0 if index == 0 else starts[index]
        end = starts[index + CHUNK] if index + CHUNK < len(starts) else len(text)
        first_line = text.count("\n", 0, begin) + 1
        pieces.append((text[begin:end], name, first_line, order, region, today))
    return pieces


def csv_chunks(table: csv_in.CsvTable, mapping: dict[int, str], order: str, region: str,
               today: dt.date) -> list[tuple]:
    return [(table.headers, table.rows[i : i + CHUNK], mapping, order, region, today)
            for i in range(0, len(table.rows), CHUNK)]


def checked_in_workers(
    kind: str, chunks: list[tuple], totals: Totals, cancelled: Callable[[], bool] | None
) -> Iterator[Checked]:
    """Checked records in file order, from a pool of worker processes."""
    function = _csv_chunk if kind == "csv" else _vcard_chunk
    # "spawn": the window runs threads, and forking a threaded process is unsafe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers(), mp_context=context,
                             initializer=_leave_with, initargs=(os.getpid(),)) as pool:
        futures = [pool.submit(function, chunk) for chunk in chunks]
        try:
            for future in futures:
                if cancelled and cancelled():
                    raise ImportCancelledError("import cancelled; nothing was changed")
                items, ambiguous = future.result()
                totals.ambiguous_dates += ambiguous
                yield from items
        finally:
            for future in futures:
                future.cancel()
