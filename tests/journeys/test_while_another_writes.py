"""Another program writes for a while (an import, a script at a second counter): the window
reads on, and a conversation logged meanwhile waits for the write to end, the window alive and
saying "Saving…", then goes on the timeline once."""

from __future__ import annotations

import sqlite3
import time

from PySide6.QtCore import QTimer

from app.core import session, timeline


def test_a_note_logged_while_another_program_writes_is_saved_once(regular, person):
    job = sqlite3.connect(session.database_file(), isolation_level=None)
    job.execute("BEGIN IMMEDIATE")  # holds the write lock until it commits
    try:
        began = time.monotonic()
        person.press("Ctrl+F")
        person.type("henry")
        person.press("Enter")
        cid = regular.right.customer_id
        assert cid is not None
        assert person.sees("Henry")
        assert time.monotonic() - began < 1.5  # reading never waits on the writer
        before = timeline.count(cid)

        person.press("Ctrl+L")
        person.type("Asked for oat milk next time")
        seen: list[str] = []
        QTimer.singleShot(700, lambda: seen.append(person.status()))
        QTimer.singleShot(1500, lambda: job.execute("COMMIT"))
        person.press("Enter")
    finally:
        if job.in_transaction:
            job.execute("COMMIT")
        job.close()

    assert seen and seen[0].startswith("Saving…")  # the window was alive, and said why
    texts = [e.text for e in timeline.entries(cid)]
    assert texts.count("Asked for oat milk next time") == 1
    assert timeline.count(cid) == before + 1
    assert regular.timeline.text.text() == ""
    assert not person.status().startswith("Saving")
