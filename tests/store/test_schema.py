"""Schema versions and upgrades: old files open with every row kept, newer ones untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import DATA as OLD_FILES
from helpers import claim_version

from app.core import session
from app.store import schema
from app.store.models import Customer, db

# About the SQLite file itself: not run again on a server book.
pytestmark = pytest.mark.file_only


def test_new_database_is_at_the_current_version(store: Path):
    assert schema.version(db) == schema.SCHEMA_VERSION


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_old_file_upgrades_and_keeps_every_row(tmp_path: Path, version: int):
    """Files made by each earlier schema version open, upgrade and keep every row."""
    directory = tmp_path / "old"
    directory.mkdir()
    target = directory / "regulars.sqlite3"
    shutil.copy(OLD_FILES / f"regulars-schema-v{version}.sqlite3", target)
    raw = sqlite3.connect(target)
    tables = ("customer", "interaction", "relative", "contact_point", "important_date",
              "follow_up", "tag", "customer_tag", "setting")
    before = {t: raw.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2').fetchall() for t in tables}
    assert raw.execute("PRAGMA user_version").fetchone()[0] == version
    raw.close()

    session.open_data(directory)
    try:
        assert schema.version(db) == schema.SCHEMA_VERSION
        for table in tables:
            rows = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
            assert before[table] or table == "setting", table
            if table == "interaction":  # a balance of loyalty points becomes an entry
                added = rows[len(before[table]):]
                assert all(r[4] == "Loyalty points carried over" for r in added)
                rows = rows[: len(before[table])]
            if table == "setting":  # a shop that was here is asked once where it is
                assert ("ask_place", "true") in rows
                rows = [row for row in rows if row[0] not in ("ask_place", "country")]
            assert len(rows) == len(before[table]), table
            # Every old column keeps its value; new columns are added at the end.
            assert [r[: len(b)] for r, b in zip(rows, before[table], strict=True)] == [
                tuple(b) for b in before[table]], table
        points_before = {r[0]: r[11] for r in before["customer"]}
        points_after = dict(db.execute_sql("SELECT id, loyalty_points FROM customer"))
        assert points_after == points_before
        from app.core import directory as listing
        from app.core.profile import load

        found = listing.summaries(listing.customer_ids("fritz"))
        assert [s.name for s in found] == ["Eleanor Whitfield"]
        assert listing.customer_ids("dark roast")  # interaction text is indexed too
        assert load(found[0].id).visit_count >= 1
        eleanor = Customer.get_by_id(found[0].id)
        assert eleanor.last_visit is not None and eleanor.first_visit <= eleanor.last_visit
        # The owner's customers are never taken for samples.
        assert Customer.select().where(Customer.sample).count() == 0
    finally:
        session.close()


def test_a_file_from_a_newer_release_is_refused_untouched(tmp_path: Path):
    directory = tmp_path / "new"
    session.open_data(directory)
    db.execute_sql("PRAGMA user_version = 99")
    session.close()
    path = directory / "regulars.sqlite3"
    before = path.read_bytes()
    with pytest.raises(schema.SchemaTooNewError, match="newer"):
        session.open_data(directory)
    session.close()
    assert path.read_bytes() == before


def test_a_failing_step_leaves_the_file_at_the_old_version(tmp_path: Path, monkeypatch):
    session.open_data(tmp_path / "d")
    try:
        def broken(database):
            database.execute_sql("CREATE TABLE half_done (x)")
            raise RuntimeError("power cut")

        monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, broken))
        monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.STEPS))
        with pytest.raises(RuntimeError):
            schema.upgrade(db)
        assert schema.version(db) == schema.SCHEMA_VERSION - 1
        tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
    finally:
        session.close()


def _a_file_at(directory: Path, version: int, *statements: tuple[str, tuple]) -> None:
    """A data folder whose file is at an earlier `version`, with these rows written into it."""
    from peewee import SqliteDatabase

    directory.mkdir()
    old = SqliteDatabase(str(directory / "regulars.sqlite3"))
    old.connect()
    schema.upgrade(old, version)
    for sql, params in statements:
        old.execute_sql(sql, params)
    old.close()


def _customer_one(**columns: object) -> tuple[str, tuple]:
    """The insert of customer 1 as any schema version has it: its NOT NULL columns, then
    `columns`."""
    row: dict[str, object] = {
        "id": 1, "first_name": "Ann", "last_name": "", "nickname": "", "company": "",
        "about": "", "preferred_channel": "", "newsletter": 0, "loyalty_points": 0,
        "created_at": "2026-01-01", "updated_at": "2026-01-01", "sort_name": "ann",
        "tag_list": "", "total_spent_cents": 0, "visit_count": 0, "interaction_count": 0,
        **columns}
    return (f"INSERT INTO customer ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()))


def test_version_7_makes_faxes_their_own_kind_and_adds_work_and_card_ids(tmp_path: Path):
    directory = tmp_path / "six"
    _a_file_at(directory, 6, _customer_one(last_name="Lee", sort_name="lee ann"), *((
            "INSERT INTO contact_point (customer_id, kind, label, value, normalized, position) "
            "VALUES (1, 'phone', ?, '0123 456', '', 0)", (label,))
            for label in ("Work Fax", "fax", "mobile")))
    session.open_data(directory)
    try:
        kinds = db.execute_sql("SELECT kind, label FROM contact_point ORDER BY id").fetchall()
        assert kinds == [("fax", "Work"), ("fax", ""), ("phone", "mobile")]
        ann = Customer.get_by_id(1)
        assert (ann.job_title, ann.role, ann.source_uid) == ("", "", "")
    finally:
        session.close()


def test_version_8_keeps_the_days_reminders_ask_about(tmp_path: Path):
    import datetime as dt

    directory = tmp_path / "seven"
    _a_file_at(directory, 7, _customer_one(
        contact_every_days=30, visit_count=3, interaction_count=3,
        first_visit="2026-03-01 10:00:00", last_visit="2026-03-15 10:00:00",
        last_contact="2026-03-15 10:00:00"))
    session.open_data(directory)
    try:
        ann = Customer.get_by_id(1)
        # every 7 days: away 28 days after the last visit; due 30 days after the last contact
        assert (ann.lapse_on, ann.contact_due) == (dt.date(2026, 4, 13), dt.date(2026, 4, 14))
    finally:
        session.close()


def test_version_9_fills_the_agenda_today_reads(tmp_path: Path):
    import datetime as dt

    from app.core import reminders

    directory = tmp_path / "eight"
    _a_file_at(
        directory, 8, _customer_one(nickname="Annie"),
        ("INSERT INTO relative (id, customer_id, name, relation, notes) "
         "VALUES (1, 1, 'Rex', 'pet', 'spaniel')", ()),
        ("INSERT INTO important_date (customer_id, relative_id, kind, label, month, day, year) "
         "VALUES (1, 1, 'birthday', '', 12, 5, 2020)", ()),
        ("INSERT INTO follow_up (customer_id, kind, text, due, created_at) "
         "VALUES (1, 'promise', 'the blue scarf', '2026-12-01', '2026-11-01')", ()))
    session.open_data(directory)
    try:
        assert [(r.date.isoformat(), r.text) for r in reminders.due(dt.date(2026, 12, 3), 7)] == [
            ("2026-12-01", "Annie — Promised: the blue scarf"),
            ("2026-12-05", "Rex's birthday, Annie's spaniel (turns 6)"),
        ]
    finally:
        session.close()


def test_version_10_lists_two_letters_from_the_starts_of_the_names(tmp_path: Path):
    from app.store import search

    directory = tmp_path / "nine"
    archived = _customer_one(id=2, first_name="Mary", last_name="Archer", sort_name="archer mary",
                             archived_at="2026-02-01")
    _a_file_at(directory, 9, _customer_one(last_name="McBride", nickname="Maisie",
                                            sort_name="mcbride ann"), archived)
    session.open_data(directory)
    try:
        starts = db.execute_sql("SELECT start, customer_id FROM name_start ORDER BY 1").fetchall()
        assert starts == [("an", 1), ("ma", 1), ("mc", 1)]  # the archived have none
        assert search.search_ids(db, "ma") == [1]
        assert search.count(db, "ma") == 1
    finally:
        session.close()


def test_a_shop_from_before_is_asked_once_with_what_it_had_set_as_the_guess(tmp_path: Path):
    import json

    from app.core import demo, settings

    session.open_data(tmp_path)
    try:
        demo.generate(2, seed=1)
        for key, value in (("phone_region", "UK"), ("currency_symbol", "£")):
            db.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                           (key, json.dumps(value)))
        db.execute_sql("DELETE FROM setting WHERE key IN ('ask_place', 'country', 'currency')")
        claim_version(10)
    finally:
        session.close()
    session.open_data(tmp_path)
    try:
        assert (settings.get("ask_place"), settings.get("country"),
                settings.get("currency")) == (True, "GB", "GBP")
        assert not db.execute_sql(
            "SELECT 1 FROM setting WHERE key = 'currency_symbol'").fetchall()
    finally:
        session.close()


def test_a_new_shop_is_not_asked_after_the_first_page(tmp_path: Path):
    from app.core import settings

    session.open_data(tmp_path)
    try:
        assert settings.get("ask_place") is False and not settings.stored("country")
    finally:
        session.close()


@pytest.mark.parametrize(("language", "expected"), [
    ("de", ["Nuñez", "Nuno", "Oehler", "Öztürk", "Ofen", "Ozean"]),
    ("es", ["Nuno", "Nuñez", "Oehler", "Ofen", "Ozean", "Öztürk"]),
    ("fr", ["Nuñez", "Nuno", "Oehler", "Ofen", "Ozean", "Öztürk"]),
])
def test_version_12_sorts_the_names_as_the_shops_language_orders_them(
        tmp_path: Path, language: str, expected: list[str]):
    import datetime as dt
    import json

    from app.core import customers, directory, followups
    from app.store import search

    session.open_data(tmp_path)
    try:
        for name in ("Ozean", "Öztürk", "Ofen", "Oehler", "Nuñez", "Nuno"):
            cid = customers.create_customer(last_name=name)
            followups.add(cid, "call back", dt.date(2026, 12, 1))
        # A shop of version 11 that chose its language: its keys were made plainly.
        db.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('language', ?)",
                       (json.dumps(language),))
        claim_version(11)
    finally:
        session.close()
    session.open_data(tmp_path)
    try:
        def names(ids: list[int]) -> list[str]:
            return [Customer.get_by_id(cid).last_name for cid in ids]

        assert names(directory.customer_ids()) == expected
        assert names(search.search_ids(db, "o")) == [n for n in expected if n[0] in "OÖ"]
        for table in ("agenda", "name_start"):  # their copies of the keys follow
            assert not db.execute_sql(
                f"SELECT 1 FROM {table} t JOIN customer c ON c.id = t.customer_id "
                "WHERE t.sort_name != c.sort_name").fetchall(), table
    finally:
        session.close()


def _entry(entry_id: int, kind: str, text: str, points: int | None = None) -> tuple[str, tuple]:
    return ("INSERT INTO interaction (id, customer_id, kind, at, text, points, pinned, "
            "created_at, updated_at) VALUES (?, 1, ?, '2026-11-20 10:00:00', ?, ?, 0, "
            "'2026-11-20 10:00:00', '2026-11-20 10:00:00')", (entry_id, kind, text, points))


def _follow_up(follow_up_id: int, kind: str, text: str, source: int | None = None,
               done: bool = True) -> tuple[str, tuple]:
    return ("INSERT INTO follow_up (id, customer_id, kind, text, due, done_at, created_at, "
            "source_id) VALUES (?, 1, ?, ?, '2026-11-21', ?, '2026-11-20', ?)",
            (follow_up_id, kind, text, "2026-11-21 09:00:00" if done else None, source))


# What versions before 13 wrote (kind, text, points), and the template each is read as.
WRITTEN_BEFORE = {
    1: ("call", "Thank-you call: a top customer this week", None,
        "Thank-you call: a top customer this week"),
    2: ("message", "Sent a card (Ann's birthday (turns 40))", None, "Sent a card ({occasion})"),
    3: ("note", "Redeemed 20 points: free coffee", -20, "Redeemed %Ln point(s): {note}"),
    4: ("note", "Redeemed 3 points", -3, "Redeemed %Ln point(s)"),
    5: ("note", "Done: Make it right: cold coffee", None, "Done: {text}"),
    6: ("email", "Greeting prepared by email: Happy birthday, Ann! Warm wishes from all of us.",
        None, "Greeting prepared by email: {greeting}"),
    7: ("visit", "Saw them", None, "Saw them"),
    8: ("message", "Sent wishes: Lena's birthday, Ann's child", None, "Sent wishes: {occasion}"),
    9: ("message", "Got in touch: we missed you (Ann usually comes every 12 days; last visit "
        "40 days ago)", None, "Got in touch: we missed you ({short} usually comes every "
        "{usual} days; last visit {away} days ago)"),
    10: ("note", "Loyalty points carried over", 35, "Loyalty points carried over"),
    11: ("note", "Done: Promised: the blue scarf", None, "Done: {text}"),
    12: ("email", "Got in touch (reminder)", None, "Got in touch (reminder)"),
    13: ("message", "Greeting copied to send: Happy birthday!\nSee you soon", None,
         "Greeting copied to send: {greeting}"),
}
# What the owner wrote, in words like the program's: left as it is.
TYPED = {
    20: ("note", "Redeemed 20 points", None),  # no points taken off: the owner's note
    21: ("note", "Done: call the supplier", None),  # no follow-up of those words was closed
    22: ("note", "Saw them", None),  # the program logs seeing them as a visit
    23: ("feedback", "cold coffee", None),
    24: ("call", "thank-you call: a top customer this week", None),
}


def test_version_13_reads_what_the_program_wrote_as_its_code_and_leaves_the_owners_words(
        tmp_path: Path):
    import json

    from app.core import followups, reminders, timeline  # noqa: F401 (counted templates)
    from app.core.phrases import Phrase

    directory = tmp_path / "twelve"
    _a_file_at(directory, 12, _customer_one(loyalty_points=32),
               *(_entry(i, kind, text, points)
                 for i, (kind, text, points, _t) in WRITTEN_BEFORE.items()),
               *(_entry(i, kind, text, points) for i, (kind, text, points) in TYPED.items()),
               _follow_up(1, "task", "Make it right: cold coffee", source=23),
               _follow_up(2, "promise", "the blue scarf"),
               _follow_up(3, "task", "Make it right: the mug", done=False),
               _follow_up(4, "task", "call the supplier", done=False))
    session.open_data(directory)
    try:
        stored = dict(db.execute_sql("SELECT id, text FROM interaction"))
        for entry_id, (_kind, text, _points, template) in WRITTEN_BEFORE.items():
            assert stored[entry_id] == text  # the English stays for search and the command line
            read = timeline.get_entry(entry_id).text
            assert isinstance(read, Phrase) and read.template == template, text
            assert read == text
        for entry_id in TYPED:
            said = db.execute_sql("SELECT said FROM interaction WHERE id = ?", (entry_id,))
            assert said.fetchone() == (None,), TYPED[entry_id]
        card = timeline.get_entry(2).text.values["occasion"]
        assert (card.template, card.values["said"].template) == ("{said} ({detail})",
                                                                  "{short}'s birthday")
        assert card.values["detail"].values == {"years": 40}
        # Done on a make-it-right keeps the follow-up's own code; an older Done names it.
        done = timeline.get_entry(5).text.values["text"]
        assert (done.template, done.values) == ("Make it right: {text}", {"text": "cold coffee"})
        assert timeline.get_entry(11).text.values == {"text": "Promised: the blue scarf"}
        assert timeline.get_entry(3).text.values == {"n": 20, "note": "free coffee"}
        tasks = {f.text: f.text for f in followups.open_for(1)}
        assert tasks["Make it right: the mug"].values == {"text": "the mug"}
        assert not isinstance(tasks["call the supplier"], Phrase)
        right = db.execute_sql("SELECT said FROM follow_up WHERE id = 1").fetchone()[0]
        assert json.loads(right) == {"template": "Make it right: {text}",
                                     "values": {"text": "cold coffee"}}
        # What is written now is found by its English, as before.
        from app.core import directory as listing

        timeline.redeem(1, 4, "a mug")
        assert listing.customer_ids("redeemed mug") == [1]
    finally:
        session.close()


def test_version_14_gives_today_the_code_of_a_follow_up_the_program_wrote(tmp_path: Path):
    """A make-it-right an earlier version wrote in English, in the agenda since version 9 and
    recognised by version 13, reaches Today as its phrase; the owner's own words stay words."""
    import datetime as dt

    from app.core import reminders
    from app.core.phrases import Phrase

    directory = tmp_path / "eight"
    _a_file_at(directory, 8, _customer_one(nickname="Annie"),
               _follow_up(1, "task", "Make it right: cold coffee", done=False),
               _follow_up(2, "task", "call the supplier", done=False))
    session.open_data(directory)
    try:
        kept = dict(db.execute_sql("SELECT ref, said FROM agenda"))
        assert kept[2] is None
        assert kept[1] == db.execute_sql("SELECT said FROM follow_up WHERE id = 1").fetchone()[0]
        found = reminders.due(dt.date(2026, 11, 23), 7)
        assert [r.text for r in found] == ["Annie — To do: Make it right: cold coffee",
                                           "Annie — To do: call the supplier"]
        right, typed = (r.text.values["text"] for r in found)
        assert isinstance(right, Phrase) and right.values == {"text": "cold coffee"}
        assert not isinstance(typed, Phrase)
    finally:
        session.close()


def test_version_15_makes_newsletter_consent_a_history_and_never_gives_an_id_again(
        tmp_path: Path):
    """Each customer's newsletter flag and its date become their first consent record; every
    row of the customer table stays as it was, with its timeline; and once the customer with
    the highest id is gone, the next one made gets a new id, not theirs."""
    import datetime as dt

    from app.core import consent, customers, edits
    from app.core.operations import perform

    directory = tmp_path / "fourteen"
    agreed = _customer_one(newsletter=1, newsletter_since="2026-05-01")
    not_asked = _customer_one(id=2, first_name="Bea", sort_name="bea")
    visit = ("INSERT INTO interaction (customer_id, kind, at, text, pinned, created_at, "
             "updated_at) VALUES (2, 'visit', '2026-06-01 10:00:00', '', 0, '2026-06-01', "
             "'2026-06-01')", ())
    _a_file_at(directory, 14, agreed, not_asked, visit)
    session.open_data(directory)
    try:
        assert [(r.given, r.at, r.how) for r in consent.history(1)] == [
            (True, dt.datetime(2026, 5, 1), "earlier")]
        assert consent.history(2) == []
        assert db.execute_sql("SELECT count(*) FROM interaction WHERE customer_id = 2"
                              ).fetchone()[0] == 1
        assert Customer.get_by_id(1).newsletter and not Customer.get_by_id(2).newsletter
        perform(edits.erase_customer(2))
        assert customers.create_customer(first_name="Cleo") == 3
    finally:
        session.close()


def test_version_16_finds_a_name_with_a_sharp_s_typed_as_it_is_written(tmp_path: Path):
    from app.store import search

    directory = tmp_path / "fifteen"
    # The customer and their search row as version 15 wrote them: the name as it is.
    _a_file_at(directory, 15, _customer_one(last_name="Groß", sort_name="gross ann"),
               ("INSERT INTO customer_fts (rowid, name, family, contact, tags, about, notes) "
                "VALUES (1, ?, '', '', '', '', '')", ("Ann\nGroß",)))
    session.open_data(directory)
    try:
        assert search.search_ids(db, "groß") == [1]
        assert search.search_ids(db, "Gross") == [1]
    finally:
        session.close()


def test_version_17_names_no_counter_on_what_was_written_before(tmp_path: Path):
    directory = tmp_path / "sixteen"
    _a_file_at(directory, 16, _customer_one(),
               ("INSERT INTO interaction (customer_id, kind, at, text, pinned, created_at, "
                "updated_at) VALUES (1, 'visit', '2026-01-02', 'hello', 0, '2026-01-02', "
                "'2026-01-02')", ()),
               ("INSERT INTO follow_up (customer_id, kind, text, created_at) "
                "VALUES (1, 'promise', 'the blue one', '2026-01-02')", ()))
    session.open_data(directory)
    try:
        assert db.execute_sql("SELECT counter FROM interaction").fetchall() == [("",)]
        assert db.execute_sql("SELECT counter FROM follow_up").fetchall() == [("",)]
    finally:
        session.close()
