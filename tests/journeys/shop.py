"""What a journey reads back from the database to check what the window did."""

from __future__ import annotations

from app.core import customers, directory, profile, timeline


def customer_named(name: str) -> int:
    found = [cid for cid in directory.customer_ids(name) if profile.load(cid).name == name]
    assert len(found) == 1, f"{len(found)} customers are called {name!r}"
    return found[0]


def entries(customer_id: int) -> list[timeline.Entry]:
    return timeline.entries(customer_id, 0, 500)


def added(customer_id: int, before: list[timeline.Entry]) -> list[tuple[str, str]]:
    """(kind, text) of what is on the timeline now and was not before."""
    return [(e.kind, e.text) for e in entries(customer_id) if e not in before]


def open_eleanor(start, person) -> int:
    """Eleanor, alone in a new shop, found by her name and open on her Details tab."""
    start(prepare=lambda: customers.create_customer(first_name="Eleanor"))
    cid = directory.customer_ids("Eleanor")[0]
    person.press("Ctrl+F")
    person.type("Eleanor")
    person.press("Enter")
    person.click("Details")
    return cid
