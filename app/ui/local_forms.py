"""Dates, times and amounts as the shop's language and country write them.

One `LocalForms` per choice of language, country and currency, through Qt's own locale data
(CLDR): "Do., 26. Nov. 2026" and "140,00 €" in Germany, "Thu 26 Nov 2026" and "€140.00" in
Ireland, "CHF 140.00" in Switzerland. The window never formats a date or an amount itself;
the command line and the files written for other programs keep ISO dates and plain amounts.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QDate, QLocale, QTime

from app.core import clock
from app.core.phrases import COUNTED, Phrase
from app.ui.words import counted_words, install, words

_Format = QLocale.FormatType
_Symbol = QLocale.CurrencySymbolFormat
# The window's languages, each named in itself: a German owner looks for "Deutsch".
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
_OTHER_LANGUAGES = tuple(LANGUAGE_NAMES)[1:]
# A year and what ties it to the rest: ", yyyy", " 'de' yyyy", ".yyyy".
_YEAR = re.compile(r"[\s,./-]*(?:'[^']*'\s*)?y+\.?")
# A weekday and what ties it to the rest: "dddd, ", "ddd ".
_WEEKDAY = re.compile(r"d{3,4}[,.]?\s*")
# A field of a phrase's template, with the format its English is written in: "{day:%a %d}".
_FIELD = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")


def locale_for(language: str, country: str) -> QLocale:
    """Qt's locale for the language as written in the country (en + IE: Ireland's English).
    A pair Qt does not know falls back to the language's own country, but English outside the
    countries that have their own is the world's English (day first), not the American."""
    territory = QLocale.codeToTerritory(country)
    found = QLocale(QLocale.codeToLanguage(language), territory)
    if found.territory() != territory and found.language() == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.World)
    return found


class LocalForms:
    """How the window writes dates, times and amounts for one shop."""

    def __init__(self, language: str, country: str, currency: str) -> None:
        self.key = (language, country, currency)
        self.locale = locale_for(language, country)
        self.symbol = currency_symbol(currency, self.locale) if currency else ""
        # The language's long date with short names: the day and month are read at a glance.
        self._date = (self.locale.dateFormat(_Format.LongFormat)
                      .replace("dddd", "ddd").replace("MMMM", "MMM"))
        self._day = _YEAR.sub("", self._date).strip(" ,")
        # And without the weekday, the month whole, for a birthday: "17. Februar 1980".
        self._born = _WEEKDAY.sub("", self.locale.dateFormat(_Format.LongFormat))
        self._born_day = _YEAR.sub("", self._born).strip(" ,")
        self._time = self.locale.timeFormat(_Format.ShortFormat)

    @classmethod
    def of_system(cls) -> LocalForms:
        """The system's forms, without a currency: for what is said before the shop's settings
        can be read (a damaged file)."""
        language, _, country = QLocale().name().partition("_")
        return cls(language, country, "")

    def date(self, day: dt.date) -> str:
        """"Do., 26. Nov. 2026"."""
        return self.locale.toString(_qdate(day), self._date)

    def day(self, day: dt.date) -> str:
        """A day of the coming weeks, without its year: "Do., 26. Nov."."""
        return self.locale.toString(_qdate(day), self._day)

    def month_day(self, month: int, day: int, year: int | None) -> str:
        """A birthday or an anniversary, with its year where it is known: "17. Februar 1980",
        "29. Februar"."""
        if year is None:  # a leap day stands in a leap year, which is not shown
            return self.locale.toString(QDate(2000, month, day), self._born_day)
        return self.locale.toString(QDate(year, month, day), self._born)

    def time(self, moment: dt.time | dt.datetime) -> str:
        return self.locale.toString(QTime(moment.hour, moment.minute), self._time)

    def date_time(self, moment: dt.datetime) -> str:
        return f"{self.date(moment.date())}, {self.time(moment)}"

    def long_date_time(self, moment: dt.datetime) -> str:
        """The whole date, weekday and month written out: for a line that stands alone."""
        long = self.locale.toString(_qdate(moment.date()), _Format.LongFormat)
        return f"{long}, {self.time(moment)}"

    def amount(self, value: Decimal | float | None) -> str:
        """An amount with the shop's currency where it has one ("140,00 €"), else the number
        alone in the language's form ("140,00")."""
        if value is None:
            return ""
        if value < 0:  # a refund: with a minus, never in an accountant's brackets
            return self.locale.negativeSign() + self.amount(-value)
        if not self.symbol:
            return self.locale.toString(float(value), "f", 2)
        text = self.locale.toCurrencyString(float(value), self.symbol, 2)
        if self.symbol.isalpha():  # a code written as the symbol stands apart: "CHF 140.00"
            code = re.escape(self.symbol)
            text = re.sub(rf"(?<=\d){code}", f"\u00a0{self.symbol}", text)
            text = re.sub(rf"{code}(?=[\d-])", f"{self.symbol}\u00a0", text)
        return text

    def say(self, text: str) -> str:
        """What the core says (`app.core.phrases.Phrase`) in the window's language, its
        values in the shop's forms; any other text as it is. A translation that names a field
        the phrase does not have is not shown: the English is."""
        if not isinstance(text, Phrase):
            return text
        if text.template in COUNTED:
            template = counted_words(text.template, text.values["n"])
        else:
            template = words(text.template)
        values = {name: self._said(value) for name, value in text.values.items()}
        try:
            return _FIELD.sub(r"{\1}", template).format(**values)
        except (KeyError, IndexError, ValueError):
            return str(text)

    def _said(self, value: object) -> str:
        if isinstance(value, Phrase):
            return self.say(value)
        if isinstance(value, bool | str):
            return str(value)
        if isinstance(value, int):
            return self.locale.toString(value)
        if isinstance(value, Decimal):
            return self.amount(value)
        if isinstance(value, dt.datetime):
            return self.date_time(value)
        if isinstance(value, dt.date):  # the year said once the day is half a year away
            near = abs((value - clock.today()).days) <= _NEAR_DAYS
            return self.day(value) if near else self.date(value)
        return str(value)


# Within this many days of today, a day the core names is said without its year.
_NEAR_DAYS = 180


def month_names() -> list[str]:
    """The months as the window's language names them, January first: "Januar", "janvier"."""
    locale = QLocale()
    return [locale.standaloneMonthName(month, _Format.LongFormat) for month in range(1, 13)]


def typed_amount(value: Decimal) -> str:
    """An amount as the owner types it in a field: the language's decimals ("1.234,50"), no
    currency; `app.core.money.parse_amount` reads it back."""
    return QLocale().toString(float(value), "f", 2)


def field_date_time() -> str:
    """The display format of a date-and-time field: the language's short form, with the
    year's four figures (Qt's default locale, which `speak` sets to the shop's)."""
    locale = QLocale()
    day = locale.dateFormat(_Format.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    return f"{day} {locale.timeFormat(_Format.ShortFormat)}"


_spoken: list[LocalForms] = []  # the forms the window speaks in


def speak(forms: LocalForms) -> None:
    """What Qt writes itself follows the shop too: its locale for date editors and calendars,
    and the window's words and Qt's own (OK, Cancel, Save) in the shop's language."""
    QLocale.setDefault(forms.locale)
    install(forms.key[0])
    _spoken[:] = [forms]


def say(text: str) -> str:
    """What the core says, as the window speaks (`speak`): for a part of the window that
    shows the core's words but has no forms of its own (the Today list, the tray)."""
    if not isinstance(text, Phrase):
        return text
    return (_spoken[0] if _spoken else LocalForms.of_system()).say(text)


def say_error(error: BaseException) -> str:
    """An error's message for the owner, as the window speaks: what the core refused says
    its `Phrase` in the shop's language; any other error reads as it was raised (a file's
    name and line, the system's own words)."""
    said = error.args[0] if len(error.args) == 1 else None
    return say(said) if isinstance(said, Phrase) else str(error)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


@cache
def _known() -> tuple[QLocale, ...]:
    """Every locale Qt knows (several hundred: read once)."""
    return tuple(QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                         QLocale.Country.AnyTerritory))


@cache
def _users() -> dict[str, tuple[QLocale, ...]]:
    """Every locale Qt knows, by the ISO code of its currency."""
    found: dict[str, list[QLocale]] = {}
    for known in _known():
        code = known.currencySymbol(_Symbol.CurrencyIsoCode)
        if re.fullmatch(r"[A-Z]{3}", code):
            found.setdefault(code, []).append(known)
    return {code: tuple(locales) for code, locales in found.items()}


def currency_symbol(code: str, locale: QLocale) -> str:
    """The currency's symbol as the locale's language writes it: € for EUR, CHF for CHF; a
    currency of another country takes the symbol of a country that uses it ($ for USD)."""
    users = _users().get(code, ())
    same = [user for user in users if user.language() == locale.language()]
    chosen = locale if locale.currencySymbol(_Symbol.CurrencyIsoCode) == code else (
        (same or list(users) or [None])[0])
    # Where a country writes the code itself (CHF in Switzerland), Qt's symbol is empty.
    return (chosen.currencySymbol(_Symbol.CurrencySymbol) if chosen is not None else "") or code


def currency_of(country: str) -> str:
    """The currency of a country ("EUR" for DE), or empty where Qt does not know one."""
    code = QLocale(QLocale.Language.AnyLanguage, QLocale.codeToTerritory(country)).currencySymbol(
        _Symbol.CurrencyIsoCode)
    return code if re.fullmatch(r"[A-Z]{3}", code) else ""


@cache
def countries() -> tuple[tuple[str, str], ...]:
    """(code, name) of every country Qt has a locale for, by its English name, followed by
    what the country calls itself and what the window's other languages call it where Qt
    knows ("Switzerland (Schweiz, Suisse)", "Spain (España)"): an owner finds their country
    by the name they write, and Qt names countries in English only."""
    english: dict[str, str] = {}
    own: dict[str, list[str]] = {}
    for known in _known():
        code = QLocale.territoryToCode(known.territory())
        if not re.fullmatch(r"[A-Z]{2}", code):
            continue
        english[code] = QLocale.territoryToString(known.territory())
        if QLocale.languageToCode(known.language()) in _OTHER_LANGUAGES:
            own.setdefault(code, []).append(known.nativeTerritoryName())
    named = []
    for code, name in english.items():
        main = QLocale(QLocale.Language.AnyLanguage, QLocale.codeToTerritory(code))
        # English names are the list's own; Qt's first locale of the United States or the
        # United Kingdom is English written in a historic alphabet.
        mains = [] if main.language() == QLocale.Language.English else [
            main.nativeTerritoryName()]
        others = [*mains, *own.get(code, ())]
        others = [other for index, other in enumerate(others)
                  if other and other != name and other not in others[:index]]
        named.append((code, f"{name} ({', '.join(others)})" if others else name))
    return tuple(sorted(named, key=lambda item: item[1].casefold()))


@cache
def currencies() -> tuple[tuple[str, str], ...]:
    """(code, "EUR – Euro (€)") of every currency in use, by code; named in English where an
    English-speaking locale uses it, else as a country that uses it names it."""
    listed = []
    for code, users in _users().items():
        english = [user for user in users if user.language() == QLocale.Language.English]
        named = (english or list(users))[0]
        name = named.currencySymbol(_Symbol.CurrencyDisplayName) or code
        symbol = named.currencySymbol(_Symbol.CurrencySymbol)
        shown = f"{code} – {name}" + (f" ({symbol})" if symbol and symbol != code else "")
        listed.append((code, shown))
    return tuple(sorted(listed))
