"""Settings kept with the data: typed, with defaults, and a bad value refused plainly."""

from __future__ import annotations

import json

import pytest

from app.core import settings
from app.core.errors import ValidationError
from app.store.models import Setting


def test_defaults_until_the_owner_chooses(store):
    assert settings.get("reminder_lead_days") == 7
    assert settings.get("notification_time") == "09:00"
    assert settings.get("date_order") == "dmy"
    settings.put("reminder_lead_days", 10)
    settings.put("date_order", "mdy")
    assert settings.get("reminder_lead_days") == 10
    assert settings.get("date_order") == "mdy"


@pytest.mark.parametrize("key, value, words", [
    ("reminder_lead_days", 400, "0-365"),
    ("reminder_lead_days", "7", "a whole number of days"),
    ("notification_time", "9am", "HH:MM"),
    ("notification_time", "24:00", "HH:MM"),
    ("phone_region", "gb", "two-letter country code"),
    ("points_per_unit", True, "loyalty points"),
    ("date_order", "ymd", "dmy .31/12/2026. or mdy"),
    ("erase_after_years", 51, "a whole number of years, 1-50"),
    ("erase_after_years", -1, "a whole number of years, 1-50"),
    ("erase_after_years", "3", "a whole number of years, 1-50"),
    ("erase_after_years", True, "a whole number of years, 1-50"),
    ("erase_after_years", 2.5, "a whole number of years, 1-50"),
])
def test_a_bad_value_is_refused_and_nothing_is_stored(store, key, value, words):
    before = settings.get(key)
    with pytest.raises(ValidationError, match=words) as caught:
        settings.put(key, value)
    assert key in str(caught.value)
    assert settings.get(key) == before
    assert Setting.select().where(Setting.key == key).count() == 0


def test_the_offer_to_erase_is_off_until_a_number_of_years_is_chosen(store):
    assert settings.get("erase_after_years") is None
    for years in (1, 3, 50, 0, None):  # 0 and empty: off again
        settings.put("erase_after_years", years)
        assert settings.get("erase_after_years") == years


def test_an_unknown_setting_is_refused(store):
    with pytest.raises(ValidationError, match="no setting called 'colour'"):
        settings.put("colour", "blue")
    with pytest.raises(ValidationError):
        settings.get("colour")


def test_a_stored_value_that_no_longer_fits_reads_as_the_default(store):
    Setting.insert(key="reminder_lead_days", value=json.dumps(9999)).execute()
    assert settings.get("reminder_lead_days") == 7


@pytest.mark.parametrize("stored", ["{not json", "", "'dmy'", "NaN-ish \u00e9"])
def test_a_stored_value_that_is_not_json_reads_as_the_default_and_is_logged_without_it(
        store, caplog, stored):
    Setting.insert(key="date_order", value=stored).execute()
    with caplog.at_level("WARNING", logger="regulars"):
        assert settings.get("date_order") == "dmy"
    assert "date_order" in caplog.text
    if stored:
        assert stored not in caplog.text


def test_the_phone_region_follows_the_owner_s_locale(store, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_CTYPE", raising=False)
    monkeypatch.setenv("LANG", "en_AU.UTF-8")
    assert settings.get("phone_region") == "AU"
    settings.put("phone_region", "IE")
    assert settings.get("phone_region") == "IE"


@pytest.mark.parametrize("lang, language, country", [
    ("de_DE.UTF-8", "de", "DE"), ("fr_CA.UTF-8", "fr", "CA"), ("es_MX.UTF-8", "es", "MX"),
    ("ja_JP.UTF-8", "en", "JP"), ("C.UTF-8", "en", "US"),
])
def test_where_the_shop_is_is_guessed_from_the_locale(store, monkeypatch, lang, language,
                                                      country):
    monkeypatch.setenv("LANG", lang)
    assert settings.get("language") == language
    assert settings.get("country") == country
    assert settings.get("currency") == ""  # until the owner says: amounts without a currency


def test_the_country_says_which_way_dates_are_written():
    assert settings.date_order_for("US") == "mdy"
    assert settings.date_order_for("DE") == settings.date_order_for("GB") == "dmy"


@pytest.mark.parametrize("key, value", [
    ("country", "de"), ("country", "DEU"), ("currency", "eur"), ("currency", "EURO"),
    ("language", "it"), ("ask_place", "yes"),
])
def test_a_place_that_cannot_be_is_refused(store, key, value):
    with pytest.raises(ValidationError):
        settings.check(key, value)
