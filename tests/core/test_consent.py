"""Newsletter consent as a history the shop can show: the latest word decides."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import clock, consent, customers, duplicates, edits
from app.core.errors import ValidationError
from app.core.operations import perform
from app.core.profile import load


def test_each_word_is_kept_and_the_latest_decides(store):
    cid = customers.create_customer(first_name="Eleanor")
    with clock.frozen(dt.date(2026, 5, 1)):
        consent.record(cid, True, "signed_form")
    assert (load(cid).newsletter, load(cid).newsletter_since) == (True, dt.date(2026, 5, 1))
    with clock.frozen(dt.date(2026, 6, 1)):
        consent.record(cid, False, "email")
    assert (load(cid).newsletter, load(cid).newsletter_since) == (False, None)
    history = consent.history(cid)
    assert [(r.given, r.how, r.at.date()) for r in history] == [
        (True, "signed_form", dt.date(2026, 5, 1)), (False, "email", dt.date(2026, 6, 1))]
    assert str(history[0].said) == "Newsletter consent given (on a signed form)"
    assert str(history[1].said) == "Newsletter consent withdrawn (by email)"
    assert consent.latest([cid])[cid].id == history[1].id


def test_an_imported_word_names_its_file(store):
    cid = customers.create_customer(first_name="Eleanor")
    with pytest.raises(ValidationError, match="name of its file"):
        consent.record(cid, True, "import")
    with pytest.raises(ValidationError, match="must be one of"):
        consent.record(cid, True, "telepathy")
    consent.record(cid, True, "import", source="customers_export.csv")
    assert str(consent.history(cid)[0].said) == (
        "Newsletter consent given (imported from customers_export.csv)")


def test_recording_consent_can_be_undone_and_the_flag_follows(store):
    cid = customers.create_customer(first_name="Eleanor")
    done = perform(edits.record_consent(cid, True, "in_person"))
    assert load(cid).newsletter
    assert done.undo is not None
    perform(done.undo)
    assert not load(cid).newsletter and consent.history(cid) == []


def test_merging_two_records_of_one_person_joins_their_histories(store):
    keep = customers.create_customer(first_name="Eleanor", last_name="Vance")
    other = customers.create_customer(first_name="Eleanor", last_name="Vance")
    with clock.frozen(dt.date(2026, 5, 1)):
        consent.record(other, True, "in_person")
    duplicates.merge(keep, other)
    assert [r.given for r in consent.history(keep)] == [True]
    assert load(keep).newsletter


def _latest(given: bool, at: dt.datetime, how: str = "in_person") -> consent.Record:
    return consent.Record(1, 1, given, at, how, "shop.csv" if how == "import" else "", at)


MAY = dt.datetime(2025, 5, 1, 12, 0)


@pytest.mark.parametrize("latest, given, at, counts", [
    # No record yet: whatever the file says is the first word, dated or not.
    (None, True, None, True),
    (None, False, None, True),
    (None, True, dt.datetime(2024, 1, 1), True),
    # Undated: a yes never undoes a withdrawal, a no always stops mail.
    (_latest(False, MAY), True, None, False),
    (_latest(False, MAY, "import"), True, None, False),
    (_latest(True, MAY), False, None, True),
    (_latest(True, MAY, "import"), False, None, True),
    (_latest(True, MAY), True, None, False),
    (_latest(False, MAY), False, None, False),
    # Dated: only a later word that differs.
    (_latest(False, MAY), True, dt.datetime(2025, 6, 1), True),
    (_latest(False, MAY), True, dt.datetime(2025, 4, 1), False),
    (_latest(True, MAY), False, dt.datetime(2025, 4, 1), False),
    (_latest(True, MAY), False, dt.datetime(2025, 6, 1), True),
    (_latest(True, MAY), True, dt.datetime(2025, 6, 1), False),
    # At the very moment of the latest word: only stopping mail counts.
    (_latest(False, MAY), True, MAY, False),
    (_latest(True, MAY), False, MAY, True),
    # A moment earlier that day is earlier, however close.
    (_latest(True, MAY), False, dt.datetime(2025, 5, 1), False),
    # A day alone, as files give it: compared by day, and on the latest word's own day (the
    # file cannot say whether before or after it) only stopping mail counts.
    (_latest(False, MAY), True, dt.date(2025, 5, 1), False),
    (_latest(False, MAY, "import"), True, dt.date(2025, 5, 1), False),
    (_latest(True, MAY), False, dt.date(2025, 5, 1), True),
    (_latest(False, MAY), True, dt.date(2025, 5, 2), True),
    (_latest(True, MAY), False, dt.date(2025, 5, 2), True),
    (_latest(False, MAY), True, dt.date(2025, 4, 30), False),
    (_latest(True, MAY), False, dt.date(2025, 4, 30), False),
    (_latest(True, MAY), True, dt.date(2025, 5, 2), False),
    (_latest(False, MAY), False, dt.date(2025, 5, 1), False),
    (None, True, dt.date(2024, 1, 1), True),
])
def test_an_imported_word_counts_only_in_the_safe_direction(latest, given, at, counts):
    assert consent.imported_word_counts(latest, given, at) is counts
