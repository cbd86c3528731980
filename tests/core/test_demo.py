"""Sample customers: varied like a real shop, and the same shop for the same seed."""

from __future__ import annotations

from app.core import demo, directory
from app.core.profile import load_many
from app.store.models import Interaction


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
