"""The words for family and pets: what the owner types and what exporters write."""

from __future__ import annotations

import pytest

from app.core.relations import (
    LANGUAGES,
    NAMES,
    PET_KINDS,
    WORDS,
    folded,
    known_words,
    offered,
    pet_kinds,
    read_relation,
    relation_word,
)
from app.store.models import Relative


@pytest.mark.parametrize(("word", "read"), [
    ("wife", ("partner", "")), ("Daughter", ("child", "")), ("granddaughter", ("grandchild", "")),
    ("mum", ("parent", "")), ("sister", ("sibling", "")), ("pet", ("pet", "")),
    ("dog", ("pet", "dog")), ("cats", ("pet", "cat")), ("Guinea  Pig", ("pet", "guinea pig")),
    ("other", ("other", "")), ("pupper", None), ("", None),
])
def test_a_word_reads_as_a_relation(word, read):
    assert read_relation(word) == read


@pytest.mark.parametrize(("word", "read"), [
    # German
    ("Tochter", ("child", "")), ("Enkelin", ("grandchild", "")), ("Ehefrau", ("partner", "")),
    ("Schwester", ("sibling", "")), ("Mutter", ("parent", "")), ("Freundin", ("friend", "")),
    ("Hund", ("pet", "Hund")), ("hund", ("pet", "Hund")), ("KATZE", ("pet", "Katze")),
    ("Lebensgefahrtin", ("partner", "")), ("Schildkrote", ("pet", "Schildkröte")),
    # French
    ("fille", ("child", "")), ("petite-fille", ("grandchild", "")),
    ("Petite  fille", ("grandchild", "")), ("épouse", ("partner", "")),
    ("EPOUSE", ("partner", "")), ("soeur", ("sibling", "")), ("Sœur", ("sibling", "")),
    ("père", ("parent", "")), ("chien", ("pet", "chien")), ("chats", ("pet", "chat")),
    ("cochon d’Inde", ("pet", "cochon d'Inde")),
    # Spanish
    ("hija", ("child", "")), ("nieta", ("grandchild", "")), ("esposa", ("partner", "")),
    ("hermano", ("sibling", "")), ("mamá", ("parent", "")), ("mama", ("parent", "")),
    ("perro", ("pet", "perro")), ("perros", ("pet", "perro")), ("pajaro", ("pet", "pájaro")),
    # One animal, several languages: spelt as typed where a language spells it so
    ("Hamster", ("pet", "Hamster")), ("hamster", ("pet", "hamster")),
    ("hámster", ("pet", "hámster")),
    ("Hündchen", None),
])
def test_the_window_s_other_languages_are_read_whatever_it_speaks(word, read):
    assert read_relation(word) == read


def test_every_relation_has_its_words_and_every_offer_is_read():
    for language in LANGUAGES:
        assert set(WORDS[language]) == set(Relative.RELATIONS) == set(NAMES)
        assert all(read_relation(word) is not None for word in offered(language))
        assert all(read_relation(word) == ("pet", word) for word in pet_kinds(language))


def test_no_word_means_two_things():
    """A word of one language is never another's word for something else."""
    meant: dict[str, str] = {}
    for language in LANGUAGES:
        for relation, words in WORDS[language].items():
            for word in words:
                assert meant.setdefault(folded(word), relation) == relation, word
    assert not {folded(kind) for kinds in PET_KINDS.values() for kind in kinds} & set(meant)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_relation_shown_in_a_language_reads_back_as_itself(language):
    for relation in NAMES:
        assert read_relation(relation_word(relation, language)) == (relation, "")


def test_the_field_offers_the_window_s_language():
    assert offered("de")[:2] == ("Partner", "Kind") and "Tochter" in known_words("de")
    assert "chien" in offered("fr") and "petite-fille" in known_words("fr")
    assert "perro" in offered("es") and "Hund" not in known_words("es")
    assert pet_kinds("de")[0] == "Hund"
    assert offered("it") == offered("en")  # a language without words of its own: English's
    assert relation_word("child", "de") == "Kind" and relation_word("cousin", "de") == "cousin"
