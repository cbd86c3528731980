"""What to know before saying hello, read in one go."""

from __future__ import annotations

import datetime as dt

from app.core import customers, followups, settings, timeline
from app.core.glance import load_glance, preferences


def test_the_glance_of_a_regular(store):
    cid = customers.create_customer(first_name="Eleanor", nickname="Ellie",
                                    about="oat-milk latte; window table\nmornings; size M.")
    mia = customers.add_relative(cid, "Mia", "grandchild")
    customers.add_relative(cid, "Fritz", "pet", "dachshund")
    customers.add_date(cid, "birthday", 6, 3, 2014, relative_id=mia)
    customers.add_date(cid, "birthday", 11, 27, 1953)
    customers.add_date(cid, "anniversary", 1, 15)  # too far off to mention
    timeline.log(cid, "purchase", "dark roast", "24.50", at=dt.datetime(2026, 11, 1, 9))
    timeline.log(cid, "purchase", "gift box", "45.00", at=dt.datetime(2026, 11, 11, 9))
    timeline.log(cid, "note", "knee surgery next week", at=dt.datetime(2026, 11, 12, 9))
    pinned = timeline.log(cid, "note", "allergic to nuts", at=dt.datetime(2025, 1, 1, 9))
    timeline.set_pinned(pinned, True)
    followups.add(cid, "how did the knee surgery go?", kind="ask")
    followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 27), kind="promise")

    g = load_glance(cid)
    assert [(f.name, f.relation, f.age) for f in g.family] == [
        ("Mia", "grandchild", 12), ("Fritz", "pet", None)]
    assert g.preferences == ("oat-milk latte", "window table", "mornings")  # the first three
    assert (g.last_purchase.text, str(g.last_purchase.amount)) == ("gift box", "45.00")
    assert g.last_visit == dt.datetime(2026, 11, 11, 9)  # a purchase is a visit
    assert [f.text for f in g.to_ask] == ["how did the knee surgery go?"]
    assert [f.text for f in g.promises] == ["order the blue size 9"]
    assert [r.text for r in g.coming_up] == ["Ellie's birthday (turns 73)"]
    # The last three things that happened, newest first: a pinned old note is not news.
    assert [e.text for e in g.recent] == ["knee surgery next week", "gift box", "dark roast"]


def test_a_new_customer_has_an_empty_glance(store):
    g = load_glance(customers.create_customer(company="Harbour Bakery"))
    assert g.profile.name == "Harbour Bakery"
    assert (g.family, g.preferences, g.to_ask, g.promises, g.coming_up, g.recent) == (
        (), (), (), (), (), ())
    assert g.last_purchase is None and g.last_visit is None


def test_dates_coming_up_follow_the_lead_time(store):
    cid = customers.create_customer(first_name="Tom")
    customers.add_date(cid, "birthday", 12, 3)
    assert load_glance(cid).coming_up == ()
    settings.put("reminder_lead_days", 10)
    assert [r.date for r in load_glance(cid).coming_up] == [dt.date(2026, 12, 3)]


def test_preferences_as_the_owner_wrote_them():
    assert preferences("flat white, extra hot") == ("flat white, extra hot",)
    assert preferences(" decaf after 3pm. ;; ; vegan\n\nno honey", limit=2) == (
        "decaf after 3pm", "vegan")
    assert preferences("") == ()
