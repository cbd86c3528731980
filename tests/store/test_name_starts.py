"""Two letters list, straight from the starts of the names, what the search index finds by
name, in the same order; the starts follow every write."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import customers, demo, edits
from app.core.operations import perform
from app.store import name_starts, search
from app.store.models import Customer, db

ODD_NAMES = [
    {"first_name": "Siobhán", "last_name": "O'Brien"},
    {"first_name": "Jean-Luc", "last_name": "Picard", "nickname": "JL"},
    {"first_name": "Gabriel", "last_name": "García Márquez"},
    {"first_name": "Ægir", "last_name": "Ørsted"},
    {"company": "Straße & Söhne GmbH"},
    {"company": "3M Company"},
    {"first_name": "Ann-Marie", "last_name": "Smith", "nickname": "Bo"},
    {"first_name": "민준", "last_name": "김"},
    {"first_name": "İlker", "last_name": "Şahin"},
    {"first_name": "Zoë", "last_name": "d’Arcy"},
    # Accents written as marks of their own, as some exporters write them.
    {"first_name": "E\u0301lodie", "last_name": "Gonc\u0327alves"},
]


@pytest.fixture
def shop(store: Path) -> list[int]:
    demo.generate(300, seed=5)
    made = [customers.create_customer(**names) for names in ODD_NAMES]
    customers.set_archived([*made[:2], 1, 2, 3], True)
    return made


def _by_the_index(letters: str) -> list[int]:
    """What the full-text index finds by name for two letters, the archived left out."""
    archived = {c.id for c in Customer.select(Customer.id).where(Customer.archived_at.is_null(
        False))}
    return [cid for cid in search.search_ids(db, letters, include_archived=True)
            if cid not in archived]


def test_two_letters_list_what_the_search_index_finds_in_the_same_order(shop):
    typed = {start for (start,) in db.execute_sql("SELECT DISTINCT start FROM name_start")}
    assert {"ga", "ma", "st", "so", "co", "an", "bo", "il", "sa", "zo", "ar", "da", "el",
            "go"} <= typed
    elodie = shop[-1]
    assert elodie in search.search_ids(db, "el") and elodie in search.search_ids(db, "Élo")
    assert elodie not in search.search_ids(db, "lo") + search.search_ids(db, "al")
    archived = [*shop[:2], 1, 2, 3]
    assert not db.execute_sql(f"SELECT 1 FROM name_start WHERE customer_id IN "
                              f"({', '.join(map(str, archived))})").fetchall()
    # Two letters as a keyboard types them (a Korean syllable is one letter, three once
    # folded apart, so never two).
    for letters in sorted({t for t in typed if t.isascii()}
                          | {"zz", "qx", "Ma", "GA", "or", "ae", "ag", "ss", "Ár"}):
        found = search.search_ids(db, letters)
        assert found == _by_the_index(letters), letters
        assert search.count(db, letters) == len(found), letters
        assert search.search_ids(db, letters, limit=3) == found[:3], letters


def test_longer_queries_list_the_whole_name_matches_first_in_order_then_the_rest(shop):
    """From three letters on, the names come from the starts too, filtered by the index; the
    list is the one the index alone gives, names first, then mentions by weight."""
    notes = [w for (t,) in db.execute_sql("SELECT text FROM interaction LIMIT 40")
             for w in t.split() if len(w) > 4][:8]
    for query in ["mar", "Garc", "o'br", "obri", "jean-l", "Ann Smi", "smith ann", "straß",
                  "Ørst", "zoë d", "3M co", "sahin", "İlker", "ma 12", "bo", "zzz", *notes]:
        found = search.search_ids(db, query)
        assert found == _by_the_index(query), query
        assert search.search_ids(db, query, limit=5) == found[:5], query
        assert search.count(db, query) == len(found), query
    assert shop[0] not in search.search_ids(db, "Siob")  # archived
    assert shop[0] in search.search_ids(db, "Siob", include_archived=True)


def _kept_and_afresh() -> tuple[list[tuple], list[tuple]]:
    order = "SELECT * FROM name_start ORDER BY start, sort_name, customer_id"
    kept = db.execute_sql(order).fetchall()
    with db.atomic() as transaction:
        db.execute_sql("DELETE FROM name_start")
        name_starts.rebuild(db, [row[0] for row in db.execute_sql("SELECT id FROM customer")])
        afresh = db.execute_sql(order).fetchall()
        transaction.rollback()
    return kept, afresh


def test_the_starts_follow_every_write(store: Path):
    ana = customers.create_customer(first_name="Ana", last_name="Silva")
    ben = customers.create_customer(company="Harbour Books")
    writes = [
        lambda: customers.update_customer(ana, first_name="Mariana"),
        lambda: customers.update_customer(ana, nickname="Nana"),
        lambda: customers.set_archived([ana], True),
        lambda: customers.set_archived([ana], False),
        lambda: perform(edits.merge(ana, ben)),
    ]
    assert sorted(row[0] for row in _kept_and_afresh()[0]) == ["an", "bo", "ha", "si"]
    for write in writes:
        write()
        kept, afresh = _kept_and_afresh()
        assert kept == afresh
    assert search.search_ids(db, "na") == [ana]
    assert search.search_ids(db, "ha") == [ana]  # the company came with the merge


@pytest.mark.file_only
@pytest.mark.parametrize("in_workers", [False, True])
def test_an_import_writes_the_starts_a_rebuild_would(store: Path, tmp_path: Path, monkeypatch,
                                                     in_workers: bool):
    """New customers get their starts with their rows, made where the records are checked;
    one met again further down the file, and one already here, get theirs made again."""
    from app.exchange import jobs, parallel

    if in_workers:
        monkeypatch.setattr(parallel, "PARALLEL_FROM", 10)
        monkeypatch.setattr(parallel, "CHUNK", 16)
    before = tmp_path / "before.csv"
    before.write_text("First Name,Last Name,Email\nOlga,Petrova,olga@example.com\n")
    here = jobs.import_file(before).customer_ids[0]
    rows = ["First Name,Last Name,Nickname,Company,Email"]
    rows += [f"Ann{i},Léger-Smith,,,ann{i}@example.com" for i in range(40)]
    rows += ["Ægir,Ørsted,,Straße & Söhne,aegir@example.com",
             ",,Bo,,ann3@example.com",  # met again: Ann3 gets a nickname
             "Olga,Petrova,Olly,,olga@example.com"]  # already here: gets one too
    table = tmp_path / "people.csv"
    table.write_text("\n".join(rows) + "\n")
    report = jobs.import_file(table)
    assert (report.imported, report.updated, report.errors) == (41, 2, []), report.warnings
    kept, afresh = _kept_and_afresh()
    assert kept == afresh
    assert {"an", "le", "sm", "bo", "æg", "ør", "st", "so", "ol", "pe"} <= {
        row[0] for row in kept}
    assert search.search_ids(db, "bo") == [search.search_ids(db, "ann3")[0]]
    assert here in search.search_ids(db, "ol")
