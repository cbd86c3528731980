"""Sample customers: varied like a real shop, and the same shop for the same seed."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core import clock, customers, demo, directory, timeline
from app.core.errors import ValidationError
from app.core.profile import load_many
from app.store.models import Customer, Interaction, Tag, db


def shop(seed: int, count: int = 40) -> list:
    return load_many(demo.generate(count, seed=seed))


def test_sample_customers_are_varied(store):
    people = shop(seed=7)
    assert directory.count() == 40
    assert any(r.relation == "pet" for p in people for r in p.relatives)
    assert any(r.relation in ("child", "grandchild") for p in people for r in p.relatives)
    assert any(d.year is None for p in people for d in p.dates)
    assert any(d.year is not None for p in people for d in p.dates)
    assert any(p.follow_ups for p in people)
    assert any(not name.isascii() for name in (p.name for p in people))  # García, Zoë…
    kinds = {i.kind for i in Interaction.select(Interaction.kind)}
    assert {"visit", "purchase", "note"} <= kinds
    # The derived fields were filled in, as after any write.
    assert any(p.total_spent > 0 and p.last_contact is not None for p in people)


def test_the_same_seed_gives_the_same_shop(store):
    first = [(p.name, p.nickname, p.about) for p in shop(seed=3, count=15)]
    second = [(p.name, p.nickname, p.about) for p in shop(seed=3, count=15)]
    other = [(p.name, p.nickname, p.about) for p in shop(seed=4, count=15)]
    assert first == second
    assert first != other


def test_progress_is_told_and_the_number_of_entries_can_be_asked_for(store):
    seen = []
    ids = demo.generate(1000, seed=1, interactions_per_customer=2,
                        progress=lambda done, total: seen.append((done, total)))
    assert seen == [(500, 1000), (1000, 1000), (1000, 1000)]
    assert len(ids) == 1000 == directory.count()
    assert 1000 <= Interaction.select().count() <= 4000  # about two each


def test_samples_go_into_an_empty_book_only_and_are_marked(store):
    ids = demo.load(5)
    assert demo.count() == 5
    assert all(Customer.get_by_id(cid).sample for cid in ids)
    with pytest.raises(ValidationError, match="empty customer book only: there are already "
                                              "5 customers here"):
        demo.load(5)
    assert demo.count() == 5


def test_removing_the_samples_takes_what_they_brought_and_leaves_the_owners(store):
    ids = demo.generate(12, seed=2)
    ana = customers.create_customer([("phone", "07700 900123", "mobile")], first_name="Ana")
    customers.set_tags(ana, ["VIP"])
    customers.add_relative(ana, "Biscuit", "pet", "golden retriever")
    timeline.log(ana, "visit", "came in")
    assert sorted(demo.remove()) == sorted(ids)
    assert directory.count(include_archived=True) == 1 and demo.count() == 0
    for table in ("contact_point", "relative", "interaction", "customer_tag"):
        owners = {r[0] for r in db.execute_sql(f"SELECT customer_id FROM {table}")}
        assert owners == {ana}, table
    for table in ("important_date", "follow_up"):
        assert not db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0], table
    assert [t.name for t in Tag.select()] == ["VIP"]
    assert directory.customer_ids("biscuit") == [ana]  # the search index follows
    with pytest.raises(ValidationError, match="no sample customers"):
        demo.remove()


def test_nothing_is_dated_after_the_moment_the_samples_are_made(store):
    ids = demo.generate(60, seed=1)  # the clock stands at 10:30; one shop hour is 18:00
    now = clock.now()
    assert not Interaction.select().where(Interaction.at > now).count()
    assert not Customer.select().where(Customer.created_at > now).count()
    assert len(ids) == 60


def _consent_rows() -> list[tuple]:
    return db.execute_sql("SELECT customer_id, given, at, how FROM consent "
                          "ORDER BY customer_id, at").fetchall()


def test_sample_consent_is_a_history_and_the_flag_follows_the_latest_word(store):
    ids = demo.generate(200, seed=6)
    rows = _consent_rows()
    assert {how for _cid, given, _at, how in rows if given} == {"in_person", "signed_form"}
    withdrawn = {cid for cid, given, _at, how in rows if not given and how == "email"}
    assert withdrawn and all(not p.newsletter for p in load_many(sorted(withdrawn)))
    latest = {cid: (given, at) for cid, given, at, _how in rows}  # ordered: the last wins
    for p in load_many(ids):
        given, at = latest.get(p.id, (0, None))
        assert p.newsletter is bool(given)
        assert p.newsletter_since == (dt.date.fromisoformat(at[:10]) if given else None)
    assert max(at for _cid, _given, at, _how in rows) <= str(clock.now())
    demo.remove()
    demo.generate(200, seed=6)
    assert [row[1:] for row in _consent_rows()] == [row[1:] for row in rows]
