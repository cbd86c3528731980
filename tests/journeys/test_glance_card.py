"""The glance card at the counter: whole on a small screen, the same height for everyone,
today's dates and promises on their own line, and only names while the screen faces the shop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel

from app.core import clock, customers, directory, followups, timeline
from app.core.profile import load
from tests.journeys.clipping import problems
from tests.journeys.person import plain

FAMILY = (("Xanthe", "partner", ""), ("Quilla", "child", "valedictorian 2026"),
          ("Ysolde", "child", ""), ("Wendeline", "child", "plays football"),
          ("Zebedee", "grandchild", ""), ("Ulrika", "grandchild", ""),
          ("Fennimore", "pet", "beagle"), ("Pickwick", "pet", "tabby cat"))


def _find(person, words: str) -> None:
    person.press("Ctrl+F")
    person.type(words)
    person.press("Enter")


def _card_texts(window) -> list[str]:
    return [plain(label.text()) for label in window.glance.findChildren(QLabel)
            if label.isVisible() and label.text()]


def _tabs_top(window) -> int:
    return window.tabs.tabBar().mapTo(window, QPoint(0, 0)).y()


def _big_family(start, more: Callable[[int], object] = lambda _cid: None):
    """The window started again over a shop where a sample customer with no family yet and a
    name of their own (typed on any keyboard) has been given eight relatives, the eldest
    child born in 2008, and what `more` adds."""
    cid = next(c for c in directory.customer_ids() if not load(c).relatives
               and load(c).name.isascii() and len(directory.customer_ids(load(c).name)) == 1)

    def prepare() -> None:
        for name, relation, notes in FAMILY:
            rid = customers.add_relative(cid, name, relation, notes)
            if name == "Quilla":
                customers.add_date(cid, "birthday", 5, 2, 2008, relative_id=rid)
        more(cid)

    return start(prepare=prepare), cid


def test_the_card_is_whole_at_1024_by_600(regular, person):
    person.resize_window(1024, 600)
    _find(person, "luna")
    assert person.sees("Luna (tabby cat)")
    assert problems(regular.glance) == []
    phone = load(regular.right.customer_id).contacts_of("phone")[0].value
    assert any(phone in text for text in _card_texts(regular)), "the card shows no phone"


def test_a_large_family_shows_what_fits_and_the_rest_on_demand(regular, start, person):
    regular, cid = _big_family(start)
    person.resize_window(1024, 600)
    _find(person, "luna")
    tabs_before = _tabs_top(regular)
    _find(person, load(cid).name)
    assert regular.right.customer_id == cid
    assert problems(regular.glance) == []
    assert _tabs_top(regular) == tabs_before, "the tabs moved under the mouse"
    more = next(t for t in _card_texts(regular) if t.startswith("+") and t.endswith("more"))
    hidden = int(more.split()[0][1:])
    card = " ".join(_card_texts(regular))
    shown = [name for name, _r, _n in FAMILY if name in card]
    assert len(shown) + hidden == len(FAMILY)
    rest = person.hover(more)
    assert all(name in rest for name, _r, _n in FAMILY if name not in shown)
    person.click(more)
    assert all(person.sees(name) for name, _r, _n in FAMILY)  # the rest, shown by the click
    person.resize_window(1366, 768)
    assert problems(regular.glance) == []


def test_today_stands_out_at_the_top_of_the_card(regular, start, person):
    today = clock.today()

    def more(cid: int) -> None:
        customers.add_date(cid, "anniversary", today.month, today.day, 2001)
        followups.add(cid, "bring the repaired watch", today)
        followups.add(cid, "order the blue scarf", today + dt.timedelta(days=5))

    regular, cid = _big_family(start, more)
    _find(person, load(cid).name)
    card = regular.glance
    lines = [label for label in card.findChildren(QLabel)
             if label.isVisible() and plain(label.text()).startswith("Today:")]
    assert len(lines) == 1, f"no line of its own for today: {_card_texts(regular)}"
    line = lines[0]
    assert "anniversary" in line.text() and "bring the repaired watch" in line.text()
    assert "scarf" not in line.text()
    assert line.font().bold()
    family = next(label for label in card.findChildren(QLabel) if "Xanthe" in label.text())
    assert line.mapTo(card, QPoint(0, 0)).y() < family.mapTo(card, QPoint(0, 0)).y()
    stats = [t for t in _card_texts(regular) if "visit" in t and "·" in t]
    assert stats and not any("today" in t for t in stats)


def test_privacy_shows_names_only(regular, start, person):
    def more(cid: int) -> None:
        timeline.log(cid, "purchase", "a silver ring", "129.00")
        followups.add(cid, "bring the repaired watch", clock.today())

    regular, cid = _big_family(start, more)
    _find(person, load(cid).name)
    person.press("F8")
    profile = load(cid)
    texts = " ".join(_card_texts(regular))
    assert (profile.nickname or profile.first_name) in texts
    for name, _relation, _notes in FAMILY[:4]:
        assert name in texts
    for secret in ("valedictorian", "plays football", "18", "2008", "129.00", "silver ring",
                   "repaired watch", "partner", "beagle",
                   *(c.value for c in profile.contacts)):
        assert secret not in texts, f"{secret!r} shows in privacy mode"
    assert problems(regular.glance) == []


def test_a_returning_owner_sees_the_customer_last_opened(regular, start, person):
    with clock.frozen(clock.now() + dt.timedelta(minutes=5)):  # later, a regular comes in
        _find(person, "luna")
    opened = regular.right.customer_id
    window = start()
    assert window.right.customer_id == opened
    assert person.sees(load(opened).nickname or load(opened).first_name)
    assert window.glance.isVisible()
    QApplication.processEvents()
