"""A customer's data handed to them whole: what `show --json` says and everything beside it,
as a page to read with the data inside, as JSON and as text."""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
import stat
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import add_rich_customer

from app.core import consent, customers, demo, followups, reminders, timeline
from app.core.errors import RegularsError, ValidationError
from app.core.profile import load, to_json
from app.exchange import customer_data
from app.store.models import Interaction

HOSTILE = "<script>alert(1)</script>"


class _Embedded(HTMLParser):
    """The page as a browser reads it: its text, and the data in its one JSON script."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._in = dict(attrs)
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def _read_page(path: Path) -> _Embedded:
    page = _Embedded()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def _show_json(cid: int) -> dict:
    """What `regulars show ID --json` prints, as a script reads it."""
    return json.loads(json.dumps(to_json(load(cid))))


@pytest.fixture
def ellie(store) -> int:
    """Eleanor with contacts, family and a pet, dates, tags and a photo, and then: entries,
    a promise kept and one open, three words on the newsletter, a reminder snoozed."""
    cid = add_rich_customer()
    timeline.log(cid, "purchase", "dark roast", "24.50", at=dt.datetime(2026, 11, 11, 9, 5))
    timeline.log(cid, "feedback", f"said {HOSTILE} & left", at=dt.datetime(2026, 11, 12, 9),
                 sentiment=-1)
    kept = followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 20), kind="promise")
    followups.set_done(kept)
    followups.add(cid, "how did the knee surgery go?", kind="ask")
    consent.record(cid, False, "email", at=dt.datetime(2026, 3, 1, 12))
    consent.record(cid, True, "import", "newsletter-list.csv", at=dt.datetime(2026, 5, 1, 12))
    customers.add_date(cid, "birthday", 11, 25, 1953)
    reminders.snooze([r for r in reminders.pending(dt.date(2026, 11, 23), 7)
                      if r.customer_id == cid], dt.date(2026, 11, 30), dt.datetime(2026, 11, 23))
    return cid


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder of the owner's, apart from the data folder."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _interaction_ids(store: Path, cid: int) -> list[int]:
    with sqlite3.connect(store) as con:
        return sorted(i for (i,) in con.execute(
            "SELECT id FROM interaction WHERE customer_id = ?", (cid,)))


@pytest.mark.file_only
def test_the_json_holds_show_json_and_every_timeline_entry(store, out):
    ids = demo.generate(12, seed=5)
    busiest = max(ids, key=lambda cid: load(cid).interaction_count)
    path = out / "data.json"
    written = customer_data.write(path, busiest)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("regulars-customer-data", 1)
    assert data["customer"] == _show_json(busiest)
    entries = data["timeline"]
    assert sorted(e["id"] for e in entries) == _interaction_ids(store, busiest)
    assert written.timeline_entries == len(entries) > 10
    columns = {f.column_name for f in Interaction._meta.sorted_fields} - {"customer_id"}
    every = {name.removesuffix("_cents") for name in columns}
    assert all(set(e) == every for e in entries)
    purchase = next(e for e in entries if e["kind"] == "purchase")
    row = Interaction.get_by_id(purchase["id"])
    assert purchase["amount"] == f"{row.amount_cents / 100:.2f}"
    assert purchase["at"] == row.at.isoformat()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["data.json"]  # no temporary file left


@pytest.mark.file_only
def test_everything_beside_the_profile_is_handed_over(ellie, store, out):
    path = out / "ellie.json"
    written = customer_data.write(path, ellie)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["customer"] == _show_json(ellie)
    assert [e["id"] for e in data["timeline"]] == _interaction_ids(store, ellie)
    assert {(p["kind"], p["label"], p["value"]) for p in data["contact_points"]} >= {
        ("phone", "mobile", "+44 7700 900123"), ("email", "home", "ellie@example.com")}
    assert {(r["name"], r["relation"], r["notes"]) for r in data["family_and_pets"]} >= {
        ("Fritz", "pet", "dachshund"), ("Mia", "grandchild", "valedictorian 2026")}
    assert base64.b64decode(data["photo"]["base64"]) == load(ellie).photo
    assert data["photo"]["type"] == "JPEG"
    follow_ups = {f["text"]: f for f in data["follow_ups"]}
    assert follow_ups["order the blue size 9"]["done_at"] == "2026-11-23T10:30:00"
    assert follow_ups["order the blue size 9"]["due"] == "2026-11-20"
    assert follow_ups["how did the knee surgery go?"]["done_at"] is None
    history = consent.history(ellie)
    assert written.consent_records == len(history) == 3
    assert [(c["id"], c["given"], c["at"], c["how"], c["source"], c["said"])
            for c in data["consent"]] == [
        (r.id, r.given, r.at.isoformat(), r.how, r.source, str(r.said)) for r in history]
    assert data["consent"][1]["said"] == (
        "Newsletter consent given (imported from newsletter-list.csv)")
    states = data["reminder_states"]
    assert {s["key"] for s in states} == set(reminders.keys_of([ellie])) and states
    assert all(s["state"] == "snoozed" and s["until"] == "2026-11-30" for s in states)
    assert data["customer_record"]["total_spent"] == "24.50"


def test_the_page_is_escaped_and_carries_the_data_itself(ellie, out):
    customers.update_customer(ellie, about=f"likes {HOSTILE}")
    path = out / "Eleanor Whitfield - data.html"
    customer_data.write(path, ellie)
    source = path.read_text(encoding="utf-8")
    assert HOSTILE not in source and "&lt;script&gt;alert(1)&lt;/script&gt;" in source
    page = _read_page(path)
    assert len(page.scripts) == 1  # the note's tag ended nothing and started nothing
    data = json.loads(page.scripts[0])
    assert data == json.loads(json.dumps(customer_data.gather(ellie)))
    assert data["customer"]["about"] == f"likes {HOSTILE}"
    text = "".join(page.text)
    for heading in ("Who you are to us", "How to reach you", "Family and pets", "Dates",
                    "What we noted (timeline", "Promises and things to ask",
                    "Newsletter consent", "What else is kept"):
        assert heading in text
    assert f"said {HOSTILE} & left" in text and "Fritz — dachshund" in text
    assert 'src="data:image/jpeg;base64,' in source


def test_plain_text_reads_the_same(ellie, out):
    path = out / "ellie.txt"
    customer_data.write(path, ellie)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("What Regulars keeps about Eleanor Whitfield\n")
    photo = len(load(ellie).photo)
    assert f"a photo is kept ({photo} bytes, JPEG)" in text
    assert "Newsletter consent withdrawn (by email)" in text
    assert "What: order the blue size 9" in text and "dark roast" in text


def test_what_the_program_wrote_is_handed_over_with_its_said_and_reads_in_english(ellie,
                                                                                   out):
    """The code of a text the program wrote is the customer's data too; the page and the text
    say the English kept beside it, and amounts as kept, as they always did."""
    redeemed = timeline.redeem(ellie, 5)
    path = out / "ellie.json"
    customer_data.write(path, ellie)
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = {e["id"]: e for e in data["timeline"]}
    assert entries[redeemed]["text"] == "Redeemed 5 points"
    assert entries[redeemed]["said"] == {"template": "Redeemed %Ln point(s)", "values": {"n": 5}}
    assert entries[redeemed]["said"] == json.loads(Interaction.get_by_id(redeemed).said)
    assert all(e["said"] is None for e in entries.values() if e["id"] != redeemed)  # typed
    [right] = [f for f in data["follow_ups"] if f["kind"] == "task"]
    assert right["text"] == f"Make it right: said {HOSTILE} & left"
    assert right["said"] == {"template": "Make it right: {text}",
                             "values": {"text": f"said {HOSTILE} & left"}}
    assert [f["said"] for f in data["follow_ups"] if f["kind"] != "task"] == [None, None]
    page = out / "ellie.html"
    customer_data.write(page, ellie)
    source = page.read_text(encoding="utf-8")
    assert "<td>Redeemed 5 points</td>" in source and "<td>24.50</td>" in source
    assert "<dt>Spent in all</dt><dd>24.50</dd>" in source
    assert "<td>Make it right: said &lt;script&gt;alert(1)&lt;/script&gt; &amp; left</td>" \
        in source
    plain = out / "ellie.txt"
    customer_data.write(plain, ellie)
    text = plain.read_text(encoding="utf-8")
    assert "Note: Redeemed 5 points" in text and "Amount: 24.50" in text
    assert "Spent in all: 24.50" in text
    assert f"What: Make it right: said {HOSTILE} & left" in text


@pytest.mark.parametrize("name", ["ellie.pdf", "ellie", "ellie.html.bak"])
def test_another_ending_is_refused_and_nothing_written(ellie, out, name):
    with pytest.raises(ValidationError, match=r"\.html, \.json or \.txt"):
        customer_data.write(out / name, ellie)
    assert list(out.iterdir()) == []


@pytest.mark.file_only
def test_the_database_is_never_written_over(ellie, store):
    before = store.read_bytes()
    with pytest.raises(RegularsError, match="the database itself"):
        customer_data.write(store, ellie)
    assert store.read_bytes() == before


def test_an_unknown_customer_writes_nothing(store, out):
    with pytest.raises(RegularsError, match="no customer with id 404"):
        customer_data.write(out / "nobody.html", 404)
    assert list(out.iterdir()) == []


def test_the_records_merged_into_a_customer_are_handed_over_with_them(ellie, out):
    from app.core import duplicates

    other = customers.create_customer(
        first_name="Nell", last_name="Whitfield-Brown", about="came as Nell",
        contacts=[("email", "ELLIE@example.com", ""), ("email", "nell@example.com", "")])
    timeline.log(other, "visit", "asked for the green teapot", at=dt.datetime(2026, 10, 2, 9))
    duplicates.merge(ellie, other)
    # An entry logged on the archived record itself stays its own.
    timeline.log(other, "note", "found under the old name", at=dt.datetime(2026, 11, 2, 9))
    path = out / "ellie.html"
    written = customer_data.write(path, ellie)
    data = json.loads(_read_page(path).scripts[0])
    assert [m["customer"]["id"] for m in data["merged_records"]] == [other]
    merged = data["merged_records"][0]
    assert merged["customer"] == _show_json(other)
    assert (merged["customer"]["first_name"], merged["customer"]["about"]) == ("Nell",
                                                                               "came as Nell")
    assert merged["customer_record"]["merged_into"] == ellie
    assert data["customer_record"]["merged_into"] is None
    assert [c["value"] for c in merged["contact_points"]] == ["ELLIE@example.com"]
    assert [e["text"] for e in merged["timeline"]] == ["found under the old name"]
    assert "asked for the green teapot" in [e["text"] for e in data["timeline"]]  # moved
    assert set(merged) >= {"family_and_pets", "important_dates", "follow_ups", "tags",
                           "photo", "reminder_states"}
    assert written.timeline_entries == len(data["timeline"]) + 1
    text = "".join(_read_page(path).text)
    assert f"Who you are to us (record {other}, merged into this one)" in text
    assert "Whitfield-Brown" in text and "found under the old name" in text
    plain = out / "ellie.txt"
    customer_data.write(plain, ellie)
    assert "came as Nell" in plain.read_text(encoding="utf-8")


def test_a_customer_nothing_was_merged_into_has_no_merged_records(ellie):
    assert customer_data.gather(ellie)["merged_records"] == []


# What a German window would say (the window passes its own, see tests/ui): the templates the
# page is made of, and the codes' names, as the translation has them.
GERMAN = {
    "What Regulars keeps about {name}": "Was Regulars über {name} speichert",
    "Who you are to us": "Wer Sie für uns sind",
    "Family and pets": "Familie und Haustiere",
    "Promises and things to ask": "Zusagen und Nachfragen",
    "pet": "Haustier",
    "Purchase": "Kauf",
    "yes": "ja",
    "not yet": "noch nicht",
    "{label}: {value}": "{label}: {value}",
    "Newsletter consent withdrawn ({how})": "Newsletter-Einwilligung widerrufen ({how})",
    "by email": "per E-Mail",
}


def _german(text: str) -> str:
    """A phrase in German where the table has its template, its values said too."""
    template = GERMAN.get(getattr(text, "template", text))
    if template is None:
        return str(text)
    return template.format_map({name: _german(value) if isinstance(value, str) else value
                                for name, value in text.values.items()})


def test_the_page_and_the_text_are_said_as_the_window_says_them_the_json_is_not(ellie, out):
    english = out / "ellie-en.html"
    customer_data.write(english, ellie)
    assert '<html lang="en">' in english.read_text(encoding="utf-8")
    path = out / "ellie.html"
    customer_data.write(path, ellie, _german, "de")
    source = path.read_text(encoding="utf-8")
    assert '<html lang="de">' in source
    page = _read_page(path)
    text = "".join(page.text)
    for said in ("Was Regulars über Eleanor Whitfield speichert", "Wer Sie für uns sind",
                 "Familie und Haustiere", "Haustier", "Fritz — dachshund", "Kauf",
                 "Newsletter-Einwilligung widerrufen (per E-Mail)", "noch nicht"):
        assert said in text, said
    for english_word in ("Who you are to us", "Family and pets", "Newsletter consent withdrawn"):
        assert english_word not in text
    # The data for programs keeps its keys and codes, in English, whatever the page says.
    data = json.loads(page.scripts[0])
    assert data == json.loads(json.dumps(customer_data.gather(ellie)))
    assert {r["relation"] for r in data["family_and_pets"]} >= {"pet", "grandchild"}
    assert data["consent"][0]["said"] == "Newsletter consent withdrawn (by email)"
    plain = out / "ellie.txt"
    customer_data.write(plain, ellie, _german, "de")
    lines = plain.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Was Regulars über Eleanor Whitfield speichert"
    assert "Haustier: Fritz — dachshund" in lines
    json_file = out / "ellie.json"
    customer_data.write(json_file, ellie, _german, "de")
    assert json.loads(json_file.read_text(encoding="utf-8")) == data
