"""Sample customers: tried once on an empty shop, taken away whole when the real ones come,
and never dated after the moment they were made."""

from __future__ import annotations

from pathlib import Path

from app.core import clock, demo, directory, reminders, timeline
from app.core.profile import load

REAL_CARD = """BEGIN:VCARD
VERSION:3.0
N:Quint;Odile;;;
FN:Odile Quint
TEL;TYPE=CELL:+44 7700 900999
EMAIL:odile.quint@example.org
END:VCARD
"""


def _import(person, path: Path) -> None:
    """File > Import customers…: the path typed, Next, Import, Finish."""
    person.press("Ctrl+I")
    person.type(str(path))
    person.click("Next")
    person.waits_to_see("Will add 1 new customer,")
    person.click("Import")
    person.waits_to_see("Done: added 1", timeout=10_000)
    person.click("Finish")


def test_the_samples_cannot_be_added_again_once_there(regular, person):
    offered = person.menu("File")
    assert "Add sample customers" not in offered
    assert "Remove the sample customers" in offered


def test_removing_the_samples_keeps_the_real_customers_and_undoes_in_one_step(
        regular, person, tmp_path: Path):
    card = tmp_path / "odile.vcf"
    card.write_text(REAL_CARD, encoding="utf-8")
    _import(person, card)
    everyone = directory.customer_ids("", include_archived=True)
    assert len(everyone) == 61
    odile = directory.customer_ids("Odile Quint")
    samples = [cid for cid in everyone if cid not in odile]
    today = clock.today()
    keys = [r.key for r in reminders.due(today, 30) if r.customer_id in samples]
    assert reminders.states(keys), "the window has shown the samples' reminders"

    person.choose("File", "Remove the sample customers")
    assert person.sees("Remove the 60 sample customers?")
    person.click("Remove 60 sample customers")

    assert directory.customer_ids("", include_archived=True) == odile
    assert load(odile[0]).name == "Odile Quint"
    assert not reminders.states(keys)
    assert not [r for r in reminders.due(today, 366) if r.customer_id in samples]
    assert "Remove the sample customers" not in person.menu("File")
    assert person.sees("Odile Quint")

    person.press("Ctrl+Z")
    assert sorted(directory.customer_ids("", include_archived=True)) == sorted(everyone)
    assert sum(timeline.count(cid) for cid in samples) > 60
    assert reminders.states(keys)
    person.press("Ctrl+Shift+Z")
    assert directory.customer_ids("", include_archived=True) == odile


def test_removing_the_only_customers_brings_back_the_first_page(regular, person):
    person.choose("File", "Remove the sample customers")
    person.click("Remove 60 sample customers")
    assert directory.customer_ids("", include_archived=True) == []
    assert person.sees("Try with sample customers")
    offered = person.menu("File")
    assert "Add sample customers" in offered
    assert "Remove the sample customers" not in offered


def test_cancel_removes_nothing(regular, person):
    person.choose("File", "Remove the sample customers")
    person.click("Cancel")
    assert len(directory.customer_ids("", include_archived=True)) == 60
    assert demo.count() == 60


def test_nothing_in_the_samples_happens_after_now(opened, person):
    person.click("Try with sample customers")
    now = clock.now()
    ids = directory.customer_ids("", include_archived=True)
    assert len(ids) == 60
    late = [(cid, entry.kind, entry.at) for cid in ids
            for entry in timeline.entries(cid, limit=1000) if entry.at > now]
    assert late == []
