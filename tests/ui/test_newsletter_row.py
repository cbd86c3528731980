"""The newsletter box on the profile: ticked asks how, OK records, the latest word beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.core import consent, edits
from app.ui.newsletter_row import NewsletterRow


def _row(qtbot, service) -> tuple[NewsletterRow, int]:
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    row = NewsletterRow(service)
    qtbot.addWidget(row)
    row.show()
    row.show_consent(cid, False, None)
    return row, cid


def test_ok_records_the_consent_through_the_runner(qtbot, service):
    row, cid = _row(qtbot, service)
    qtbot.mouseClick(row.box, Qt.MouseButton.LeftButton)
    assert row.dialog is not None and row.box.isChecked()
    row.dialog.choices.button(1).setChecked(True)
    row.dialog.accept()
    assert [(r.given, r.how) for r in consent.history(cid)] == [(True, "signed_form")]
    assert service.runner.undo_stack.undoText().startswith("record the newsletter consent")
    assert row.dialog is None


def test_cancel_puts_the_box_back_and_records_nothing(qtbot, service):
    row, cid = _row(qtbot, service)
    qtbot.mouseClick(row.box, Qt.MouseButton.LeftButton)
    row.dialog.reject()
    assert not row.box.isChecked()
    assert consent.history(cid) == []


def test_the_latest_word_is_said_beside_the_box(qtbot, service):
    row, cid = _row(qtbot, service)
    assert row.latest.isHidden()
    given = consent.Record(1, cid, True, dt.datetime(2026, 5, 3, 11), "signed_form", "",
                           dt.datetime(2026, 5, 3, 11))
    row.show_consent(cid, True, given)
    assert row.latest.full_text() == "since Sun, May 3, 2026, on a signed form"
    assert row.box.isChecked() and not row.latest.isHidden()
    imported = consent.Record(2, cid, False, dt.datetime(2026, 6, 1, 9), "import",
                              "customers.csv", dt.datetime(2026, 6, 1, 9))
    assert row.said(imported) == "withdrawn Mon, Jun 1, 2026, imported from customers.csv"
