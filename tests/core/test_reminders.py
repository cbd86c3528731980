"""Reminder rules on a fake clock, across the dates that trip calendars up."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import clock, customers, followups, reminders, settings, timeline
from app.core.errors import ValidationError
from app.core.week import Row
from app.store.models import ReminderState


def texts(start: dt.date, days: int | None = None) -> list[tuple[str, str, str]]:
    return [(r.kind, r.date.isoformat(), r.text) for r in reminders.due(start, days)]


@pytest.fixture
def eleanor(store) -> int:
    return customers.create_customer(first_name="Eleanor", last_name="Whitfield",
                                     nickname="Ellie")


def test_birthday_with_age_only_when_the_year_is_known(eleanor):
    customers.add_date(eleanor, "birthday", 11, 27, 1983)
    other = customers.create_customer(first_name="Tom")
    customers.add_date(other, "birthday", 11, 25)
    assert texts(dt.date(2026, 11, 23), 7) == [
        ("birthday", "2026-11-25", "Tom's birthday"),
        ("birthday", "2026-11-27", "Ellie's birthday (turns 43)"),
    ]


def test_birthdays_of_family_and_pets(eleanor):
    mia = customers.add_relative(eleanor, "Mia", "grandchild")
    fritz = customers.add_relative(eleanor, "Fritz", "pet", "dachshund")
    customers.add_date(eleanor, "birthday", 6, 3, 2014, relative_id=mia)
    customers.add_date(eleanor, "birthday", 6, 4, relative_id=fritz)
    assert texts(dt.date(2026, 6, 1), 7) == [
        ("birthday", "2026-06-03", "Mia's birthday, Ellie's grandchild (turns 12)"),
        ("birthday", "2026-06-04", "Fritz's birthday, Ellie's dachshund"),
    ]


def test_anniversaries_and_other_dates(eleanor):
    customers.add_date(eleanor, "anniversary", 6, 20, 1981, label="wedding")
    customers.add_date(eleanor, "other", 6, 21, 2016, label="shop regular since")
    assert texts(dt.date(2026, 6, 18), 7) == [
        ("anniversary", "2026-06-20", "Ellie's anniversary (wedding, 45 years)"),
        ("date", "2026-06-21", "Ellie: shop regular since (10 years)"),
    ]


@pytest.mark.parametrize("start, days, expected", [
    (dt.date(2027, 2, 25), 7, ["2027-02-28"]),   # common year: 28 February, once
    (dt.date(2027, 2, 28), 0, ["2027-02-28"]),
    (dt.date(2027, 3, 1), 7, []),                # not again on 1 March
    (dt.date(2028, 2, 25), 7, ["2028-02-29"]),   # leap year: the day itself
    (dt.date(2028, 2, 28), 1, ["2028-02-29"]),
])
def test_29_february(eleanor, start, days, expected):
    customers.add_date(eleanor, "birthday", 2, 29)
    assert [d for _k, d, _t in texts(start, days)] == expected


def test_29_february_with_a_year_counts_real_birthdays(eleanor):
    customers.add_date(eleanor, "birthday", 2, 29, 2000)
    assert texts(dt.date(2027, 2, 27), 3) == [
        ("birthday", "2027-02-28", "Ellie's birthday (turns 27)")]


def test_29_february_takes_its_place_among_the_28th_by_kind_then_name(eleanor):
    """In a common year the 29th's dates join the 28th's: birthdays, then anniversaries, each
    by name, wherever they are kept."""
    zoe = customers.create_customer(first_name="Zoe")
    customers.add_date(zoe, "birthday", 2, 28)
    customers.add_date(zoe, "anniversary", 2, 28)
    customers.add_date(eleanor, "birthday", 2, 29)
    assert texts(dt.date(2027, 2, 26), 3) == [
        ("birthday", "2027-02-28", "Ellie's birthday"),
        ("birthday", "2027-02-28", "Zoe's birthday"),
        ("anniversary", "2027-02-28", "Zoe's anniversary"),
    ]


def test_a_window_of_more_than_a_year_tells_a_date_each_time_it_comes(eleanor):
    customers.add_date(eleanor, "anniversary", 6, 1, 2000)
    assert texts(dt.date(2026, 6, 1), 400) == [
        ("anniversary", "2026-06-01", "Ellie's anniversary (26 years)"),
        ("anniversary", "2027-06-01", "Ellie's anniversary (27 years)"),
    ]


def test_windows_cross_the_end_of_the_year(eleanor):
    customers.add_date(eleanor, "birthday", 1, 1, 1990)
    customers.add_date(eleanor, "anniversary", 12, 30)
    assert texts(dt.date(2026, 12, 29), 5) == [
        ("anniversary", "2026-12-30", "Ellie's anniversary"),
        ("birthday", "2027-01-01", "Ellie's birthday (turns 37)"),
    ]


def test_the_lead_time_is_a_setting(eleanor):
    customers.add_date(eleanor, "birthday", 12, 3)
    assert texts(dt.date(2026, 11, 23)) == []
    settings.put("reminder_lead_days", 10)
    assert [k for k, _d, _t in texts(dt.date(2026, 11, 23))] == ["birthday"]


def test_follow_ups_due_and_overdue(eleanor):
    followups.add(eleanor, "order the blue size 9", due=dt.date(2026, 11, 20), kind="promise")
    followups.add(eleanor, "how was Germany?", due=dt.date(2026, 11, 26), kind="ask")
    followups.add(eleanor, "far away", due=dt.date(2027, 1, 26))
    followups.add(eleanor, "no date")
    done = followups.add(eleanor, "already done", due=dt.date(2026, 11, 24))
    followups.set_done(done)
    assert texts(dt.date(2026, 11, 23), 7) == [
        ("follow_up", "2026-11-20", "Ellie — Promised: order the blue size 9"),
        ("follow_up", "2026-11-26", "Ellie — Ask: how was Germany?"),
    ]
    found = reminders.due(dt.date(2026, 11, 23), 7)
    assert [(r.rank, reminders.when(r, dt.date(2026, 11, 23))) for r in found] == [
        (reminders.OVERDUE, "overdue 3 days"), (reminders.COMING, "in 3 days")]


def test_logging_anything_resets_stay_in_touch(eleanor):
    customers.update_customer(eleanor, contact_every_days=30)
    timeline.log(eleanor, "visit", at=dt.datetime(2026, 10, 1, 10))
    assert texts(dt.date(2026, 11, 3), 7) == [
        ("stay_in_touch", "2026-10-31",
         "Ellie: no contact for 33 days (you wanted every 30 days)")]
    timeline.log(eleanor, "note", "saw her at the market", at=dt.datetime(2026, 11, 2, 16))
    assert texts(dt.date(2026, 11, 3), 7) == []
    assert [k for k, _d, _t in texts(dt.date(2026, 11, 30), 7)] == ["stay_in_touch"]


def test_get_in_touch_is_told_for_a_week_then_lives_in_the_review(eleanor):
    customers.update_customer(eleanor, contact_every_days=30)
    timeline.log(eleanor, "visit", at=dt.datetime(2026, 10, 1, 10))  # due 31 October
    assert [k for k, _d, _t in texts(dt.date(2026, 11, 6), 0)] == ["stay_in_touch"]
    assert texts(dt.date(2026, 11, 7), 0) == []
    assert [r.customer_id for r in reminders.overdue_contact(dt.date(2026, 11, 7))] == [eleanor]


def visits(cid: int, *days: dt.date) -> None:
    for day in days:
        timeline.log(cid, "visit", at=dt.datetime.combine(day, dt.time(9)))


def test_a_lapsed_regular_is_noticed_from_their_own_rhythm(eleanor):
    start = dt.date(2026, 9, 1)
    visits(eleanor, *(start + dt.timedelta(days=7 * week) for week in range(8)))  # weekly
    last = start + dt.timedelta(days=49)
    assert texts(last + dt.timedelta(days=20), 7) == []  # not yet, nor within the week
    found = texts(last + dt.timedelta(days=30), 0)
    assert found == [("lapsed", "2026-11-18",
                      "Ellie: usually every 7 days, last visit 30 days ago")]


def test_a_regular_who_stopped_coming_is_told_once_then_lives_in_the_review(eleanor):
    """Crossing her rhythm on Wednesday 18 November: in Today that day and for the week, not
    the Wednesday after, unless snoozed; in the review's list all along."""
    visits(eleanor, *(dt.date(2026, 9, 1) + dt.timedelta(days=7 * week) for week in range(8)))
    crossed = dt.date(2026, 11, 18)

    def told(day: dt.date) -> list[str]:
        return [r.kind for r in reminders.pending(day, 0)]

    assert told(crossed - dt.timedelta(days=1)) == []
    assert told(crossed) == told(crossed + dt.timedelta(days=6)) == ["lapsed"]
    assert told(crossed + dt.timedelta(days=7)) == []
    for day in (crossed, crossed + dt.timedelta(days=7), crossed + dt.timedelta(days=60)):
        assert [r.customer_id for r in reminders.stopped_coming(day)] == [eleanor]
    # Snoozed on the last day of its week, it comes back when the snooze ends.
    lapsed = reminders.pending(crossed + dt.timedelta(days=6), 0)
    reminders.snooze(lapsed, crossed + dt.timedelta(days=10), dt.datetime(2026, 11, 24, 9))
    assert told(crossed + dt.timedelta(days=9)) == []
    assert told(crossed + dt.timedelta(days=10)) == ["lapsed"]


def test_the_review_lists_who_stopped_coming_by_what_they_used_to_spend(store):
    names = {}
    for name, spent in (("Low", "5.00"), ("High", "90.00"), ("Mid", "40.00")):
        cid = names[name] = customers.create_customer(first_name=name)
        for week in range(4):
            timeline.log(cid, "purchase", amount=spent,
                         at=dt.datetime(2026, 6, 1, 9) + dt.timedelta(days=7 * week))
    found = reminders.stopped_coming(dt.date(2026, 11, 23))
    assert [r.customer for r in found] == ["High", "Mid", "Low"]


def test_never_lapsed_after_one_or_two_visits(store):
    once = customers.create_customer(first_name="Once")
    twice = customers.create_customer(first_name="Twice")
    visits(once, dt.date(2025, 1, 1))
    visits(twice, dt.date(2025, 1, 1), dt.date(2025, 1, 8))
    assert texts(dt.date(2026, 11, 23), 7) == []


def test_archived_customers_give_no_reminders(eleanor):
    customers.add_date(eleanor, "birthday", 11, 24)
    followups.add(eleanor, "call back", due=dt.date(2026, 11, 1))
    customers.update_customer(eleanor, contact_every_days=7)
    customers.set_archived([eleanor], True)
    assert texts(dt.date(2026, 11, 23), 7) == []


def test_shown_once_a_day_snoozed_dismissed_and_done(eleanor):
    customers.add_date(eleanor, "birthday", 11, 24)
    followups.add(eleanor, "call back", due=dt.date(2026, 11, 23))
    today = dt.date(2026, 11, 23)
    now = dt.datetime(2026, 11, 23, 9)
    found = reminders.pending(today)
    assert [r.kind for r in found] == ["follow_up", "birthday"]
    assert reminders.not_shown_on(found, today) == found
    reminders.mark_shown(found, today, now)
    assert reminders.not_shown_on(reminders.pending(today), today) == []
    tomorrow = today + dt.timedelta(days=1)
    assert len(reminders.not_shown_on(reminders.pending(tomorrow), tomorrow)) == 2
    reminders.snooze(found[:1], tomorrow, now)
    assert [r.kind for r in reminders.pending(today)] == ["birthday"]
    # tomorrow the birthday is today's, the call back overdue
    assert [r.kind for r in reminders.pending(tomorrow)] == ["birthday", "follow_up"]
    reminders.dismiss(found[1:], now)
    reminders.mark_done(found[:1], now)
    assert reminders.pending(tomorrow) == []
    # Next year's birthday is a new occasion.
    assert [r.kind for r in reminders.pending(dt.date(2027, 11, 23))] == ["birthday"]


def test_what_was_shown_on_an_earlier_day_is_not_kept(eleanor):
    """Shown is once a day: the next day's showing leaves only its own marks, while what was
    snoozed, dismissed or done is kept."""
    from app.store.models import ReminderState

    followups.add(eleanor, "call back", due=dt.date(2026, 11, 23))
    customers.add_date(eleanor, "birthday", 11, 25)
    today = dt.date(2026, 11, 23)
    found = reminders.pending(today)
    reminders.mark_shown(found, today, dt.datetime(2026, 11, 23, 9))
    reminders.dismiss(found[1:], dt.datetime(2026, 11, 23, 9))
    tomorrow = today + dt.timedelta(days=1)
    reminders.mark_shown(reminders.pending(tomorrow)[:0], tomorrow, dt.datetime(2026, 11, 24, 9))
    assert [(s.state, s.until) for s in ReminderState.select()] == [("dismissed", None)]


@pytest.mark.file_only
def test_marking_reminders_shown_never_waits_for_another_writer(eleanor, store):
    """Announcing today's reminders is bookkeeping: while a command-line job holds the write
    lock it is skipped at once, never waited for nor raised, and done on a later check."""
    import sqlite3
    import time

    customers.add_date(eleanor, "birthday", 11, 24)
    today, now = dt.date(2026, 11, 23), dt.datetime(2026, 11, 23, 9)
    found = reminders.pending(today)
    other = sqlite3.connect(store, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        began = time.monotonic()
        assert reminders.mark_shown(found, today, now) is False
        assert time.monotonic() - began < 1.0
    finally:
        other.rollback()
        other.close()
    assert reminders.not_shown_on(found, today) == found
    assert reminders.mark_shown(found, today, now) is True
    assert reminders.not_shown_on(found, today) == []


def test_the_clock_can_stand_on_the_night_the_clocks_change(eleanor):
    customers.add_date(eleanor, "birthday", 3, 29)
    with clock.frozen(dt.datetime(2026, 3, 29, 1, 30)):  # Europe springs forward at 01:00 UTC
        assert [d for _k, d, _t in texts(clock.today(), 0)] == ["2026-03-29"]


def test_done_logs_what_it_means_and_asks_what_happened_where_it_cannot_know(eleanor):
    customers.add_date(eleanor, "birthday", 11, 24)
    followups.add(eleanor, "call back", due=dt.date(2026, 11, 23))
    customers.update_customer(eleanor, contact_every_days=30)
    timeline.log(eleanor, "visit", at=dt.datetime(2026, 10, 20, 10))  # due 19 November
    now = dt.datetime(2026, 11, 23, 10, 30)
    found = {r.kind: r for r in reminders.pending(now.date())}
    assert reminders.complete(found["follow_up"], now) == ("note", "Done: call back")
    assert reminders.complete(found["birthday"], now) == ("message",
                                                          "Sent wishes: Ellie's birthday")
    with pytest.raises(ValidationError, match="say what happened"):
        reminders.complete(found["stay_in_touch"], now)  # no guess on the timeline
    count = len(timeline.entries(eleanor, 0, 50))
    assert reminders.complete(found["stay_in_touch"], now, "nothing") is None
    assert len(timeline.entries(eleanor, 0, 50)) == count
    assert reminders.pending(now.date()) == []


def test_a_get_in_touch_where_nothing_happened_rests_for_her_interval_and_comes_back(eleanor):
    customers.update_customer(eleanor, contact_every_days=30)
    timeline.log(eleanor, "visit", at=dt.datetime(2026, 10, 20, 10))  # due 19 November
    now = dt.datetime(2026, 11, 23, 10, 30)
    stay = next(r for r in reminders.pending(now.date()) if r.kind == "stay_in_touch")
    assert reminders.complete(stay, now, "nothing") is None

    def kinds(day: dt.date) -> list[str]:
        return [r.kind for r in reminders.pending(day, 0) if r.kind == "stay_in_touch"]

    assert kinds(dt.date(2026, 12, 22)) == []
    assert kinds(dt.date(2026, 12, 23)) == ["stay_in_touch"]


@pytest.mark.parametrize("outcome, kind", [("call", "call"), ("message", "message"),
                                           ("visit", "visit")])
def test_getting_in_touch_logs_what_the_owner_says_happened(eleanor, outcome, kind):
    # weekly until 22 October: she crosses her rhythm on 20 November
    visits(eleanor, *(dt.date(2026, 9, 17) + dt.timedelta(days=7 * week) for week in range(6)))
    now = dt.datetime(2026, 11, 23, 10, 30)
    lapsed = next(r for r in reminders.pending(now.date()) if r.kind == "lapsed")
    logged = reminders.complete(lapsed, now, outcome)
    assert logged == reminders.CONTACT_OUTCOMES[outcome]
    latest = timeline.entries(eleanor, 0, 1)[0]
    assert (latest.kind, latest.text) == (kind, logged[1])
    assert [r for r in reminders.pending(now.date()) if r.kind == "lapsed"] == []


@pytest.mark.parametrize("start, days", [(dt.date(9999, 12, 25), 7), (dt.date(2026, 1, 1),
                                                                      999_999_999)])
def test_a_window_off_the_calendar_is_refused(store, start, days):
    with pytest.raises(ValidationError, match="not between 1900"):
        reminders.due(start, days)


@pytest.mark.parametrize("names, full, short", [
    ({"first_name": "Ann", "last_name": "Lee", "nickname": "Annie"}, "Ann Lee", "Annie"),
    ({"first_name": "Ann"}, "Ann", "Ann"),
    ({"last_name": "Lee"}, "Lee", "Lee"),
    ({"company": "Quay Books", "last_name": ""}, "Quay Books", "Quay Books"),
    ({"company": "Quay Books", "nickname": "Q"}, "Quay Books", "Q"),
])
def test_reminders_name_customers_as_the_list_does(store, names, full, short):
    from app.store.text import full_name

    cid = customers.create_customer(**names)
    customers.add_date(cid, "birthday", 11, 23)
    followups.add(cid, "call back", due=dt.date(2026, 11, 23))
    found = reminders.due(dt.date(2026, 11, 23), 0)
    assert {r.customer for r in found} == {full} == {
        full_name(names.get("first_name"), names.get("last_name"), names.get("company"))}
    assert sorted(r.text for r in found) == [f"{short} — To do: call back", f"{short}'s birthday"]


def test_a_family_members_labelled_day_says_its_label(eleanor):
    mia = customers.add_relative(eleanor, "Mia", "grandchild")
    customers.add_date(eleanor, "other", 6, 3, 2020, label="first day at school",
                       relative_id=mia)
    customers.add_date(eleanor, "anniversary", 6, 4, None, label="shop opening")
    assert texts(dt.date(2026, 6, 1), 7) == [
        ("date", "2026-06-03", "Mia's day, Ellie's grandchild (first day at school, 6 years)"),
        ("anniversary", "2026-06-04", "Ellie's anniversary (shop opening)"),
    ]


def test_a_follow_up_the_program_wrote_is_read_as_the_phrase_it_was_made_from(eleanor):
    """The window says it in the shop's language; its English is what the command line
    prints, as before."""
    from app.core.phrases import Phrase

    timeline.log(eleanor, "feedback", "cold coffee", sentiment=-1)
    followups.add(eleanor, "ring the supplier", due=dt.date(2026, 11, 24))
    found = reminders.due(dt.date(2026, 11, 23), 7)
    assert [r.text for r in found] == ["Ellie — To do: Make it right: cold coffee",
                                       "Ellie — To do: ring the supplier"]
    right, typed = (r.text.values["text"] for r in found)
    assert isinstance(right, Phrase)
    assert (right.template, right.values) == ("Make it right: {text}", {"text": "cold coffee"})
    assert not isinstance(typed, Phrase)


def test_the_keys_of_a_customer_s_reminders_are_theirs_alone(eleanor):
    """What the owner did with a reminder is found by whom it is about, whatever its key
    names (a date, a follow-up, the customer), and forgetting one customer's leaves others'."""
    tom = customers.create_customer(first_name="Tom")
    for cid in (eleanor, tom):
        customers.add_date(cid, "birthday", 11, 25)
        followups.add(cid, "ring back", due=dt.date(2026, 11, 24), kind="promise")
    found = reminders.pending(dt.date(2026, 11, 23), 7)
    reminders.snooze(found, dt.date(2026, 11, 30), dt.datetime(2026, 11, 23, 9))
    end = dt.date(2026, 11, 22)
    week_rows = [Row("lapsed", cid, "", "", ref=str(cid)).key(end) for cid in (eleanor, tom)]
    for key in week_rows:  # as the weekly review keeps a row done
        ReminderState.insert(key=key, state="done", until=end).execute()
    hers = sorted([r.key for r in found if r.customer_id == eleanor] + week_rows[:1])
    assert len(hers) == 3
    assert sorted(reminders.keys_of([eleanor])) == hers
    reminders.forget([eleanor])
    assert reminders.keys_of([eleanor]) == []
    assert len(reminders.keys_of([tom])) == 3
