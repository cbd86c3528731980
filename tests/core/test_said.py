"""What the program wrote itself, kept as its template and values: written, read back, and
read as plain text where there is nothing to read."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from app.core import followups, reminders, timeline, week
from app.core.phrases import Phrase
from app.core.said import EARLIER, from_said, to_said
from app.store.models import FollowUp, Interaction


def test_a_phrase_comes_back_with_its_template_and_values_of_every_type():
    inner = Phrase("{short}'s birthday", short="Ann")
    phrase = Phrase("{said} {n} {day} {at} {amount} {yes}", said=inner, n=3,
                    day=dt.date(2026, 11, 23), at=dt.datetime(2026, 11, 23, 10, 30),
                    amount=Decimal("12.50"), yes=True)
    stored = to_said(phrase)
    assert json.loads(stored) == {
        "template": "{said} {n} {day} {at} {amount} {yes}",
        "values": {"said": {"template": "{short}'s birthday", "values": {"short": "Ann"}},
                   "n": 3, "day": {"date": "2026-11-23"},
                   "at": {"datetime": "2026-11-23T10:30:00"}, "amount": {"amount": "12.50"},
                   "yes": True}}
    back = from_said(str(phrase), stored)
    assert isinstance(back, Phrase) and back == phrase
    assert (back.template, back.values) == (phrase.template, phrase.values)
    assert isinstance(back.values["said"], Phrase)
    assert back.values["said"].template == "{short}'s birthday"


def test_text_as_typed_has_nothing_to_keep_and_reads_as_it_is():
    assert to_said("bought the blue scarf") is None
    assert from_said("bought the blue scarf", None) == "bought the blue scarf"
    assert not isinstance(from_said("bought the blue scarf", None), Phrase)


def test_the_english_read_back_is_the_text_stored_whatever_the_template_says_now():
    """The command line prints what it always printed: "Redeemed 1 points", as an earlier
    version wrote it, though the template now says "1 point"."""
    stored = json.dumps({"template": timeline.REDEEMED, "values": {"n": 1}})
    back = from_said("Redeemed 1 points", stored)
    assert back == "Redeemed 1 points" and back.template == timeline.REDEEMED


def test_a_said_this_version_cannot_read_leaves_the_english():
    for broken in ("not json", "[]", '{"template": 3, "values": {}}',
                   '{"template": "x", "values": {"day": {"when": "?"}}}',
                   '{"template": "x", "values": {"day": {"date": "2026-13-40"}}}',
                   '{"template": "x", "values": {"n": {"template": "{a}", "values": {"b": 1}}}}'):
        back = from_said("Done: ring back", broken)
        assert back == "Done: ring back" and not isinstance(back, Phrase), broken


def test_what_the_program_writes_is_stored_with_its_code(store):
    from app.core import customers

    cid = customers.create_customer(first_name="Ann")
    fid = followups.add(cid, "ring back", dt.date(2026, 11, 20))
    timeline.log(cid, "purchase", "dark roast", "40")
    assert followups.complete(fid) == ("note", "Done: ring back")
    timeline.redeem(cid, 20, " free coffee ")
    timeline.log(cid, "feedback", "cold coffee", sentiment=-1)
    reminders.got_in_touch(cid, "stay_in_touch:1:2026-11-23", "call",
                           dt.datetime(2026, 11, 23, 10, 30))
    rows = {row.text: row.said for row in Interaction.select()}
    assert rows["dark roast"] is None and rows["cold coffee"] is None  # the owner's words
    assert json.loads(rows["Done: ring back"]) == {
        "template": followups.DONE, "values": {"text": "ring back"}}
    assert json.loads(rows["Redeemed 20 points: free coffee"]) == {
        "template": timeline.REDEEMED_FOR, "values": {"n": 20, "note": "free coffee"}}
    assert json.loads(rows["Called to keep in touch"])["template"] == "Called to keep in touch"
    right = FollowUp.get(FollowUp.kind == "task", FollowUp.source.is_null(False))
    assert right.text == "Make it right: cold coffee"
    assert json.loads(right.said) == {"template": timeline.MAKE_IT_RIGHT,
                                      "values": {"text": "cold coffee"}}
    # Read back, each is the phrase it was; the follow-up too, and Done on it says it whole.
    said = {e.text: e.text for e in timeline.entries(cid)}
    assert said["Redeemed 20 points: free coffee"].values == {"n": 20, "note": "free coffee"}
    (open_task,) = [f for f in followups.open_for(cid) if f.kind == "task"]
    assert open_task.text.template == timeline.MAKE_IT_RIGHT
    followups.complete(open_task.id)
    done = timeline.entries(cid, 0, 1)[0].text
    assert done == "Done: Make it right: cold coffee"
    assert done.values["text"].template == timeline.MAKE_IT_RIGHT


def test_an_entry_rewritten_by_the_owner_is_theirs_and_one_kept_as_it_was_stays_coded(store):
    from app.core import customers

    cid = customers.create_customer(first_name="Ann")
    timeline.log(cid, "purchase", "", "10")
    entry_id = timeline.redeem(cid, 5)
    entry = timeline.get_entry(entry_id)
    timeline.edit(entry_id, "note", entry.text, at=entry.at - dt.timedelta(hours=1))
    assert timeline.get_entry(entry_id).text.template == timeline.REDEEMED
    timeline.edit(entry_id, "note", "Redeemed 5 points for the mug")
    kept = Interaction.get_by_id(entry_id)
    assert (kept.text, kept.said) == ("Redeemed 5 points for the mug", None)


def test_the_weekly_review_s_card_names_the_occasion_in_its_code():
    assert week.ACTIONS["birthdays"][2] == "Sent a card ({occasion})"
    occasion = Phrase("{short}'s birthday", short="Ann")
    card = Phrase(week.ACTIONS["birthdays"][2], occasion=occasion)
    assert card == "Sent a card (Ann's birthday)"
    assert json.loads(to_said(card))["values"]["occasion"]["template"] == "{short}'s birthday"


def test_what_earlier_versions_wrote_is_still_marked():
    assert "Got in touch (reminder)" in EARLIER


def test_undo_of_an_owner_s_rewrite_gives_the_program_s_words_back_with_their_code(store):
    from app.core import customers, edits
    from app.core.operations import perform

    cid = customers.create_customer(first_name="Ann")
    timeline.log(cid, "purchase", "", "10")
    entry = timeline.get_entry(timeline.redeem(cid, 5))
    done = perform(edits.edit_entry(entry, "note", "five points for the mug", None, entry.at))
    assert Interaction.get_by_id(entry.id).said is None
    perform(done.undo)
    back = timeline.get_entry(entry.id).text
    assert back == "Redeemed 5 points" and back.template == timeline.REDEEMED
