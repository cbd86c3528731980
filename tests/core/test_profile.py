"""One customer read whole, alone or with others."""

from __future__ import annotations

import pytest
from helpers import add_rich_customer

from app.core import consent, customers
from app.core.profile import load, load_many


@pytest.fixture
def rich_customer(store) -> int:
    return add_rich_customer()


def test_load_many_matches_load(rich_customer):
    other = customers.create_customer(first_name="Zed")
    assert load_many([other, rich_customer]) == [load(other), load(rich_customer)]


def test_every_value_reads_as_the_model_gives_it(rich_customer):
    """Dates, times, flags and the photo come out of the plain reads as peewee gives them."""
    import datetime as dt

    from app.core import timeline
    from app.store.models import Customer

    timeline.log(rich_customer, "purchase", "dark roast", "24.50", dt.datetime(2026, 11, 20, 9))
    consent.record(rich_customer, True, "in_person")
    customers.update_customer(rich_customer, contact_every_days=30)
    customers.set_photo(rich_customer, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    customers.set_archived([rich_customer], True)
    row = Customer.get_by_id(rich_customer)
    p = load(rich_customer)
    assert (p.created_at, p.last_contact, p.last_visit, p.newsletter_since) == (
        row.created_at, row.last_contact, row.last_visit, row.newsletter_since)
    assert isinstance(p.created_at, dt.datetime) and isinstance(p.newsletter_since, dt.date)
    assert (p.newsletter, p.archived, p.contact_every_days) == (True, True, 30)
    assert p.photo == bytes(row.photo) and str(p.total_spent) == "24.50"
    assert p.tags and p.contacts and p.relatives and p.dates  # the rich customer's, all read
