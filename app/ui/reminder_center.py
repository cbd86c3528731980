"""When reminders are looked at and announced: at start-up, at the notification time, each day.

The center re-reads what is due every few minutes and right after midnight,
so a machine left on overnight shows the new day's reminders. It announces
each reminder once a day (the state is stored, so a restart does not repeat
it) at start-up and when the notification time of day comes. A change to a
few customers re-reads only theirs: a large shop has tens of thousands of
reminders, and reading them all after every logged conversation held the
window up for a noticeable moment.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import clock
from app.core.operations import Change, Kind
from app.core.reminders import Reminder, replace_for
from app.ui.service import DataService
from app.ui.worker import Background

CHECK_EVERY_MS = 5 * 60 * 1000
FEW_CUSTOMERS = 200  # a change to more than this many re-reads everything


class ReminderCenter(QObject):
    updated = Signal(list)  # every pending reminder, for the tray menu and the Today panel
    announce = Signal(list)  # those to show as a message now

    def __init__(self, service: DataService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.current: list[Reminder] = []
        self._day: dt.date | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_in_background)
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.check_in_background)
        self._job: Background | None = None
        self._job_started = dt.datetime.min
        self._job_startup = False
        self._touched: set[int] = set()  # customers changed while the job was reading
        self._stale = False  # everything changed while the job was reading
        self._stopped = False
        service.changed.connect(self._changed)

    def start(self) -> None:
        """Read and announce what is due now, then keep watching the clock."""
        if self._stopped:
            return  # the window closed before the start-up check was due
        self.check_in_background(startup=True)
        self._timer.start()

    def stop(self) -> None:
        """For good: the window is closing."""
        self._stopped = True
        self._timer.stop()
        self._midnight.stop()
        if self._job is not None:
            self._job.wait()

    def _changed(self, change: Change) -> None:
        if not change.any(Kind.REMINDERS):
            return
        ids = change.customer_ids
        if change.any(Kind.SETTINGS) or not ids or len(ids) > FEW_CUSTOMERS or self._day is None:
            self._stale = self.reading()
            self.refresh()
            return
        if self.reading():
            self._touched |= ids
        fresh = self._service.pending_reminders(clock.today(), ids)
        self._publish(replace_for(self.current, ids, fresh))

    def refresh(self) -> None:
        self._publish(self._service.pending_reminders(clock.today()))

    def _publish(self, found: list[Reminder]) -> None:
        self.current = found
        self.updated.emit(found)

    def _notification_time(self) -> dt.time:
        hours, minutes = str(self._service.setting("notification_time")).split(":")
        return dt.time(int(hours), int(minutes))

    def check(self, startup: bool = False) -> None:
        """Read everything due now and announce what is new, here and at once."""
        now = clock.now()
        self._settle(self._service.pending_reminders(now.date()), now, startup)

    def check_in_background(self, startup: bool = False) -> None:
        """As `check`, with the reading off the window's thread: at a hundred thousand
        customers it takes half a second, at start-up and every few minutes."""
        if self._stopped:
            return
        if self.reading():
            self._job_startup |= startup
            return
        self._job_started, self._job_startup = clock.now(), startup
        self._touched, self._stale = set(), False
        day = self._job_started.date()
        if self._job is not None:
            self._job.deleteLater()  # the one before, finished
        self._job = self._service.runner.background(
            lambda _p, _c: self._service.pending_reminders(day),
            on_result=self._read_in_background, on_failure=self._not_read,
            where="reminders check")

    def reading(self) -> bool:
        return self._job is not None and self._job.running()

    def _read_in_background(self, found: list[Reminder]) -> None:
        day = self._job_started.date()
        if self._stale:
            found = self._service.pending_reminders(day)
        elif self._touched:  # written while the job read: theirs again, as they are now
            found = replace_for(found, self._touched,
                                self._service.pending_reminders(day, self._touched))
        self._touched, self._stale = set(), False
        self._settle(found, self._job_started, self._job_startup)

    def _not_read(self, problem: str) -> None:
        """The file could not be read off the window's thread: say so, and read it here."""
        day = self._job_started.date()
        found = self._service.runner.attempt(
            lambda: self._service.pending_reminders(day), "reminders",
            report=lambda message: self._service.failed.emit(
                self.tr("Today's reminders could not be read: {problem}").format(
                    problem=message)))
        if found is None:
            return
        self._settle(found, self._job_started, self._job_startup)

    def _settle(self, found: list[Reminder], now: dt.datetime, startup: bool) -> None:
        today = now.date()
        new_day = self._day is not None and today != self._day
        self._day = today
        self._publish(found)
        self._arm_midnight(now)
        if startup or new_day or now.time() >= self._notification_time():
            fresh = self._service.not_shown_on(self.current, today)
            if fresh and (startup or now.time() >= self._notification_time()):
                self._service.mark_shown(fresh, today)
                self.announce.emit(fresh)

    def _arm_midnight(self, now: dt.datetime) -> None:
        tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5))
        self._midnight.start(max(1000, int((tomorrow - now).total_seconds() * 1000)))
