"""How a contact point reads in the profile, and the address a web address opens."""

from __future__ import annotations

import pytest

from app.core.profile import Contact
from app.ui.contact_points import contact_row, is_web_address, kind_name, web_url


@pytest.mark.parametrize(("typed", "opened"), [
    ("www.example.com", "https://www.example.com"),
    ("example.com/shop", "https://example.com/shop"),
    ("http://example.com", "http://example.com"),
    (" https://example.com/a?b=1 ", "https://example.com/a?b=1"),
])
def test_a_web_address_without_a_scheme_opens_over_https(typed, opened):
    assert web_url(typed).toString() == opened


def test_a_fax_says_it_is_one_beside_its_label(qapp):
    assert contact_row(Contact(1, "fax", "work", "+44 20 7946 0000"))[1] == \
        "+44 20 7946 0000   · fax, work"
    assert contact_row(Contact(2, "fax", "", "0207"))[1] == "0207   · fax"
    assert contact_row(Contact(3, "phone", "", "0207"))[1] == "0207"


def test_only_a_web_address_opens(qapp):
    assert is_web_address(Contact(1, "website", "", "example.com"))
    assert not is_web_address(Contact(2, "email", "", "a@example.com"))
    assert not is_web_address(None)
    assert kind_name("website") == "Web address" and kind_name("fax") == "Fax"
