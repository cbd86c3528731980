"""The undo journal of a server book: the rows a counter's write changes, written down as the SQL
that puts them back, as `journal` does in the file.

SQLite's triggers there are TEMP, made on the window's own connection. A server's triggers
belong to the tables, which every counter writes to: so they are made once, with the book,
and each records only for a connection that asked (`regulars.journal` set on it, by
`journal._install`), into that connection's own TEMP table. Another counter's writes, and a
command-line job's, are on no window's undo stack, as in the file.

One function serves every table: a row inserted is taken back by deleting it by its key, a row
deleted by inserting it again from its values (kept as JSON, which gives each column back in its
own type), and each changed column but those kept by `refresh` by setting it back alone.

What a row's change does to the rows linked to it (a delete's cascade, a link set to NULL) the
server carries out after the row's own trigger has fired, where SQLite does it before: so the
entries of one statement sent (`sent`) are put in the file's order when they are read back
(`in_the_files_order`), the rows a cascade reached before the row that reached them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from operator import itemgetter

import peewee

# The columns that name one row of each journaled table (customer_tag has no id of its own).
KEYS: dict[str, tuple[str, ...]] = {"customer_tag": ("customer_id", "tag_id"),
                                    "reminder_state": ("key",), "setting": ("key",)}
# The connection's setting that turns its recording on.
SETTING = "regulars.journal"

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION regulars_journal() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    keys text[] := string_to_array(TG_ARGV[0], ',');
    owner text := TG_ARGV[1];
    skipped text[] := string_to_array(TG_ARGV[2], ',');
    kept jsonb;
    changed jsonb;
    place text;
    column_name text;
    statements text[] := '{{}}';
BEGIN
    IF coalesce(current_setting('{SETTING}', true), '') <> 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN kept := to_jsonb(NEW); ELSE kept := to_jsonb(OLD); END IF;
    SELECT string_agg(format('%I = %L', k, kept ->> k), ' AND ') INTO place FROM unnest(keys) k;
    IF TG_OP = 'INSERT' THEN
        statements := ARRAY[format('DELETE FROM %I WHERE %s', TG_TABLE_NAME, place)];
    ELSIF TG_OP = 'DELETE' THEN
        statements := ARRAY[format('INSERT INTO %I SELECT * FROM jsonb_populate_record('
                                   'NULL::%I, %L)', TG_TABLE_NAME, TG_TABLE_NAME, kept)];
    ELSE
        changed := to_jsonb(NEW);
        FOR column_name IN SELECT a.attname FROM pg_attribute a
                WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum LOOP
            IF NOT column_name = ANY(skipped)
                    AND kept -> column_name IS DISTINCT FROM changed -> column_name THEN
                statements := statements || format(
                    'UPDATE %I SET %I = (jsonb_populate_record(NULL::%I, %L)).%I WHERE %s',
                    TG_TABLE_NAME, column_name, TG_TABLE_NAME,
                    jsonb_build_object(column_name, kept -> column_name), column_name, place);
            END IF;
        END LOOP;
    END IF;
    INSERT INTO pg_temp.journal (tbl, customer_id, statement, sent)
        SELECT TG_TABLE_NAME, CASE WHEN owner = '' THEN NULL ELSE (kept ->> owner)::bigint END, s,
            statement_timestamp()
        FROM unnest(statements) WITH ORDINALITY AS t(s, n) ORDER BY n;
    RETURN NULL;
END
$body$
"""

# The connection's own table of entries, as the file's TEMP one.
CREATE_TABLE = ("CREATE TEMP TABLE IF NOT EXISTS journal (seq BIGSERIAL PRIMARY KEY, "
                "tbl TEXT NOT NULL, customer_id BIGINT, statement TEXT NOT NULL, "
                "sent TIMESTAMPTZ NOT NULL)")


def create(database: peewee.Database, tables: dict[str, str | None],
           unrecorded: dict[str, frozenset[str]]) -> None:
    """The function and each table's trigger, in a new server book."""
    database.execute_sql(_FUNCTION)
    for table, owner in tables.items():
        keys = ",".join(KEYS.get(table, ("id",)))
        skipped = ",".join(sorted(unrecorded.get(table, ())))
        database.execute_sql(
            f'CREATE TRIGGER "journal_{table}" AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION regulars_journal('{keys}', '{owner or ''}', "
            f"'{skipped}')")


def in_the_files_order(rows: Sequence[tuple]) -> list[tuple]:
    """Rows of (table, customer, statement, sent), in the order they were recorded, in the order
    SQLite records them: within one statement sent, the runs of one table each (the statement's
    own rows, then each level of what it reached through their links) last to first."""
    ordered: list[tuple] = []
    for _sent, group in groupby(rows, key=itemgetter(3)):
        runs = [list(run) for _table, run in groupby(group, key=itemgetter(0))]
        ordered += [row for run in reversed(runs) for row in run]
    return ordered


def install(database: peewee.Database) -> None:
    """This connection's journal, and its recording turned on (once per connection)."""
    if database.execute_sql("SELECT to_regclass('pg_temp.journal')").fetchone()[0] is not None:
        return
    database.execute_sql(CREATE_TABLE)
    database.execute_sql(f"SET {SETTING} = 'on'")
