"""One window per data folder: a second start asks the first to show."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from app.ui.single_instance import SingleInstance


def test_a_second_start_asks_the_first_to_show(qtbot, tmp_path: Path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.ask_running_to_show()
    finally:
        first.release()
    assert second.acquire()  # free again once the first has gone
    second.release()


def test_a_lock_left_by_a_crash_is_taken_over(tmp_path: Path):
    crashed = subprocess.Popen([sys.executable, "-c", "pass"])
    crashed.wait()
    # QLockFile's own format: the owner's pid, application name and host.
    (tmp_path / "regulars.lock").write_text(f"{crashed.pid}\npython\n{socket.gethostname()}\n")
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    instance.release()
