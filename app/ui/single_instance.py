"""One Regulars per data folder: a second start brings the running window to the front.

A QLockFile in the data folder says who runs; a lock left by a crashed
process is noticed (its process is gone) and taken over. The running window
listens on a QLocalServer named after the folder; a second start sends it
"show" and exits.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_WAIT_MS = 1500


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"regulars-{digest}"


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / "regulars.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the one to run (a stale lock is taken over)."""
        if not self._lock.tryLock(100):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                self._lock.removeStaleLockFile()
                if not self._lock.tryLock(100):
                    return False
            else:
                return False
        QLocalServer.removeServer(self._name)  # a socket left by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._connection)
        self._server.listen(self._name)
        return True

    def _connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is not None:
            socket.waitForReadyRead(_WAIT_MS)
            if bytes(socket.readAll().data()).strip() == b"show":
                self.activated.emit()
            socket.disconnectFromServer()

    def ask_running_to_show(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(_WAIT_MS):
            return False
        socket.write(b"show\n")
        socket.waitForBytesWritten(_WAIT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
