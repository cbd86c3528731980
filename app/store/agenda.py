"""What Today reads its dates and promises from: one row each, with the names to say them by.

A large shop has thousands of birthdays, anniversaries and open follow-ups in any week, and
reading them through their customers and family meant a look-up in two other tables for each
(most of the time Today took). The agenda keeps, for every customer who is not archived, each
important date (under its month and day) and each open follow-up with a due day (under that
day), together with the names it is said with, in the order the reminders want them: a week's
worth is one range of one table. It holds facts, never words: the reminders put them into
words when they are read.

A follow-up the program wrote ("Make it right: …") keeps its `said` beside its English text
(`app.core.said`), as the follow-up does, so that Today says it in the shop's language; the
column came with schema step 14, and the steps before it fill the table they knew.

It is derived, like the other fields `refresh` keeps: rebuilt for the customers of every write,
never edited by hand, never on the undo journal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.store.batches import batches, is_server, marks
from app.store.dialect import day_of, hint, month_day

if TYPE_CHECKING:  # imported by jobs that read through plain sqlite3
    from peewee import SqliteDatabase

# Where a row stands among those of one day: birthdays, anniversaries, other dates, follow-ups.
BIRTHDAY, ANNIVERSARY, OTHER_DATE, FOLLOW_UP = range(4)
# The two kinds of rows: a date (its day is "MM-DD") and a follow-up (its day is its due date).
DATE, PROMISE = 0, 1

# A customer's full name (as `text.full_name` makes it) and the name they go by, in SQLite's
# words, for a customer row named `c` (names are stored trimmed).
FULL_NAME = ("CASE WHEN c.first_name != '' AND c.last_name != '' THEN c.first_name || ' ' || "
             "c.last_name WHEN c.first_name != '' OR c.last_name != '' THEN c.first_name || "
             "c.last_name ELSE trim(c.company) END")
SHORT_NAME = (f"CASE WHEN c.nickname != '' THEN c.nickname WHEN c.first_name != '' "
              f"THEN c.first_name ELSE {FULL_NAME} END")

CREATE = (
    'CREATE TABLE "agenda" ('
    '"source" INTEGER NOT NULL, "day" TEXT NOT NULL, "place" INTEGER NOT NULL, '
    '"sort_name" TEXT NOT NULL, "ref" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, '
    '"customer" TEXT NOT NULL, "short" TEXT NOT NULL, "relative" TEXT, "relation" TEXT, '
    '"relative_notes" TEXT, "label" TEXT NOT NULL, "year" INTEGER, "follow_kind" TEXT, '
    '"text" TEXT, PRIMARY KEY ("source", "day", "place", "sort_name", "ref"), '
    'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE) WITHOUT ROWID',
    'CREATE INDEX "agenda_customer_id" ON "agenda" ("customer_id")',
)
# Schema step 14: a follow-up's `said`, NULL for a date and for words the owner typed.
ADD_SAID = 'ALTER TABLE "agenda" ADD COLUMN "said" TEXT'
# And the `said` of the follow-ups already in the agenda, copied in the same step.
COPY_SAID = (f"UPDATE agenda SET said = (SELECT f.said FROM follow_up f WHERE f.id = agenda.ref) "
             f"WHERE source = {PROMISE} AND ref IN (SELECT id FROM follow_up WHERE said IS NOT "
             f"NULL AND done_at IS NULL)")

# The columns each row fills, named: the table has grown a column since it was first made.
_COLUMNS = ("source, day, place, sort_name, ref, customer_id, customer, short, relative, "
            "relation, relative_notes, label, year, follow_kind, text")

_DATES = f"""
INSERT INTO agenda ({_COLUMNS}) SELECT {DATE}, {{month_day}},
    CASE d.kind WHEN 'birthday' THEN {BIRTHDAY} WHEN 'anniversary' THEN {ANNIVERSARY}
        ELSE {OTHER_DATE} END,
    c.sort_name, d.id, c.id, {FULL_NAME}, {SHORT_NAME}, r.name, r.relation, r.notes, d.label,
    d.year, NULL, NULL
FROM important_date d JOIN customer c ON c.id = d.customer_id
LEFT JOIN relative r ON r.id = d.relative_id
WHERE {{hint}}c.archived_at IS NULL AND (d.relative_id IS NULL OR r.id IS NOT NULL){{only}}
ORDER BY 1, 2, 3, 4, 5
"""

_FOLLOW_UPS = f"""
INSERT INTO agenda ({_COLUMNS}{{said_column}}) SELECT {PROMISE}, {{due_day}},
    {FOLLOW_UP}, c.sort_name, f.id, c.id, {FULL_NAME}, {SHORT_NAME}, NULL, NULL, NULL, '', NULL,
    f.kind, f.text{{said}}
FROM follow_up f JOIN customer c ON c.id = f.customer_id
WHERE {{hint}}c.archived_at IS NULL AND {{hint}}f.done_at IS NULL
    AND {{hint}}f.due IS NOT NULL{{only}}
ORDER BY 1, 2, 3, 4, 5
"""


def create(database: SqliteDatabase) -> None:
    """The table and its index, filled for every customer (a schema step)."""
    for statement in CREATE:
        database.execute_sql(statement)
    fill(database)


def fill(database: SqliteDatabase) -> None:
    """The rows of every customer, into an empty agenda."""
    for sql in _statements(database):
        database.execute_sql(sql.format(only=""))


def _statements(database: SqliteDatabase) -> tuple[str, str]:
    """The two inserts, with a follow-up's `said` where the agenda has its column (from schema
    step 14 on; the steps before, which fill or rebuild it, find the table as they made it)."""
    has_said = is_server(database) or database.execute_sql(  # a server book is at this step
        "SELECT 1 FROM pragma_table_info('agenda') WHERE name = 'said'").fetchone()
    said = {"said_column": ", said", "said": ", f.said"} if has_said else {
        "said_column": "", "said": ""}
    words = {"only": "{only}", "hint": hint(database)}
    return (_DATES.format(month_day=month_day(database, "d.month", "d.day"), **words),
            _FOLLOW_UPS.format(due_day=day_of(database, "f.due"), **words, **said))


def rebuild(database: SqliteDatabase, ids: Sequence[int] | range) -> None:
    """The rows of these customers, made again from their dates, family and follow-ups as they
    are now: a range of ids (an import's new customers) in one statement each, others a batch
    at a time. Rows go in in the table's order, so that even a hundred thousand new customers
    are a walk along the table rather than a jump for each row. ("+" in the statements keeps
    SQLite on these customers' own rows: through the index of the archived or of open
    follow-ups it would walk every customer or every promise for each batch.)"""
    if not ids:
        return
    statements = _statements(database)
    if isinstance(ids, range) and ids.step == 1:
        _replace(database, statements, "BETWEEN ? AND ?", [ids[0], ids[-1]])
        return
    for batch in batches(list(ids)):
        _replace(database, statements, f"IN ({marks(batch)})", batch)


def _replace(database: SqliteDatabase, statements: tuple[str, str], which: str,
             params: Sequence[int]) -> None:
    database.execute_sql(f"DELETE FROM agenda WHERE customer_id {which}", params)
    for sql in statements:
        database.execute_sql(sql.format(only=f" AND c.id {which}"), params)
