"""The few words the SQLite file and a PostgreSQL server say differently, for the statements
the store writes once for both (marks are the server's door's: `server.in_server_marks`).

Each takes the database the statement is for and gives the file's words or the server's.
"""

from __future__ import annotations

from app.store.batches import is_server


def hint(database: object) -> str:
    """"+" before a column in the file, which keeps SQLite off that column's index; nothing on
    a server, whose planner needs no such hint (and which has no "+" for times)."""
    return "" if is_server(database) else "+"


def month_day(database: object, month: str, day: str) -> str:
    """The "MM-DD" of two whole-number columns."""
    if is_server(database):
        return f"to_char({month}, 'FM00') || '-' || to_char({day}, 'FM00')"
    return f"printf('%02d-%02d', {month}, {day})"


def day_of(database: object, column: str) -> str:
    """The ISO day ("2026-03-01") of a column holding a day or a time."""
    if is_server(database):
        return f"to_char({column}, 'YYYY-MM-DD')"
    return f"substr({column}, 1, 10)"


def joined(database: object, column: str) -> str:
    """The aggregate of `column`'s text joined by ", ", in the order of the rows read (a server
    is told the order, which the rows read are in: by name, without case)."""
    if is_server(database):
        return f"string_agg({column}, ', ' ORDER BY lower({column}), {column})"
    return f"group_concat({column}, ', ')"


def id_list(database: object, column: str) -> str:
    """The aggregate of the distinct whole numbers of `column`, as text joined by ","."""
    if is_server(database):
        return f"string_agg(DISTINCT {column}::text, ',')"
    return f"group_concat(DISTINCT {column})"


def first_word(database: object, column: str) -> str:
    """The text of `column` up to its first space (all of it without one)."""
    if is_server(database):
        return f"split_part({column}, ' ', 1)"
    return (f"CASE WHEN instr({column}, ' ') > 0 "
            f"THEN substr({column}, 1, instr({column}, ' ') - 1) ELSE {column} END")


def false(database: object) -> str:
    """A truth that is not there: SQLite keeps truths as 0 and 1, a server as its own."""
    return "false" if is_server(database) else "0"


def join_in_order(database: object) -> str:
    """A join read in the order written: SQLite's planner keeps the tables of a CROSS JOIN in
    that order (`importer._found`); a server's reads plain JOIN as it sees fit, and refuses
    a CROSS JOIN with a condition."""
    return "JOIN" if is_server(database) else "CROSS JOIN"


def measure_again(database: object, tables: tuple[str, ...]) -> None:
    """On a server, its planner's measure of `tables` taken again within the transaction, which
    sees its own rows: the server's own measuring does not, until they are committed, and a
    large import's statements were planned for the tables as they were before it (a scan of
    the whole table for each batch: 82 s for 100,000 rows). Nothing to do in the file."""
    if is_server(database):
        database.execute_sql(f"ANALYZE {', '.join(tables)}")  # type: ignore[attr-defined]
