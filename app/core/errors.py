"""Errors whose message is meant for the owner, as written."""


class RegularsError(Exception):
    """Anything the owner can act on: the message says what and where."""


class ValidationError(RegularsError, ValueError):
    """Input that cannot be saved as given; nothing was written."""


class NotFoundError(RegularsError, LookupError):
    """The thing asked for is not in the database."""
