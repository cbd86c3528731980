"""Errors the owner reads: refused input and missing things, each with its plain message."""

from __future__ import annotations

import pytest

from app.core import customers, timeline
from app.core.errors import NotFoundError, RegularsError, ValidationError
from app.core.profile import load
from app.store.models import Customer


def test_refused_input_is_a_value_error_with_a_message_and_nothing_written(store):
    with pytest.raises(ValueError, match="does not look like an email") as caught:
        customers.create_customer(first_name="Eleanor", contacts=[("email", "ellie@", "")])
    assert isinstance(caught.value, ValidationError)
    assert isinstance(caught.value, RegularsError)
    assert Customer.select().count() == 0


def test_something_missing_is_a_lookup_error_naming_it(store):
    with pytest.raises(LookupError, match="no customer with id 42") as caught:
        load(42)
    assert isinstance(caught.value, NotFoundError)
    with pytest.raises(RegularsError, match="no customer with id 7"):
        timeline.log(7, "visit")
