"""Is the database sound? Used by `regulars check` and at start-up."""

from __future__ import annotations

from app.store import database, schema, search
from app.store.models import Customer, Interaction, db


def problems() -> list[str]:
    """What is wrong with the open database, in words; empty when healthy."""
    if database.on_server():
        from app.store import server

        return server.problems(db)
    found: list[str] = []
    result = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        found += [f"integrity: {line}" for line in result[:10]]
        return found
    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        found.append(f"{len(broken)} row(s) point at something that no longer exists")
    current = schema.version(db)
    if current < schema.SCHEMA_VERSION:
        return found  # the search index may not exist yet; the upgrade builds it
    difference = schema.difference(db.connection(), current)
    if difference:
        found.append(f"schema: {difference}")
    problem = _search_problem()
    if problem:
        found.append(problem)
    return found


def _search_problem() -> str | None:
    """The search index's own check is an INSERT, which a read-only file refuses: there it
    runs on a copy in memory, so that a file that cannot be written to can be checked."""
    if not database.is_read_only():
        return search.integrity_problem(db)
    with database.copy_in_memory() as copy:
        return search.integrity_problem(copy)


def start_problem() -> str | None:
    """The start-up check: the file is a database and its tables can be read.

    It reads a few pages whatever the size of the shop, so a large database starts as
    fast as a small one; `quick_problem` reads every page, after start-up. A server keeps
    its own pages: a server book has nothing here to check.
    """
    if database.on_server():
        return None
    db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    for table in ("customer", "interaction", "customer_fts"):
        db.execute_sql(f"SELECT * FROM {table} LIMIT 1").fetchall()
    return None


def quick_problem() -> str | None:
    """SQLite's quick_check: every page of the file, seconds on a large shop's database (a
    server book's pages are the server's)."""
    if database.on_server():
        return None
    result = [r[0] for r in db.execute_sql("PRAGMA quick_check").fetchall()]
    return None if result == ["ok"] else "; ".join(result[:3])


def counts() -> tuple[int, int]:
    return Customer.select().count(), Interaction.select().count()
