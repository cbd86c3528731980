"""An entry as the timeline draws it: its heading and its text in the window's language, the
program's own words translated and the owner's as typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from app.core import customers, settings, timeline
from app.core.timeline import Entry
from app.ui.entry_delegate import EntryDelegate
from app.ui.local_forms import LocalForms, speak
from app.ui.timeline_model import TimelineModel
from tests.conftest import TODAY


def _entries(service) -> tuple[EntryDelegate, dict[str, Entry], TimelineModel]:
    cid = customers.create_customer(first_name="Ann")
    timeline.log(cid, "purchase", "dark roast", "40", at=TODAY - dt.timedelta(days=3))
    timeline.redeem(cid, 20, "free coffee")
    timeline.log(cid, "feedback", "cold coffee", sentiment=-1)
    model = TimelineModel(service)
    model.set_customer(cid)
    found = {str(model.entry(row).text): model.entry(row) for row in range(model.rowCount())}
    return EntryDelegate(lambda: service.forms), found, model


def test_an_entry_s_heading_and_text_in_english(service):
    delegate, found, _model = _entries(service)
    speak(service.forms)  # as the window does: English's plural forms
    redeemed = found["Redeemed 20 points: free coffee"]
    assert delegate.heading(redeemed) == (
        f"Note  ·  {service.forms.date_time(redeemed.at)}  ·  today  ·  -20 points")
    assert delegate.text(redeemed) == "Redeemed 20 points: free coffee"
    feedback = found["cold coffee"]
    assert delegate.heading(feedback).endswith("today  ·  negative  ·  to make right")
    assert delegate.heading(found["dark roast"]).startswith("Purchase  ·  ")
    assert "3 days ago" in delegate.heading(found["dark roast"])


def test_the_program_s_words_are_said_in_german_and_the_owner_s_as_typed(service):
    settings.put("language", "de")
    settings.put("country", "DE")
    delegate, found, model = _entries(service)
    try:
        speak(service.forms)
        redeemed = found["Redeemed 20 points: free coffee"]
        assert delegate.text(redeemed) == "20 Treuepunkte eingelöst: free coffee"
        assert delegate.heading(redeemed).startswith("Notiz  ·  Mo., 23. Nov. 2026, 10:30")
        assert delegate.heading(redeemed).endswith("heute  ·  -20 Punkte")
        assert delegate.heading(found["cold coffee"]).endswith("negativ  ·  wiedergutzumachen")
        assert delegate.text(found["cold coffee"]) == "cold coffee"
        # The screen reader's line, and the tooltip, say the same.
        row = next(r for r in range(model.rowCount())
                   if model.entry(r).text == "Redeemed 20 points: free coffee")
        said = model.data(model.index(row, 0))
        assert said.startswith("Notiz · ")
        assert said.endswith("20 Treuepunkte eingelöst: free coffee")
    finally:
        speak(LocalForms("en", "US", ""))


def test_an_entry_is_painted_with_its_words_and_sized_for_them(service, qapp):
    delegate, _found, model = _entries(service)
    image = QImage(QSize(500, 300), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = image.rect().adjusted(0, 0, 0, -200)
    try:
        for row in range(model.rowCount()):
            delegate.paint(painter, option, model.index(row, 0))
            assert delegate.sizeHint(option, model.index(row, 0)).height() > 20
    finally:
        painter.end()


def test_a_consent_record_is_drawn_with_when_and_how(service, qapp):
    from app.core import consent

    cid = customers.create_customer(first_name="Ann")
    consent.record(cid, True, "import", source="customers.csv",
                   at=TODAY - dt.timedelta(days=2))
    model = TimelineModel(service)
    model.set_customer(cid)
    delegate = EntryDelegate(lambda: service.forms)
    speak(service.forms)
    record = model.record(0)
    assert delegate.record_heading(record) == (
        f"Consent  ·  {service.forms.date_time(record.at)}  ·  2 days ago")
    assert model.data(model.index(0, 0)).endswith(
        "Newsletter consent given (imported from customers.csv)")
    image = QImage(QSize(500, 100), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    try:
        delegate.paint(painter, option, model.index(0, 0))
        assert delegate.sizeHint(option, model.index(0, 0)).height() > 20
    finally:
        painter.end()
