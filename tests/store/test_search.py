"""Search finds what the owner remembers, however it is typed."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import customers, followups, settings, timeline
from app.core.directory import customer_ids


def names(query: str, **kw) -> list[str]:
    from app.core.directory import summaries

    return [s.name for s in summaries(customer_ids(query, sort="relevance", **kw))]


@pytest.fixture
def shop(store):
    settings.put("phone_region", "GB")
    ids = {}
    ids["maria"] = customers.create_customer(
        first_name="María", last_name="García", nickname="Mari",
        contacts=[("phone", "+44 7700 900123", "mobile"), ("email", "maria@example.com", "")],
        about="oat-milk latte, window table",
    )
    ids["eleanor"] = customers.create_customer(first_name="Eleanor", last_name="Whitfield")
    customers.add_relative(ids["eleanor"], "Fritz", "pet", "dachshund")
    customers.add_relative(ids["eleanor"], "Mia", "grandchild", "")
    customers.set_tags(ids["eleanor"], ["VIP"])
    ids["rose"] = customers.create_customer(first_name="Rose", last_name="Byrne")
    ids["tom"] = customers.create_customer(first_name="Tom", last_name="Hale",
                                           contacts=[("phone", "+61 412 555 019", "")])
    for _ in range(5):
        timeline.log(ids["tom"], "note", "bought roses for Rose, roses again", at=dt.datetime(
            2026, 11, 1, 9))
    followups.add(ids["tom"], "order the blue size 9 by Friday")
    return ids


def test_accents_and_case_do_not_matter(shop):
    assert names("garcia") == ["María García"]
    assert names("GARCÍA") == ["María García"]
    assert names("maria") == ["María García"]


def test_any_part_of_a_phone_number(shop):
    assert names("0123") == ["María García"]
    assert names("7700 900") == ["María García"]
    assert names("07700 900123") == ["María García"]


def test_a_national_prefix_finds_an_international_number(store):
    settings.put("phone_region", "AU")
    customers.create_customer(first_name="Tom", contacts=[("phone", "+61 412 555 019", "")])
    customers.create_customer(first_name="Ann", contacts=[("phone", "0412 555 019", "")])
    assert names("0412 555") == ["Ann", "Tom"]
    assert names("+61 412") == ["Ann", "Tom"]


@pytest.mark.parametrize("query, expected", [
    ("fritz", "Eleanor Whitfield"),      # a pet's name
    ("dachshund", "Eleanor Whitfield"),  # what the pet is
    ("mia", "Eleanor Whitfield"),        # a grandchild
    ("vip", "Eleanor Whitfield"),        # a tag
    ("mari", "María García"),            # the name they go by
    ("maria@example", "María García"),   # email
    ("oat milk", "María García"),        # preferences
    ("blue size 9", "Tom Hale"),         # an open promise
])
def test_finds_family_pets_tags_preferences_and_notes(shop, query, expected):
    assert names(query) == [expected]


def test_a_name_match_ranks_before_mentions_in_notes(shop):
    assert names("rose") == ["Rose Byrne", "Tom Hale"]


def test_names_come_first_alphabetically_then_the_strongest_mentions(store):
    mentions = customers.create_customer(first_name="Ann", last_name="Lee")
    timeline.log(mentions, "note", "Dahlia bulbs for Dahlia bulbs")
    once = customers.create_customer(first_name="Bo", last_name="Kim")
    timeline.log(once, "note", "a long chat about the weather, the bus, the tea and a dahlia")
    customers.create_customer(first_name="Zoe", last_name="Dahlia")
    customers.create_customer(first_name="Dahlia", last_name="Moss")
    assert names("dahl") == ["Dahlia Moss", "Zoe Dahlia", "Ann Lee", "Bo Kim"]
    assert names("dahl", limit=3) == ["Dahlia Moss", "Zoe Dahlia", "Ann Lee"]


def test_one_letter_lists_the_names_that_begin_with_it(shop):
    customers.create_customer(first_name="Émile", last_name="Zola")
    assert names("e") == ["Eleanor Whitfield", "Émile Zola"]  # not every note with an "e"
    assert names("W") == []  # the name begins with the first name
    assert names("z") == []


def test_two_letters_look_at_names_only(shop):
    assert names("ro") == ["Rose Byrne"]  # Tom's notes about roses do not count yet
    assert names("ga") == ["María García"]  # any word of the name
    assert names("ros") == ["Rose Byrne", "Tom Hale"]  # three letters search everything


def test_every_word_must_match(shop):
    assert names("eleanor fritz") == ["Eleanor Whitfield"]
    assert names("eleanor latte") == []


def test_the_index_follows_edits_and_deletes(shop):
    customers.update_customer(shop["rose"], first_name="Rosalind")
    assert names("rosalind") == ["Rosalind Byrne"]
    relative = next(r for r in __import__("app.core.profile", fromlist=["load"]).load(
        shop["eleanor"]).relatives if r.name == "Fritz")
    customers.remove_relative(relative.id)
    assert names("fritz") == []


def test_archived_customers_are_found_only_when_asked(shop):
    customers.set_archived([shop["eleanor"]], True)
    assert names("eleanor") == []
    assert names("eleanor", include_archived=True) == ["Eleanor Whitfield"]


@pytest.mark.parametrize("query", [
    '"', "'", "AND", "OR NOT", "*", "(", "NEAR(", "'; DROP TABLE customer; --", "😀",
    "name:", "-", "^", "{name}:x", "a" * 500, "\u202eabc",
])
def test_strange_input_never_breaks_search(shop, query):
    names(query)  # does not raise
    assert names("garcia") == ["María García"]  # and nothing was harmed


def test_a_letter_with_a_spacing_accent_is_searched_as_the_letter(store):
    """"A¨" folds to "a " (the accent alone becomes a space): still the one-letter list."""
    from app.core import customers, directory

    cid = customers.create_customer(first_name="Anna")
    assert directory.customer_ids("A¨") == [cid]


@pytest.mark.parametrize("include_archived", [False, True])
def test_the_count_is_how_many_the_search_finds(store, include_archived):
    """Counted without ordering them, the matches are as many as the list holds, for every
    kind of query: one letter, two, a word, a phone tail, several words, nothing found."""
    from app.core import demo
    from app.store import search
    from app.store.models import db

    demo.generate(300, seed=3)
    customers.set_archived(customer_ids("m", limit=5), True)
    for query in ("m", "ma", "mar", "maria ga", "roast", "0123", "a¨", "zz", "!!", "ma ro"):
        found = search.search_ids(db, query, include_archived=include_archived)
        assert search.count(db, query, include_archived=include_archived) == len(found), query


def test_a_name_is_found_typed_as_it_is_written(store):
    """The index's own folding keeps "ß" and "ﬁ", which what is typed folds to "ss" and "fi":
    Mrs Groß was not found by "groß"."""
    gross = customers.create_customer(first_name="Ann", last_name="Groß")
    fiona = customers.create_customer(first_name="ﬁona", last_name="Strauß")
    assert names("groß") == names("GROSS") == names("gro") == ["Ann Groß"]
    assert names("Strauß fiona") == ["ﬁona Strauß"]
    from app.store import search
    from app.store.models import db

    assert search.search_ids(db, "strauss") == [fiona] and gross != fiona
