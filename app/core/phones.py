"""Phone numbers as people write them, matched however they are typed.

A number is kept as written and indexed in each digit form a person might
type: international ("447700900123") and national ("07700900123"), so that
"0412 555" finds "+61 412 555 019". Parsing uses libphonenumber's metadata
rather than hand-written rules about trunk prefixes. libphonenumber is imported
when a number is first read (its metadata takes a thirtieth of a second to load,
which the window's start does not need).
"""

from __future__ import annotations

from functools import cache

from app.store.text import digits


def digit_forms(value: str, region: str) -> list[str]:
    """The distinct digit strings this number may be typed as; international first."""
    import phonenumbers

    forms: list[str] = []
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and number.national_number:
        # Built from the parts rather than formatted: formatting costs more than parsing,
        # and an import normalises every number it reads.
        national = phonenumbers.national_significant_number(number)
        forms.append(f"{number.country_code}{national}")
        prefix = _national_prefix(number.country_code)
        if prefix:
            forms.append(prefix + national)
    forms.append(digits(value))
    return [form for form in dict.fromkeys(forms) if form]


@cache
def _national_prefix(country_code: int) -> str:
    """The trunk prefix dialled inside the country ("0" in the UK and Australia)."""
    import phonenumbers

    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix or "") if metadata else ""


def normalized(value: str, region: str) -> str:
    """Space-separated digit forms, as stored beside the number."""
    return " ".join(digit_forms(value, region))
