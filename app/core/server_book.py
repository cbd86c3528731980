"""A customer book on a PostgreSQL server, as the counter opens it and the owner is told of it.

What stops a server book being used (no password, a password refused, no such database, a
server not reached) and a book another Regulars wrote are said here, once, in the owner's
words: for a job that works on the server book (`--database`), and for a copy to or from one
(`app.core.server_copy`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import peewee

from app.core.errors import UnavailableError, ValidationError
from app.core.phrases import N_, Phrase
from app.store import database, schema, server
from app.store.server import shown_url

__all__ = ["checked_address", "open_book", "opened", "refuse_other_version", "said",
           "shown_url"]

# What stops a server book being used (`server.REASONS`), in the owner's words: {where} is its
# address, {said} what the server said, {file} where libpq looks for passwords.
_WHY = {
    "password_missing": N_("the server at {where} asks for a password: put it in {file} as "
                           "host:port:database:user:password (readable by you only), or in "
                           "the PGPASSWORD environment variable"),
    "password_refused": N_("the server at {where} did not accept the password for this user: "
                           "check the one in {file} or PGPASSWORD"),
    "no_database": N_("the server at {where} has no {said}: create it first"),
    "unusable": N_("the server at {where} cannot be used: {said}"),
}


# What the server says when a password would open the book.
PASSWORD_TROUBLE = ("password_missing", "password_refused")


def checked_address(text: str) -> str:
    """What the owner typed as a server book's address, as libpq reads it; refused
    (`ValidationError`) saying how to write one."""
    try:
        return server.checked_url(text.strip())
    except ValueError:
        raise ValidationError(Phrase(
            N_("{address} is not the address of a server's customer book: write it like "
               "postgresql://user@host/database"), address=repr(server.shown_url(text.strip())))
        ) from None


@contextmanager
def said() -> Iterator[None]:
    """A server's trouble inside, said as `UnavailableError` in the owner's words (and a
    database that is not a customer book as `ValidationError`)."""
    try:
        yield
    except server.NotABookError as other:
        raise ValidationError(Phrase(
            N_("the database at {where} holds tables of another program, not a customer book: "
               "give Regulars an empty database of its own"), where=other.where)) from None
    except server.ServerUnavailableError as trouble:
        raise UnavailableError(Phrase(_WHY[trouble.reason], where=trouble.where,
                                      said=trouble.said, file=str(server.password_file()))
                               ) from None


@contextmanager
def opened(url: str, password: str | None = None) -> Iterator[peewee.PostgresqlDatabase]:
    """The server book at `url` (`server.opened`) beside the open book, for a copy."""
    with said(), server.opened(url, password) as book:
        yield book


def open_book(url: str, password: str | None = None,
              ask: Callable[[bool], str | None] | None = None) -> None:
    """The models bound to the server book at `url`, made there if the database holds none:
    what every job and read works on until `session.close`. Refused as `open_data` refuses a
    file: a server that cannot be used (`UnavailableError`), a book of another version.

    Where the server asks for a password that libpq does not have, or refuses the one given,
    `ask` (the window's question; a job has none) is asked for one, told whether the last was
    refused, until it gives up (None)."""
    with said():
        while True:
            try:
                database.open_server(url, password)
                return
            except server.ServerUnavailableError as trouble:
                if ask is None or trouble.reason not in PASSWORD_TROUBLE:
                    raise
                password = ask(trouble.reason == "password_refused")
                if password is None:
                    raise
            except (server.UnknownVersionError, schema.SchemaTooNewError):
                with server.opened(url, password) as book:
                    refuse_other_version(book, url)
                raise


def refuse_other_version(book: peewee.Database, url: str) -> None:
    """A server book another Regulars wrote: a newer one may hold what this one would lose,
    and no step brings an older one up yet."""
    found = server.version(book)
    if found > schema.SCHEMA_VERSION:
        raise ValidationError(Phrase(
            N_("the server book at {url} was written by a newer Regulars (version {version}); "
               "update Regulars first"), url=server.shown_url(url), version=found))
    if found != schema.SCHEMA_VERSION:
        raise ValidationError(Phrase(
            N_("the server book at {url} was written by an older Regulars (version {version}); "
               "open it with that one first"), url=server.shown_url(url), version=found))
