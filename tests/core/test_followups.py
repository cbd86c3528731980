"""Follow-ups: open ones soonest first, done ones gone from the list."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import customers, followups
from app.core.errors import ValidationError


def test_follow_ups_open_and_done(store):
    cid = customers.create_customer(first_name="Eleanor")
    later = followups.add(cid, "ask about Germany")
    soon = followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 27), kind="promise")
    assert [f.id for f in followups.open_for(cid)] == [soon, later]
    followups.set_done(soon)
    assert [f.id for f in followups.open_for(cid)] == [later]
    with pytest.raises(ValidationError, match="needs some text"):
        followups.add(cid, "  ")


def test_every_open_follow_up_with_its_customer_and_done_says_what_it_logged(store):
    cid = customers.create_customer(first_name="Eleanor", nickname="Ellie")
    fid = followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 27), kind="promise")
    [(open_one, name)] = followups.all_open()
    assert (open_one.id, open_one.customer_id, name) == (fid, cid, "Ellie")
    assert followups.complete(fid) == ("note", "Done: order the blue size 9")
    assert followups.complete(fid) is None  # already closed: nothing more is written
    assert followups.all_open() == []


def test_a_promise_due_before_1900_is_a_typing_slip(store):
    cid = customers.create_customer(first_name="Eleanor")
    with pytest.raises(ValidationError, match="0001-01-01 is not between 1900"):
        followups.add(cid, "order the blue size 9", dt.date(1, 1, 1), kind="promise")
    assert followups.open_for(cid) == []
