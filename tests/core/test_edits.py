"""The catalogue of operations: each names its change for the Edit menu (with the customer)
and for the log (without), and is about the customers it says."""

from __future__ import annotations

import pytest

from app.core import clock, customers, edits, timeline
from app.core.operations import perform


def test_titles_name_the_customer_and_log_names_are_fixed(store):
    ana = customers.create_customer(first_name="Ana", last_name="Ruiz")
    ben = customers.create_customer(first_name="Ben")
    entry = timeline.get_entry(timeline.log(ana, "purchase", "scarf", "10"))
    cases = [
        (edits.update_customer(ana, nickname="Ani"), "edit goes-by name of Ana Ruiz",
         "update_customer"),
        (edits.set_archived([ana, ben], True), "archive 2 customers", "archive"),
        (edits.set_archived([ben], False), "bring back Ben", "unarchive"),
        (edits.delete_entry(entry), "delete purchase of Ana Ruiz", "delete_entry"),
        (edits.add_relative(ana, "Biscuit", "pet", ""), "add a pet to Ana Ruiz", "add_relative"),
        (edits.merge(ana, ben), "merge Ben into Ana Ruiz", "merge"),
        (edits.put_settings({"currency": "EUR"}), "change settings", "put_settings"),
    ]
    for operation, title, name in cases:
        assert (operation.title, operation.name) == (title, name)
        assert "Ana" not in operation.name


def test_a_new_customer_with_family_is_one_change_undone_at_once(store):
    from app.store.models import ImportantDate, Relative

    done = perform(edits.create_customer([("phone", "07700 900456", "")],
                                         [("Biscuit", "pet", "dog")], (5, 17, None),
                                         first_name="Rosa", last_name="Delgado"))
    assert edits.create_customer(first_name="Rosa", last_name="Delgado").title == \
        "add Rosa Delgado"
    assert Relative.select().count() == ImportantDate.select().count() == 1
    perform(done.undo)
    assert Relative.select().count() == ImportantDate.select().count() == 0
    assert customers.Customer.select().count() == 0


def test_an_unknown_customer_is_named_by_number_and_refused_on_writing(store):
    operation = edits.log_entry(404, "note", "hello")
    assert operation.title == "log note for customer 404"
    with pytest.raises(customers.NotFoundError, match="404"):
        perform(operation)


def test_settings_are_checked_before_any_is_written(store):
    from app.core import settings

    with pytest.raises(customers.ValidationError):
        perform(edits.put_settings({"currency": "EUR", "reminder_lead_days": -5}))
    assert settings.get("currency") != "EUR"


def test_where_the_shop_is_sets_how_phones_and_dates_are_read_from_then_on(store):
    from app.core import settings
    from app.store.models import ContactPoint

    def numbers() -> list[tuple[str, str]]:
        return [(c.value, c.normalized) for c in ContactPoint.select()]

    perform(edits.create_customer([("phone", "020 7946 0018", "")], first_name="Ana"))
    kept = numbers()
    perform(edits.put_place("US", "USD", "en"))
    assert (settings.get("phone_region"), settings.get("date_order")) == ("US", "mdy")
    assert settings.get("ask_place") is False
    perform(edits.put_place("DE", "EUR", "de"))
    assert (settings.get("country"), settings.get("currency"), settings.get("language")) == (
        "DE", "EUR", "de")
    assert (settings.get("phone_region"), settings.get("date_order")) == ("DE", "dmy")
    # A number kept before is kept as it was: the country reads new numbers only.
    assert numbers() == kept


def test_the_same_country_again_keeps_the_owner_s_own_date_order(store):
    from app.core import settings

    perform(edits.put_place("GB", "GBP", "en"))
    perform(edits.put_settings({"date_order": "mdy"}))  # the owner's till writes month first
    perform(edits.put_place("GB", "EUR", "en"))  # asked again, the country kept
    assert (settings.get("date_order"), settings.get("currency")) == ("mdy", "EUR")


def test_titles_are_phrases_the_window_translates_with_names_as_written(store):
    """The Edit menu says a title in the shop's language: each is a Phrase, its English as
    before; a name is a plain value (never looked up in a translation), a count is counted."""
    from app.core.phrases import COUNTED, Phrase

    ana = customers.create_customer(first_name="Ana", last_name="Ruiz")
    ben = customers.create_customer(first_name="Ben")
    logged = edits.log_entry(ana, "purchase", "scarf", "10").title
    assert isinstance(logged, Phrase) and logged == "log purchase for Ana Ruiz"
    assert (logged.template, logged.values) == ("log purchase for {name}", {"name": "Ana Ruiz"})
    assert not isinstance(logged.values["name"], Phrase)
    several = edits.add_tags([ana, ben], ["vip"]).title
    assert several == "tag 2 customers" and several.values["who"].template in COUNTED
    assert edits.add_tags([ben], ["vip"]).title.values == {"who": "Ben"}
    unknown = edits.add_follow_up(404, "call").title.values["name"]
    assert isinstance(unknown, Phrase) and unknown == "customer 404"
    assert edits.add_contact(ana, "email", "a@b.example").title == \
        "add an email address to Ana Ruiz"
    for title in (edits.put_settings({}).title, edits.load_sample_customers(1).title,
                  edits.snooze_reminders([], clock.today()).title, edits.merge(ana, ben).title,
                  edits.set_pinned(timeline.get_entry(timeline.log(ana, "visit", "coffee")), True)
                  .title):
        assert isinstance(title, Phrase), title
    assert edits.load_sample_customers(1).title == "add 1 sample customer"
