"""Phone numbers kept as written and matched however they are typed."""

from __future__ import annotations

from app.core import customers, settings
from app.core.directory import customer_ids
from app.core.phones import digit_forms, normalized


def test_a_number_is_known_in_its_international_and_national_forms():
    assert digit_forms("+44 7700 900123", "GB") == ["447700900123", "07700900123"]
    assert digit_forms("07700 900123", "GB") == ["447700900123", "07700900123"]
    assert digit_forms("0412 555 019", "AU") == ["61412555019", "0412555019"]
    assert normalized("+61 412 555 019", "GB") == "61412555019 0412555019"


def test_the_region_decides_what_a_number_without_a_plus_means():
    assert digit_forms("0412 555 019", "AU")[0].startswith("61")
    assert digit_forms("0412 555 019", "GB")[0] != "61412555019"


def test_what_is_not_a_number_keeps_only_its_digits():
    assert digit_forms("no phone", "GB") == []
    assert digit_forms("call 555-0100 ext 4", "US")[-1] == "55501004"


def test_a_customer_is_found_by_the_number_typed_either_way(store):
    settings.put("phone_region", "GB")
    cid = customers.create_customer(first_name="Eleanor",
                                    contacts=[("phone", "+44 7700 900123", "mobile")])
    assert customer_ids("07700 900123", sort="relevance") == [cid]
    assert customer_ids("+44 7700 900 123", sort="relevance") == [cid]
    assert customer_ids("900123", sort="relevance") == [cid]
