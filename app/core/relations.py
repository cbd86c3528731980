"""Who a family member or pet is, from the words people use: "wife", "son", "dog".

One table for the window (where the owner types the relation) and the importers (where an
exporter's label names it), so that "daughter" means a child everywhere, and an animal's name
for its kind ("dog", "cat") makes a pet that keeps its kind.
"""

from __future__ import annotations

WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("partner", ("spouse", "partner", "husband", "wife", "domestic partner", "boyfriend",
                 "girlfriend", "fiance", "fiancé", "fiancée")),
    ("grandchild", ("grandchild", "granddaughter", "grandson")),
    ("child", ("child", "son", "daughter", "kid")),
    ("parent", ("parent", "mother", "father", "mom", "mum", "dad")),
    ("sibling", ("sibling", "brother", "sister")),
    ("pet", ("pet", "animal")),
    ("friend", ("friend",)),
    ("other", ("other",)),
)
# Animals a shop's customers bring along: as a relation, a pet of that kind.
PET_KINDS = ("dog", "cat", "rabbit", "bird", "parrot", "horse", "guinea pig", "hamster",
             "tortoise", "fish")
# What the relation field offers, in the order a counter needs them.
OFFERED = ("partner", "child", "grandchild", "parent", "sibling", "friend", "dog", "cat", "pet",
           "other")


def read_relation(text: str) -> tuple[str, str] | None:
    """(relation, kind of animal or "") for a word, or None for a word it does not know."""
    word = " ".join(text.split()).casefold()
    for relation, words in WORDS:
        if word in words:
            return relation, ""
    if word in PET_KINDS or word.rstrip("s") in PET_KINDS:
        return "pet", word.rstrip("s") if word not in PET_KINDS else word
    return None
