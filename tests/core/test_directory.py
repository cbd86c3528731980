"""The customer list: read in index order, and in batches however long it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import customers
from app.store.models import db


@pytest.mark.file_only
@pytest.mark.parametrize("query, sort", [("", "recent"), ("", "name"), ("e", "relevance")])
def test_the_first_screenful_is_read_in_index_order(store: Path, query: str, sort: str):
    """At a hundred thousand customers, a sort before the first row cost a frame."""
    from app.core import customers, directory

    for name in ("Eleanor", "Emile", "Tom"):
        customers.create_customer(first_name=name)
    statements: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(statements.append)
    try:
        assert directory.customer_ids(query, sort, limit=2)
    finally:
        connection.set_trace_callback(None)
    plan = " ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + statements[-1]))
    assert "INDEX" in plan and "TEMP B-TREE" not in plan, plan


def test_the_list_reads_more_rows_than_one_statement_holds(store):
    from app.core.directory import rows

    ids = [customers.create_customer(first_name=f"Ann{i}") for i in range(1200)]
    found = rows(ids)
    assert len(found) == 1200
    assert found[ids[-1]].name == "Ann1199"


@pytest.mark.file_only
def test_marking_a_customer_opened_never_waits_for_another_writer(store):
    """While a command-line job holds the write lock, opening a customer must not freeze the
    window for the busy timeout nor raise: the bookkeeping is skipped."""
    import sqlite3
    import time

    from app.core import directory

    cid = customers.create_customer(first_name="Eleanor")
    other = sqlite3.connect(store, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        began = time.monotonic()
        assert directory.mark_opened(cid) is False
        assert time.monotonic() - began < 1.0
    finally:
        other.rollback()
        other.close()
    assert directory.mark_opened(cid) is True


def test_stopped_coming_lists_only_them_most_spent_first_and_searches_among_them(store):
    import datetime as dt

    from app.core import clock, directory, timeline

    ids = {}
    for name, spent in (("Lowri", "5.00"), ("Hana", "90.00"), ("Mila", "40.00"),
                        ("Lena", "60.00")):
        cid = ids[name] = customers.create_customer(first_name=name)
        weeks = 30 if name == "Lena" else 4  # Lena still comes every week
        start = dt.datetime(2026, 5, 4, 9) if name == "Lena" else dt.datetime(2026, 6, 1, 9)
        for week in range(weeks):
            timeline.log(cid, "purchase", amount=spent, at=start + dt.timedelta(days=7 * week))
    customers.create_customer(first_name="Newcomer")
    with clock.frozen(dt.datetime(2026, 11, 23, 10, 30)):
        # In its own order ("relevance", as a search's best first): most spent first.
        stopped = directory.customer_ids(sort="relevance", only=directory.STOPPED_COMING)
        assert stopped == [ids["Hana"], ids["Mila"], ids["Lowri"]]
        assert directory.total(only=directory.STOPPED_COMING) == 3
        assert directory.customer_ids("l", "relevance", only=directory.STOPPED_COMING) == [
            ids["Lowri"]]
        assert directory.customer_ids(only=directory.STOPPED_COMING, sort="name") == [
            ids["Hana"], ids["Lowri"], ids["Mila"]]
        assert directory.customer_ids(sort="relevance", limit=1,
                                      only=directory.STOPPED_COMING) == [ids["Hana"]]
        assert len(directory.customer_ids()) == 5


def test_a_search_s_first_screenful_is_the_top_of_the_whole_list(store):
    """On either engine: whatever is read first (a screenful, on a server), it is the top of
    the list that the whole search gives, whole-name matches first, and the count counts them
    all."""
    from app.core import directory, timeline
    from app.store import search

    for n in range(30):
        customers.create_customer(first_name="Fran", last_name=f"Byrne{n:02d}")
    for n in range(10):
        cid = customers.create_customer(first_name="Ola", last_name=f"Nowak{n}")
        timeline.log(cid, "note", "asked about Francesca's wedding")
    customers.create_customer(first_name="Francesca", last_name="Ruiz")
    whole = directory.customer_ids("fran", "relevance")
    assert len(whole) == 41 == directory.total("fran")
    assert [directory.customer_ids("fran", "relevance", limit=size) for size in (5, 31, 35)] == [
        whole[:5], whole[:31], whole[:35]]
    assert directory.first_page_is_cheap("fran", "relevance") == (
        search.is_server(db) or search.by_start("fran"))


def test_a_search_lists_names_in_the_new_language_s_order_once_it_changes(store):
    """German sorts Ü as Ue: once the shop's language is German, "Üwe" comes before "Ulrich" in
    a search as in the list, on either engine (a server keeps the names apart too)."""
    from app.core import directory, edits
    from app.core.operations import perform

    uwe = customers.create_customer(first_name="Üwe", last_name="Meier")
    ulrich = customers.create_customer(first_name="Ulrich", last_name="Meier")
    assert directory.customer_ids("meier", "relevance") == [ulrich, uwe]
    perform(edits.put_place("DE", "EUR", "de"))
    assert directory.customer_ids("", "name") == [uwe, ulrich]
    assert directory.customer_ids("meier", "relevance") == [uwe, ulrich]
    assert directory.customer_ids("meier", "relevance", limit=1) == [uwe]
