"""The window as `regulars` opens it, over a real database in a temporary folder, and a person
to use it.

`opened` starts from what a shop owner has on a first start (no customers); `regular` from a
shop with the sample customers added through the first page's button, closed and started again,
as the owner would have it on any later morning.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.core import clock, logs, session
from app.ui import application
from tests.conftest import TODAY
from tests.journeys.person import Person


@pytest.fixture
def person(qtbot) -> Person:
    return Person(qtbot)


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    """The folder `start` opens (as `--data-dir`); a journey module may name another."""
    return tmp_path / "data"


@pytest.fixture
def start(qtbot, tmp_path: Path, monkeypatch, data_folder: Path):
    """start() opens the window exactly as `regulars` does; each call is a new start of the
    program over the same data folder and window settings, the previous window quit first."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the log's hook goes with the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    data_dir = data_folder
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    running: list = []

    def quit_running() -> None:
        while running:
            window, instance = running.pop()
            window.commands.quit()
            for left in QApplication.topLevelWidgets():  # a program that quit shows nothing
                if left.isVisible():
                    left.close()
            session.close()
            instance.release()
            logs.close()

    def open_again(prepare: Callable[[], object] | None = None):
        """`prepare` writes what the shop already holds through app.core, between two starts
        (the window is closed then), so that a journey only ever types into the window."""
        quit_running()
        if prepare is not None:
            session.open_data(data_dir)
            prepare()
            session.close()
        opened = application.open_window(str(data_dir), settings=settings)
        assert not isinstance(opened, int), f"regulars would exit with {opened}"
        window, _instance = opened
        running.append(opened)
        read: list[object] = []
        window.center.updated.connect(read.append)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
        # As a person waits for a program to settle: today's reminders read and announced, so
        # that the start-up message is not what a journey's first step then sees or loses.
        qtbot.waitUntil(lambda: bool(read), timeout=10_000)
        return window

    with clock.frozen(TODAY):
        application.make_application()
        yield open_again
        quit_running()


@pytest.fixture
def opened(start):
    """A first start: the welcome page."""
    return start()


@pytest.fixture
def regular(start, person):
    """A later morning at a shop with the sample customers: the window just started again."""
    start()
    person.click("Try with sample customers")
    return start()


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """The owner's home folder, where a file chooser first opens: empty, in the test's folder."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder
