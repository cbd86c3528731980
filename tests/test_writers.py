
"""Several processes at once, and one window per data folder."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from app.core import edits
from app.core.profile import load
from app.ui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[1]

WRITER = """
import sys
from app.core import session, timeline
session.open_data(sys.argv[1])
for n in range(int(sys.argv[3])):
    timeline.log(1, "note", f"{sys.argv[2]} {n}")
"""


def test_several_writers_at_once_lose_nothing(store):
    from app.core import customers

    customers.create_customer(first_name="Eleanor")
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(store.parent), name, "60"],
                                cwd=ROOT) for name in ("a", "b", "c")]
    for process in writers:
        assert process.wait(timeout=120) == 0
    notes = [e.text for e in __import__("app.core.timeline", fromlist=["entries"]).entries(
        1, 0, 1000)]
    assert sorted(notes) == sorted(f"{w} {n}" for w in "abc" for n in range(60))
    assert load(1).interaction_count == 180


def test_the_window_shows_what_a_command_line_job_wrote(qtbot, window, service, store):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    window.duties.watch()
    result = subprocess.run([sys.executable, "-m", "app", "log", str(cid), "--kind", "call",
                             "--text", "rang from the shop phone", "--at", "2026-11-23T10:00",
                             "--data-dir",
                             str(store.parent)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    window.duties.watch()  # the timer's tick
    model = window.timeline.model
    assert model.rowCount() == 1 and "rang from the shop phone" in model.data(model.index(0, 0))
    assert window.model.data(window.model.index(window.model.row_of(cid), 2)) == "today"


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


def test_a_closed_window_stops_watching(qtbot, window):
    assert window.duties._watcher.isActive()
    window.close()
    assert not window.duties._watcher.isActive()
