"""Full-text search over everything the owner remembers about a customer.

One FTS5 row per customer, kept in step by `refresh` in the same transaction
as every write. Columns are weighted so that a name beats a mention in a
note; beyond the weights, customers whose name matches the whole query are
put first outright. Rows and queries are folded alike (`text.fold`): case and
accents do not matter ("garcia" finds "García", "strasse" and "Straße" find
"Straße"). Phone numbers are indexed as every suffix of their digit forms, so
that any tail of a number ("0123" of "+44 7700 900123") is a prefix match.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from app.store import name_starts
from app.store.batches import batches, every_row, is_server, mark, marks
from app.store.text import WORD, digits, fold, name_forms

if TYPE_CHECKING:  # imported by jobs that read through plain sqlite3
    from peewee import SqliteDatabase

    from app.store.reading import Executes

TABLE = "customer_fts"
COLUMNS = ("name", "family", "contact", "tags", "about", "notes")
_WEIGHTS = "10.0, 4.0, 4.0, 3.0, 2.0, 1.0"
_MIN_SUFFIX = 3
_PHONE_LIKE = re.compile(r"[\d\s+()./-]+")


def create_index(database: SqliteDatabase) -> None:
    database.execute_sql(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        + ", ".join(COLUMNS)
        + ", tokenize = 'unicode61 remove_diacritics 2', prefix = '2')"
    )


def phone_tokens(forms: str) -> str:
    """Suffixes (three digits or more) of the first digit form, and the other forms whole.

    Every tail of a national number is a tail of the international one, so only
    the whole national form ("07700900123") needs a token of its own.
    """
    first, *others = forms.split() or [""]
    tokens = [first[i:] for i in range(0, max(1, len(first) - _MIN_SUFFIX + 1))]
    return " ".join(dict.fromkeys([*tokens, *others]))


class Document:
    """One customer's search row, built from whatever holds their details."""

    def __init__(self) -> None:
        self.parts: dict[str, list[str]] = {col: [] for col in COLUMNS}

    def names(self, *names: str) -> None:
        self.parts["name"] += name_forms(*names)

    def work(self, job_title: str, role: str) -> None:
        """Found like the note: "florist" finds the customer whose job title says so."""
        self.parts["about"] += [job_title, role]

    def relative(self, name: str, notes: str) -> None:
        self.parts["family"] += [name, notes]

    def contact(self, kind: str, value: str, normalized: str) -> None:
        if kind in ("phone", "fax"):
            self.parts["contact"].append(phone_tokens(normalized or digits(value)))
        else:
            self.parts["contact"].append(value)

    def tag(self, name: str) -> None:
        self.parts["tags"].append(name)

    def about(self, text: str) -> None:
        self.parts["about"].append(text)

    def note(self, text: str) -> None:
        self.parts["notes"].append(text)

    def row(self, customer_id: int) -> tuple:
        """The customer's search row, folded as what is typed is (`match_words`): the index's
        own folding keeps "ß" and "ﬁ", which typed "Straße" folds to "strasse", and the
        customer was not found by their own name."""
        return (customer_id, *(fold("\n".join(p for p in self.parts[c] if p))
                               for c in COLUMNS))


def _work_columns(database: SqliteDatabase, mark: str) -> str:
    """Job title and role, or blanks in a file older than them: the index is first built by
    schema step 2, on a customer table without those columns (a server book is never older)."""
    if mark != "?":
        return "job_title, role"
    columns = {row[1] for row in database.execute_sql("PRAGMA table_info(customer)")}
    return "job_title, role" if "job_title" in columns else "'', ''"


def documents(database: SqliteDatabase, ids: Sequence[int]) -> Iterator[tuple]:
    """The search rows (`Document.row`) of these customers, read from the tables of the file
    or of a server book (whose parameters are marked %s)."""
    marks_of_ids = marks(ids, database)
    docs = {cid: Document() for cid in ids}
    for cid, first, last, nick, company, about, job_title, role in database.execute_sql(
        f"SELECT id, first_name, last_name, nickname, company, about, "
        f"{_work_columns(database, mark(database))} FROM customer WHERE id IN ({marks_of_ids})",
        ids,
    ):
        docs[cid].names(first, last, nick, company)
        docs[cid].about(about)
        docs[cid].work(job_title, role)
    for cid, name, notes in database.execute_sql(
        f"SELECT customer_id, name, notes FROM relative WHERE customer_id IN ({marks_of_ids}) "
        "ORDER BY id", ids,  # each read in one order on both engines, whatever came back
    ):
        docs[cid].relative(name, notes)
    for cid, kind, value, normalized in database.execute_sql(
        f"SELECT customer_id, kind, value, normalized FROM contact_point "
        f"WHERE customer_id IN ({marks_of_ids}) ORDER BY position, id", ids,
    ):
        docs[cid].contact(kind, value, normalized)
    for cid, name in database.execute_sql(
        f"SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        f"WHERE ct.customer_id IN ({marks_of_ids}) ORDER BY t.id", ids,
    ):
        docs[cid].tag(name)
    for cid, text, _table, _id in database.execute_sql(
        f"SELECT customer_id, text, 0, id FROM interaction WHERE customer_id IN ({marks_of_ids}) "
        f"UNION ALL SELECT customer_id, text, 1, id FROM follow_up "
        f"WHERE customer_id IN ({marks_of_ids}) ORDER BY 3, 4",  # in the same order on both
        [*ids, *ids],
    ):
        docs[cid].note(text)
    for cid, doc in docs.items():
        yield doc.row(cid)


def insert_rows(database: SqliteDatabase, rows: Iterable[tuple]) -> None:
    """Add search rows for customers that have none yet (see `Document.row`): to a server
    book's own index on a server."""
    if is_server(database):
        from app.store import server_search

        server_search.insert_rows(database, rows)
        return
    database.cursor().executemany(
        f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        list(rows),
    )


# FTS5 writes the terms it is given out to the index each time they fill its hash (1 MB by
# default), and merges what it wrote: a 100,000-row import wrote them out hundreds of times.
# Holding 16 MB of them took a third off inserting 100,000 search rows (1.41-1.45 s against
# 0.87-1.02 s). Set for an import's writing alone, inside its transaction, and set back to the
# default after it (or with everything else if the transaction rolls back).
_TERMS_HELD = 1024 * 1024
_TERMS_HELD_IN_BULK = 16 * 1024 * 1024


def hold_terms(database: SqliteDatabase, *, in_bulk: bool) -> None:
    """Within a transaction: how many new terms the index holds before writing them out (a
    server's index is its own)."""
    if is_server(database):
        return
    size = _TERMS_HELD_IN_BULK if in_bulk else _TERMS_HELD
    database.execute_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('hashsize', ?)", (size,))


def reindex(database: SqliteDatabase, ids: Iterable[int]) -> None:
    """Rewrite the index rows of these customers from the tables (a server book's own index,
    `server_search`, on a server)."""
    if is_server(database):
        from app.store import server_search

        server_search.reindex(database, ids)
        return
    id_list = sorted(set(ids))
    for batch in batches(id_list):
        database.execute_sql(f"DELETE FROM {TABLE} WHERE rowid IN ({marks(batch)})", batch)
        existing = [
            r[0]
            for r in database.execute_sql(
                f"SELECT id FROM customer WHERE id IN ({marks(batch)})", batch
            )
        ]
        if existing:
            insert_rows(database, documents(database, existing))


def rebuild(database: SqliteDatabase) -> None:
    database.execute_sql(f"DELETE FROM {TABLE}")
    ids = [r[0] for r in database.execute_sql("SELECT id FROM customer")]
    reindex(database, ids)


def match_words(query: str) -> list[str]:
    """The words of what the owner typed, folded, each to be found as the start of a word: a
    phone number typed with spaces is one run of digits (the index keeps its tails). Letters
    and digits only: quotes and operators typed are never passed through, so no input can
    make a query fail, on either engine."""
    query = query.strip()
    if _PHONE_LIKE.fullmatch(query) and len(digits(query)) >= _MIN_SUFFIX:
        return [digits(query)]
    return [fold(w) for w in WORD.findall(query)]


def match_expression(query: str) -> str | None:
    """What the owner typed as an FTS5 query: every word, as a prefix."""
    words = match_words(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search_ids(
    database: Executes,
    query: str,
    *,
    include_archived: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of matching customers, best first: whole-name matches alphabetically, then the
    rest by weight.

    A query of one or two letters is the start of a name, not a word: one letter lists the
    names that begin with it and two letters the names with a word that does, alphabetically,
    as an address book does. Matched against notes, "ma" would bring back most of a large
    shop, ranked by a score that means nothing yet, and slowly. From three letters on, the
    rest follow the names; the score is computed for them alone, which keeps a keystroke
    within a frame when the name matches thousands.
    """
    if is_server(database):  # a server book keeps its own index
        from app.store import server_search

        return server_search.search_ids(database, query, include_archived=include_archived,
                                        limit=limit)
    expression = match_expression(query)
    if expression is None:
        return []
    archived = archived_condition(include_archived)
    rows = -1 if limit is None else limit
    letters = fold(query).strip()  # folding can leave a space ("A¨" folds to "a ")
    if one_letter(letters):
        return starting_ids(database, letters, include_archived, limit)
    if names_only(letters) and not include_archived:
        return name_starts.ids(database, letters, limit)
    by_name = f"name : ({expression})"
    start = None if include_archived else _typed_start(query)
    if start is None:
        sql = (f"SELECT c.id FROM {TABLE} JOIN customer c ON c.id = {TABLE}.rowid "
               f"WHERE {TABLE} MATCH ? {archived} ORDER BY c.sort_name, c.id LIMIT ?")
        found = [r[0] for r in database.execute_sql(sql, (by_name, rows))]
        named, named_args = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?", (by_name,)
    else:
        sql = f"{name_starts.MATCHING} ORDER BY sort_name, customer_id LIMIT ?"
        found = [r[0] for r in database.execute_sql(sql, (start, by_name, rows))]
        # Those found, handed back as one value rather than found again.
        named, named_args = "SELECT value FROM json_each(?)", (json.dumps(found),)
    if names_only(letters) or len(found) == limit:
        return found
    sql = f"""
        SELECT c.id FROM {TABLE} JOIN customer c ON c.id = {TABLE}.rowid
        WHERE {TABLE} MATCH ? {archived} AND {TABLE}.rowid NOT IN ({named})
        ORDER BY bm25({TABLE}, {_WEIGHTS}), c.sort_name, c.id
        LIMIT ?
    """
    rest = -1 if limit is None else limit - len(found)
    found += [r[0] for r in database.execute_sql(sql, (expression, *named_args, rest))]
    return found


def _typed_start(query: str) -> str | None:
    """The first two letters of the first typed word that has two, as `name_starts` keeps
    them; None for digits and single letters.

    Every customer whose name matches the query as words has a word of their name starting
    with them, so the whole-name matches are that range of `name_start`, already in the
    list's order, kept where the full-text index matches the name: no join to the customers
    and no sort of thousands of them ("fran" matches 2,400 names at 100,000 customers). A
    name the index splits otherwise than `name_starts` does is not lost: it is among the
    rest, which leave out only what the range found.
    """
    return next(name_starts.word_starts(query), None)


def count(database: Executes, query: str, *, include_archived: bool = False) -> int:
    """How many customers `search_ids` finds, counted without ordering them: the count is
    read on every keystroke, and ordering thousands of matches by name or weight to count them
    cost more than the screenful of them shown."""
    if is_server(database):
        from app.store import server_search

        return server_search.count(database, query, include_archived=include_archived)
    archived = archived_condition(include_archived)
    letters = fold(query).strip()  # folding can leave a space ("A¨" folds to "a ")
    if one_letter(letters):
        return starting_count(database, letters, include_archived)
    if names_only(letters) and not include_archived:
        return name_starts.count(database, letters)
    expression = match_expression(query)
    if expression is None:
        return 0
    # Whole-name matches and the rest are every match of the words (see `search_ids`).
    sql = (f"SELECT count(*) FROM {TABLE} JOIN customer c ON c.id = {TABLE}.rowid "
           f"WHERE {TABLE} MATCH ? {archived}")
    wanted = f"name : ({expression})" if names_only(letters) else expression
    return int(database.execute_sql(sql, (wanted,)).fetchone()[0])


def names_only(letters: str) -> bool:
    """Two letters are the start of a word of a name, searched in names alone."""
    return len(letters) == 2 and letters.isalpha()


def _starting(database: Executes, include_archived: bool) -> str:
    """The names that begin with one letter, read in the order of the sort_name index."""
    m = mark(database)
    return (f"FROM customer c WHERE sort_name >= {m} AND sort_name < {m} "
            f"{archived_condition(include_archived)}")


def starting_ids(database: Executes, letter: str, include_archived: bool = False,
                 limit: int | None = None) -> list[int]:
    """The customers whose name begins with `letter` (folded), in the list's order; in the
    file or on a server."""
    rows = every_row(database) if limit is None else limit
    sql = (f"SELECT id {_starting(database, include_archived)} ORDER BY sort_name, id "
           f"LIMIT {mark(database)}")
    return [r[0] for r in database.execute_sql(sql, (*_span(letter), rows))]


def starting_count(database: Executes, letter: str, include_archived: bool = False) -> int:
    """How many customers' names begin with `letter` (folded)."""
    sql = f"SELECT count(*) {_starting(database, include_archived)}"
    return int(database.execute_sql(sql, _span(letter)).fetchone()[0])


def by_start(query: str) -> bool:
    """One or two letters: the start of a name or of a word of one, read in the list's order
    from an index, so that the first screenful costs less than the whole list."""
    letters = fold(query).strip()
    return one_letter(letters) or names_only(letters)


def first_page_first(database: object, query: str) -> bool:
    """Whether the first screenful of what `query` finds costs less than all of it, read in
    the list's order from an index (`by_start`). On a server, so does every query with a word
    of two letters or more: the names that match are read from the names it keeps apart, in
    the list's order (`server_search.search_ids`), and a screenful of them stops the reading;
    the file ranks every match within a keystroke (`tests/perf/bench.py`)."""
    return by_start(query) or (is_server(database) and _typed_start(query) is not None)


def one_letter(query: str) -> bool:
    """A single letter: the start of a name, read in the order of the sort_name index."""
    letters = fold(query.strip())
    return len(letters) == 1 and letters.isalpha()


def _span(letter: str) -> tuple[str, str]:
    return letter, chr(ord(letter) + 1)


def archived_condition(include_archived: bool) -> str:
    return "" if include_archived else "AND c.archived_at IS NULL"


def integrity_problem(database: SqliteDatabase) -> str | None:
    """None when the index agrees with itself and covers every customer."""
    try:
        database.execute_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('integrity-check')")
    except Exception as error:
        return f"search index is damaged: {error}"
    missing = database.execute_sql(
        f"SELECT count(*) FROM customer WHERE id NOT IN (SELECT rowid FROM {TABLE})"
    ).fetchone()[0]
    if missing:
        return f"search index is missing {missing} customer(s)"
    return None
