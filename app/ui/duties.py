"""What the window does in the background while it is open: it watches for other programs'
writes (on a server book, other counters', the moment the server tells of them), takes the
daily backup and checks every page of the file once after start-up.

Each duty runs through the runner, so a failure is said and logged like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QSocketNotifier, QTimer, Signal

from app.ui.service import DataService
from app.ui.worker import Background

WATCH_EVERY_MS = 2000
BACKUP_LOOK_EVERY_MS = 60_000
CHECK_AFTER_MS = 5_000


class Duties(QObject):
    damaged = Signal(str)  # what the page-by-page check found wrong

    def __init__(self, service: DataService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._check_job: Background | None = None
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.timeout.connect(self.check_soundness)
        self._data_version: int | None = None
        self._told: QSocketNotifier | None = None  # a server book's word of another's write
        self._backup_checked = QElapsedTimer()
        self._backup_job: Background | None = None
        self._watcher = QTimer(self)
        self._watcher.setInterval(WATCH_EVERY_MS)
        self._watcher.timeout.connect(self.watch)

    def start(self) -> None:
        self._check_timer.start(CHECK_AFTER_MS)
        self._backup_checked.start()  # the first look, a minute after start-up
        self._watcher.start()
        self.watch()

    def _listen(self) -> None:
        """On a server book, another counter's write is looked for the moment the server says
        so, not at the next look (the socket changes when the listener had to reconnect)."""
        socket = self._service.changes_socket()
        if socket is None or (self._told is not None and self._told.socket() == socket):
            return
        if self._told is not None:
            self._told.setEnabled(False)
            self._told.deleteLater()
        self._told = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
        self._told.activated.connect(self._look_for_changes)

    def stop(self) -> None:
        """The window is closing: no more looks (a backup or a check under way is one of the
        runner's jobs, which the window waits for)."""
        self._watcher.stop()
        self._check_timer.stop()
        if self._told is not None:
            self._told.setEnabled(False)

    def watch(self) -> None:
        """Every few seconds: did a command-line job change the data? Is a daily backup due?"""
        self._look_for_changes()
        if self._backup_checked.elapsed() >= BACKUP_LOOK_EVERY_MS and (
                self._backup_job is None or not self._backup_job.running()):
            self._backup_checked.restart()
            # Copying a large database takes seconds: off the window's thread.
            self._backup_job = self._service.runner.background(
                lambda _p, _c: self._service.daily_backup(), where="daily backup")

    def _look_for_changes(self) -> None:
        version = self._service.data_version()
        if self._data_version is not None and version != self._data_version:
            self._service.changed_elsewhere()
        self._data_version = version
        self._listen()

    def check_soundness(self) -> None:
        """The check of every page of the file: seconds on a large shop's database, so it
        runs after start-up, off the window's thread (start-up only checks that it opens)."""
        self._check_job = self._service.runner.background(
            lambda _p, _c: self._service.damage(),
            on_result=lambda problem: self.damaged.emit(problem) if problem else None,
            where="integrity check")
