"""One customer read whole, alone or with others."""

from __future__ import annotations

import pytest
from helpers import add_rich_customer

from app.core import customers
from app.core.profile import load, load_many


@pytest.fixture
def rich_customer(store) -> int:
    return add_rich_customer()


def test_load_many_matches_load(rich_customer):
    other = customers.create_customer(first_name="Zed")
    assert load_many([other, rich_customer]) == [load(other), load(rich_customer)]
