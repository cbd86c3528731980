"""One window per data folder: a second start asks the first to show."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

from app.ui.single_instance import SingleInstance, socket_path


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


def _owner_only(path: Path) -> bool:
    return stat.S_IMODE(path.lstat().st_mode) & 0o077 == 0


def test_the_socket_is_owner_only_in_the_runtime_folder_and_gone_after(tmp_path: Path,
                                                                      monkeypatch):
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    data = tmp_path / "data"
    data.mkdir()
    instance = SingleInstance(data)
    assert instance.acquire()
    try:
        [socket_file] = runtime.iterdir()
        assert stat.S_ISSOCK(socket_file.lstat().st_mode) and _owner_only(socket_file)
        assert str(socket_file) == socket_path(data)
    finally:
        instance.release()
    assert not list(runtime.iterdir())


def test_without_a_private_runtime_folder_the_socket_is_in_the_data_folder(qtbot,
                                                                          tmp_path: Path,
                                                                          monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not list(shared.iterdir())
        sockets = [p for p in tmp_path.iterdir() if stat.S_ISSOCK(p.lstat().st_mode)]
        assert len(sockets) == 1 and _owner_only(sockets[0])
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert SingleInstance(tmp_path).ask_running_to_show()
    finally:
        first.release()
    assert not [p for p in tmp_path.iterdir() if stat.S_ISSOCK(p.lstat().st_mode)]


def test_a_socket_left_by_a_killed_run_is_replaced_by_the_lock_owner(qtbot, tmp_path: Path,
                                                                     monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    killed = subprocess.Popen([sys.executable, "-c", "pass"])
    killed.wait()
    (tmp_path / "regulars.lock").write_text(f"{killed.pid}\npython\n{socket.gethostname()}\n")
    left = socket.socket(socket.AF_UNIX)
    left.bind(str(socket_path(tmp_path)))  # never unlinked, as after SIGTERM
    left.close()
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert SingleInstance(tmp_path).ask_running_to_show()
    finally:
        first.release()


def test_sigterm_ends_the_window_as_quit_does(tmp_path: Path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("XDG_RUNTIME_DIR", None)
    window = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(tmp_path)],
                              cwd=Path(__file__).resolve().parents[2], env=environment)
    try:
        deadline = time.monotonic() + 60
        while not Path(socket_path(tmp_path)).exists():
            assert window.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(0.5)
        window.send_signal(signal.SIGTERM)
        assert window.wait(timeout=30) == 0
    finally:
        window.kill()
    assert not Path(socket_path(tmp_path)).exists()
    assert not (tmp_path / "regulars.lock").exists()
