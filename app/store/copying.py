"""A whole customer book copied between two databases (the SQLite file, a server), checked.

Every table is copied in the order its references need, each row with the number it had, so
that every link between rows holds; the numbers a table has given (SQLite's `sqlite_sequence`,
PostgreSQL's sequences) go along, so that an erased customer's number is never given again on
the other side either. Then each table is read again on both sides, in order, and compared
row for row: a copy that differs in one value raises, and nothing is said to be copied.

Values travel as Python values: a SQLite file keeps times and dates as text and truths as 0
or 1, a server as its own types; the models' fields say what each column holds. The tables the
lists are read from (the agenda, the starts of names) hold only text and numbers and are
copied as they are; the search index is made again from the rows on the other side
(`search.rebuild`, `server_search.rebuild`), since each engine keeps its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import zip_longest

import peewee

from app.store import numbering, search, server_journal, server_search
from app.store.batches import is_server
from app.store.models import ALL_MODELS

# In the order that every reference points to a row already there (a merged customer's link
# to the customer it went into is set once all customers are in).
MODELS: tuple[type[peewee.Model], ...] = ALL_MODELS
# Their keys, the text columns marked (a server orders text by its own collation otherwise).
PLAIN_TABLES = (("agenda", ("source", "day:text", "place", "sort_name:text", "ref")),
                ("name_start", ("start:text", "sort_name:text", "customer_id")))
_BATCH = 2_000


class CopyMismatchError(RuntimeError):
    """The copy does not hold what the book holds: it is not to be used."""


class TargetNotEmptyError(RuntimeError):
    """The database to copy into already holds a customer book."""


def row_count(database: peewee.Database) -> int:
    """The rows `copy_book` copies from `database`: every table's, in all."""
    tables = [*(_table(model) for model in MODELS), *(table for table, _key in PLAIN_TABLES)]
    return sum(int(database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0])
               for table in tables)


def book_is_empty(database: peewee.Database) -> bool:
    """No row in any of the book's tables (a new file or a new server book)."""
    return not any(database.execute_sql(f'SELECT 1 FROM "{_table(model)}" LIMIT 1').fetchone()
                   for model in MODELS)


def copy_book(source: peewee.Database, target: peewee.Database,
              progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty book `target` (its schema made, at the same
    version), in one transaction of the target, from one snapshot of the source, and compare;
    returns the rows per table.
    Raises `TargetNotEmptyError` before writing anything when `target` holds a book."""
    if not book_is_empty(target):
        raise TargetNotEmptyError("the customer book to copy into is not empty")
    counts: dict[str, int] = {}
    with snapshot(source), target.atomic():
        for model in MODELS:
            counts[_table(model)] = _copy_model(source, target, model, progress)
        _link_merged(source, target)
        for table, key in PLAIN_TABLES:
            counts[table] = _copy_plain(source, target, table, key)
        _carry_numbers(source, target)
        if is_server(target):
            server_search.rebuild(target)
        else:
            search.rebuild(target)  # type: ignore[arg-type]
        compare(source, target)
    return counts


def replace_book(source: peewee.Database, target: peewee.Database,
                 progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Every row of the server book `target` replaced by `source`'s, in one transaction that
    other counters see whole or not at all: what a restore on a server book does, the one copy
    into a book that holds anything. The rows put in are on no one's undo stack."""
    tables = [_table(model) for model in MODELS] + [table for table, _key in PLAIN_TABLES]
    with target.atomic():
        target.execute_sql(f"SET LOCAL {server_journal.SETTING} = 'off'")
        target.execute_sql(f"TRUNCATE {', '.join(map(_quoted, tables))} CASCADE")
        return copy_book(source, target, progress)


def snapshot(database: peewee.Database) -> peewee._atomic:
    """A transaction in which every read sees the book as it was at the first: a counter that
    saves during a copy is then either wholly in it or wholly not (a server reads each
    statement afresh unless asked to repeat)."""
    if is_server(database):
        return database.atomic(isolation_level="REPEATABLE READ")
    return database.atomic()


def compare(source: peewee.Database, target: peewee.Database) -> None:
    """Raise `CopyMismatchError` unless both books hold the same rows, value for value."""
    for model in MODELS:
        fields = model._meta.sorted_fields
        pairs = zip_longest(_rows(source, model, fields), _rows(target, model, fields))
        for number, (one, other) in enumerate(pairs, 1):
            if one != other:
                raise CopyMismatchError(f"table {_table(model)}, row {number} differs")
    for table, key in PLAIN_TABLES:
        columns = _plain_columns(source, table)
        pairs = zip_longest(_plain_rows(source, table, columns, key),
                            _plain_rows(target, table, columns, key))
        for number, (one, other) in enumerate(pairs, 1):
            if one != other:
                raise CopyMismatchError(f"table {table}, row {number} differs")
    if numbering.given(source) != numbering.given(target):
        raise CopyMismatchError("the numbers given so far differ")


def _table(model: type[peewee.Model]) -> str:
    return model._meta.table_name


def _copy_model(source: peewee.Database, target: peewee.Database, model: type[peewee.Model],
                progress: Callable[[str, int], None] | None) -> int:
    fields = model._meta.sorted_fields
    insert = (f'INSERT INTO "{_table(model)}" ({", ".join(_quoted(f.column_name) for f in fields)})'
              f' VALUES ({", ".join([target.param] * len(fields))})')
    merged = next((i for i, f in enumerate(fields) if f.column_name == "merged_into_id"), None)

    def values(row: tuple[object, ...]) -> list[object]:
        stored = [_for(target, value) for value in row]
        if merged is not None:
            stored[merged] = None  # set once every customer is in (`_link_merged`)
        return stored

    def report(copied: int) -> None:
        if progress is not None:
            progress(_table(model), copied)

    return _insert_all(target, insert, map(values, _rows(source, model, fields)), report)


def _insert_all(target: peewee.Database, insert: str, rows: Iterable[Sequence[object]],
                report: Callable[[int], None] | None = None) -> int:
    """Every row inserted with `insert`, a batch at a time; `report` told the rows so far."""
    copied = 0
    batch: list[Sequence[object]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _BATCH:
            copied += _write(target, insert, batch)
            if report is not None:
                report(copied)
    copied += _write(target, insert, batch)
    if report is not None:
        report(copied)
    return copied


def _write(target: peewee.Database, insert: str, batch: list[Sequence[object]]) -> int:
    if not batch:
        return 0
    cursor = target.cursor()
    cursor.executemany(insert, batch)
    written = len(batch)
    batch.clear()
    return written


def _link_merged(source: peewee.Database, target: peewee.Database) -> None:
    links = source.execute_sql("SELECT id, merged_into_id FROM customer "
                               "WHERE merged_into_id IS NOT NULL ORDER BY id").fetchall()
    if links:
        target.cursor().executemany(
            f"UPDATE customer SET merged_into_id = {target.param} WHERE id = {target.param}",
            [(into, number) for number, into in links])


def _copy_plain(source: peewee.Database, target: peewee.Database, table: str,
                key: Sequence[str]) -> int:
    columns = _plain_columns(source, table)
    insert = (f'INSERT INTO "{table}" ({", ".join(_quoted(c) for c in columns)}) '
              f'VALUES ({", ".join([target.param] * len(columns))})')
    return _insert_all(target, insert, _plain_rows(source, table, columns, key))


def _plain_columns(database: peewee.Database, table: str) -> list[str]:
    return [column.name for column in database.get_columns(table)]


def _plain_rows(database: peewee.Database, table: str, columns: Sequence[str],
                key: Sequence[str]) -> Iterator[tuple[object, ...]]:
    order = [_in_order(database, name, kind == "text")
             for name, _, kind in (k.partition(":") for k in key)]
    cursor = database.execute_sql(
        f'SELECT {", ".join(_quoted(c) for c in columns)} FROM "{table}" '
        f'ORDER BY {", ".join(order)}')
    yield from (tuple(row) for row in cursor)


def _rows(database: peewee.Database, model: type[peewee.Model],
          fields: Sequence[peewee.Field]) -> Iterator[tuple[object, ...]]:
    """The model's rows in the order of their keys, as Python values, whatever the engine."""
    order = ", ".join(_in_order(database, f.column_name, isinstance(f, _TEXT))
                      for f in (model._meta.get_primary_keys() or fields))
    cursor = database.execute_sql(
        f'SELECT {", ".join(_quoted(f.column_name) for f in fields)} '
        f'FROM "{_table(model)}" ORDER BY {order}')
    for row in cursor:
        yield tuple(_python(field, value) for field, value in zip(fields, row, strict=True))


def _python(field: peewee.Field, value: object) -> object:
    """A stored value as Python holds it: times and dates come as text from both engines (a
    server book gives them as the file does, `server.ServerBook`), which the field reads, and
    truths as 0 or 1 from the file."""
    if value is None:
        return None
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(field, peewee.BooleanField):
        return bool(value)
    if isinstance(field, (peewee.DateTimeField, peewee.DateField)):
        return field.python_value(value)
    return value


def _for(target: peewee.Database, value: object) -> object:
    """A Python value as `target` stores it: the SQLite file keeps times and dates as the text
    the program writes, and truths as 0 or 1."""
    if is_server(target):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _carry_numbers(source: peewee.Database, target: peewee.Database) -> None:
    given = numbering.given(source)
    if is_server(target):
        for model in MODELS:
            table = _table(model)
            if not isinstance(model._meta.primary_key, peewee.AutoField):
                continue
            highest = target.execute_sql(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0
            highest = max(highest, given.get(table, 0))
            target.execute_sql(f"SELECT setval({target.param}, {target.param}, {target.param})",
                               (numbering.sequence(target, table), max(highest, 1), highest > 0))
        return
    for table, number in given.items():
        target.execute_sql("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
        if number:
            target.execute_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
                               (table, number))


def _quoted(name: str) -> str:
    return f'"{name}"'


_TEXT = (peewee.CharField, peewee.TextField)


def _in_order(database: peewee.Database, column: str, text: bool) -> str:
    """A column to order by: text by its bytes on both engines (SQLite's own order; a server's
    collation would put "b" before "C"), so that both sides read their rows in one order."""
    if text and is_server(database):
        return f'{_quoted(column)} COLLATE "C"'
    return _quoted(column)
