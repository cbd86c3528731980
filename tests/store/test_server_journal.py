"""The undo journal of a server book: what one counter's write changed comes back exactly,
and another counter's writes are on no one's undo stack."""

from __future__ import annotations

import pytest

from app.core import customers, session
from app.core.server_book import open_book
from app.store import journal, server
from app.store.models import Customer, FollowUp, Interaction, Setting, db


@pytest.fixture
def book(server_book: str):
    """A server book of the test's own, open as a counter opens it."""
    open_book(server_book)
    yield server_book
    session.close()


def _rows() -> list[tuple]:
    return sorted(db.execute_sql(
        'SELECT id, first_name, nickname, about, total_spent_cents FROM customer').fetchall())


def test_an_insert_an_update_and_a_delete_come_back_as_they_were(book):
    kept = customers.create_customer(first_name="Eleanor", about="50% rye, isn't it?")
    gone = customers.create_customer(first_name="Ben")
    before = _rows()
    with journal.recording() as recorded:
        Customer.update(nickname="Ellie", about="oat milk").where(Customer.id == kept).execute()
        Customer.delete().where(Customer.id == gone).execute()
        Customer.create(first_name="Cleo")
    assert [e.table for e in recorded.entries] == ["customer"] * 4
    assert {e.customer_id for e in recorded.entries} >= {kept, gone}
    journal.replay(recorded.entries)
    assert _rows() == before


def test_a_column_refresh_keeps_is_not_recorded(book):
    cid = customers.create_customer(first_name="Eleanor")
    with journal.recording() as recorded:
        Customer.update(total_spent_cents=500, sort_name="x").where(Customer.id == cid).execute()
    assert recorded.entries == []


def test_a_setting_without_a_number_comes_back_by_its_key(book):
    with journal.recording() as recorded:
        Setting.create(key="currency", value='"EUR"')
    journal.replay(recorded.entries)
    assert Setting.select().where(Setting.key == "currency").count() == 0


def test_another_counters_writes_are_not_journaled(book):
    cid = customers.create_customer(first_name="Eleanor")
    other = server.connect(book)
    other.connect()
    try:
        with journal.recording() as recorded:
            other.execute_sql("UPDATE customer SET nickname = 'Ellie' WHERE id = %s", (cid,))
    finally:
        other.close()
    assert recorded.entries == []


def test_a_row_another_counter_removed_stops_the_undo_whole(book):
    cid = customers.create_customer(first_name="Eleanor")
    with journal.recording() as recorded:
        Customer.update(nickname="Ellie").where(Customer.id == cid).execute()
        Customer.create(first_name="Ben")
    db.execute_sql("DELETE FROM customer WHERE id = %s", (cid,))
    with pytest.raises(journal.ReplayConflictError):
        journal.replay(recorded.entries)
    assert [r[1] for r in _rows()] == ["Ben"]  # nothing of the replay was kept


def test_an_undo_that_would_take_another_counters_row_along_is_refused(book):
    """A relative added and the nickname changed; meanwhile another counter changed the
    nickname back and gave the relative a birthday: putting the relative back out would take
    that birthday with it, so nothing is undone."""
    cid = customers.create_customer(first_name="Eleanor", nickname="A")
    with journal.recording() as recorded:
        rid = customers.add_relative(cid, "Biscuit", "pet", "")
        Customer.update(nickname="B").where(Customer.id == cid).execute()
    other = server.connect(book)
    other.connect()
    try:
        other.execute_sql("UPDATE customer SET nickname = 'A' WHERE id = %s", (cid,))
        other.execute_sql("INSERT INTO important_date (customer_id, relative_id, kind, label, "
                          "month, day) VALUES (%s, %s, 'birthday', '', 5, 4)", (cid, rid))
    finally:
        other.close()
    with pytest.raises(journal.ReplayConflictError):
        journal.replay(recorded.entries)
    assert db.execute_sql("SELECT count(*) FROM important_date").fetchone() == (1,)


def test_a_row_deleted_with_what_it_reached_comes_back_before_them(book):
    """A purchase deleted sets the follow-up made from it loose (its link set to NULL, after
    the purchase on a server): undo puts the purchase back, then the link; redo again."""
    cid = customers.create_customer(first_name="Eleanor")
    entry = Interaction.create(customer=cid, kind="purchase", at="2026-11-01 10:00:00",
                               text="a cake")
    FollowUp.create(customer=cid, kind="task", text="ring", source=entry.id)
    with journal.recording() as recorded:
        Interaction.delete().where(Interaction.id == entry.id).execute()
    assert [e.table for e in recorded.entries] == ["follow_up", "interaction"]
    with journal.recording() as undone:
        journal.replay(recorded.entries)
    assert FollowUp.get().source_id == entry.id
    journal.replay(undone.entries)
    assert FollowUp.get().source_id is None and Interaction.select().count() == 0
