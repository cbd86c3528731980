"""Long jobs (imports, exports, backups, checks) off the window's thread, with progress and
cancel.

The job runs in a QThread with its own SQLite connection (peewee keeps one per thread); the
window stays responsive and is told through signals. A failure comes back as the exception
itself, traceback and all, so that the runner's one error path can log it
(`app.ui.runner.Runner.background`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core import session

Job = Callable[[Callable[[int, int | None], None], Callable[[], bool]], Any]


class Worker(QObject):
    progressed = Signal(int, int)  # done, total (0 when unknown)
    succeeded = Signal(object)
    crashed = Signal(object)  # the exception
    done = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(lambda d, t: self.progressed.emit(d, t or 0), self._cancel.is_set)
        except Exception as error:
            self.crashed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            session.close_thread()
            self.done.emit()


class Background(QObject):
    """Owns one thread and one worker for one job.

    The worker's signals are passed on by this object's own, which live on the window's
    thread: whatever is connected to them (a lambda too) runs there, never in the worker.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    crashed = Signal(object)
    done = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.worker = Worker(job)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.done.connect(self.thread.quit)
        self.worker.progressed.connect(self.progressed)
        self.worker.succeeded.connect(self.succeeded)
        self.worker.crashed.connect(self.crashed)
        self.worker.done.connect(self.done)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self) -> None:
        self.thread.quit()
        self.thread.wait()

    def running(self) -> bool:
        return self.thread.isRunning()
