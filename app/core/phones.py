"""Phone numbers as people write them, matched however they are typed.

A number is kept as written and indexed in each digit form a person might
type: international ("447700900123") and national ("07700900123"), so that
"0412 555" finds "+61 412 555 019". Parsing uses libphonenumber's metadata
rather than hand-written rules about trunk prefixes.
"""

from __future__ import annotations

import phonenumbers

from app.store.text import digits


def digit_forms(value: str, region: str) -> list[str]:
    """The distinct digit strings this number may be typed as; international first."""
    forms: list[str] = []
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and number.national_number:
        for style in (phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.NATIONAL):
            forms.append(digits(phonenumbers.format_number(number, style)))
    forms.append(digits(value))
    return [form for form in dict.fromkeys(forms) if form]


def normalized(value: str, region: str) -> str:
    """Space-separated digit forms, as stored beside the number."""
    return " ".join(digit_forms(value, region))
