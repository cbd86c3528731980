"""The one source of "now", so that date rules can be tested on any day.

Everything in `core` asks `today()` and `now()` here instead of the system,
and tests swap the clock with `frozen(...)` to stand on 29 February, on New
Year's Eve, or on the night the clocks change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_source: Callable[[], dt.datetime] = dt.datetime.now


def now() -> dt.datetime:
    """Local wall-clock time to the second, as the owner reads it."""
    return _source().replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def set_source(source: Callable[[], dt.datetime]) -> None:
    global _source
    _source = source


@contextmanager
def frozen(moment: dt.datetime | dt.date) -> Iterator[None]:
    """Stand still at `moment` (a date means its noon) for the duration."""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(12, 0))
    previous = _source
    set_source(lambda: moment)
    try:
        yield
    finally:
        set_source(previous)
