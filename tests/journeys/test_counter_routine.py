"""A regular walks in: two letters and Enter bring their card, from wherever the keyboard is.

The README's counter routine, typed as the owner types it: Ctrl+F (or just the first letter),
two letters, Enter; Esc clears the search and gives the keyboard back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTableView

from app.core import customers, directory, timeline
from app.core.profile import load


def _add_rosa() -> None:
    customers.create_customer(first_name="Rosa", last_name="Delgado",
                              contacts=[("phone", "07700 900456", "")])


def _rosa() -> int:
    return next(cid for cid in directory.customer_ids("Rosa Delgado")
                if load(cid).name == "Rosa Delgado")


def _samples_and_rosa(start, person):
    """The sample shop with Rosa Delgado added, started again: (the window, Rosa's id)."""
    start()
    person.click("Try with sample customers")
    window = start(prepare=_add_rosa)
    return window, _rosa()


def _click_first_row(window, person) -> None:
    """Click the customer at the top of the list, whoever is there."""
    person.click(window.model.index(0, 0).data())


def _open_name(window) -> str | None:
    cid = window.right.customer_id
    return None if cid is None else load(cid).name


def test_the_window_opens_with_the_keyboard_in_the_search(regular, person):
    assert person.focus is regular.search


def test_ctrl_f_two_letters_enter_opens_the_top_match(regular, person):
    _click_first_row(regular, person)  # the keyboard is in the list now
    person.press("Ctrl+F")
    person.type("el")
    person.press("Enter")
    top = regular.model.customer_id(0)
    assert regular.right.customer_id == top
    assert _open_name(regular).startswith("El")
    assert person.sees(load(top).first_name)


def test_enter_opens_the_best_match_whatever_sort_was_chosen(start, person):
    window, rosa = _samples_and_rosa(start, person)
    person.click("Last contact")
    person.click("Last contact")  # the most recent first
    order = directory.customer_ids("", sort="last_contact", descending=True)
    assert [window.model.customer_id(r) for r in range(3)] == order[:3]
    person.press("Ctrl+F")
    person.type("Rosa")
    person.press("Enter")
    assert window.right.customer_id == rosa, f"opened {_open_name(window)}"
    # The sort chosen before comes back with the search cleared.
    person.press("Ctrl+F")
    person.press("Esc")
    assert [window.model.customer_id(r) for r in range(3)] == order[:3]


def test_a_letter_typed_in_the_list_starts_the_search(regular, person):
    _click_first_row(regular, person)
    assert isinstance(person.focus, QTableView)
    person.type("el")
    assert regular.search.text() == "el"
    person.press("Enter")
    assert regular.right.customer_id == regular.model.customer_id(0)
    assert _open_name(regular).startswith("El")


def test_a_letter_typed_on_the_card_or_the_timeline_starts_the_search(regular, person):
    person.click("Timeline")
    person.type("ro")
    assert regular.search.text() == "ro"
    assert person.focus is regular.search


def test_esc_clears_the_search_and_gives_the_keyboard_back(regular, person):
    _click_first_row(regular, person)
    table = person.focus
    person.type("zz")
    person.waits_to_see("0 matches")
    person.press("Esc")
    assert regular.search.text() == ""
    assert person.focus is table


def test_letters_typed_into_a_field_stay_in_that_field(regular, person):
    _click_first_row(regular, person)
    person.press("Ctrl+L")
    person.type("quick coffee")
    assert isinstance(person.focus, QLineEdit)
    assert person.focus.text() == "quick coffee"
    assert regular.search.text() == ""


def test_ctrl_z_from_the_search_box_undoes_the_last_change(regular, person):
    """The keyboard often ends in the search box; Ctrl+Z there undoes the change just made."""
    person.type("henry")
    person.press("Enter")
    cid = regular.right.customer_id
    entries = timeline.count(cid)
    person.press("Ctrl+L")
    person.type("quick coffee")
    person.press("Enter")
    assert timeline.count(cid) == entries + 1
    person.press("Ctrl+F")
    person.press("Esc")
    person.press("Ctrl+F")
    assert person.focus is regular.search
    person.press("Ctrl+Z")
    assert timeline.count(cid) == entries


def test_a_new_search_puts_the_best_match_first_after_a_column_was_clicked(start, person):
    window, rosa = _samples_and_rosa(start, person)
    person.type("zz")
    person.click("Spent")  # while a search is shown
    person.press("Ctrl+F")
    person.type("Rosa")
    person.press("Enter")
    assert window.right.customer_id == rosa, f"opened {_open_name(window)}"
