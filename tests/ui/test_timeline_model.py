"""The timeline's model: pages of entries, and Qt's model checks."""

from __future__ import annotations

import datetime as dt

from app.core import edits, timeline
from app.ui.timeline_model import ENTRY_ROLE, PAGE, TimelineModel


def test_timeline_model_pages_and_passes_the_model_tester(qtmodeltester, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    start = dt.datetime(2026, 1, 1, 9)
    for day in range(PAGE + 20):
        timeline.log(cid, "visit", f"visit {day}", at=start + dt.timedelta(days=day))
    model = TimelineModel(service)
    model.set_customer(cid)
    assert model.rowCount() == PAGE
    assert model.canFetchMore(model.index(0, 0).parent())
    model.fetchMore(model.index(0, 0).parent())
    assert model.rowCount() == PAGE + 20
    assert not model.canFetchMore(model.index(0, 0).parent())
    assert "visit 69" in model.data(model.index(0, 0))
    qtmodeltester.check(model, force_py=True)


def test_the_entries_are_said_again_in_another_language(qtbot, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    timeline.log(cid, "visit", "quick coffee")
    model = TimelineModel(service)
    model.set_customer(cid)
    assert model.data(model.index(0, 0)).startswith("Visit · ")
    with qtbot.waitSignal(model.modelReset):
        service.forms_changed.emit()
    assert model.rowCount() == 1


def test_consent_records_are_rows_at_their_time_and_no_entries(qtmodeltester, service):
    """Each word on newsletter mail shows among the entries where its time puts it, also
    when the entries come a page at a time; a record's row is no entry to edit."""
    from app.core import consent
    from app.ui.timeline_model import RECORD_ROLE

    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    start = dt.datetime(2026, 1, 1, 9)
    for day in range(PAGE + 20):
        timeline.log(cid, "visit", f"visit {day}", at=start + dt.timedelta(days=day))
    consent.record(cid, True, "signed_form", at=start + dt.timedelta(days=60, hours=1))
    consent.record(cid, False, "email", at=start + dt.timedelta(days=5, hours=1))
    model = TimelineModel(service)
    model.set_customer(cid)
    said = [str(model.data(model.index(row, 0))).rsplit(" · ", 1)[-1]
            for row in range(model.rowCount())]
    assert said[:11] == [f"visit {day}" for day in range(69, 60, -1)] + [
        "Newsletter consent given (on a signed form)", "visit 60"]
    assert len(said) == PAGE + 1  # the older record waits for the page its time is on
    given = model.index(9, 0)
    assert model.entry(9) is None and given.data(ENTRY_ROLE) is None
    assert given.data(RECORD_ROLE).how == "signed_form"
    assert str(given.data()).startswith("Consent · ")
    model.fetchMore(model.index(0, 0).parent())
    said = [str(model.data(model.index(row, 0))).rsplit(" · ", 1)[-1]
            for row in range(model.rowCount())]
    assert len(said) == PAGE + 22
    assert said[-8:] == ["visit 6", "Newsletter consent withdrawn (by email)", "visit 5",
                         "visit 4", "visit 3", "visit 2", "visit 1", "visit 0"]
    qtmodeltester.check(model, force_py=True)


def test_a_consent_recorded_or_undone_shows_at_once(service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    model = TimelineModel(service)
    model.set_customer(cid)
    assert model.rowCount() == 0
    service.run(edits.record_consent(cid, True, "in_person"))
    assert model.rowCount() == 1 and model.record(0).given
    service.runner.undo_stack.undo()
    assert model.rowCount() == 0
