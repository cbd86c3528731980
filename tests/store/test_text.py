"""Sorting and search agree on what "the same letters" means."""

from __future__ import annotations

from app.store.text import digits, fold, full_name


def test_accents_and_case_fold_away():
    assert fold("García") == fold("garcia") == fold("GARCIA") == "garcia"
    assert fold("Ó Súilleabháin") == "o suilleabhain"
    assert fold("Straße") == "strasse"
    assert fold("") == fold(None) == ""


def test_folded_names_sort_as_a_person_expects():
    names = ["Zoë", "émile", "Eleanor", "Åkesson", "adams"]
    assert sorted(names, key=fold) == ["adams", "Åkesson", "Eleanor", "émile", "Zoë"]


def test_digits_of_a_phone_number_as_written():
    assert digits("+44 (0) 7700-900123") == "4407700900123"
    assert digits("no number") == digits(None) == ""


def test_the_name_a_list_shows():
    assert full_name("Eleanor", "Whitfield") == "Eleanor Whitfield"
    assert full_name("  Eleanor ", "") == "Eleanor"
    assert full_name("", None, " Harbour Bakery ") == "Harbour Bakery"
    assert full_name("Rose", "Byrne", "Harbour Bakery") == "Rose Byrne"
    assert full_name(None, "  ", None) == ""
