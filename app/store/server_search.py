"""Search on a PostgreSQL server: what the SQLite file's FTS5 index finds, for the same queries.

Each customer's row is the one the SQLite index is given (`search.Document`: the names,
family and pets, phones and emails, tags, about, notes, folded as what is typed is), split into
words here, as what is typed is (`text.WORD`), and handed to the server as lexemes it keeps as
they are. The server's own `unaccent` and word parser fold and
split otherwise ("ß", "ø", an email address kept whole), and a search that found other
customers on the server than in the file would be a different program.

The lexemes are weighted as FTS5 weighs its columns (name A; family and contact B; tags C;
about and notes D) in one tsvector under a GIN index, which answers a word typed as a prefix
(`'garc':*`) and a word of a name alone (`'garc':*A`) from the index. Measured against
trigram indexes at 100,000 customers in `tests/perf/server_search.py`.

The names of the customers not archived are kept once more, apart (`NAMES`: each one's sort
key and the lexemes of the name alone, under GIN). A search lists the names that match first,
in the list's order, and reads a screenful of them on each keystroke: from the search rows,
wide with every note, that meant the heap pages of every match (6 to 36 ms for three letters
at 100,000 customers); from the narrow names, a tenth of the pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import peewee

from app.store import name_starts, search
from app.store.batches import batches
from app.store.text import WORD, fold

TABLE = "customer_search"
NAMES = "customer_name_search"
_NAMES_CREATE = (
    f'CREATE TABLE "{NAMES}" ("customer_id" INTEGER NOT NULL PRIMARY KEY '
    'REFERENCES "customer" ("id") ON DELETE CASCADE, "sort_name" TEXT COLLATE "C" NOT NULL, '
    '"names" tsvector NOT NULL)',
    f'CREATE INDEX "{NAMES}_names" ON "{NAMES}" USING gin ("names")',
)
CREATE = (
    f'CREATE TABLE "{TABLE}" ("customer_id" INTEGER NOT NULL PRIMARY KEY '
    'REFERENCES "customer" ("id") ON DELETE CASCADE, "document" tsvector NOT NULL)',
    f'CREATE INDEX "{TABLE}_document" ON "{TABLE}" USING gin ("document")',
    # The list of the names that start with one letter, in its order, read from an index
    # alone (the file reads it from its index of archived and sort name, which a server
    # reads and then sorts).
    'CREATE INDEX "customer_listed" ON "customer" ("sort_name", "id") '
    'WHERE "archived_at" IS NULL',
    *_NAMES_CREATE,
)
# FTS5's column weights (10, 4, 4, 3, 2, 1) in the four classes a tsvector has.
_CLASS = dict(zip(search.COLUMNS, "ABBCDD", strict=True))
# ts_rank's weights of the classes D, C, B and A, as FTS5's are to each other.
_RANKS = "'{0.15, 0.3, 0.4, 1.0}'"
# The positions a lexeme keeps (PostgreSQL keeps 256 at most; the rank needs a few).
_POSITIONS = 4
_LAST_POSITION = 16383
# What a tsvector holds: words of at most 2,046 bytes, a row of less than 1 MB (kept under it,
# with room for the positions).
_LONGEST_WORD = 2046
_LARGEST_ROW = 768 * 1024


def lexemes(row: Sequence[object]) -> str:
    """A search row (`Document.row`, folded) as a tsvector's text: each word of each column,
    with the positions it has there and its column's weight. A word longer than the server
    keeps (a pasted token) is left out, and words stop being added before the row would pass
    the size a tsvector can have: the file's index keeps them, and no one types them."""
    positions: dict[str, list[str]] = {}
    place = size = 0
    for column, text in zip(search.COLUMNS, row[1:], strict=True):
        for word in WORD.findall(str(text or "")):
            if not kept_word(word):
                continue
            place = min(place + 1, _LAST_POSITION)
            kept = positions.get(word)
            if kept is None:
                size += len(word.encode("utf-8")) + 16
                if size > _LARGEST_ROW:
                    break
                kept = positions[word] = []
            if len(kept) < _POSITIONS:
                kept.append(f"{place}{_CLASS[column]}")
    return " ".join(f"'{word}':{','.join(kept)}" for word, kept in positions.items())


def kept_word(word: str) -> bool:
    """Whether the server keeps `word` as a lexeme (at most 2,046 bytes)."""
    return len(word) <= _LONGEST_WORD // 4 or len(word.encode("utf-8")) <= _LONGEST_WORD


def create(database: peewee.Database) -> None:
    """The tables and their indexes, filled for every customer."""
    for statement in CREATE:
        database.execute_sql(statement)
    rebuild(database)


def has_names(database: peewee.Database) -> bool:
    """Whether the book keeps the names apart (one made by an earlier build does not)."""
    return bool(database.execute_sql("SELECT to_regclass(%s) IS NOT NULL",
                                     (f'"{NAMES}"',)).fetchone()[0])


def add_names(database: peewee.Database) -> None:
    """The names kept apart, made and filled in a book made by an earlier build."""
    for statement in _NAMES_CREATE:
        database.execute_sql(statement)
    _keep_names(database)


def _keep_names(database: peewee.Database, ids: Sequence[int] | None = None) -> None:
    """The names of the customers not archived (of `ids`, else of all) kept apart, from their
    search rows: the lexemes of the name, weighted A there."""
    which = "" if ids is None else "AND c.id = ANY(%s)"
    database.execute_sql(
        f'INSERT INTO "{NAMES}" (customer_id, sort_name, names) SELECT c.id, c.sort_name, '
        f"ts_filter(s.document, '{{a}}') FROM customer c JOIN \"{TABLE}\" s "
        f"ON s.customer_id = c.id WHERE c.archived_at IS NULL {which}",
        None if ids is None else (list(ids),))


def sort_again(database: peewee.Database, ids: Sequence[int]) -> None:
    """The sort keys of these customers' names, as their rows hold them now (`refresh.resort`)."""
    for batch in batches(ids):
        database.execute_sql(
            f'UPDATE "{NAMES}" n SET sort_name = c.sort_name FROM customer c '
            "WHERE c.id = n.customer_id AND c.id = ANY(%s)", (list(batch),))


def rebuild(database: peewee.Database) -> None:
    database.execute_sql(f'DELETE FROM "{TABLE}"')
    database.execute_sql(f'DELETE FROM "{NAMES}"')
    reindex(database, [row[0] for row in database.execute_sql("SELECT id FROM customer")])


def reindex(database: peewee.Database, ids: Iterable[int]) -> None:
    """Rewrite the search rows of these customers from the tables."""
    for batch in batches(sorted(set(ids))):
        database.execute_sql(f'DELETE FROM "{TABLE}" WHERE customer_id = ANY(%s)', (batch,))
        database.execute_sql(f'DELETE FROM "{NAMES}" WHERE customer_id = ANY(%s)', (batch,))
        here = [row[0] for row in database.execute_sql(  # not those removed for good
            "SELECT id FROM customer WHERE id = ANY(%s)", (list(batch),))]
        if here:
            insert_rows(database, search.documents(database, here))


def insert_rows(database: peewee.Database, rows: Iterable[tuple]) -> None:
    """Add the search rows (`search.Document.row`) of customers that have none yet, and the
    names of those not archived, with their sort keys as the customers' rows hold them."""
    found = [(row[0], lexemes(row)) for row in rows]
    if found:
        database.cursor().executemany(
            f'INSERT INTO "{TABLE}" (customer_id, document) VALUES (%s, %s::tsvector)', found)
        _keep_names(database, [row[0] for row in found])


def query(typed: str, *, names: bool = False) -> str | None:
    """What the owner typed as a tsquery's text: every word (`search.match_words`) the start
    of a word, of the name alone with `names`. None for nothing to find."""
    weight = "A" if names else ""
    return " & ".join(f"'{word}':*{weight}" for word in search.match_words(typed)
                      if kept_word(word)) or None


def search_ids(database: peewee.Database, typed: str, *, include_archived: bool = False,
               limit: int | None = None) -> list[int]:
    """As `search.search_ids`: one or two letters list the names that start with them, else
    the customers whose name matches every word, by name, then the others who match, best
    first; read as the file reads them, from the same tables where it can."""
    wanted = query(typed)
    if wanted is None:
        return []
    archived = search.archived_condition(include_archived)
    rows = "ALL" if limit is None else str(int(limit))
    letters = fold(typed).strip()
    if search.one_letter(letters):
        return search.starting_ids(database, letters, include_archived, limit)
    if search.names_only(letters) and not include_archived:
        return name_starts.ids(database, letters, limit)
    by_name = query(typed, names=True)
    if include_archived:
        found = [r[0] for r in database.execute_sql(
            f'SELECT c.id FROM "{TABLE}" s JOIN customer c ON c.id = s.customer_id '
            f"WHERE s.document @@ %s::tsquery {archived} ORDER BY c.sort_name, c.id "
            f"LIMIT {rows}", (by_name,))]
    else:  # the names kept apart, in the list's order (see the module's docstring)
        found = [r[0] for r in database.execute_sql(
            f'SELECT customer_id FROM "{NAMES}" WHERE names @@ %s::tsquery '
            f"ORDER BY sort_name, customer_id LIMIT {rows}", (wanted,))]
    named, named_args = "s.document @@ %s::tsquery", (by_name,)
    if search.names_only(letters) or len(found) == limit:
        return found
    rest = "ALL" if limit is None else str(limit - len(found))
    found += [r[0] for r in database.execute_sql(
        f'SELECT c.id FROM "{TABLE}" s JOIN customer c ON c.id = s.customer_id '
        f"WHERE s.document @@ %s::tsquery AND NOT {named} {archived} "
        f"ORDER BY ts_rank({_RANKS}, s.document, %s::tsquery) DESC, c.sort_name, c.id "
        f"LIMIT {rest}", (wanted, *named_args, wanted))]
    return found


def count(database: peewee.Database, typed: str, *, include_archived: bool = False) -> int:
    """How many customers `search_ids` finds: every match in the index, less the archived
    among them unless they are asked for (a few, read from their own rows), so that the
    index alone is read for a count of thousands."""
    letters = fold(typed).strip()
    if search.one_letter(letters):
        return search.starting_count(database, letters, include_archived)
    if search.names_only(letters) and not include_archived:
        return name_starts.count(database, letters)
    wanted = query(typed, names=search.names_only(letters))
    if wanted is None:
        return 0
    everyone = int(database.execute_sql(
        f'SELECT count(*) FROM "{TABLE}" WHERE document @@ %s::tsquery',
        (wanted,)).fetchone()[0])
    if include_archived or not everyone:
        return everyone
    return everyone - int(database.execute_sql(
        f'SELECT count(*) FROM customer c JOIN "{TABLE}" s ON s.customer_id = c.id '
        "WHERE c.archived_at IS NOT NULL AND s.document @@ %s::tsquery",
        (wanted,)).fetchone()[0])
