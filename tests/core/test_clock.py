"""The one source of "now": frozen for a test, and back again afterwards."""

from __future__ import annotations

import datetime as dt

from app.core import clock, customers
from app.core.profile import load


def test_a_frozen_date_stands_at_noon_and_then_time_moves_on():
    with clock.frozen(dt.date(2028, 2, 29)):
        assert clock.now() == dt.datetime(2028, 2, 29, 12, 0)
        assert clock.today() == dt.date(2028, 2, 29)
        with clock.frozen(dt.datetime(2026, 12, 31, 23, 59, 59, 999_999)):
            assert clock.now() == dt.datetime(2026, 12, 31, 23, 59, 59)  # to the second
        assert clock.today() == dt.date(2028, 2, 29)  # the outer moment comes back
    assert abs(clock.now() - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert clock.now().microsecond == 0


def test_what_is_saved_carries_the_clock_s_time(store):
    with clock.frozen(dt.datetime(2027, 1, 1, 0, 0, 30)):
        cid = customers.create_customer(first_name="Eleanor")
    assert load(cid).created_at == dt.datetime(2027, 1, 1, 0, 0, 30)
