"""What readers make of exporters' labels, consent columns and tag cells."""

from __future__ import annotations

import pickle

import pytest

from app.exchange.records import (
    Incoming,
    UnreadableFileError,
    joined,
    newsletter_from_text,
    plain_label,
    relation_from_label,
    said,
    split_tags,
)


@pytest.mark.parametrize("label, relation", [
    ("_$!<Spouse>!$_", "partner"), ("Wife", "partner"), ("fiancée", "partner"),
    ("Granddaughter", "grandchild"), ("_$!<Child>!$_", "child"), ("Mum", "parent"),
    ("sister", "sibling"), ("Dog", "pet"), ("Friend", "friend"), ("Boss", "other"), ("", "other"),
])
def test_exporters_labels_become_relations(label, relation):
    assert relation_from_label(label) == relation


def test_apple_s_wrapped_labels_are_unwrapped():
    assert plain_label(" _$!<Anniversary>!$_ ") == "Anniversary"
    assert plain_label("shop opening") == "shop opening"


@pytest.mark.parametrize("text, consent", [
    ("yes", True), ("Subscribed", True), ("opted_in", True), ("oui", True), ("x", True),
    ("no", False), ("Unsubscribed", False), ("pending", False), ("nein", False),
    ("", None), ("maybe", None),
])
def test_newsletter_consent_as_exporters_write_it(text, consent):
    assert newsletter_from_text(text) is consent


def test_tags_from_one_cell():
    assert split_tags("VIP, wholesale; Local") == ["VIP", "wholesale", "Local"]
    assert split_tags("* myContacts ::: VIP ::: * starred ::: Wholesale") == ["VIP", "Wholesale"]
    assert split_tags("  ") == []


def test_an_unreadable_file_says_where_and_survives_a_worker_process():
    error = UnreadableFileError("contacts.vcf", 12, "not a valid vCard")
    assert str(error) == "contacts.vcf, line 12: not a valid vCard"
    assert str(UnreadableFileError("big.csv", None, "empty")) == "big.csv: empty"
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), again.line) == (UnreadableFileError, str(error), 12)


def test_an_unreadable_file_and_a_record_s_problems_keep_their_phrases():
    """The window says them in the shop's language; as text they read as the English."""
    from app.core.errors import ValidationError
    from app.core.phrases import Phrase

    error = UnreadableFileError("shop.csv", 1, Phrase("the first line has no column headers"))
    said_then = pickle.loads(pickle.dumps(error)).args[0]
    assert isinstance(said_then, Phrase) and said_then.template == "{path}, line {line}: {message}"
    assert said_then == "shop.csv, line 1: the first line has no column headers"
    problems = [Phrase("{what}: {problem}", what="Birthday", problem="x"), "plain", "third"]
    assert joined(problems) == "Birthday: x; plain; third"
    assert joined(problems).values["first"] is problems[0]
    assert said(ValidationError(problems[0])) is problems[0]
    assert said(ValueError("a", "b")) == "('a', 'b')"


def test_a_record_with_only_an_email_still_has_an_identity():
    assert not Incoming(line=2).has_identity()
    assert Incoming(line=2, emails=[("x@example.com", "")]).has_identity()
    assert Incoming(line=3, nickname="Ellie").has_identity()
