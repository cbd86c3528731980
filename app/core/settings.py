"""Settings that belong to the data, typed, with defaults.

They live in the database so that a backup carries them. Each has a type
and a check; an unknown key or a bad value is refused with a message rather
than stored and misread later.
"""

from __future__ import annotations

import json
import locale
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core import logs
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.store.reading import Executes, or_program

# The languages the window speaks; the first is the one it is written in.
LANGUAGES = ("en", "de", "fr", "es")
# Where a date is written month first (12/31/1980); everywhere else day first.
MONTH_FIRST = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW", "PH"})
_LOCALE = re.compile(r"([a-z]{2,3})(?:_([A-Z]{2}))?")


def _system_locale(*names: str) -> tuple[str, str]:
    """The language and country of the owner's locale ("de_AT.UTF-8" gives de and AT), from
    the first of the environment's `names` that says one, as the C library reads them."""
    for value in (*(os.environ.get(name, "") for name in names), locale.getlocale()[0] or ""):
        match = _LOCALE.match(value)
        if match:
            return match.group(1), match.group(2) or ""
    return "", ""


def _locale_region() -> str:
    """The country of the owner's locale (of its formats, not of its messages), else US
    (where a phone number without a country code is most often from, among the shops that
    leave their locale unset)."""
    return _system_locale("LC_ALL", "LC_CTYPE", "LANG")[1] or "US"


def _locale_language() -> str:
    language = _system_locale("LC_ALL", "LC_MESSAGES", "LANG")[0]
    return language if language in LANGUAGES else LANGUAGES[0]


def stored(key: str, database: Executes | None = None) -> bool:
    """Whether the setting was ever chosen, rather than read as its default."""
    _spec(key)
    return or_program(database).execute_sql(
        "SELECT 1 FROM setting WHERE key = ?", (key,)).fetchone() is not None


def date_order_for(country: str) -> str:
    """How the shop's country writes a date: "mdy" or "dmy"."""
    return "mdy" if country in MONTH_FIRST else "dmy"


def _country(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[A-Z]{2}", value) is not None


def _time_of_day(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value) is not None


@dataclass(frozen=True)
class Spec:
    default: Callable[[], Any]
    valid: Callable[[Any], bool]
    meaning: str  # what a value must be, said in a refusal: a `Phrase`


SPECS: dict[str, Spec] = {
    "reminder_lead_days": Spec(
        lambda: 7, lambda v: isinstance(v, int) and 0 <= v <= 365,
        Phrase(N_("a whole number of days, 0-365"))
    ),
    "notification_time": Spec(lambda: "09:00", _time_of_day,
                              Phrase(N_("a time of day as HH:MM"))),
    "default_cadence_days": Spec(
        lambda: None,
        lambda v: v is None or (isinstance(v, int) and 1 <= v <= 3650),
        Phrase(N_("empty, or a whole number of days")),
    ),
    "phone_region": Spec(_locale_region, _country,
                         Phrase(N_("a two-letter country code such as GB"))),
    # Where the shop is: its country (which also sets phone_region and date_order when it is
    # chosen), its currency (ISO 4217; empty: amounts without one) and the window's language.
    "country": Spec(_locale_region, _country, Phrase(N_("a two-letter country code such as DE"))),
    "currency": Spec(
        lambda: "", lambda v: isinstance(v, str) and re.fullmatch(r"([A-Z]{3})?", v) is not None,
        Phrase(N_("a three-letter currency code such as EUR, or empty")),
    ),
    "language": Spec(_locale_language, lambda v: v in LANGUAGES,
                     Phrase(N_("one of {choices}"), choices=", ".join(LANGUAGES))),
    # A shop that was here before it could say where it is: asked once, at the next start.
    "ask_place": Spec(lambda: False, lambda v: isinstance(v, bool),
                      Phrase(N_("true or false"))),
    "points_per_unit": Spec(
        lambda: 1,
        lambda v: isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1000,
        Phrase(N_("a number of loyalty points per unit of currency (0 turns points off)")),
    ),
    "date_order": Spec(
        lambda: "dmy", lambda v: v in ("dmy", "mdy"),
        Phrase(N_("dmy (31/12/2026) or mdy (12/31/2026)"))
    ),
    # Keep no longer than needed: the weekly review offers to erase the customers not seen
    # for this many years (app.core.week). Off (empty or 0) until the owner turns it on.
    "erase_after_years": Spec(
        lambda: None,
        lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 50),
        Phrase(N_("empty or 0 (off), or a whole number of years, 1-50")),
    ),
}


def get(key: str, database: Executes | None = None) -> Any:
    """The setting's value, or its default; from `database` when given (a job that reads
    through plain sqlite3), else from the program's."""
    spec = _spec(key)
    row = or_program(database).execute_sql(
        "SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if row is not None:
        try:
            value = json.loads(row[0])
        except (ValueError, TypeError):
            # Written by hand or by another program into a file that was then restored: the
            # owner still works, with the default. The value itself may be anything: not logged.
            logs.log.warning("setting %s is not valid JSON; its default is used", key)
            return spec.default()
        if spec.valid(value):
            return value
    return spec.default()


def check(key: str, value: Any) -> None:
    """Refuse a value the setting cannot take, before anything is written."""
    spec = _spec(key)
    if not spec.valid(value):
        raise ValidationError(Phrase(N_("setting {key} must be {meaning}, not {value}"),
                                     key=key, meaning=spec.meaning, value=repr(value)))


def put(key: str, value: Any) -> None:
    """Save the setting. The language also orders the names (`app.store.sorting`): saved
    anew, every customer's sort key follows in the same transaction, whoever saves it (the
    first page, the settings dialog, a test), so the list is never half in one order."""
    check(key, value)
    from app.store.models import Setting, db
    from app.store.refresh import follow_language
    from app.store.sorting import shop_language

    with db.atomic():
        before = shop_language(db) if key == "language" else None
        Setting.insert(key=key, value=json.dumps(value)).on_conflict(
            conflict_target=[Setting.key], preserve=[Setting.value]).execute()
        if before is not None:
            follow_language(db, before)


def _spec(key: str) -> Spec:
    try:
        return SPECS[key]
    except KeyError:
        raise ValidationError(Phrase(N_("there is no setting called {key}"),
                                     key=repr(key))) from None
