"""A birthday or an anniversary greeted: the words, the link that sends them, what is logged."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

from app.core import customers, edits, greetings, reminders, timeline
from app.core.operations import perform
from tests.conftest import TODAY


def _today(customer_id: int, kind: str = "birthday") -> reminders.Reminder:
    return next(r for r in reminders.pending(TODAY.date(), 0, [customer_id]) if r.kind == kind)


def test_the_words_name_the_customer_their_partner_or_the_relative_it_is_about():
    assert greetings.words("birthday", "Ann") == (
        "Happy birthday!", "Happy birthday, Ann! Warm wishes from all of us.")
    assert greetings.words("anniversary", "Ann", "Tom")[1] == \
        "Happy anniversary, Ann and Tom! Warm wishes from all of us."
    assert greetings.words("anniversary", "Ann")[1] == \
        "Happy anniversary, Ann! Warm wishes from all of us."
    assert greetings.words("birthday", "Ann", relative="Mia")[1] == \
        "Hi Ann, please wish Mia a happy birthday from all of us!"


def test_an_email_is_preferred_and_the_link_is_encoded(store):
    ann = customers.create_customer([("email", "ann+shop@example.com", ""),
                                     ("phone", "07700 900123", "mobile")],
                                    first_name="Ann", last_name="Lee", nickname="Annie",
                                    birthday=(11, 23, None))
    greeting = greetings.prepare(_today(ann))
    assert greeting.channel == greetings.EMAIL
    assert greeting.text == "Happy birthday, Annie! Warm wishes from all of us."
    url = urlsplit(greeting.url)
    assert url.scheme == "mailto" and url.path == "ann%2Bshop@example.com"
    assert " " not in greeting.url and "!" not in greeting.url
    query = parse_qs(url.query)
    assert query == {"subject": ["Happy birthday!"], "body": [greeting.text]}


def test_a_text_message_without_an_email_or_when_they_prefer_the_phone(store):
    ann = customers.create_customer([("phone", "+44 20 7946 0000", "home"),
                                     ("phone", "07700 900123", "mobile")],
                                    first_name="Ann", birthday=(11, 23, None))
    greeting = greetings.prepare(_today(ann))
    assert greeting.channel == greetings.TEXT
    assert greeting.url.startswith("sms:07700900123?body=Happy%20birthday%2C%20Ann")
    bo = customers.create_customer([("email", "bo@example.com", ""), ("phone", "+1 555 0100", "")],
                                   first_name="Bo", preferred_channel="message",
                                   birthday=(11, 23, None))
    assert greetings.prepare(_today(bo)).url.startswith("sms:+15550100?body=")


def test_an_anniversary_names_the_partner_and_a_relatives_birthday_is_passed_on(store):
    ann = customers.create_customer(first_name="Ann", relatives=[("Tom Baker", "partner", ""),
                                                                 ("Mia", "child", "")])
    customers.add_date(ann, "anniversary", 11, 23)
    mia = next(r.id for r in customers.get_customer(ann).relatives if r.name == "Mia")
    customers.add_date(ann, "birthday", 11, 23, relative_id=mia)
    found = reminders.pending(TODAY.date(), 0, [ann])
    texts = {r.text: greetings.prepare(r) for r in found}
    assert texts["Ann's anniversary"].text == \
        "Happy anniversary, Ann and Tom! Warm wishes from all of us."
    assert texts["Ann's anniversary"].channel == greetings.COPY
    assert texts["Ann's anniversary"].url == ""
    assert texts["Mia's birthday, Ann's child"].text == \
        "Hi Ann, please wish Mia a happy birthday from all of us!"


def test_the_greeting_is_logged_with_its_channel_and_undone_with_the_reminder(store):
    ann = customers.create_customer([("email", "ann@example.com", "")], first_name="Ann",
                                    birthday=(11, 23, None))
    reminder = _today(ann)
    greeting = greetings.prepare(reminder)
    assert greetings.entry(greeting) == (
        "email", "Greeting prepared by email: Happy birthday, Ann! Warm wishes from all of us.")
    assert greetings.entry(greetings.copied(greeting))[1].startswith(
        "Greeting copied to send: Happy birthday, Ann!")
    done = perform(edits.greet(reminder, greeting))
    assert done.undo is not None
    assert [e.text for e in timeline.entries(ann, 0, 10)] == [greetings.entry(greeting)[1]]
    assert reminders.pending(TODAY.date(), 0, [ann]) == []
    perform(done.undo)
    assert timeline.entries(ann, 0, 10) == []
    assert reminders.pending(TODAY.date(), 0, [ann]) == [reminder]


def test_just_marking_it_done_logs_nothing(store):
    ann = customers.create_customer(first_name="Ann", birthday=(11, 23, None))
    reminder = _today(ann)
    assert greetings.record(reminder, None, dt.datetime(2026, 11, 23, 10, 30)) is None
    assert timeline.entries(ann, 0, 10) == []
    assert reminders.pending(TODAY.date(), 0, [ann]) == []
