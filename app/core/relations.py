"""Who a family member or pet is, from the words people use: "wife", "Tochter", "chien".

One table for the window (where the owner types the relation) and the importers (where an
exporter's label names it), so that "daughter", "Tochter", "fille" and "hija" mean a child
everywhere, and an animal's name for its kind ("dog", "Hund") makes a pet that keeps its kind
in the owner's own word. Every language's words are read whatever the window speaks: a shop in
Basel hears German and French at the same counter, and an import may be in either. Accents,
case, hyphens and extra spaces do not matter ("Petite fille" is "petite-fille").
"""

from __future__ import annotations

import functools

from app.core.phrases import N_
from app.store.text import fold

# What each relation code is called in the window, as the translations name it ("Kind"); the
# reminders' nouns too (`reminders._NOUNS`).
NAMES = {"partner": N_("partner"), "child": N_("child"), "grandchild": N_("grandchild"),
         "parent": N_("parent"), "sibling": N_("sibling"), "pet": N_("pet"),
         "friend": N_("friend"), "other": N_("other")}

# The words for each relation, by language. The first is the relation's name there, as the
# window's translation of `NAMES` writes it ("Freund/in"), so that a relation shown in a form
# is read back as itself; the rest are what people say.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "partner": ("partner", "spouse", "husband", "wife", "domestic partner", "boyfriend",
                    "girlfriend", "fiance", "fiancé", "fiancée"),
        "grandchild": ("grandchild", "granddaughter", "grandson"),
        "child": ("child", "son", "daughter", "kid"),
        "parent": ("parent", "mother", "father", "mom", "mum", "dad"),
        "sibling": ("sibling", "brother", "sister"),
        "pet": ("pet", "animal"),
        "friend": ("friend",),
        "other": ("other",),
    },
    "de": {
        "partner": ("Partner", "Partnerin", "Ehepartner", "Ehepartnerin", "Ehemann", "Ehefrau",
                    "Mann", "Frau", "Gatte", "Gattin", "Lebensgefährte", "Lebensgefährtin",
                    "Verlobter", "Verlobte"),
        "grandchild": ("Enkelkind", "Enkel", "Enkelin", "Enkelsohn", "Enkeltochter"),
        "child": ("Kind", "Sohn", "Tochter"),
        "parent": ("Elternteil", "Mutter", "Vater", "Mama", "Papa", "Mutti", "Vati"),
        "sibling": ("Geschwister", "Bruder", "Schwester"),
        "pet": ("Haustier", "Tier"),
        "friend": ("Freund/in", "Freund", "Freundin", "Bekannter", "Bekannte"),
        "other": ("Sonstige", "Sonstiges", "andere", "anderer"),
    },
    "fr": {
        "partner": ("partenaire", "conjoint", "conjointe", "époux", "épouse", "mari", "femme",
                    "compagnon", "compagne", "petit ami", "petite amie", "fiancé", "fiancée"),
        "grandchild": ("petit-enfant", "petite-fille", "petit-fils"),
        "child": ("enfant", "fils", "fille"),
        "parent": ("parent", "mère", "père", "maman", "papa"),
        "sibling": ("frère/sœur", "frère", "sœur"),
        "pet": ("animal", "animal de compagnie"),
        "friend": ("ami(e)", "ami", "amie", "copain", "copine"),
        "other": ("autre",),
    },
    "es": {
        "partner": ("pareja", "esposo", "esposa", "marido", "mujer", "cónyuge", "novio",
                    "novia", "prometido", "prometida", "compañero", "compañera"),
        "grandchild": ("nieto/a", "nieto", "nieta"),
        "child": ("hijo/a", "hijo", "hija", "niño", "niña"),
        "parent": ("padre/madre", "padre", "madre", "mamá", "papá"),
        "sibling": ("hermano/a", "hermano", "hermana"),
        "pet": ("mascota", "animal"),
        "friend": ("amigo/a", "amigo", "amiga"),
        "other": ("otro/a", "otro", "otra"),
    },
}
# Animals a shop's customers bring along: as a relation, a pet of that kind.
PET_KINDS: dict[str, tuple[str, ...]] = {
    "en": ("dog", "cat", "rabbit", "bird", "parrot", "horse", "guinea pig", "hamster",
           "tortoise", "fish"),
    "de": ("Hund", "Katze", "Kater", "Kaninchen", "Hase", "Vogel", "Papagei", "Wellensittich",
           "Pferd", "Meerschweinchen", "Hamster", "Schildkröte", "Fisch"),
    "fr": ("chien", "chienne", "chat", "chatte", "lapin", "oiseau", "perroquet", "perruche",
           "cheval", "cochon d'Inde", "hamster", "tortue", "poisson"),
    "es": ("perro", "perra", "gato", "gata", "conejo", "pájaro", "loro", "periquito",
           "caballo", "cobaya", "hámster", "tortuga", "pez"),
}
# What the relation field offers, in the order a counter needs them.
OFFERED: dict[str, tuple[str, ...]] = {
    "en": ("partner", "child", "grandchild", "parent", "sibling", "friend", "dog", "cat", "pet",
           "other"),
    "de": ("Partner", "Kind", "Enkelkind", "Elternteil", "Geschwister", "Freund/in", "Hund",
           "Katze", "Haustier", "Sonstige"),
    "fr": ("partenaire", "enfant", "petit-enfant", "parent", "frère/sœur", "ami(e)", "chien",
           "chat", "animal", "autre"),
    "es": ("pareja", "hijo/a", "nieto/a", "padre/madre", "hermano/a", "amigo/a", "perro",
           "gato", "mascota", "otro/a"),
}
LANGUAGES = tuple(WORDS)


def folded(text: str) -> str:
    """A word as it is looked up: "Petite  Fille" and "petite-fille" alike, "Sœur" as "soeur",
    "hámster" as "hamster"."""
    plain = fold(text).replace("œ", "oe").replace("æ", "ae").replace("’", "'")
    return " ".join(plain.replace("-", " ").split())


@functools.cache
def _relations() -> dict[str, str]:
    """Every language's words, folded, and the relation each means."""
    return {folded(word): relation for language in LANGUAGES
            for relation, words in WORDS[language].items() for word in words}


@functools.cache
def _kinds() -> dict[str, tuple[str, ...]]:
    """Every language's animals, folded, and how each is spelt: "hamster" is English's and
    German's "Hamster" too."""
    kinds: dict[str, tuple[str, ...]] = {}
    for language in LANGUAGES:
        for kind in PET_KINDS[language]:
            kinds[folded(kind)] = (*kinds.get(folded(kind), ()), kind)
    return kinds


def read_relation(text: str) -> tuple[str, str] | None:
    """(relation, kind of animal or "") for a word of any of the window's languages, or None
    for a word it does not know. An animal's kind is the owner's word, spelt as its language
    spells it ("hund" and "HUND" are "Hund", "cats" is "cat") and never put into English."""
    word = folded(text)
    if word in _relations():
        return _relations()[word], ""
    typed = " ".join(text.split())
    for key, as_typed in ((word, typed), (word.rstrip("s"), typed.rstrip("sS"))):
        spellings = _kinds().get(key)
        if spellings:
            return "pet", as_typed if as_typed in spellings else spellings[0]
    return None


def _spoken(language: str) -> str:
    """The language's own words, English's for a language the table does not have."""
    return language if language in WORDS else "en"


def offered(language: str) -> tuple[str, ...]:
    """What the relation field offers in the window's language ("de"), a counter's order."""
    return OFFERED[_spoken(language)]


def known_words(language: str) -> tuple[str, ...]:
    """What typing in the relation field completes to, in the window's language: what it
    offers first, then every other word for a relation or an animal."""
    spoken = _spoken(language)
    return tuple(dict.fromkeys((*OFFERED[spoken], *(w for ws in WORDS[spoken].values()
                                                    for w in ws), *PET_KINDS[spoken])))


def pet_kinds(language: str) -> tuple[str, ...]:
    """The animals the window's language names, for completing a pet's kind."""
    return PET_KINDS[_spoken(language)]


def relation_word(relation: str, language: str) -> str:
    """A relation code as the relation field shows it in the window's language ("Kind" for
    "child"), which reads back as the same code; a code it does not know, as it is."""
    words = WORDS[_spoken(language)].get(relation)
    return words[0] if words else relation
