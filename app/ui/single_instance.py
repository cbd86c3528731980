"""One Regulars per data folder: a second start brings the running window to the front.

A QLockFile in the data folder says who runs; a lock left by a crashed
process is noticed (its process is gone) and taken over. The running window
listens on a QLocalServer named after the folder; a second start sends it
"show" and exits.

The socket is in a folder only the owner can enter (the session's runtime
folder, else the data folder), never under a guessable name in /tmp: there
another user could take the name first, hear the owner's "show" and leave the
owner's window deaf. Only the holder of the lock removes a socket, so one left
by a killed run is cleared by the next run that owns the folder.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.core import logs

_WAIT_MS = 1500
SOCKET_NAME = "regulars.sock"


def _private_runtime_dir() -> Path | None:
    """$XDG_RUNTIME_DIR when it is a folder of this user that no one else can enter."""
    value = os.environ.get("XDG_RUNTIME_DIR")
    if not value:
        return None
    try:
        info = Path(value).stat()
    except OSError:
        return None
    if (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid()
            or stat.S_IMODE(info.st_mode) & 0o077):
        return None
    return Path(value)


def socket_path(data_dir: Path) -> str:
    """Where the running window listens for the data folder `data_dir`."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return f"regulars-{digest}"  # a named pipe, limited to the user by UserAccessOption
    runtime = _private_runtime_dir()
    if runtime is not None:
        return str(runtime / f"regulars-{digest}.sock")
    return str(data_dir / SOCKET_NAME)


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = socket_path(data_dir)
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
        QLocalServer.removeServer(self._name)  # a socket left by a killed run: ours now
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connection)
        if not self._server.listen(self._name):
            logs.log.warning("a second start cannot bring this window to the front: %s",
                             self._server.errorString())
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
