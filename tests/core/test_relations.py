"""The words for family and pets: what the owner types and what exporters write."""

from __future__ import annotations

import pytest

from app.core.relations import OFFERED, WORDS, read_relation
from app.store.models import Relative


@pytest.mark.parametrize(("word", "read"), [
    ("wife", ("partner", "")), ("Daughter", ("child", "")), ("granddaughter", ("grandchild", "")),
    ("mum", ("parent", "")), ("sister", ("sibling", "")), ("pet", ("pet", "")),
    ("dog", ("pet", "dog")), ("cats", ("pet", "cat")), ("Guinea  Pig", ("pet", "guinea pig")),
    ("other", ("other", "")), ("pupper", None), ("", None),
])
def test_a_word_reads_as_a_relation(word, read):
    assert read_relation(word) == read


def test_every_relation_has_its_words_and_every_offer_is_read():
    assert {relation for relation, _words in WORDS} == set(Relative.RELATIONS)
    assert all(read_relation(word) is not None for word in OFFERED)
