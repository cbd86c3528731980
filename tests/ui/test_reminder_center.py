"""When reminders are read and announced, and how they follow each change."""

from __future__ import annotations

import datetime as dt

from app.core import customers, edits, reminders


def test_announced_once_a_day_even_after_a_restart(qtbot, window, service, settings):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    service.run(edits.add_date(cid, kind="birthday", month=11, day=24))
    seen = []
    window.center.announce.connect(seen.append)
    window.center.check(startup=True)
    assert [len(batch) for batch in seen] == [1]
    assert window.statusBar().currentMessage() == (
        "Today: nothing due, and 1 this week. First: Tomorrow · Eleanor's birthday. "
        "See the Today list.")
    from app.ui.main_window import MainWindow

    again = MainWindow(service, settings)  # as after a restart the same day
    qtbot.addWidget(again)
    later = []
    again.center.announce.connect(later.append)
    again.center.check(startup=True)
    assert later == []
    assert again.today.model.rowCount() == 1  # still listed, just not announced again


def test_archiving_removes_its_reminders_from_the_panel(qtbot, window, service):
    cid = customers.create_customer(first_name="Eleanor")
    customers.add_date(cid, "birthday", 11, 24)
    window.center.check()
    assert window.today.model.rowCount() == 1
    service.run(edits.set_archived([cid], True))
    assert window.today.model.rowCount() == 0


def test_after_each_change_the_panel_matches_a_full_reading(qtbot, window, service):
    """A change to one customer re-reads only theirs; the list must be what reading
    everything again gives, in the same order."""
    from app.core import clock

    ids = []
    for n, name in enumerate(("Eleanor", "Tom", "Rose", "Anna")):
        cid = service.run(edits.create_customer(
            first_name=name, contact_every_days=30 if n % 2 else None)).result
        service.run(edits.add_date(cid, kind="birthday", month=11, day=24 + n))
        ids.append(cid)
    service.run(edits.add_follow_up(ids[1], "ring about the order", due=dt.date(2026, 11, 20)))
    window.center.check()

    def same_as_full() -> None:
        assert window.center.current == reminders.pending(clock.today())
        assert window.today.model.rowCount() == len(window.center.current)

    same_as_full()
    service.run(edits.log_entry(ids[1], "call", "rang: order is in"))  # stay in touch starts again
    same_as_full()
    service.run(edits.add_date(ids[0], kind="anniversary", month=11, day=23))
    same_as_full()
    service.run(edits.snooze_reminders(
        [r for r in window.center.current if r.customer_id == ids[2]], dt.date(2026, 11, 30)))
    same_as_full()
    service.run(edits.complete_reminder(
        next(r for r in window.center.current if r.kind == "follow_up")))
    same_as_full()
    service.run(edits.set_archived([ids[3]], True))
    same_as_full()
    service.run(edits.update_customer(ids[0], nickname="Ellie"))  # the names in the texts change
    same_as_full()
    assert any("Ellie" in text for text in window.today.texts())


def test_the_timed_check_reads_off_the_window_thread_and_keeps_what_changed_meanwhile(
        qtbot, window, service, monkeypatch):
    import threading

    from app.core import clock

    # The background reading is held back after it has read, so that what it read is
    # older than the call logged below.
    read = service.pending_reminders
    has_read, logged = threading.Event(), threading.Event()

    def read_then_wait(day, customer_ids=None):
        found = read(day, customer_ids)
        if threading.current_thread() is not threading.main_thread():
            has_read.set()
            logged.wait(5)
        return found

    monkeypatch.setattr(service, "pending_reminders", read_then_wait)

    cid = service.run(edits.create_customer(first_name="Eleanor", nickname="Ellie")).result
    other = service.run(edits.create_customer(first_name="Tom", contact_every_days=7)).result
    service.run(edits.add_date(cid, kind="birthday", month=11, day=25))
    window.center.check()  # as at start-up; what follows is the check every few minutes
    with qtbot.waitSignal(window.center.updated, timeout=5000):
        window.center.start()
        assert window.center.reading()
        assert has_read.wait(5)
        # The owner logs a call while the reminders are being read.
        service.run(edits.log_entry(other, "call", "rang about the order"))
        logged.set()
    qtbot.waitUntil(lambda: not window.center.reading())
    assert window.center.current == reminders.pending(clock.today())
    tom = [r.text for r in window.center.current if r.customer_id == other]
    assert tom == ["Tom: no contact for 0 days (you wanted every 7 days)"]  # not "not yet"
    assert "in 2 days · Ellie's birthday" in window.today.texts()


def test_a_closed_window_starts_no_reminder_check(qtbot, window, service):
    service.run(edits.create_customer(first_name="Eleanor"))
    window.close()  # before the start-up check was due
    window.center.start()
    assert not window.center.reading()
