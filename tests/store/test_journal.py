"""The undo journal: only the connection that records is journaled, derived columns are not,
and a replay either puts back every row or none."""

from __future__ import annotations

import sqlite3

import pytest

from app.store import journal
from app.store.models import Customer, Interaction, db


@pytest.fixture
def customer(store) -> int:
    with journal.recording():
        return Customer.create(first_name="Ana").id


@pytest.mark.file_only
def test_each_changed_column_is_recorded_with_its_way_back(customer):
    with journal.recording() as recorded:
        Customer.update(nickname="Ani").where(Customer.id == customer).execute()
    assert [(e.table, e.customer_id) for e in recorded.entries] == [("customer", customer)]
    assert recorded.entries[0].statement == (
        f"UPDATE customer SET nickname = '' WHERE rowid = {customer}")


def test_derived_columns_are_recomputed_not_recorded(customer):
    with journal.recording() as recorded:
        Customer.update(total_spent_cents=999, sort_name="x", lapse_on="2026-01-01",
                        contact_due="2026-01-02").where(
            Customer.id == customer).execute()
    assert recorded.entries == []


@pytest.mark.file_only
def test_another_connection_is_not_journaled(customer, store):
    other = sqlite3.connect(store, isolation_level=None)
    other.execute("UPDATE customer SET nickname = 'from a job' WHERE id = ?", (customer,))
    other.close()
    with journal.recording() as recorded:
        pass
    assert recorded.entries == []
    assert db.execute_sql(f"SELECT count(*) FROM {journal._table()}").fetchone()[0] == 0


def test_a_failed_write_leaves_no_entries(customer):
    with pytest.raises(RuntimeError), journal.recording():
        Customer.update(nickname="Ani").where(Customer.id == customer).execute()
        raise RuntimeError("refused half way")
    assert Customer.get_by_id(customer).nickname == ""
    assert db.execute_sql(f"SELECT count(*) FROM {journal._table()}").fetchone()[0] == 0


def test_replay_is_all_or_nothing(customer):
    with journal.recording() as recorded:
        Interaction.create(customer=customer, kind="note", at="2026-11-23 10:00:00", text="a")
        Customer.update(nickname="Ani").where(Customer.id == customer).execute()
    Interaction.delete().execute()  # as if another program removed the note
    with pytest.raises(journal.ReplayConflictError):
        journal.replay(recorded.entries)
    assert Customer.get_by_id(customer).nickname == "Ani"  # the nickname was not put back alone


def test_a_quoted_value_comes_back_as_it_was(customer):
    Customer.update(about="it's \"quoted\"; DROP TABLE customer; --").where(
        Customer.id == customer).execute()
    with journal.recording() as recorded:
        Customer.update(about="plain").where(Customer.id == customer).execute()
    journal.replay(recorded.entries)
    assert Customer.get_by_id(customer).about == "it's \"quoted\"; DROP TABLE customer; --"


@pytest.mark.file_only
def test_rows_written_outside_a_recording_do_not_pile_up(customer):
    with journal.recording():
        pass  # the triggers are on this connection from now on
    for n in range(3):  # bookkeeping, as when a reminder is marked as shown
        db.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('k', ?)", (str(n),))
    with journal.recording() as recorded:
        Customer.update(nickname="Ani").where(Customer.id == customer).execute()
    assert [e.table for e in recorded.entries] == ["customer"]
    assert db.execute_sql(f"SELECT count(*) FROM {journal._table()}").fetchone()[0] == 0
