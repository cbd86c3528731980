"""The whole customer book copied between this computer's file and a PostgreSQL server.

A shop that grows a second counter moves its book to a server (`to_server`), and one that goes
back to one counter, or wants the book on a laptop, brings it home (`from_server`). Either way
the copy goes only into an empty book, is checked row for row (`app.store.copying`), and is
one transaction: a copy that fails or differs leaves the target as it was, and a file made for
it is removed again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core import session
from app.core.backups import database_files
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.core.server_book import checked_address, opened, refuse_other_version
from app.store import copying, server
from app.store.models import db

__all__ = ["Copied", "Progress", "checked_address", "from_server", "opened", "rows_to_copy",
           "to_server"]

# Told the table being copied and the rows of it copied so far.
Progress = Callable[[str, int], None]

def rows_to_copy() -> int:
    """How many rows a copy of the open book carries, to say how far it has got."""
    return copying.row_count(db)


@dataclass(frozen=True)
class Copied:
    """What a copy carried, table by table, and where to (the address without a password)."""

    rows: dict[str, int]
    where: str

    @property
    def customers(self) -> int:
        return self.rows.get("customer", 0)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def to_server(url: str, progress: Progress | None = None,
              password: str | None = None) -> Copied:
    """The open book copied into the server book at `url`, which is made if the database holds
    none (with `password`, else the one libpq finds). Refused (`ValidationError`) when the
    server book holds anything; `UnavailableError` when the server cannot be used."""
    with opened(url, password) as book:
        if server.version(book):
            refuse_other_version(book, url)
        with book.atomic():  # the tables made and filled together, or neither
            server.upgrade(book)
            try:
                rows = copying.copy_book(db, book, progress)
            except copying.TargetNotEmptyError:
                raise ValidationError(Phrase(
                    N_("the server book at {url} already holds customers; a copy goes only "
                       "into an empty book (create a new database for it)"),
                    url=server.shown_url(url))) from None
    return Copied(rows, server.shown_url(url))


def from_server(url: str, override: str | os.PathLike[str] | None = None,
                progress: Progress | None = None) -> Copied:
    """The server book at `url` copied into this computer's database, which is made if there
    is none. Refused (`ValidationError`) when the server holds no book, or when this
    computer's book holds anything; `UnavailableError` when the server cannot be used."""
    with opened(url) as book:
        if not server.version(book):
            raise ValidationError(Phrase(N_("there is no customer book on the server at {url}"),
                                         url=server.shown_url(url)))
        refuse_other_version(book, url)
        path = session.settled_location(override)
        made = not path.exists()
        try:
            session.open_data(override)
            rows = copying.copy_book(book, db, progress)
        except copying.TargetNotEmptyError:
            raise ValidationError(Phrase(
                N_("the customer book in {folder} already holds customers; a copy goes only "
                   "into an empty book (choose another folder with --data-dir)"),
                folder=str(path.parent))) from None
        except BaseException:
            if made:
                _remove(path)
            raise
    return Copied(rows, server.shown_url(url))


def _remove(path: Path) -> None:
    """A database made for a copy that failed, gone again with its working files."""
    session.close()
    for file in database_files(path):
        file.unlink(missing_ok=True)
