"""The weekly review: who to thank, welcome, greet and chase, and each action logged once."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import (
    clock,
    consent,
    customers,
    duplicates,
    edits,
    followups,
    reminders,
    settings,
    timeline,
    week,
)
from app.core.errors import ValidationError
from app.core.operations import perform
from app.core.profile import load

END = dt.date(2026, 11, 23)


def names(review: week.Review, section: str) -> list[str]:
    return [row.customer for row in review.sections[section]]


def test_the_sections_of_a_week(store):
    with clock.frozen(dt.date(2026, 9, 1)):
        ann = customers.create_customer(first_name="Ann", last_name="Lee")
        bo = customers.create_customer(first_name="Bo", last_name="Kim")
        gone = customers.create_customer(first_name="Gone", last_name="Away")
    new = customers.create_customer(first_name="Nina", last_name="New")
    timeline.log(ann, "purchase", "gift box", "45.00", at=dt.datetime(2026, 11, 20, 11))
    timeline.log(bo, "purchase", "croissant", "3.50", at=dt.datetime(2026, 11, 22, 9))
    timeline.log(bo, "purchase", "cake", "80.00", at=dt.datetime(2026, 3, 1, 9))  # months ago
    timeline.log(gone, "purchase", "everything", "900.00", at=dt.datetime(2026, 11, 21, 9))
    customers.set_archived([gone], True)
    customers.add_date(bo, "birthday", 11, 26, 1980)
    followups.add(ann, "order the blue size 9", due=dt.date(2026, 11, 20), kind="promise")

    review = week.review(END)
    assert names(review, "top_spenders") == ["Ann Lee", "Bo Kim"]  # archived: not listed
    assert review.sections["top_spenders"][0].detail == "spent 45.00 this week"
    assert names(review, "new_customers") == ["Nina New"]
    assert names(review, "top_customers") == ["Bo Kim", "Ann Lee"]  # 83.50 over the year
    assert [r.detail for r in review.sections["birthdays"]] == ["Bo's birthday (turns 46)"]
    assert [r.text for r in review.sections["follow_ups"]] == [
        "Promised: order the blue size 9 (overdue 3 days)"]
    data = review.to_json()
    assert list(data) == list(week.SECTIONS)
    assert data["top_spenders"][0] == {"customer_id": ann, "customer": "Ann Lee", "amount": 45.0}
    assert data["follow_ups"][0]["due"] == "2026-11-20"
    assert new in [r["customer_id"] for r in data["new_customers"]]


def test_acting_on_a_row_logs_it_and_takes_it_off_this_week_only(store):
    ann = customers.create_customer(first_name="Ann", last_name="Lee")
    timeline.log(ann, "purchase", "gift box", "45.00", at=dt.datetime(2026, 11, 20, 11))
    row = week.review(END).sections["top_spenders"][0]
    week.act(row, END)
    latest = timeline.entries(ann, 0, 1)[0]
    assert (latest.kind, latest.text) == ("call", "Thank-you call: a top customer this week")
    assert names(week.review(END), "top_spenders") == []
    assert names(week.review(END + dt.timedelta(days=1)), "top_spenders") == ["Ann Lee"]


def test_a_promise_done_from_the_review_is_closed(store):
    ann = customers.create_customer(first_name="Ann")
    followups.add(ann, "ring about the order", due=dt.date(2026, 11, 20))
    row = week.review(END).sections["follow_ups"][0]
    week.act(row, END)
    assert followups.open_for(ann) == []
    assert load(ann).follow_ups == ()
    assert week.review(END).sections["follow_ups"] == []


def test_getting_in_touch_logs_what_the_owner_says_and_is_the_reminders_done_too(store):
    with clock.frozen(dt.date(2026, 6, 1)):
        ann = customers.create_customer(first_name="Ann")
        bo = customers.create_customer(first_name="Bo")
    for week_number in range(6):
        timeline.log(ann, "visit", at=dt.datetime(2026, 6, 1, 9) + dt.timedelta(weeks=week_number))
    customers.update_customer(bo, contact_every_days=30)
    review = week.review(END)
    lapsed = review.sections["lapsed"][0]
    staying = review.sections["follow_ups"][0]
    assert (lapsed.action, staying.action) == ("Get in touch", "Get in touch")
    assert lapsed.asks_what_happened and staying.asks_what_happened
    assert week.act(lapsed, END, "call") == ("call", "Called to keep in touch")
    assert week.act(staying, END, "nothing") is None
    assert timeline.entries(bo, 0, 5) == []
    review = week.review(END)
    assert review.sections["lapsed"] == review.sections["follow_ups"] == []
    assert [r.kind for r in reminders.pending(END)] == []  # the Today list does not ask again


@pytest.mark.parametrize("end", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_a_week_off_the_calendar_is_refused(store, end):
    with pytest.raises(ValidationError, match="not between 1900"):
        week.review(end)


# Keeping no longer than needed: customers not seen for years, offered to erase or keep. ------


def _seen_on(name: str, day: dt.date, contact: bool = True) -> int:
    """A customer added on `day`, their last contact then (none at all without `contact`)."""
    with clock.frozen(day):
        cid = customers.create_customer(first_name=name)
        if contact:
            timeline.log(cid, "visit", at=dt.datetime.combine(day, dt.time(10)))
    return cid


def test_nobody_is_offered_to_erase_until_the_owner_turns_it_on(store):
    _seen_on("Olga", dt.date(2014, 5, 1))
    review = week.review(END)
    assert review.sections[week.NOT_SEEN] == [] and review.years is None
    assert week.NOT_SEEN not in review.shown()
    assert review.to_json()[week.NOT_SEEN] == []


def test_with_three_years_who_was_last_seen_four_years_ago_is_offered_not_two(store):
    _seen_on("Four", dt.date(2022, 11, 1))
    _seen_on("Two", dt.date(2024, 11, 1))
    gone = _seen_on("Archived", dt.date(2021, 3, 1))
    customers.set_archived([gone], True)  # archiving keeps their data: offered too
    _seen_on("Never", dt.date(2020, 1, 10), contact=False)  # added, never a contact since
    recent = _seen_on("Back", dt.date(2019, 1, 1))
    timeline.log(recent, "call", at=dt.datetime(2026, 10, 1, 9))  # a call counts as seen
    merged = _seen_on("Merged", dt.date(2019, 1, 1))
    duplicates.merge(recent, merged)  # now Back's: judged as Back is
    agreed = _seen_on("Agreed", dt.date(2019, 1, 1))
    consent.record(agreed, True, "email", at=dt.datetime(2026, 9, 1, 9))  # and a word given
    settings.put("erase_after_years", 3)
    review = week.review(END)
    assert review.title(week.NOT_SEEN) == "Not seen for over 3 years: erase or keep?"
    assert week.NOT_SEEN in review.shown()
    assert names(review, week.NOT_SEEN) == ["Never", "Archived", "Four"]  # longest ago first
    assert [r.detail for r in review.sections[week.NOT_SEEN]] == [
        "added 10 Jan 2020, no contact since", "last contact 01 Mar 2021",
        "last contact 01 Nov 2022"]
    assert review.to_json()[week.NOT_SEEN][2]["last_seen"] == "2022-11-01"


def test_at_most_twenty_a_week_and_how_many_more(store):
    for n in range(23):
        _seen_on(f"Old{n:02}", dt.date(2015, 1, 1) + dt.timedelta(days=n))
    settings.put("erase_after_years", 5)
    review = week.review(END)
    assert names(review, week.NOT_SEEN) == [f"Old{n:02}" for n in range(20)]
    assert review.more[week.NOT_SEEN] == 3


@pytest.mark.file_only
def test_keep_hides_them_for_a_year_and_erasing_takes_them_and_the_keep_away(store):
    olga = _seen_on("Olga", dt.date(2020, 5, 1))
    piet = _seen_on("Piet", dt.date(2020, 6, 1))
    settings.put("erase_after_years", 3)
    with clock.frozen(END):
        row = week.review().sections[week.NOT_SEEN][0]
        assert row.action == "Keep" and row.customer == "Olga"
        assert perform(edits.act_on_week_row(row, END)).result is None  # nothing logged
        assert timeline.entries(olga, 0, 5)[0].kind == "visit"
        assert names(week.review(), week.NOT_SEEN) == ["Piet"]
    with clock.frozen(END + dt.timedelta(days=364)):
        assert names(week.review(), week.NOT_SEEN) == ["Piet"]
    with clock.frozen(dt.date(2027, 11, 23)):  # a year on: asked again
        assert names(week.review(), week.NOT_SEEN) == ["Olga", "Piet"]
    assert reminders.keys_of([olga]) != []  # the keep names her
    perform(edits.erase_customer(olga))
    assert reminders.keys_of([olga]) == []
    with clock.frozen(dt.date(2027, 11, 23)):
        assert names(week.review(), week.NOT_SEEN) == ["Piet"]
    perform(edits.erase_customer(piet))
    assert week.review(END).sections[week.NOT_SEEN] == []
