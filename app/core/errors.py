"""Errors whose message is meant for the owner, as written."""

import sqlite3


class RegularsError(Exception):
    """Anything the owner can act on: the message says what and where."""


class ValidationError(RegularsError, ValueError):
    """Input that cannot be saved as given; nothing was written."""


class NotFoundError(RegularsError, LookupError):
    """The thing asked for is not in the database."""


class UnusableDatabaseError(sqlite3.DatabaseError):
    """The database file is missing beside good backups, or empty: opening it would make a
    new empty shop over the owner's data. A database failure (exit 1), not bad input; the
    message names the backup to restore."""
