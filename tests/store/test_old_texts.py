"""The English earlier versions wrote, read as the templates the program marks today: each
reading says again exactly the words it was read from, and names only marked templates."""

from __future__ import annotations

import ast
import functools
import json
from pathlib import Path

import pytest

from app.core import reminders, timeline  # noqa: F401 (their counted templates, "%Ln year(s)")
from app.core.phrases import Phrase
from app.core.said import from_said
from app.store import old_texts

CORE = Path(__file__).resolve().parents[2] / "app" / "core"


@functools.cache
def _marked() -> frozenset[str]:
    """Every template app/core marks: N_("…") and the key of counted("…", …)."""
    found = set()
    for module in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("N_", "counted") and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return frozenset(found)


def _templates(tree: object) -> set[str]:
    if not isinstance(tree, dict):
        return set()
    return {tree["template"]}.union(*(_templates(v) for v in tree["values"].values()))


def _english(tree: dict) -> str:
    """What the code would write today from this reading."""
    read = from_said("", json.dumps(tree))
    assert isinstance(read, Phrase), tree
    return Phrase(read.template, **read.values)


OCCASIONS = [
    "Ann's birthday", "Ann's birthday (turns 40)", "Ann's anniversary (12 years)",
    "Ann's anniversary (wedding, 10 years)", "Ann's anniversary (wedding)",
    "Lena's birthday, Ann's child (turns 7)", "Rex's birthday, Ann's spaniel",
    "Lena's day, Ann's grandchild (name day)", "Ann: an important date",
    "Ann: shop opening (3 years)", "Mary-Kate O'Neill's birthday",
]


@pytest.mark.parametrize("text", OCCASIONS)
def test_an_occasion_is_read_as_the_reminders_said_it(text: str):
    tree = old_texts.occasion(text)
    assert isinstance(tree, dict)
    assert _english(tree) == text
    assert _templates(tree) <= _marked()


def test_an_occasion_of_other_words_stays_as_it_was():
    assert old_texts.occasion("a card for the whole family") == "a card for the whole family"


def test_a_relation_is_a_word_to_translate_and_a_pet_s_own_name_is_not():
    child = old_texts.occasion("Lena's birthday, Ann's child")
    assert child["values"]["noun"] == {"template": "child", "values": {}}
    spaniel = old_texts.occasion("Rex's birthday, Ann's spaniel")
    assert spaniel["values"]["noun"] == "spaniel"


def test_every_template_the_upgrade_writes_is_one_the_program_marks():
    written = (set(old_texts._FIXED) | set(old_texts._NOUNS)
               | set(old_texts._RELATIVES_DATE.values()) | set(old_texts._OWN_DATE.values())
               | {old_texts._NAMED_DATE, old_texts._AN_IMPORTANT_DATE, old_texts._TURNS,
                  old_texts._YEARS, old_texts._WITH_DETAIL, old_texts._WITH_LABEL_AND_DETAIL,
                  old_texts._LAPSED_THEN, old_texts._REDEEMED, old_texts._REDEEMED_FOR,
                  old_texts._DONE, old_texts._MAKE_IT_RIGHT})
    for _kinds, _pattern, reader in old_texts._PATTERNS:
        assert reader is old_texts._redeemed or _templates(reader(_Every(), None)) <= _marked()
    assert written <= _marked(), written - _marked()


class _Every:
    """A match whose every group is a name, to make each pattern's reading."""

    def __getitem__(self, name: str) -> str:
        return "3" if name in ("usual", "away", "n") else "Ann's birthday"
