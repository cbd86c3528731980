"""Long jobs off the window's thread: progress, the result or the error, and Cancel."""

from __future__ import annotations

import threading

import pytest

from app.core import customers, directory
from app.ui.worker import Background


def run_to_end(qtbot, job) -> tuple[Background, list, list, list]:
    task = Background(job)
    progress, results, errors = [], [], []
    task.progressed.connect(lambda done, total: progress.append(
        (done, total, threading.current_thread() is threading.main_thread())))
    task.succeeded.connect(results.append)
    task.crashed.connect(errors.append)
    with qtbot.waitSignal(task.done, timeout=10_000):
        task.start()
    task.wait()
    assert not task.running()
    return task, progress, results, errors


def test_a_job_runs_on_its_own_thread_and_reports_back_on_the_window_s(qtbot):
    def job(progress, _cancelled):
        for done in (1, 2, 3):
            progress(done, 3)
        progress(4, None)  # a total not known
        return threading.get_ident()

    _task, progress, results, errors = run_to_end(qtbot, job)
    assert results and results[0] != threading.get_ident()
    assert errors == []
    assert progress == [(1, 3, True), (2, 3, True), (3, 3, True), (4, 0, True)]


def test_a_failure_comes_back_as_the_exception_itself(qtbot):
    def job(_progress, _cancelled):
        raise KeyError("the shop's cat sat on the keyboard")

    _task, _progress, results, errors = run_to_end(qtbot, job)
    assert results == []
    assert len(errors) == 1 and isinstance(errors[0], KeyError)
    assert errors[0].__traceback__ is not None  # so that the log can say where


def test_cancel_is_seen_by_the_job(qtbot):
    started = threading.Event()

    def job(_progress, cancelled):
        started.set()
        for _ in range(500):
            if cancelled():
                return "stopped"
            threading.Event().wait(0.01)
        return "ran to the end"

    task = Background(job)
    results = []
    task.succeeded.connect(results.append)
    with qtbot.waitSignal(task.done, timeout=10_000):
        task.start()
        assert started.wait(5)
        task.cancel()
    task.wait()
    assert results == ["stopped"]


@pytest.mark.usefixtures("store")
def test_a_job_writes_through_its_own_connection_and_the_window_sees_it(qtbot):
    def job(_progress, _cancelled):
        return customers.create_customer(first_name="Eleanor")

    _task, _progress, results, errors = run_to_end(qtbot, job)
    assert errors == []
    assert directory.customer_ids() == results  # read here, on the window's connection
