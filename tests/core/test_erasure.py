"""Erasing a customer for good: nothing of them left in the file, its log, a backup or search."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from app.core import backups, customers, directory, edits, erasure, followups, timeline
from app.core.errors import NotFoundError
from app.core.operations import perform
from app.store.models import Customer, db

# What the erased customer is, each word rare enough to be found only as theirs.
THEIRS = ("Quibbleton", "Xanthe", "+44 7700 900461", "07700900461", "xanthe@quibble.example",
          "Zorbafluff", "marmalade-velvet", "Frobnitzia")


def _full_customer() -> int:
    cid = customers.create_customer(
        contacts=[("phone", THEIRS[2], "mobile"), ("email", THEIRS[4], "")],
        relatives=[(THEIRS[5], "pet", "a grey cat"), ("Ottoline", "child", "")],
        birthday=(3, 14, 1980), first_name=THEIRS[1], last_name=THEIRS[0],
        about=f"likes {THEIRS[6]} jam")
    customers.set_tags(cid, [THEIRS[7]])
    customers.set_photo(cid, b"\x89PNG\r\n\x1a\n" + b"Quibbleton-photo" * 200)
    for day in range(1, 25):
        timeline.log(cid, "purchase", f"bought {THEIRS[6]} number {day}", "12.50",
                     at=dt.datetime(2026, 1, day, 10))
    timeline.log(cid, "note", f"{THEIRS[5]} is unwell", at=dt.datetime(2026, 2, 1, 9))
    followups.add(cid, f"order more {THEIRS[6]}", dt.date(2026, 3, 1), kind="promise")
    return cid


def _bytes_of(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _traces(data: bytes) -> list[str]:
    """Which of the customer's words `data` holds, as UTF-8 or as SQLite's own case-folded
    search terms."""
    return [word for word in THEIRS
            if word.encode() in data or word.lower().encode() in data]


def _other_customers(count: int) -> list[int]:
    return [customers.create_customer(first_name=f"Other{n}", last_name="Person",
                                      about="a regular") for n in range(count)]


@pytest.mark.file_only  # the bytes of the file and its log
def test_an_erased_customer_leaves_no_byte_in_the_file_its_log_or_a_fresh_backup(store):
    _other_customers(30)
    cid = _full_customer()
    _other_customers(5)
    database = Path(store)
    db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")  # some of them in the file itself, too
    assert _traces(_bytes_of(database) + _bytes_of(database.with_name(database.name + "-wal")))

    perform(edits.erase_customer(cid))

    for path in (database, database.with_name(database.name + "-wal")):
        assert _traces(_bytes_of(path)) == [], path
    backup, _count = backups.backup_to()
    assert _traces(backup.read_bytes()) == []
    for word in ("Quibbleton", "Xanthe", "0461", "Zorbafluff", "marmalade"):
        assert directory.customer_ids(word, include_archived=True) == []
    assert [(line.number, line.customer_id) for line in erasure.register()] == [(1, cid)]
    row = db.execute_sql("SELECT * FROM erasure").fetchone()
    assert not any(isinstance(value, str) and "Quib" in value for value in row)
    assert directory.count() == 35  # the others stay, with what is theirs
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_erased_customers_id_is_never_given_again(store):
    first = customers.create_customer(first_name="Ann")
    last = customers.create_customer(first_name="Bea")
    perform(edits.erase_customer(last))
    again = customers.create_customer(first_name="Cleo")
    assert again > last > first
    assert Customer.get_by_id(first).first_name == "Ann"


def test_the_register_is_kept_in_an_owner_only_file_beside_the_database(store):
    cid = customers.create_customer(first_name="Ann")
    perform(edits.erase_customer(cid))
    path = Path(store).with_name(erasure.REGISTER_FILE)
    lines = json.loads(path.read_text())["erased"]
    assert [line["customer_id"] for line in lines] == [cid]
    assert "Ann" not in path.read_text()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_erasing_someone_who_is_not_there_says_so_and_registers_nothing(store):
    with pytest.raises(NotFoundError):
        perform(edits.erase_customer(404))
    assert erasure.register() == []


def test_an_erasure_is_not_on_the_undo_stack(store):
    cid = customers.create_customer(first_name="Ann")
    done = perform(edits.erase_customer(cid))
    assert done.undo is None
    assert cid in done.change.customer_ids


def test_the_register_line_of_an_erased_customer_has_their_number_and_no_other(store):
    ann, bo = (customers.create_customer(first_name=n) for n in ("Ann", "Bo"))
    perform(edits.erase_customer(ann))
    perform(edits.erase_customer(bo))
    assert erasure.line_of(bo) == erasure.register()[1]
    assert erasure.line_of(bo).number == 2
    assert erasure.line_of(404) is None


@pytest.mark.file_only  # the bytes of the file and its log
def test_the_log_is_truncated_once_another_reader_lets_go_and_not_left_for_later(store):
    """An export (another connection) still reading when the erasure ends: the erasure waits
    for it (the window's own writes do not wait) and leaves nothing of them behind."""
    import sqlite3
    import threading

    _other_customers(3)
    cid = _full_customer()
    reader = sqlite3.connect(store, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM interaction").fetchone()  # reads older pages
    threading.Timer(0.3, reader.rollback).start()  # the export ends a moment later
    db.execute_sql("PRAGMA busy_timeout = 0")  # as the window's runner has it
    try:
        perform(edits.erase_customer(cid))
    finally:
        db.execute_sql("PRAGMA busy_timeout = 10000")
        reader.close()
    for path in (store, store.with_name(store.name + "-wal")):
        assert _traces(_bytes_of(path)) == [], path


# The same person entered a second time, each word rare enough to be found only as theirs.
MERGED = ("Plonkwhistle", "Yevgenia", "+44 7700 900787", "07700900787",
          "yevgenia@plonk.example", "gooseberry-quartz")


def _their_second_record() -> int:
    cid = customers.create_customer(
        first_name=MERGED[1], last_name=MERGED[0], about=f"asks for {MERGED[5]} tea",
        contacts=[("email", THEIRS[4].upper(), ""), ("email", MERGED[4], ""),
                  ("phone", MERGED[2], "home")],
        relatives=[(f"{MERGED[1]} junior", "child", "")])
    customers.set_photo(cid, b"\x89PNG\r\n\x1a\n" + f"{MERGED[0]}-photo".encode() * 200)
    timeline.log(cid, "visit", f"came in about the {MERGED[5]}", at=dt.datetime(2026, 2, 3, 9))
    return cid


def _merged_traces(data: bytes) -> list[str]:
    return [word for word in MERGED
            if word.encode() in data or word.lower().encode() in data]


@pytest.mark.file_only  # the bytes of the file and its log
def test_erasing_a_customer_erases_the_record_merged_into_them_with_them(store):
    _other_customers(20)
    keep = _full_customer()
    other = _their_second_record()
    _other_customers(5)
    perform(edits.merge(keep, other))
    # The merged-away record keeps its name, note, photo and the email the kept one had too.
    assert Customer.get_by_id(other).merged_into_id == keep
    assert customers.get_customer(other).archived_at is not None
    database = Path(store)
    wal = database.with_name(database.name + "-wal")
    db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    assert set(_merged_traces(_bytes_of(database) + _bytes_of(wal))) >= {MERGED[0], MERGED[1]}

    done = perform(edits.erase_customer(keep))

    assert sorted(done.result) == sorted([keep, other])
    assert {keep, other} <= done.change.customer_ids
    for path in (database, wal):
        found = _bytes_of(path)
        assert _traces(found) == [] and _merged_traces(found) == [], path
    backup, _count = backups.backup_to()
    assert _traces(backup.read_bytes()) == [] and _merged_traces(backup.read_bytes()) == []
    for word in ("Plonkwhistle", "Yevgenia", "0787", "gooseberry"):
        assert directory.customer_ids(word, include_archived=True) == []
    assert sorted(line.customer_id for line in erasure.register()) == sorted([keep, other])
    lines = json.loads(database.with_name(erasure.REGISTER_FILE).read_text())["erased"]
    assert sorted(line["customer_id"] for line in lines) == sorted([keep, other])
    for cid in (keep, other):
        with pytest.raises(NotFoundError):
            customers.get_customer(cid)
    assert directory.count() == 25
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_records_merged_in_twice_go_too_and_one_brought_back_stays(store):
    first, second, kept, back = (customers.create_customer(first_name=name)
                                 for name in ("Ann", "Annie", "Anne", "Anna"))
    perform(edits.merge(second, first))  # Ann into Annie, then Annie into Anne: both Anne's
    perform(edits.merge(kept, second))
    perform(edits.merge(kept, back))
    assert erasure.with_merged([kept]) == sorted([first, second, kept, back])
    customers.set_archived([back], False)  # Anna is a customer of her own again
    assert erasure.with_merged([kept]) == sorted([first, second, kept])

    assert sorted(perform(edits.erase_customer(kept)).result) == sorted([first, second, kept])
    assert sorted(line.customer_id for line in erasure.register()) == sorted(
        [first, second, kept])
    assert customers.get_customer(back).first_name == "Anna"


def test_an_erased_customer_is_in_no_table_of_the_book_and_no_backup_made_after(store):
    """On both engines: the words are gone from every table (a backup copies them all, the
    search index of the book included), and the search finds nothing of theirs."""
    _other_customers(3)
    cid = _full_customer()
    before, _count = backups.backup_to()
    assert _traces(before.read_bytes())  # the backup does hold what a customer is

    perform(edits.erase_customer(cid))

    after, _count = backups.backup_to()
    assert _traces(after.read_bytes()) == []
    for word in ("Quibbleton", "Xanthe", "0461", "Zorbafluff", "marmalade"):
        assert directory.customer_ids(word, include_archived=True) == []
    assert [line.customer_id for line in erasure.register()] == [cid]
    assert customers.create_customer(first_name="Next") > cid
