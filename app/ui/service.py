"""The window's one door to the data: what the views read, and the runner they write through.

Reading is plain calls into `app.core`. Every write is an operation (`app.core.edits`) that
the runner makes (`service.run`), logs, puts on the undo stack and announces with one
`changed` signal; the list, the profile and the timeline each decide for themselves whether
it concerns them (the shape of Anki's CollectionOp and operation_did_execute). Only this module
and the runner reach the file formats in `app.exchange`, and only when first needed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance

from app.core import (
    backups,
    clock,
    consent,
    counter,
    customers,
    demo,
    directory,
    duplicates,
    edits,
    erasure,
    followups,
    glance,
    health,
    logs,
    profile,
    reminders,
    server_copy,
    session,
    settings,
    timeline,
    week,
)
from app.core.operations import Change, Done, Kind, Operation
from app.ui.local_forms import LocalForms
from app.ui.privacy import Privacy
from app.ui.runner import Runner
from app.ui.worker import Job

T = TypeVar("T")


@dataclass(frozen=True)
class LastImport:
    """An import that can still be taken back by restoring the copy taken before it."""

    backup: Path
    added: int
    version: int


class DataService(QObject):
    """Reads for the views, and `run` for their writes (through the one runner)."""

    # The shop's country, currency or language changed: dates and amounts are written anew.
    forms_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = Runner(self)
        self._forms: LocalForms | None = None
        self.runner.changed.connect(self._check_forms)
        # Whether the screen faces the shop: every view that shows a customer reads it here.
        self.privacy = Privacy(self)
        self._last_import: LastImport | None = None
        self.runner.changed.connect(self._forget_import)
        self._erased: set[int] | None = None  # the register's ids the undo stack is rid of

    @property
    def changed(self) -> SignalInstance:
        """The runner's one change signal: every view listens here."""
        return self.runner.changed

    @property
    def failed(self) -> SignalInstance:
        return self.runner.failed

    def run(self, operation: Operation[T], *, source: object | None = None,
            report: Callable[[str], None] | None = None) -> Done[T] | None:
        return self.runner.run(operation, source=source, report=report)

    # Other processes -------------------------------------------------------------------------

    def data_version(self) -> int:
        if self._erased is None:  # the window's first look: what was erased before it opened
            self.forget_erased()
        return session.data_version()

    def changes_socket(self) -> int | None:
        """What becomes readable when another counter writes to a server book (None on the
        file, where `data_version` is asked every few seconds)."""
        return session.changes_socket()

    def changed_elsewhere(self) -> None:
        """A command-line job wrote: every view reads again, and the undo steps of customers it
        erased (`regulars erase`) leave the stack, as with an erasure in the window."""
        self.forget_erased()
        self.runner.broadcast(Change.everything())

    def forget_erased(self, just_now: Iterable[int] = ()) -> None:
        """Every customer the erasure register names that the undo stack still knew (and those
        erased `just_now` by this window): their steps leave it (`Runner.forget`). The first
        look otherwise only learns the register."""
        erased = {line.customer_id for line in erasure.register()}
        known = self._erased if self._erased is not None else erased - set(just_now)
        for customer_id in sorted(erased - known):
            self.runner.forget(customer_id)
        self._erased = erased

    # Backups ---------------------------------------------------------------------------------

    def backup_now(self) -> tuple[Path, int]:
        return backups.backup_to(None)

    def backups(self) -> list[Any]:
        return backups.listing()

    def daily_backup(self) -> Path | None:
        """Once a day while the window runs (an empty database needs no copy)."""
        if directory.count(include_archived=True):
            return backups.daily(clock.now())
        return None

    def damage(self) -> str | None:
        """What SQLite's page-by-page check finds wrong with the file; None when sound."""
        return health.quick_problem()

    def restore(self, source: Path) -> backups.Restored:
        """Replace the data with a backup (itself backed up first; customers erased since it
        was made erased again); the undo stack, which speaks of rows that may not be there
        any more, starts again."""
        restored = backups.restore(source, session.own_file().parent)
        self._last_import = None
        self.runner.undo_stack.clear()
        self.runner.broadcast(Change.everything())
        return restored

    # Import and export -------------------------------------------------------------------------

    def read_import(self, path: Path) -> tuple[str, Any]:
        """("vcard", cards) or ("csv", plan): what the wizard previews; raises when unreadable."""
        from app.exchange import jobs  # file formats load when first needed

        plan = jobs.plan(path)
        return ("vcard" if isinstance(plan, jobs.VcardPlan) else "csv"), plan

    def import_job(self, kind: str, source: Any, dry_run: bool) -> Job:
        """The import (or its dry run) to run in the background, with progress and Cancel."""
        from app.exchange import jobs

        def job(progress: Callable[[int, int | None], None], cancelled: Callable[[], bool]) -> Any:
            if kind == "csv":
                return jobs.import_csv(source, dry_run=dry_run, progress=progress,
                                       cancelled=cancelled)
            return jobs.import_vcards(source, dry_run=dry_run, progress=progress,
                                     cancelled=cancelled)

        return job

    def names_customers(self, plan: Any) -> bool:
        from app.exchange.csv_in import names_customers

        return names_customers(plan.mapping)

    def imported(self, report: Any) -> None:
        """An import finished in the background: every view reads again, and the import can
        be taken back (by restoring the copy taken before it) until something else is
        written."""
        self.runner.broadcast(edits.imported(report.customer_ids))
        if report.backup is not None:
            self._last_import = LastImport(Path(report.backup), report.imported,
                                           session.data_version())

    def undoable_import(self) -> LastImport | None:
        """The last import, while nothing has been written since (here or by a job)."""
        last = self._last_import
        if last is not None and (session.data_version() != last.version
                                 or not last.backup.exists()):
            self._last_import = None
        return self._last_import

    def undo_import(self) -> backups.Restored:
        """The backup taken before the last import, restored (see `restore`)."""
        last = self.undoable_import()
        if last is None:
            raise LookupError("no import to undo")
        return self.restore(last.backup)

    def _forget_import(self, change: Change) -> None:
        if Kind.ALL not in change.kinds:
            self._last_import = None

    def export_job(self, path: Path, file_format: str,
                   customer_ids: list[int] | None = None) -> Job:
        """The export, to run in the background; its result is the one-line summary."""
        from app.exchange import jobs

        return lambda _progress, _cancelled: jobs.export_file(path, file_format, customer_ids)

    def server_address(self, text: str) -> str:
        """What was typed as a server book's address, as it will be used; `ValidationError`
        saying how to write one."""
        return server_copy.checked_address(text)

    def copy_to_server_job(self, url: str, password: str) -> Job:
        """The customer book copied to the server book at `url`, in the background; its
        progress is the rows copied of all, its result the `Copied`."""

        def job(progress: Callable[[int, int | None], None],
                _cancelled: Callable[[], bool]) -> server_copy.Copied:
            total = server_copy.rows_to_copy()
            finished: dict[str, int] = {}

            def copied(table: str, rows: int) -> None:
                finished[table] = rows
                progress(sum(finished.values()), total)

            done = server_copy.to_server(url, copied, password or None)
            logs.log_operation("copy to a server", [])
            return done

        return job

    def write_customer_data(self, path: Path, customer_id: int) -> Path:
        """Everything kept about one customer, written to `path` for them to read: the page
        and the text in the shop's language, as the window speaks it."""
        from app.exchange import customer_data

        forms = self.forms
        written = customer_data.write(path, customer_id, forms.say, forms.key[0],
                                      forms.month_day)
        logs.log_operation("export customer data", [customer_id])
        return written.path

    # Reading -----------------------------------------------------------------------------------

    def customer_ids(self, query: str, sort: str, descending: bool,
                     include_archived: bool = False, limit: int | None = None,
                     only: str = "") -> list[int]:
        return directory.customer_ids(query, sort, descending, include_archived, limit, only)

    def rows(self, ids: Sequence[int]) -> dict[int, directory.Row]:
        return directory.rows(ids)

    def customer_total(self, query: str, include_archived: bool = False,
                       only: str = "") -> int:
        return directory.total(query, include_archived, only)

    def sample_count(self) -> int:
        return demo.count()

    def erasure_line(self, customer_id: int) -> int | None:
        """The number of the erasure register's line for this customer, once erased."""
        line = erasure.line_of(customer_id)
        return None if line is None else line.number

    def profile(self, customer_id: int) -> profile.Profile:
        return profile.load(customer_id)

    def glance(self, customer_id: int,
               loaded: profile.Profile | None = None) -> glance.Glance:
        return glance.load_glance(customer_id, loaded)

    def mark_opened(self, customer_id: int) -> None:
        """Remember the moment, for "opened most recently": bookkeeping, not a change the
        owner made, so no view redraws and nothing goes on the undo stack."""
        directory.mark_opened(customer_id)

    def profiles(self, customer_ids: list[int]) -> list[profile.Profile]:
        return profile.load_many(customer_ids)

    def entries(self, customer_id: int, offset: int, limit: int) -> list[timeline.Entry]:
        return timeline.entries(customer_id, offset, limit)

    def entry_count(self, customer_id: int) -> int:
        return timeline.count(customer_id)

    def counter_name(self) -> str:
        """The name this counter writes on what it logs (`app.core.counter`)."""
        return counter.name()

    def merged_count(self, customer_id: int) -> int:
        """How many records were merged into this customer (an erasure takes them along)."""
        return len(erasure.with_merged([customer_id])) - 1

    def consent_history(self, customer_id: int) -> list[consent.Record]:
        """A customer's words on newsletter mail, oldest first: the profile says the latest,
        the timeline shows each."""
        return consent.history(customer_id)

    def all_tags(self) -> list[str]:
        return customers.all_tags()

    def tags_of(self, customer_ids: list[int]) -> list[str]:
        found: dict[str, str] = {}
        for p in profile.load_many(customer_ids):
            for tag in p.tags:
                found.setdefault(tag.casefold(), tag)
        return sorted(found.values(), key=str.casefold)

    def duplicate_pairs(self) -> list[duplicates.DuplicatePair]:
        return duplicates.find_pairs()

    def setting(self, key: str) -> Any:
        return settings.get(key)

    def setting_stored(self, key: str) -> bool:
        return settings.stored(key)

    @property
    def forms(self) -> LocalForms:
        """How the window writes dates and amounts for this shop; read once, then again when a
        change may have touched the settings (the list paints hundreds of them)."""
        if self._forms is None:
            self._forms = LocalForms(settings.get("language"), settings.get("country"),
                                     settings.get("currency"))
        return self._forms

    def _check_forms(self, change: Change) -> None:
        if self._forms is None or not change.any(Kind.SETTINGS):
            return
        before, self._forms = self._forms.key, None
        if self.forms.key != before:
            self.forms_changed.emit()

    def open_follow_ups(self) -> list[tuple[followups.OpenFollowUp, str]]:
        return followups.all_open()

    def week(self, end: dt.date | None = None) -> week.Review:
        return week.review(end)

    # Reminders -------------------------------------------------------------------------------

    def pending_reminders(self, day: dt.date,
                          customer_ids: Collection[int] | None = None) -> list[reminders.Reminder]:
        return reminders.pending(day, customer_ids=customer_ids)

    def not_shown_on(self, found: list[reminders.Reminder],
                     day: dt.date) -> list[reminders.Reminder]:
        return reminders.not_shown_on(found, day)

    def mark_shown(self, found: list[reminders.Reminder], day: dt.date) -> None:
        """Bookkeeping (each reminder is announced once a day), not a change to undo."""
        reminders.mark_shown(found, day, clock.now())
