"""Import and export as whole jobs: the command line and the window both call these."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core import backups, clock, directory, settings
from app.core.profile import load_many
from app.exchange import csv_in, csv_out, ical_out, parallel, vcard_in, vcard_out
from app.exchange.importer import ImportReport, run_import
from app.exchange.records import UnreadableFileError
from app.exchange.text_files import decode, read_text
from app.store.database import database_file
from app.store.files import write_atomically

IMPORT_FORMATS = ("csv", "vcard")
EXPORT_FORMATS = ("csv", "vcard", "ical", "emails")
Progress = Callable[[int, int | None], None]


def detect_format(path: Path) -> str:
    """vcard when the file starts like one, else csv."""
    head, _encoding = decode(path.read_bytes()[:4096], whole=False)
    return "vcard" if vcard_in.looks_like_vcard(head) else "csv"


@dataclass
class CsvPlan:
    """A CSV file read and mapped, ready to preview or import."""

    table: csv_in.CsvTable
    mapping: dict[int, str]

    def check_name_column(self) -> None:
        if not csv_in.has_name_column(self.mapping):
            raise UnreadableFileError(
                self.table.path, 1,
                "no column for a name (first name, last name, name or company); the columns "
                f"are: {', '.join(h or '(blank)' for h in self.table.headers)}",
            )


def plan_csv(path: Path, overrides: Sequence[tuple[str, str]] = ()) -> CsvPlan:
    table = csv_in.read_table(path)
    mapping = csv_in.apply_overrides(table, csv_in.auto_map(table.headers), list(overrides))
    return CsvPlan(table, mapping)


def _backup_before(dry_run: bool) -> Path | None:
    """A real import first backs up the database, so that even a mistaken import (the wrong
    file, the wrong columns) can be taken back by restoring."""
    if not dry_run and database_file().name != ":memory:":
        return backups.automatic("before-import")
    return None


def import_csv(plan: CsvPlan, *, dry_run: bool = False, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    plan.check_name_column()
    backup = _backup_before(dry_run)
    order, rows = settings.get("date_order"), len(plan.table.rows)
    if rows >= parallel.PARALLEL_FROM:
        totals = parallel.Totals()
        chunks = parallel.csv_chunks(plan.table, plan.mapping, order,
                                     settings.get("phone_region"), clock.today())
        report = run_import(checked=parallel.checked_in_workers("csv", chunks, totals, cancelled),
                            dry_run=dry_run, total=rows, progress=progress, cancelled=cancelled)
        report.ambiguous_dates = totals.ambiguous_dates
    else:
        state = csv_in.ReadState()
        report = run_import(csv_in.records(plan.table, plan.mapping, order, state),
                            dry_run=dry_run, total=rows, progress=progress, cancelled=cancelled)
        report.ambiguous_dates = state.ambiguous_dates
    report.backup = backup
    return report


def import_cards(cards: list, *, dry_run: bool = False, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Cards already read (the wizard shows them first): backed up, then saved."""
    backup = _backup_before(dry_run)
    report = run_import(cards, dry_run=dry_run, total=len(cards), progress=progress,
                        cancelled=cancelled)
    report.backup = backup
    return report


def import_vcards(path: Path, *, dry_run: bool = False, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportReport:
    text, _encoding = read_text(path)
    order = settings.get("date_order")
    cards = len(re.findall(r"^BEGIN:VCARD\s*$", text, re.IGNORECASE | re.MULTILINE))
    if not vcard_in.looks_like_vcard(text):
        raise UnreadableFileError(str(path), 1, "not a vCard (it does not start with "
                                  "BEGIN:VCARD)")
    if cards >= parallel.PARALLEL_FROM:
        backup = _backup_before(dry_run)
        chunks = parallel.vcard_chunks(text, str(path), order, settings.get("phone_region"),
                                       clock.today())
        checked = parallel.checked_in_workers("vcard", chunks, parallel.Totals(), cancelled)
        report = run_import(checked=checked, dry_run=dry_run, total=cards, progress=progress,
                            cancelled=cancelled)
        report.backup = backup
        return report
    records = list(vcard_in.parse_vcards(text, str(path), order))
    return import_cards(records, dry_run=dry_run, progress=progress, cancelled=cancelled)


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
    file_format = file_format or detect_format(path)
    if file_format == "vcard":
        if overrides:
            raise UnreadableFileError(str(path), None, "--map applies to CSV files only")
        return import_vcards(path, dry_run=dry_run, progress=progress, cancelled=cancelled)
    return import_csv(plan_csv(path, overrides), dry_run=dry_run, progress=progress,
                      cancelled=cancelled)


def export_file(path: Path, file_format: str, customer_ids: Sequence[int] | None = None) -> str:
    """Write the export atomically; returns the one-line summary."""
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
        data, written, without = csv_out.mailing_list_csv(profiles)
        what = f"{written} newsletter addresses" + (
            f" ({without} who agreed have no email)" if without else "")
    else:
        raise UnreadableFileError(str(path), None, f"unknown export format {file_format!r}")
    write_atomically(path, data)
    return f"exported {what} to {path}"
