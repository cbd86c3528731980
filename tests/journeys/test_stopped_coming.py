"""The customer list's "Stopped coming" (F5): only the regulars who stopped coming, who used to
spend most first, as the weekly review lists them; a search looks among them, and Esc or
"Everyone" brings every customer back."""

from __future__ import annotations

from app.core import clock, reminders
from tests.journeys.shop import customer_named

# Stanisław is also due a call he asked for: Today tells that; the list has him all the same.
MOST_SPENT_FIRST = ["Stanisław Haddad", "Chloé Jones", "José Santos", "Theodore MacLeod",
                    "Henry Haddad", "William Murphy", "Jonathan Smith", "Henry Ahmed",
                    "Arjun Patel", "José Ó Súilleabháin"]


def test_f5_lists_only_those_who_stopped_coming_most_spent_first_and_esc_goes_back(
        regular, person):
    stopped = [r.customer for r in reminders.stopped_coming(clock.today())]
    assert stopped == MOST_SPENT_FIRST
    person.press("F5")
    assert person.list_rows("Chloé Jones") == MOST_SPENT_FIRST
    assert person.sees("10 stopped coming")
    assert person.current_row()[0] == "Stanisław Haddad"  # the keyboard is on the first
    assert regular.right.customer_id == customer_named("Stanisław Haddad")
    person.press("Down", "Esc")
    assert person.sees("60 customers")
    assert len(person.list_rows("Chloé Jones")) == 60
    assert person.current_row()[0] == "Chloé Jones"  # the one opened stays selected


def test_a_search_looks_among_them_and_everyone_brings_the_rest_back(regular, person):
    person.choose("View", "Stopped coming")
    person.press("Ctrl+F")
    person.type("jos")
    person.waits_to_see("2 matches among them")
    assert person.list_rows("José Santos") == ["José Santos", "José Ó Súilleabháin"]
    person.press("Esc")  # the search goes first, the filter stays
    assert person.sees("10 stopped coming")
    person.click("Everyone")
    assert person.sees("60 customers")
    assert not person.sees("Stopped coming, who used to spend most first")
    person.press("F5", "F5")  # the same key takes the filter off again
    assert person.sees("60 customers")
