"""The timeline's model: pages of entries, and Qt's model checks."""

from __future__ import annotations

import datetime as dt

from app.core import edits, timeline
from app.ui.timeline_model import PAGE, TimelineModel


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
