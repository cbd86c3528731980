"""How a counter learns at once that another counter wrote to the server book.

The file tells its readers through `PRAGMA data_version`, which the window polls every few
seconds. A server says it itself: every table of the book has a statement trigger that sends a
notification on one channel (`pg_notify`, delivered when the write commits, once per
transaction however many statements it made), and each window listens on a connection of its
own (`Listener`), whose socket the window watches, so that another counter's note shows within
the moment it takes to read it again. What this window's own connection wrote is not counted:
the window already said it to its views.
"""

from __future__ import annotations

import logging
from typing import Any

import peewee

CHANNEL = "regulars_changed"

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {CHANNEL}() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM pg_notify('{CHANNEL}', '');
    RETURN NULL;
END
$body$"""

log = logging.getLogger("regulars")


def create(database: peewee.Database) -> None:
    """The trigger on every table of the book (made with it, and again by a schema step for a
    book made before; a trigger there already is replaced)."""
    database.execute_sql(_FUNCTION)
    for (table,) in database.execute_sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
            "ORDER BY table_name").fetchall():
        database.execute_sql(f'DROP TRIGGER IF EXISTS {CHANNEL} ON "{table}"')
        database.execute_sql(f'CREATE TRIGGER {CHANNEL} AFTER INSERT OR UPDATE OR DELETE OR '
                             f'TRUNCATE ON "{table}" FOR EACH STATEMENT '
                             f"EXECUTE FUNCTION {CHANNEL}()")


def installed(database: peewee.Database) -> bool:
    """Whether the book's tables send notifications (a book copied by an earlier build's
    `copy --to` lacks them)."""
    return bool(database.execute_sql(
        "SELECT 1 FROM pg_trigger WHERE tgname = %s LIMIT 1", (CHANNEL,)).fetchone())


class Listener:
    """A connection of its own that listens on the channel: `seen` counts the writes other
    connections committed since it started, read without waiting by `look`."""

    def __init__(self, database: peewee.Database) -> None:
        import psycopg

        self._database = database
        own = database.connection()
        self._connection: Any = psycopg.connect(own.info.dsn, password=own.info.password,
                                                autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")
        self.seen = 0

    def fileno(self) -> int:
        """The socket that becomes readable when a notification arrives."""
        return int(self._connection.fileno())

    def look(self) -> int:
        """`seen`, after counting the notifications that have arrived, without waiting; a
        connection the server dropped is made again (a change may have been missed there, so
        it counts as one)."""
        import psycopg

        own = self._database.connection().info.backend_pid
        try:
            for notification in self._connection.notifies(timeout=0):
                if notification.pid != own:
                    self.seen += 1
        except psycopg.OperationalError as error:
            log.warning("the server's notifications stopped (%s); listening again",
                        type(error).__name__)
            self._reconnect()
            self.seen += 1
        return self.seen

    def _reconnect(self) -> None:
        import psycopg

        self.close()
        own = self._database.connection()
        try:
            self._connection = psycopg.connect(own.info.dsn, password=own.info.password,
                                               autocommit=True)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.OperationalError:
            pass  # tried again at the next look

    def close(self) -> None:
        self._connection.close()
