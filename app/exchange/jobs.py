"""Import and export as whole jobs: the command line and the window both call these."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core import backups, clock, consent, directory, settings
from app.core.phrases import N_, Phrase
from app.core.profile import load_many
from app.exchange import csv_in, csv_out, ical_out, parallel, vcard_in, vcard_out
from app.exchange.importer import ImportReport, run_import
from app.exchange.records import Incoming, UnreadableFileError
from app.exchange.text_files import TextFile
from app.store.database import own_file
from app.store.files import write_atomically

IMPORT_FORMATS = ("csv", "vcard")
EXPORT_FORMATS = ("csv", "vcard", "ical", "emails")
Progress = Callable[[int, int | None], None]


def detect_format(source: TextFile) -> str:
    """vcard when the file starts like one, else csv."""
    return "vcard" if vcard_in.looks_like_vcard(source.head()) else "csv"


@dataclass
class CsvPlan:
    """A CSV file read and mapped, ready to preview or import."""

    table: csv_in.CsvTable
    mapping: dict[int, str]

    def check_name_column(self) -> None:
        if not csv_in.names_customers(self.mapping):
            raise UnreadableFileError(self.table.path, 1, Phrase(
                N_("no column for a name (first name, last name, name or company), an email "
                   "or a phone; the columns are: {columns}"),
                columns=", ".join(h or "(blank)" for h in self.table.headers)))


@dataclass
class VcardPlan:
    """A vCard file counted, with its first cards to preview; the import reads it again."""

    source: TextFile
    count: int
    preview: list[Incoming]


def plan_csv(source: TextFile, overrides: Sequence[tuple[str, str]] = ()) -> CsvPlan:
    table = csv_in.read_table(source)
    mapping = csv_in.apply_overrides(table, csv_in.auto_map(table.headers), list(overrides))
    return CsvPlan(table, mapping)


def plan_vcards(source: TextFile, shown: int = 200) -> VcardPlan:
    preview = list(itertools.islice(vcard_in.read_vcards(source, settings.get("date_order")),
                                    shown))
    return VcardPlan(source, vcard_in.count_cards(source), preview)


def plan(path: Path) -> CsvPlan | VcardPlan:
    """What the wizard shows of a file before it is imported; raises when it is unreadable."""
    backups.refuse_own_files(path)
    source = TextFile(path)
    return plan_vcards(source) if detect_format(source) == "vcard" else plan_csv(source)


@contextlib.contextmanager
def _backed_up(dry_run: bool) -> Iterator[Path | None]:
    """A real import first backs up the database, so that even a mistaken import (the wrong
    file, the wrong columns) can be taken back by restoring; a failed one leaves no backup."""
    if dry_run or own_file().name == ":memory:":
        yield None
        return
    with backups.taken_before("before-import") as path:
        yield path


def import_csv(plan: CsvPlan, *, dry_run: bool = False, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    plan.check_name_column()
    order, rows = settings.get("date_order"), plan.table.count
    source = Path(plan.table.path).name  # the consent the file gives names it
    with _backed_up(dry_run) as backup:
        if rows >= parallel.PARALLEL_FROM:
            totals = parallel.Totals()
            chunks = parallel.csv_chunks(plan.table, plan.mapping, order,
                                         settings.get("phone_region"), clock.today())
            report = run_import(
                checked=parallel.checked_in_workers("csv", chunks, totals, cancelled),
                dry_run=dry_run, total=rows, progress=progress, cancelled=cancelled,
                source=source)
            report.ambiguous_dates = totals.ambiguous_dates
        else:
            state = csv_in.ReadState()
            report = run_import(csv_in.records(plan.table, plan.mapping, order, state),
                                dry_run=dry_run, total=rows, progress=progress,
                                cancelled=cancelled, source=source)
            report.ambiguous_dates = state.ambiguous_dates
    report.backup = backup
    return report


def import_vcards(plan: VcardPlan, *, dry_run: bool = False, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportReport:
    order, source = settings.get("date_order"), plan.source.path.name
    with _backed_up(dry_run) as backup:
        if plan.count >= parallel.PARALLEL_FROM:
            chunks = parallel.vcard_chunks(plan.source, order,
                                           settings.get("phone_region"), clock.today())
            checked = parallel.checked_in_workers("vcard", chunks, parallel.Totals(), cancelled)
            report = run_import(checked=checked, dry_run=dry_run, total=plan.count,
                                progress=progress, cancelled=cancelled, source=source)
        else:
            report = run_import(vcard_in.read_vcards(plan.source, order), dry_run=dry_run,
                                total=plan.count, progress=progress, cancelled=cancelled,
                                source=source)
    report.backup = backup
    return report


def import_file(
    path: Path,
    file_format: str | None = None,
    overrides: Sequence[tuple[str, str]] = (),
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Read, check and save a file; an unreadable file raises before anything is written."""
    backups.refuse_own_files(path)
    source = TextFile(path)
    file_format = file_format or detect_format(source)
    if file_format == "vcard":
        if overrides:
            raise UnreadableFileError(str(path), None,
                                      Phrase(N_("--map applies to CSV files only")))
        vcard_in.check_start(source)
        cards = VcardPlan(source, vcard_in.count_cards(source), [])
        return import_vcards(cards, dry_run=dry_run, progress=progress, cancelled=cancelled)
    return import_csv(plan_csv(source, overrides), dry_run=dry_run, progress=progress,
                      cancelled=cancelled)


def export_file(path: Path, file_format: str, customer_ids: Sequence[int] | None = None,
                *, with_consent_date: bool = False) -> str:
    """Write the export atomically; returns the one-line summary. `with_consent_date` gives
    the mailing list ("emails") when and how each consent was given."""
    backups.refuse_own_files(path)
    ids = list(customer_ids) if customer_ids is not None else directory.customer_ids(limit=None)
    profiles = load_many(ids)
    if file_format == "csv":
        data, what = csv_out.customers_csv(profiles), f"{len(profiles)} customers"
    elif file_format == "vcard":
        data, what = vcard_out.vcards(profiles), f"{len(profiles)} customers"
    elif file_format == "ical":
        data, events = ical_out.calendar(profiles)
        what = f"{events} birthdays and anniversaries"
    elif file_format == "emails":
        data, written, without = csv_out.mailing_list_csv(profiles, consent.latest(ids),
                                                          with_consent_date)
        what = f"{written} newsletter addresses" + (
            f" ({without} who agreed have no email)" if without else "")
    else:
        raise UnreadableFileError(str(path), None, f"unknown export format {file_format!r}")
    write_atomically(path, data)
    return f"exported {what} to {path}"
