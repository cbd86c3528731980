"""Privacy mode's one rule: the flag every part reads, and the words for what it hides."""

from __future__ import annotations

from app.ui.privacy import LIST_KEEPS, Privacy, hidden, note, told


def test_every_set_is_told_even_when_it_stays_the_same(qapp):
    privacy = Privacy()
    heard: list[bool] = []
    privacy.changed.connect(heard.append)
    assert not privacy.on
    privacy.set(False)
    privacy.set(True)
    assert privacy.on and heard == [False, True]


def test_the_list_keeps_the_names_only():
    from app.ui.customer_model import COLUMNS

    kept = [title for title, key in COLUMNS if key in LIST_KEEPS]
    assert kept == ["Name", "Goes by"]


def test_what_stands_in_for_a_hidden_part_says_how_to_see_it(qapp):
    assert hidden("The timeline") == "The timeline is hidden (privacy on). F8 shows it."
    assert hidden("The details", many=True) == (
        "The details are hidden (privacy on). F8 shows them.")
    label = note("The weekly review")
    assert label.text().startswith("The weekly review is hidden") and label.isHidden()


def test_a_message_loses_its_details_on_a_private_screen():
    full, discreet = "Redeemed 100 points for Ana Ruiz", "Redeemed points for Ana Ruiz"
    assert told(False, full, discreet) == full
    assert told(True, full, discreet) == discreet
