"""Where this counter's customer book lives: the SQLite file on this computer (the default), or
a server's, chosen once in Settings > Customer book and read by the window and the jobs alike.

The address is kept in this computer's config file (`app.store.config_file`), never with a
password in it. The password goes into the system keyring where there is one (the `keyring`
package: the Secret Service, the macOS Keychain, the Windows Credential Locker); where there is
none, it goes nowhere from here: libpq reads PostgreSQL's own `~/.pgpass`, and the window asks.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from app.core import logs
from app.core.errors import ValidationError
from app.core.phrases import N_, Phrase
from app.store import config_file

SECTION, KEY = "book", "address"
SERVICE = "Regulars"  # the keyring's name for what Regulars keeps there
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class Server:
    """A server book's address as the settings show it, field by field."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: bool = False

    def address(self) -> str:
        """postgresql://user@host:port/database, with `sslmode=require` when TLS is asked."""
        user = urllib.parse.quote(self.user, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        tail = "?sslmode=require" if self.tls else ""
        return (f"postgresql://{user}@{host}{port}/"
                f"{urllib.parse.quote(self.database, safe='')}{tail}")


def chosen() -> str | None:
    """The server book's address chosen in the settings; None for this computer's file (and
    where the config file cannot be read, which the log says)."""
    try:
        given = config_file.value(SECTION, KEY)
    except config_file.ConfigFileError as error:
        logs.log.warning("the config file cannot be read: %s", type(error).__name__)
        return None
    return given or None


def server_of(address: str | None) -> Server | None:
    """The fields of a chosen address (None: this computer's file)."""
    if not address:
        return None
    parts = urllib.parse.urlsplit(address)
    query = urllib.parse.parse_qs(parts.query)
    return Server(host=parts.hostname or "", database=urllib.parse.unquote(parts.path[1:]),
                  user=urllib.parse.unquote(parts.username or ""),
                  port=parts.port or DEFAULT_PORT,
                  tls=query.get("sslmode", [""])[0] in ("require", "verify-ca", "verify-full"))


def choose(server: Server | None, password: str | None = None) -> bool:
    """Keep `server` as where the book lives (None: this computer's file) and its `password`
    in the keyring; returns whether a password given was kept (False: there is no keyring,
    and `~/.pgpass` or the window's question must give it). Refused (`ValidationError`) when
    a field is missing or the address is not one."""
    if server is None:
        config_file.write(SECTION, KEY, None)
        logs.log_operation("customer book on this computer", [])
        return False
    for value, field in ((server.host, N_("the server")), (server.database, N_("the database")),
                         (server.user, N_("the user"))):
        if not value.strip():
            raise ValidationError(Phrase(N_("{field} is missing"), field=Phrase(field)))
    if not 1 <= server.port <= 65535:
        raise ValidationError(Phrase(N_("the port must be a number from 1 to 65535")))
    from app.core import server_book  # which loads peewee: not for a job that only reads

    address = server_book.checked_address(server.address())
    config_file.write(SECTION, KEY, address)
    logs.log_operation("customer book on a server", [])
    return bool(password) and keep_password(address, password)


def keep_password(address: str, password: str) -> bool:
    """The password in the system keyring; False where there is none to keep it."""
    import keyring
    from keyring.errors import KeyringError

    from app.core import server_book

    try:
        keyring.set_password(SERVICE, server_book.shown_url(address), password)
    except KeyringError as error:
        logs.log.warning("no keyring for the password: %s", type(error).__name__)
        return False
    return True


def kept_password(address: str) -> str | None:
    """The password the keyring holds for this address; None where it holds none or there is
    no keyring (libpq then looks in `~/.pgpass` and PGPASSWORD)."""
    import keyring
    from keyring.errors import KeyringError

    from app.core import server_book

    try:
        return keyring.get_password(SERVICE, server_book.shown_url(address))
    except KeyringError:
        return None
