"""The window at a second counter, in a process of its own, driven by keys as a person drives it:

    python -m tests.journeys.second_counter URL WHOM NOTE

opens the window on the server book at URL as `regulars --database URL` does (its own data
folder: $REGULARS_DATA_DIR), finds WHOM by typing, logs NOTE with Ctrl+L and Enter, waits to see
it on the timeline, prints the moment it was saved (seconds since the epoch) and quits.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core import logs, session
from app.ui import application
from tests.journeys.person import Person


class _Hands:
    """What `Person` asks of pytest-qt's bot, done by QTest itself (there is no test here)."""

    keyClick = staticmethod(QTest.keyClick)  # noqa: N815 - pytest-qt's names
    keyClicks = staticmethod(QTest.keyClicks)  # noqa: N815
    mouseClick = staticmethod(QTest.mouseClick)  # noqa: N815
    mouseDClick = staticmethod(QTest.mouseDClick)  # noqa: N815
    mouseRelease = staticmethod(QTest.mouseRelease)  # noqa: N815

    @staticmethod
    def waitUntil(done: Callable[[], object], timeout: int = 5000) -> None:  # noqa: N802
        end = time.monotonic() + timeout / 1000
        while not done():
            if time.monotonic() > end:
                raise TimeoutError(f"not done within {timeout} ms")
            QTest.qWait(10)


def main(url: str, whom: str, note: str) -> int:
    application.make_application()
    folder = Path(os.environ["REGULARS_DATA_DIR"])
    opened = application.open_window(
        None, url=url, settings=QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat))
    if isinstance(opened, int):
        return opened
    window, instance = opened
    QTest.qWaitForWindowExposed(window)
    person = Person(_Hands())
    person.waits_to_see("customers", timeout=10_000)
    person.press("Ctrl+F")
    person.type(whom)
    person.press("Enter")
    person.press("Ctrl+L")
    person.type(note)
    person.press("Enter")
    person.waits_to_see(note, timeout=10_000)
    print(time.time(), flush=True)
    window.commands.quit()
    QApplication.processEvents()
    session.close()
    instance.release()
    logs.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
