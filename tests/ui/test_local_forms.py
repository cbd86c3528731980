"""Dates and amounts as the shop's language and country write them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.local_forms import LocalForms, countries, currencies, currency_of, speak

MOMENT = dt.datetime(2026, 11, 26, 14, 30)


@pytest.mark.parametrize("place, date, day, amount", [
    (("de", "DE", "EUR"), "Do., 26. Nov. 2026", "Do., 26. Nov.", "1.234,50\u00a0€"),
    (("fr", "FR", "EUR"), "jeu. 26 nov. 2026", "jeu. 26 nov.", "1\u202f234,50\u00a0€"),
    (("es", "ES", "EUR"), "jue, 26 de nov de 2026", "jue, 26 de nov", "1234,50\u00a0€"),
    (("en", "IE", "EUR"), "Thu 26 Nov 2026", "Thu 26 Nov", "€1,234.50"),
    (("de", "CH", "CHF"), "Do., 26. Nov. 2026", "Do., 26. Nov.", "CHF\u00a01'234.50"),
    (("en", "US", "USD"), "Thu, Nov 26, 2026", "Thu, Nov 26", "$1,234.50"),
    (("en", "US", "CHF"), "Thu, Nov 26, 2026", "Thu, Nov 26", "CHF\u00a01,234.50"),
    (("en", "GB", ""), "Thu, 26 Nov 2026", "Thu, 26 Nov", "1,234.50"),
], ids=lambda value: "-".join(value) if isinstance(value, tuple) else None)
def test_dates_and_amounts_in_the_shop_s_own_forms(place, date, day, amount):
    forms = LocalForms(*place)
    assert forms.date(MOMENT.date()) == date
    assert forms.day(MOMENT.date()) == day
    assert forms.amount(Decimal("1234.50")) == amount
    assert forms.amount(None) == ""


def test_times_as_the_country_tells_them():
    assert LocalForms("de", "DE", "").date_time(MOMENT) == "Do., 26. Nov. 2026, 14:30"
    assert LocalForms("en", "US", "").time(MOMENT) == "2:30\u202fPM"
    assert LocalForms("fr", "FR", "").long_date_time(MOMENT) == "jeudi 26 novembre 2026, 14:30"


def test_each_country_has_its_currency_and_every_list_is_there():
    assert (currency_of("DE"), currency_of("CH"), currency_of("US"), currency_of("IE")) == (
        "EUR", "CHF", "USD", "EUR")
    assert ("DE", "Germany (Deutschland)") in countries() and len(countries()) > 200
    # What a country calls itself, and what the window's other languages call it
    assert ("CH", "Switzerland (Schweiz, Suisse)") in countries()
    assert ("GB", "United Kingdom") in countries()  # English is the list's own
    assert ("EUR", "EUR – Euro (€)") in currencies()
    assert dict(currencies())["CHF"] == "CHF – Swiss Franc"


def test_qt_s_own_words_follow_the_language(qapp):
    try:
        speak(LocalForms("de", "DE", "EUR"))
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QLocale().name() == "de_DE"
        speak(LocalForms("en", "US", ""))
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        speak(LocalForms("en", "US", ""))


def test_a_refund_has_a_minus_and_a_birthday_no_weekday():
    assert LocalForms("en", "US", "USD").amount(Decimal("-5")) == "-$5.00"
    assert LocalForms("fr", "FR", "EUR").amount(Decimal("-5")) == "-5,00\u00a0€"
    german = LocalForms("de", "DE", "EUR")
    assert (german.month_day(5, 17, 1980), german.month_day(2, 29, None)) == (
        "17. Mai 1980", "29. Februar")


def test_english_where_qt_has_none_of_its_own_writes_the_day_first():
    assert LocalForms("en", "BR", "").date(MOMENT.date()) == "Thu, 26 Nov 2026"


def test_an_error_is_said_as_the_window_speaks_and_any_other_as_it_reads(qapp):
    """The core's refusals carry a Phrase (`app.core.phrases`): in an English window they read
    as the command line prints them; an error that carries none reads as it was raised."""
    from app.core.dates import check_parts
    from app.core.errors import ValidationError
    from app.exchange.records import UnreadableFileError
    from app.ui.local_forms import say_error

    try:
        speak(LocalForms("en", "GB", ""))
        with pytest.raises(ValidationError) as refused:
            check_parts(2, 31, None, MOMENT.date())
        assert say_error(refused.value) == "February has no day 31"
        unreadable = UnreadableFileError("shop.csv", 3, "not readable as CSV")
        assert say_error(unreadable) == "shop.csv, line 3: not readable as CSV"
        missing = FileNotFoundError(2, "No such file or directory")
        assert say_error(missing) == str(missing)
    finally:
        speak(LocalForms("en", "US", ""))


def test_a_day_the_core_names_has_its_year_once_it_is_half_a_year_away():
    """"last contact 3 Mar" would read as this March: a day long ago says its year."""
    from app.core import clock
    from app.core.phrases import Phrase

    german = LocalForms("de", "DE", "EUR")
    with clock.frozen(MOMENT):
        said = [german.say(Phrase("{day}", day=day)) for day in
                (dt.date(2026, 12, 3), dt.date(2026, 5, 1), dt.date(2023, 3, 3))]
    assert said == ["Do., 3. Dez.", "Fr., 1. Mai 2026", "Fr., 3. März 2023"]
