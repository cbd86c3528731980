"""What readers make of exporters' labels, consent columns and tag cells."""

from __future__ import annotations

import pickle

import pytest

from app.exchange.records import (
    Incoming,
    UnreadableFileError,
    newsletter_from_text,
    plain_label,
    relation_from_label,
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


def test_a_record_with_only_an_email_still_has_an_identity():
    assert not Incoming(line=2).has_identity()
    assert Incoming(line=2, emails=[("x@example.com", "")]).has_identity()
    assert Incoming(line=3, nickname="Ellie").has_identity()
