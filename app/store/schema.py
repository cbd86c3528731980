"""Schema versions and the steps between them.

The version lives in `PRAGMA user_version`. Each step runs in one transaction
together with the version bump, so a file is always at one version or the
next, never in between. The first step's SQL is frozen text rather than
generated from the models: the models describe the newest schema, while a
file made by an old release must be brought forward from what it really has.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable

from peewee import DateTimeField, IntegerField, SqliteDatabase

from app.store import agenda, name_starts, old_texts, refresh, search, sorting
from app.store.batches import batches, marks
from app.store.version import SCHEMA_VERSION


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer Regulars; opening it could lose data."""


_V1_TABLES = (
    """CREATE TABLE "customer" ("id" INTEGER NOT NULL PRIMARY KEY, "first_name" VARCHAR(255) NOT NULL, "last_name" VARCHAR(255) NOT NULL, "nickname" VARCHAR(255) NOT NULL, "company" VARCHAR(255) NOT NULL, "about" TEXT NOT NULL, "photo" BLOB, "preferred_channel" VARCHAR(255) NOT NULL, "contact_every_days" INTEGER, "newsletter" INTEGER NOT NULL, "newsletter_since" DATE, "loyalty_points" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "archived_at" DATETIME, "sort_name" VARCHAR(255) NOT NULL, "tag_list" VARCHAR(255) NOT NULL, "last_contact" DATETIME, "total_spent_cents" INTEGER NOT NULL, "visit_count" INTEGER NOT NULL, "interaction_count" INTEGER NOT NULL)""",
    """CREATE INDEX "customer_archived_at_sort_name" ON "customer" ("archived_at", "sort_name")""",
    """CREATE INDEX "customer_archived_at_last_contact" ON "customer" ("archived_at", "last_contact")""",
    """CREATE INDEX "customer_archived_at_total_spent_cents" ON "customer" ("archived_at", "total_spent_cents")""",
    """CREATE TABLE "contact_point" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "value" TEXT NOT NULL, "normalized" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "contact_point_customer_id" ON "contact_point" ("customer_id")""",
    """CREATE INDEX "contact_point_normalized" ON "contact_point" ("normalized")""",
    """CREATE TABLE "relative" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "relation" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "relative_customer_id" ON "relative" ("customer_id")""",
    """CREATE TABLE "important_date" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "relative_id" INTEGER, "kind" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "month" INTEGER NOT NULL, "day" INTEGER NOT NULL, "year" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("relative_id") REFERENCES "relative" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "important_date_customer_id" ON "important_date" ("customer_id")""",
    """CREATE INDEX "important_date_relative_id" ON "important_date" ("relative_id")""",
    """CREATE INDEX "important_date_month_day" ON "important_date" ("month", "day")""",
    """CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, "text" TEXT NOT NULL, "amount_cents" INTEGER, "sentiment" INTEGER, "pinned" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "interaction_customer_id_at" ON "interaction" ("customer_id", "at")""",
    """CREATE INDEX "interaction_at" ON "interaction" ("at")""",
    """CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "due" DATE, "done_at" DATETIME, "created_at" DATETIME NOT NULL, "source_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("source_id") REFERENCES "interaction" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "follow_up_customer_id" ON "follow_up" ("customer_id")""",
    """CREATE INDEX "follow_up_source_id" ON "follow_up" ("source_id")""",
    """CREATE INDEX "follow_up_done_at_due" ON "follow_up" ("done_at", "due")""",
    """CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL COLLATE NOCASE)""",
    """CREATE UNIQUE INDEX "tag_name" ON "tag" ("name")""",
    """CREATE TABLE "customer_tag" ("customer_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "customer_tag_tag_id" ON "customer_tag" ("tag_id")""",
    """CREATE UNIQUE INDEX "customer_tag_customer_id_tag_id" ON "customer_tag" ("customer_id", "tag_id")""",
    """CREATE TABLE "reminder_state" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "state" VARCHAR(255) NOT NULL, "until" DATE, "updated_at" DATETIME NOT NULL)""",
    """CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)""",
)


def _v1_tables(database: SqliteDatabase) -> None:
    for statement in _V1_TABLES:
        database.execute_sql(statement)


def _v2_search_index(database: SqliteDatabase) -> None:
    search.create_index(database)
    search.rebuild(database)


def _v3_visit_span(database: SqliteDatabase) -> None:
    """First and last visit, so that "lapsed" needs no scan of the whole timeline."""
    from playhouse.migrate import SqliteMigrator, migrate  # only to bring an old file up

    migrator = SqliteMigrator(database)
    migrate(
        migrator.add_column("customer", "first_visit", DateTimeField(null=True)),
        migrator.add_column("customer", "last_visit", DateTimeField(null=True)),
    )
    database.execute_sql(
        "UPDATE customer SET "
        "first_visit = (SELECT min(at) FROM interaction i WHERE i.customer_id = customer.id "
        "AND i.kind IN ('visit', 'purchase')), "
        "last_visit = (SELECT max(at) FROM interaction i WHERE i.customer_id = customer.id "
        "AND i.kind IN ('visit', 'purchase'))"
    )


def _v4_points_and_recent(database: SqliteDatabase) -> None:
    """Loyalty points kept per timeline entry; when each customer was last opened."""
    from playhouse.migrate import SqliteMigrator, migrate  # only to bring an old file up

    migrator = SqliteMigrator(database)
    migrate(
        migrator.add_column("interaction", "points", IntegerField(null=True)),
        migrator.add_column("customer", "opened_at", DateTimeField(null=True)),
        migrator.add_index("customer", ("archived_at", "opened_at"), False),
    )
    # The balance a customer had stays theirs: it becomes one opening entry.
    database.execute_sql(
        "INSERT INTO interaction (customer_id, kind, at, text, points, pinned, created_at, "
        "updated_at) SELECT id, 'note', created_at, 'Loyalty points carried over', "
        "loyalty_points, 0, created_at, created_at FROM customer WHERE loyalty_points != 0"
    )


def _v5_recent_order(database: SqliteDatabase) -> None:
    """The list's first order, recently opened then by name, read from one index: without
    the name in it, the customers never opened (most of them) were sorted on every start."""
    database.execute_sql('DROP INDEX IF EXISTS "customer_archived_at_opened_at"')
    database.execute_sql('CREATE INDEX "customer_recent" ON "customer" '
                         '("archived_at", "opened_at" DESC, "sort_name")')


def _v6_sample_mark(database: SqliteDatabase) -> None:
    """Which customers are the invented ones of "Try with sample customers", kept in the file
    so that they can be taken away whole after a restart or a restore, and only they."""
    # Plain SQL: SQLite adds a NOT NULL column with its default in place, where peewee's
    # migrator would copy the whole table to make it NOT NULL.
    database.execute_sql('ALTER TABLE "customer" ADD COLUMN "sample" INTEGER NOT NULL DEFAULT 0')


def _v7_work_and_source(database: SqliteDatabase) -> None:
    """Job title and role, which address books carry, and the id a card had in the address
    book it came from (vCard UID, Apple's X-ABUID), so that importing it again updates that
    customer instead of making them twice. Plain SQL, as in the step before: columns with a
    default are added in place."""
    for column in ("job_title", "role", "source_uid"):
        database.execute_sql(
            f'ALTER TABLE "customer" ADD COLUMN "{column}" VARCHAR(255) NOT NULL DEFAULT \'\'')
    database.execute_sql('CREATE INDEX "customer_source_uid" ON "customer" ("source_uid") '
                         "WHERE source_uid != ''")
    # A fax was kept as a phone labelled so; it is its own kind of number now.
    database.execute_sql(
        "UPDATE contact_point SET kind = 'fax', label = CASE WHEN lower(trim(label)) = 'fax' "
        "THEN '' ELSE trim(replace(replace(label, 'Fax', ''), 'fax', '')) END "
        "WHERE kind = 'phone' AND lower(label) LIKE '%fax%'")


def _v8_days_reminders_ask_about(database: SqliteDatabase) -> None:
    """The day each regular crosses their own rhythm and the day each customer to stay in
    touch with is due, kept per customer: Today reads them from an index at any size."""
    for column in ("lapse_on", "contact_due"):
        database.execute_sql(f'ALTER TABLE "customer" ADD COLUMN "{column}" DATE')
    database.execute_sql('CREATE INDEX "customer_lapse_on" ON "customer" '
                         '("archived_at", "lapse_on")')
    database.execute_sql('CREATE INDEX "customer_contact_due" ON "customer" '
                         '("archived_at", "contact_due")')
    ids = [row[0] for row in database.execute_sql("SELECT id FROM customer")]
    for batch in batches(ids):
        database.execute_sql(refresh.DUE_SQL.format(marks=marks(batch)), batch)


def _v9_agenda(database: SqliteDatabase) -> None:
    """The agenda Today reads its dates and promises from, with the names they are said with
    (see `app.store.agenda`), filled for every customer."""
    agenda.create(database)


def _v10_name_starts(database: SqliteDatabase) -> None:
    """The two-letter starts of the words of every name, in the list's order (see
    `app.store.name_starts`): two letters typed list a screenful straight from them."""
    name_starts.create(database)


def _v11_ask_place(database: SqliteDatabase) -> None:
    """A shop that was here before it could say its country, currency and language is asked
    once, at the next start of the window (a new one says so on its first page). The first
    guesses are what it set before: the country of its phone numbers ("UK", which the free
    field took, is GB) and the currency of the symbol it typed, where one currency has it."""
    database.execute_sql("INSERT OR REPLACE INTO setting (key, value) SELECT 'ask_place', "
                         "'true' WHERE EXISTS (SELECT 1 FROM customer)")
    database.execute_sql(
        "INSERT OR IGNORE INTO setting (key, value) SELECT 'country', CASE value "
        "WHEN '\"UK\"' THEN '\"GB\"' ELSE value END FROM setting WHERE key = 'phone_region'")
    database.execute_sql(
        "INSERT OR IGNORE INTO setting (key, value) SELECT 'currency', CASE value "
        + " ".join(f"WHEN '{json.dumps(symbol)}' THEN '\"{code}\"'"
                   for symbol, code in _SYMBOLS.items())
        + " END FROM setting WHERE key = 'currency_symbol' AND value IN ("
        + ", ".join(f"'{json.dumps(symbol)}'" for symbol in _SYMBOLS) + ")")
    database.execute_sql("DELETE FROM setting WHERE key = 'currency_symbol'")


# The symbols the old free field was most often given, each one currency's alone ("$" is not).
_SYMBOLS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "CHF": "CHF", "zł": "PLN"}


def _v12_sort_by_language(database: SqliteDatabase) -> None:
    """Names in the order the shop's language expects (`app.store.sorting`): a shop that
    chose German or Spanish has the keys of its names made again by that language's rule
    (those with an umlaut or an ñ change); any other's were made by the rule it keeps, and
    are not read again."""
    if sorting.rule(sorting.shop_language(database)):
        refresh.resort(database)


def _v13_said(database: SqliteDatabase) -> None:
    """What the program writes itself is kept as its template and values, beside its English
    (`said`, see `app.core.said`), so that the window says it in the shop's language; what
    earlier versions wrote in English is recognised and given its code (`app.store.old_texts`).
    Plain SQL, as in step 6: a column that may be NULL is added in place."""
    for table in ("interaction", "follow_up"):
        database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "said" TEXT')
    old_texts.recognise(database)


def _v14_agenda_said(database: SqliteDatabase) -> None:
    """The agenda keeps a follow-up's `said` too (see `app.store.agenda`), so that Today, the
    weekly review and the tray say what the program wrote ("Make it right: …") in the shop's
    language: the column is added in place and filled from the follow-ups, whose `said` step 13
    gave them; the rest of the agenda stays as it is."""
    database.execute_sql(agenda.ADD_SAID)
    database.execute_sql(agenda.COPY_SAID)


def remake_customers(database: SqliteDatabase, *, autoincrement: bool) -> None:
    """The customer table made again, with or without AUTOINCREMENT, its rows and indexes as
    they were; in a transaction with foreign keys off (see `upgrade`)."""
    table, indexes = database.execute_sql(
        "SELECT sql, (SELECT group_concat(sql, ';') FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'customer' AND sql IS NOT NULL) FROM sqlite_master "
        "WHERE type = 'table' AND name = 'customer'").fetchone()
    primary = '"id" INTEGER NOT NULL PRIMARY KEY'
    table = table.replace(f"{primary} AUTOINCREMENT", primary, 1)  # as step 1 made it
    if autoincrement:
        table = table.replace(primary, f"{primary} AUTOINCREMENT", 1)
    database.execute_sql(table.replace('"customer"', '"customer_new"', 1))
    database.execute_sql('INSERT INTO "customer_new" SELECT * FROM "customer"')
    database.execute_sql('DROP TABLE "customer"')
    database.execute_sql('ALTER TABLE "customer_new" RENAME TO "customer"')
    for statement in (indexes or "").split(";"):
        if statement:
            database.execute_sql(statement)


def _v15_personal_data(database: SqliteDatabase) -> None:
    """What the law on personal data asks of a shop (`app.core.erasure`, `app.core.consent`).

    A customer's id is never given again, so that the erasure register's ids keep naming only
    the erased: the customer table is made again with AUTOINCREMENT (SQLite otherwise gives
    the highest id again once its customer is gone), its rows and indexes kept as they are.
    The register (`erasure`) keeps an id and a date, no name. Newsletter consent becomes a
    history (`consent`): each customer's flag and its date become their first record. The
    customers not seen for years are found by an index of when each was last seen. A record
    merged into another customer names them (`merged_into_id`), so that erasing or handing
    over that customer's data takes it along; an index finds those records.
    Run with foreign keys off (see `upgrade`): dropping the old table would otherwise take
    every customer's timeline with it.
    """
    remake_customers(database, autoincrement=True)
    for statement in PERSONAL_DATA_TABLES:
        database.execute_sql(statement)
    database.execute_sql(
        "INSERT INTO consent (customer_id, given, at, how, source, created_at) "
        "SELECT id, 1, datetime(coalesce(newsletter_since, created_at)), 'earlier', '', "
        "datetime('now', 'localtime') FROM customer WHERE newsletter")
    if database.execute_sql("PRAGMA foreign_key_check").fetchone() is not None:
        raise RuntimeError("the customer table was made again with rows that name no customer")


_v15_personal_data.without_foreign_keys = True  # type: ignore[attr-defined]

PERSONAL_DATA_TABLES = (
    'CREATE TABLE "erasure" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
    '"customer_id" INTEGER NOT NULL UNIQUE, "erased_at" DATETIME NOT NULL, '
    '"fingerprint" VARCHAR(255) NOT NULL DEFAULT \'\')',
    'CREATE TABLE "consent" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, '
    '"given" INTEGER NOT NULL, "at" DATETIME NOT NULL, "how" VARCHAR(255) NOT NULL, '
    '"source" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "consent_customer_id_at" ON "consent" ("customer_id", "at")',
    # The weekly review's customers not seen for years (`app.core.week.not_seen`), found
    # without reading every customer.
    'CREATE INDEX "customer_seen" ON "customer" (coalesce("last_contact", "created_at"))',
    # The record a merge archived names the customer it went into (`app.core.duplicates`);
    # added after the remake, in place, as the last column.
    'ALTER TABLE "customer" ADD COLUMN "merged_into_id" INTEGER REFERENCES "customer" ("id") '
    "ON DELETE SET NULL",
    'CREATE INDEX "customer_merged_into_id" ON "customer" ("merged_into_id") '
    'WHERE "merged_into_id" IS NOT NULL',
)


def _v16_search_folded(database: SqliteDatabase) -> None:
    """The search rows made again, folded as what is typed is folded (`search.Document.row`):
    a customer called Straße or Groß was not found by typing their name."""
    search.rebuild(database)


def _v17_counters(database: SqliteDatabase) -> None:
    """Which counter wrote each timeline entry and promise (`app.core.counter`); what is
    already there was written before counters had names."""
    for table in ("interaction", "follow_up"):
        database.execute_sql(
            f'ALTER TABLE "{table}" ADD COLUMN "counter" TEXT NOT NULL DEFAULT \'\'')


Step = Callable[[SqliteDatabase], None]

STEPS: tuple[Step, ...] = (_v1_tables, _v2_search_index, _v3_visit_span, _v4_points_and_recent,
                           _v5_recent_order, _v6_sample_mark, _v7_work_and_source,
                           _v8_days_reminders_ask_about, _v9_agenda, _v10_name_starts,
                           _v11_ask_place, _v12_sort_by_language, _v13_said, _v14_agenda_said,
                           _v15_personal_data, _v16_search_folded,
                           _v17_counters)
if len(STEPS) != SCHEMA_VERSION:  # a new step raises the version in app/store/version.py
    raise RuntimeError(f"{len(STEPS)} schema steps for version {SCHEMA_VERSION}")


def version(database: SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def refuse_newer(number: int) -> None:
    """A file a newer Regulars wrote may hold what this one would lose: it is not opened."""
    if number > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"this file has schema version {number}, newer than this Regulars "
            f"understands ({SCHEMA_VERSION}); please update Regulars"
        )


def upgrade(database: SqliteDatabase, target: int | None = None) -> list[int]:
    """Bring the file up to `target` (the newest); return the versions it passed through."""
    target = SCHEMA_VERSION if target is None else target
    current = version(database)
    refuse_newer(current)
    done = []
    for index in range(current, target):
        step = STEPS[index]
        # A step that makes a table again turns foreign keys off around its transaction (they
        # cannot be switched inside one): SQLite's own way to change a table's definition.
        keys_were = database.execute_sql("PRAGMA foreign_keys").fetchone()[0]
        if getattr(step, "without_foreign_keys", False) and keys_were:
            database.execute_sql("PRAGMA foreign_keys = OFF")
        try:
            with database.atomic():
                step(database)
                database.execute_sql(f"PRAGMA user_version = {index + 1}")
        finally:
            if keys_were:
                database.execute_sql("PRAGMA foreign_keys = ON")
        done.append(index + 1)
    return done


# Every schema object of a file: (type, name) -> (its table, its SQL with spacing evened out).
Objects = dict[tuple[str, str], tuple[str, str]]


def objects(connection: sqlite3.Connection) -> Objects:
    """Every table (with its columns), index, view and trigger, as the file itself says;
    not the tables SQLite makes itself (the ids AUTOINCREMENT gave, statistics)."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "WHERE NOT (type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')")
    return {(kind, name): (table, " ".join((sql or "").split()))
            for kind, name, table, sql in rows}


@functools.cache
def made_by(number: int) -> Objects:
    """What the steps up to version `number` make, in a fresh database in memory: the one
    true description of that version, so no second copy of the schema can drift from it."""
    database = SqliteDatabase(":memory:")
    database.connect()
    try:
        upgrade(database, number)
        return objects(database.connection())
    finally:
        database.close()


def difference(connection: sqlite3.Connection, number: int) -> str | None:
    """What in a file's schema is not exactly what version `number` makes, in words; None
    when nothing is. An extra trigger or view could rewrite or throw away what the owner
    types later, and a missing table or index breaks the program, so nothing is tolerated."""
    found, expected = objects(connection), made_by(number)
    extra = sorted(found.keys() - expected.keys())
    if extra:
        return f"it has a {extra[0][0]} {extra[0][1]} that Regulars never makes"
    missing = sorted(expected.keys() - found.keys(), key=lambda k: (k[0] != "table", k))
    if missing:
        return f"it has no {missing[0][0]} {missing[0][1]}"
    changed = sorted(key for key in found if found[key] != expected[key])
    if changed:
        return f"its {changed[0][0]} {changed[0][1]} is not the one Regulars makes"
    return None


def pending(database: SqliteDatabase) -> int:
    return max(0, SCHEMA_VERSION - version(database))
