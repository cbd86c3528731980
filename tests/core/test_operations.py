"""Operations: each change the owner can make, undone to exactly what was there and redone to
exactly what it made, with the change it reports read from what it wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from app.core import customers, edits, reminders, timeline
from app.core.operations import CannotUndoError, Kind, Operation, perform
from app.store import journal
from app.store.batches import is_server
from app.store.models import ALL_MODELS, db

TABLES = ("customer", "contact_point", "relative", "important_date", "interaction",
          "follow_up", "tag", "customer_tag", "reminder_state", "setting")
# Read-side bookkeeping, not part of a change.
SKIP = {"opened_at"}


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table as it is stored, and the search rows, on either engine."""
    fields = {model._meta.table_name: model._meta.sorted_fields for model in ALL_MODELS}
    state = {}
    for table in TABLES:
        columns = [f'"{f.column_name}"' for f in fields[table] if f.column_name not in SKIP]
        state[table] = sorted(db.execute_sql(
            f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
    state["search"] = sorted(db.execute_sql(
        "SELECT customer_id, document::text FROM customer_search" if is_server(db)
        else "SELECT rowid, * FROM customer_fts").fetchall(), key=repr)
    return state


@pytest.fixture
def shop(store):
    """Two customers with a little of everything."""
    ana = customers.create_customer([("phone", "07700 900123", "mobile")], first_name="Ana",
                                    last_name="Ruiz", about="oat milk")
    ben = customers.create_customer(first_name="Ben", last_name="Ruiz")
    customers.add_relative(ana, "Biscuit", "pet", "golden retriever")
    customers.add_date(ana, "birthday", 11, 25, 1980)
    customers.set_tags(ana, ["VIP"])
    entry = timeline.log(ana, "purchase", "blue scarf", "24.50", ask="how was the trip?")
    return {"ana": ana, "ben": ben, "entry": entry}


def _due(ana: int) -> reminders.Reminder:
    return next(r for r in reminders.pending(dt.date(2026, 11, 23), 7) if r.customer_id == ana)


CHANGES: dict[str, Callable[[dict], Operation]] = {
    "create": lambda s: edits.create_customer([("email", "cleo@example.com", "")],
                                              first_name="Cleo"),
    "update": lambda s: edits.update_customer(s["ana"], nickname="Ani", about="tea now"),
    "archive": lambda s: edits.set_archived([s["ana"], s["ben"]], True),
    "photo": lambda s: edits.set_photo(s["ana"], b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
    "set tags": lambda s: edits.set_tags(s["ana"], ["regular", "wholesale"]),
    "add tags": lambda s: edits.add_tags([s["ana"], s["ben"]], ["Friday"]),
    "remove tags": lambda s: edits.remove_tags([s["ana"]], ["VIP"]),
    "add contact": lambda s: edits.add_contact(s["ben"], "email", "ben@example.com"),
    "remove contact": lambda s: edits.remove_contact(
        s["ana"], customers.Customer.get_by_id(s["ana"]).contact_points[0].id),
    "add relative": lambda s: edits.add_relative(s["ben"], "Mia", "child", "12"),
    "remove relative": lambda s: edits.remove_relative(
        s["ana"], customers.Relative.get(customers.Relative.name == "Biscuit").id),
    "add date": lambda s: edits.add_date(s["ben"], kind="anniversary", month=6, day=1),
    "log": lambda s: edits.log_entry(s["ben"], "purchase", "gloves", "12.00"),
    "edit entry": lambda s: edits.edit_entry(timeline.get_entry(s["entry"]), "purchase",
                                             "red scarf", "30.00",
                                             timeline.get_entry(s["entry"]).at),
    "delete entry": lambda s: edits.delete_entry(timeline.get_entry(s["entry"])),
    "pin": lambda s: edits.set_pinned(timeline.get_entry(s["entry"]), True),
    "redeem": lambda s: edits.redeem(s["ana"], 10),
    "follow-up": lambda s: edits.add_follow_up(s["ben"], "call back", kind="promise"),
    "merge": lambda s: edits.merge(s["ana"], s["ben"]),
    "reminder done": lambda s: edits.complete_reminder(_due(s["ana"])),
    "snooze": lambda s: edits.snooze_reminders([_due(s["ana"])], dt.date(2026, 11, 24)),
    "dismiss": lambda s: edits.dismiss_reminders([_due(s["ana"])]),
    "settings": lambda s: edits.put_settings({"currency": "EUR",
                                              "reminder_lead_days": 14}),
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_undo_puts_back_exactly_and_redo_makes_it_again(shop, name):
    before = snapshot()
    done = perform(CHANGES[name](shop))
    after = snapshot()
    assert after != before, "the change wrote nothing"
    assert done.change and done.undo is not None
    back = perform(done.undo)
    assert snapshot() == before
    assert back.undo is not None
    perform(back.undo)
    assert snapshot() == after


def _undone_and_redone_exactly(operation: Operation) -> object:
    before = snapshot()
    done = perform(operation)
    after = snapshot()
    assert after != before and done.undo is not None
    back = perform(done.undo)
    assert snapshot() == before
    perform(back.undo)
    assert snapshot() == after
    return done.result


def test_sample_customers_come_and_go_whole_and_the_owners_stay(store):
    """Added to an empty book and removed again with all they brought, reminder states too;
    each undone and redone exactly. A customer the owner added among them stays."""
    samples = _undone_and_redone_exactly(edits.load_sample_customers(8))
    ana = customers.create_customer(first_name="Ana", last_name="Ruiz")
    customers.set_tags(ana, ["VIP"])
    timeline.log(ana, "visit", "")
    reminders.mark_shown(reminders.due(dt.date(2026, 11, 23), 366), dt.date(2026, 11, 23),
                         dt.datetime(2026, 11, 23, 9, 0))
    removed = _undone_and_redone_exactly(edits.remove_sample_customers())
    assert sorted(removed) == sorted(samples)
    assert [r[0] for r in db.execute_sql("SELECT id FROM customer")] == [ana]
    assert db.execute_sql("SELECT count(*) FROM reminder_state").fetchone()[0] == 0
    assert [r[0] for r in db.execute_sql("SELECT name FROM tag")] == ["VIP"]


def test_the_change_is_read_from_what_was_written(shop):
    done = perform(edits.log_entry(shop["ben"], "note", "hello"))
    assert done.change.customer_ids == {shop["ben"]}
    assert done.change.any(Kind.TIMELINE) and not done.change.any(Kind.LIST)
    archived = perform(edits.set_archived([shop["ben"]], True))
    assert archived.change.any(Kind.LIST)
    settings = perform(edits.put_settings({"currency": "USD"}))
    assert settings.change.any(Kind.SETTINGS) and not settings.change.customer_ids


def test_the_title_names_the_customer_and_the_log_name_does_not(shop):
    operation = edits.log_entry(shop["ana"], "purchase", "scarf", "10")
    assert operation.title == "log purchase for Ana Ruiz"
    assert operation.name == "log_entry"


def test_a_refused_change_writes_nothing_and_leaves_no_journal(shop):
    before = snapshot()
    with pytest.raises(customers.ValidationError):
        perform(edits.update_customer(shop["ana"], first_name="", last_name=""))
    assert snapshot() == before
    assert db.execute_sql(f"SELECT count(*) FROM {journal._table()}").fetchone()[0] == 0


def test_a_row_deleted_by_another_program_stops_the_undo_whole(shop):
    done = perform(edits.edit_entry(timeline.get_entry(shop["entry"]), "purchase", "red",
                                    "1", timeline.get_entry(shop["entry"]).at))
    db.execute_sql("DELETE FROM interaction WHERE id = ?", (shop["entry"],))
    before = snapshot()
    with pytest.raises(CannotUndoError, match="another program"):
        perform(done.undo)
    assert snapshot() == before


def test_undoing_an_added_customer_refuses_to_take_a_jobs_rows_along(shop):
    done = perform(edits.create_customer(first_name="Cleo"))
    timeline.log(done.result, "note", "a job's note")  # written since, not by this change
    with pytest.raises(CannotUndoError):
        perform(done.undo)
    assert customers.get_customer(done.result).first_name == "Cleo"


def test_an_unjournaled_operation_declares_its_change(store):
    operation = Operation("import", "import", lambda: 3, journaled=False,
                          declared=edits.imported([7]))
    done = perform(operation)
    assert done.result == 3 and done.undo is None
    assert done.change.any(Kind.PROFILE)  # "everything" concerns every view
    assert journal.TABLES.keys() >= {"customer", "interaction", "setting"}


def test_a_title_goes_to_the_window_and_never_to_the_log(shop, tmp_path):
    """The title names the customer: the log has the operation's kind and ids alone; an undo
    that cannot be made says the title as a phrase the window translates."""
    from app.core import logs
    from app.core.phrases import Phrase

    path = logs.setup(tmp_path)
    try:
        done = perform(edits.edit_entry(timeline.get_entry(shop["entry"]), "purchase", "red",
                                        "1", timeline.get_entry(shop["entry"]).at))
        db.execute_sql("DELETE FROM interaction WHERE id = ?", (shop["entry"],))
        with pytest.raises(CannotUndoError) as refused:
            perform(done.undo)
    finally:
        logs.close()
    said = refused.value.args[0]
    assert isinstance(said, Phrase) and said.values["title"] is done.operation.title
    assert str(said).startswith("“edit purchase of Ana Ruiz” cannot be undone")
    written = path.read_text()
    assert "edit_entry" in written and "Ana" not in written and "purchase of" not in written
