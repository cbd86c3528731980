"""This counter's name: which till, branch or laptop wrote each timeline entry and promise.

A shop with two counters on one customer book wants to know who told the customer what, and
the program wants nothing of the owner to know it: the default is the computer's own name.
It is kept in this computer's config file (`app.store.config_file`), not in the database,
because the database is shared by every counter and travels with its backups. The window's
settings change it; the jobs read it as the window does.
"""

from __future__ import annotations

import socket
import unicodedata

from app.core import logs
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.store import config_file

SECTION, KEY = "counter", "name"
MAX_LENGTH = 40


def default_name() -> str:
    """The computer's name, as the network knows it, without its domain ("till-1", not
    "till-1.shop.lan"); empty where the system has none."""
    return clean(socket.gethostname().split(".")[0], refuse=False)


def name() -> str:
    """The name this counter writes on what it records: the one set, else the computer's."""
    try:
        given = config_file.value(SECTION, KEY)
    except config_file.ConfigFileError as error:
        logs.log.warning("the config file cannot be read: %s", type(error).__name__)
        given = None
    if given is not None:
        cleaned = clean(given, refuse=False)
        if cleaned:
            return cleaned
    return default_name()


def rename(new: str) -> str:
    """Give this counter `new` as its name (empty: the computer's name again); returns the name
    it now writes. Refused (`ValidationError`) when it is too long or holds control
    characters."""
    cleaned = clean(new, refuse=True)
    config_file.write(SECTION, KEY, cleaned or None)
    logs.log_operation("counter renamed", [])
    return cleaned or default_name()


def clean(text: str, *, refuse: bool) -> str:
    """`text` as a counter's name: one line, trimmed, at most `MAX_LENGTH` characters. With
    `refuse`, a name that is not one is refused; else it is made one (a name written into
    the file by hand, or a computer's)."""
    text = " ".join(text.split())
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        if refuse:
            raise ValidationError(Phrase(N_("a counter's name cannot hold control characters")))
        text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    if len(text) > MAX_LENGTH:
        if refuse:
            raise ValidationError(Phrase(
                N_("a counter's name is at most {most} characters, not {length}"),
                most=MAX_LENGTH, length=len(text)))
        text = text[:MAX_LENGTH].rstrip()
    return text
