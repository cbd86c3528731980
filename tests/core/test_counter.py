"""Each counter's name, written on what it logs: the computer's own by default, the owner's
choice once given, and a name that cannot be one refused or made one."""

from __future__ import annotations

import logging
import socket

import pytest

from app.core import counter, followups, timeline
from app.core.errors import ValidationError
from app.store import config_file
from app.store.models import FollowUp, Interaction


@pytest.fixture
def till(monkeypatch):
    monkeypatch.setattr(socket, "gethostname", lambda: "till-1.shop.lan")


def test_a_counter_is_named_after_its_computer_until_the_owner_names_it(till):
    assert counter.name() == "till-1"
    assert counter.rename("  Back   office ") == "Back office"
    assert counter.name() == "Back office"
    assert config_file.value("counter", "name") == "Back office"
    assert counter.rename("") == "till-1"  # empty: the computer's name again
    assert config_file.value("counter", "name") is None


@pytest.mark.parametrize("name, words", [
    ("Till\x1b[2J", "control characters"),
    ("T" * 41, "at most 40 characters, not 41"),
])
def test_a_name_that_cannot_be_one_is_refused_and_nothing_changes(till, name, words):
    counter.rename("Front")
    with pytest.raises(ValidationError, match=words):
        counter.rename(name)
    assert counter.name() == "Front"


def test_a_name_written_by_hand_is_made_one(till):
    config_file.path().parent.mkdir(parents=True, exist_ok=True)
    config_file.path().write_text("[counter]\nname = Till\x07 " + "x" * 60 + "\n")
    assert counter.name() == ("Till " + "x" * 60)[:40]


@pytest.mark.parametrize("damage", ["not settings", "a folder"])
def test_a_damaged_config_file_leaves_the_computers_name_and_says_so(till, caplog, damage):
    config_file.path().parent.mkdir(parents=True, exist_ok=True)
    if damage == "a folder":
        config_file.path().mkdir()
    else:
        config_file.path().write_bytes(b"no section here")
    with caplog.at_level(logging.WARNING):
        assert counter.name() == "till-1"
    assert "the config file cannot be read" in caplog.text


def test_every_entry_and_promise_is_written_with_the_counters_name(store, till):
    from app.core import customers

    counter.rename("Front till")
    ann = customers.create_customer(first_name="Ann")
    timeline.log(ann, "feedback", "the tart was dry", sentiment=-1, ask="how was the cake?")
    followups.add(ann, "call about the order")
    counter.rename("Back office")
    timeline.log(ann, "purchase", "tea", amount="40")
    timeline.redeem(ann, 10)
    assert [e.counter for e in timeline.entries(ann)] == ["Back office", "Back office",
                                                          "Front till"]
    assert sorted(f.counter for f in FollowUp.select()) == ["Front till"] * 3
    assert {i.counter for i in Interaction.select()} == {"Front till", "Back office"}
