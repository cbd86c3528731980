"""How the profile lists a customer's contact points, and opens a web address.

A fax is drawn like a phone number, so its row says "fax"; a web address opens in the browser
only from its own button, never from choosing or double-clicking its row (that edits it).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIcon

from app.core.customers import CONTACT_NAMES
from app.core.profile import Contact
from app.ui.icons import icon
from app.ui.words import N_, words

CONTACT_ICONS = {"phone": "call", "email": "email", "address": "address", "handle": "message",
                 "fax": "fax", "website": "web"}
# Added from the contact list's own buttons; the rest from its "+ More…" menu. Marked only:
# the list says them in the window's language.
ADDERS = [("phone", N_("+ Phone")), ("email", N_("+ Email")), ("address", N_("+ Address"))]
MORE_ADDERS = [("website", N_("Web address")), ("fax", N_("Fax"))]
# A fax is drawn like a phone number, so its row says what it is.
FAX = N_("fax")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def kind_name(kind: str) -> str:
    """"Telefon" for a phone, in the window's language; a kind it does not know, as kept."""
    return words(CONTACT_NAMES[kind]) if kind in CONTACT_NAMES else kind.capitalize()


def contact_row(contact: Contact) -> tuple[Contact, str, QIcon]:
    """One row of the contact list: the value, then what kind of line it is and its label."""
    said = ", ".join(x for x in (words(FAX) if contact.kind == "fax" else "", contact.label)
                     if x)
    return (contact, contact.value + (f"   · {said}" if said else ""),
            icon(CONTACT_ICONS.get(contact.kind, "note")))


def is_web_address(payload: object) -> bool:
    return isinstance(payload, Contact) and payload.kind == "website"


def web_url(address: str) -> QUrl:
    """The address as the browser needs it: "www.example.com" is "https://www.example.com"."""
    address = address.strip()
    return QUrl(address if _SCHEME.match(address) else "https://" + address)


def open_web_address(contact: Contact) -> bool:
    return QDesktopServices.openUrl(web_url(contact.value))
