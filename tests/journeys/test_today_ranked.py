"""The Today list, the tray and `regulars reminders` put first what matters today: today's
anniversary, then the promises overdue (oldest first), then the regulars who stopped coming this
week; those who stopped coming earlier wait for the weekly review."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from app.core import customers, followups, session, settings, timeline
from app.store.refresh import LAPSED_FACTOR, LAPSED_SLACK_DAYS
from tests.conftest import TODAY
from tests.journeys.shop import customer_named
from tests.test_cli import run

DAY = TODAY.date()
ANNIVERSARY = "Today · Ann's anniversary (12 years)"
OLDEST_PROMISE = "overdue 5 days · Ellie — Promised: order the blue size 9"
NEWER_PROMISE = "overdue 3 days · Bob — Promised: ring about the repair"
NAMES = ("Abel", "Ames", "Bram", "Cleo", "Dara", "Enzo", "Faye", "Gil", "Hana", "Ivo", "Jude",
         "Kai", "Lena", "Milo", "Nora", "Otto", "Pia", "Quin", "Rafe", "Sage", "Tara", "Uma",
         "Vito", "Wren", "Xena", "Yuri", "Zola", "Arlo", "Bea", "Cyd")
# The days ago each crossed their rhythm: in the last week (told today), or before (not).
AGO = (0, 1, 2, 4, 6, *range(7, 32))
RECENT = 5


def _stopped_on(name: str, gap: int, crossed: dt.date) -> None:
    """A regular with three visits `gap` days apart, the last timed so that the time away
    crosses their own rhythm on `crossed`."""
    away = int(max(LAPSED_FACTOR * gap, gap + LAPSED_SLACK_DAYS)) + 1
    last = dt.datetime.combine(crossed - dt.timedelta(days=away), dt.time(11, 0))
    cid = customers.create_customer(first_name=name, last_name="Regular")
    for visit in (2, 1, 0):
        timeline.log(cid, "visit", at=last - dt.timedelta(days=gap * visit))


def ranked_shop() -> None:
    """An anniversary today, two promises overdue, thirty regulars who stopped coming: the
    first RECENT of them over the last six days, the others from 7 to 31 days ago."""
    ann = customers.create_customer(first_name="Ann", last_name="Keane")
    customers.add_date(ann, kind="anniversary", month=11, day=23, year=2014)
    bob = customers.create_customer(first_name="Bob", last_name="Quill")
    followups.add(bob, "ring about the repair", due=dt.date(2026, 11, 20), kind="promise")
    ellie = customers.create_customer(first_name="Eleanor", last_name="Marsh", nickname="Ellie")
    followups.add(ellie, "order the blue size 9", due=dt.date(2026, 11, 18), kind="promise")
    for n, (name, ago) in enumerate(zip(NAMES, AGO, strict=True)):
        _stopped_on(name, 7 + n % 9, DAY - dt.timedelta(days=ago))


def test_today_comes_first_then_overdue_promises_then_who_stopped_coming_lately(start, person):
    start(ranked_shop)
    person.waits_to_see(ANNIVERSARY)
    rows = person.list_rows(ANNIVERSARY)
    assert rows[:3] == [ANNIVERSARY, OLDEST_PROMISE, NEWER_PROMISE]
    assert len(rows) == 3 + RECENT
    assert f"Today: 3 · {RECENT} to get in touch" in person.texts()
    shown = " ".join(rows)
    for n, name in enumerate(NAMES):
        assert (f"{name}: usually every" in shown) == (n < RECENT), name
    assert person.status() == (f"Today: 3 · {RECENT} to get in touch. First: {ANNIVERSARY}. "
                               "See the Today list.")


def test_a_click_on_a_row_opens_its_customer(start, person):
    window = start(ranked_shop)
    person.waits_to_see(ANNIVERSARY)
    person.click(NEWER_PROMISE)
    assert window.right.customer_id == customer_named("Bob Quill")
    person.click("Done")
    assert [f.text for f, _n in followups.all_open()] == ["order the blue size 9"]


def test_a_double_click_opens_the_customer_once(start, person):
    window = start(ranked_shop)
    person.waits_to_see(ANNIVERSARY)
    opened: list[int] = []
    window.today.open_customer.connect(opened.append)
    person.double_click(NEWER_PROMISE)
    assert opened == [customer_named("Bob Quill")]
    assert window.right.customer_id == customer_named("Bob Quill")


def test_where_the_desktop_opens_items_on_a_click_a_click_opens_the_customer_once(start,
                                                                                   person):
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class OpensOnAClick(QProxyStyle):  # as KDE's "single click opens" setting makes it
        def styleHint(self, hint, *args):  # noqa: N802
            if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
                return 1
            return super().styleHint(hint, *args)

    window = start(ranked_shop)
    person.waits_to_see(ANNIVERSARY)
    style = OpensOnAClick("Fusion")
    style.setParent(window.today.list)  # lives as long as the list that uses it
    window.today.list.setStyle(style)
    opened: list[int] = []
    window.today.open_customer.connect(opened.append)
    person.click(NEWER_PROMISE)
    assert opened == [customer_named("Bob Quill")]


def test_two_customers_of_the_same_name_are_told_apart(start, person):
    def twins() -> None:
        for last in ("Nowak", "Kowalska"):
            cid = customers.create_customer(first_name="Agnieszka", last_name=last)
            customers.add_date(cid, kind="birthday", month=11, day=24)

    start(twins)
    person.waits_to_see("Tomorrow · Agnieszka's birthday — Agnieszka Kowalska")
    assert person.list_rows("Tomorrow · Agnieszka's birthday — Agnieszka Kowalska") == [
        "Tomorrow · Agnieszka's birthday — Agnieszka Kowalska",
        "Tomorrow · Agnieszka's birthday — Agnieszka Nowak"]


def test_two_customers_of_the_same_name_are_told_apart_in_german_too(start, person,
                                                                   monkeypatch):
    """The texts are told alike by what the core says, whatever language shows them."""
    def twins() -> None:
        settings.put("language", "de")
        for last in ("Nowak", "Kowalska"):
            cid = customers.create_customer(first_name="Agnieszka", last_name=last)
            customers.add_date(cid, kind="birthday", month=11, day=24)

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    start(twins)
    person.waits_to_see("Morgen · Geburtstag von Agnieszka — Agnieszka Kowalska")
    assert person.list_rows("Morgen · Geburtstag von Agnieszka — Agnieszka Kowalska") == [
        "Morgen · Geburtstag von Agnieszka — Agnieszka Kowalska",
        "Morgen · Geburtstag von Agnieszka — Agnieszka Nowak"]


def test_tab_from_the_customer_list_reaches_the_today_list(start, person):
    window = start(ranked_shop)
    person.waits_to_see(ANNIVERSARY)
    person.type("Bob")
    person.press("Down")
    assert person.current_row()[0] == "Bob Quill"
    person.press("Tab")
    assert person.current_row() == [ANNIVERSARY]
    person.press("Enter")
    assert window.right.customer_id == customer_named("Ann Keane")


def test_regulars_reminders_json_starts_with_the_anniversary(tmp_path: Path):
    data = tmp_path / "data"
    from app.core import clock

    with clock.frozen(TODAY):
        session.open_data(data)
        ranked_shop()
        session.close()
    done = run(data, "reminders", "--json", "--date", DAY.isoformat())
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found[0]["kind"] == "anniversary" and found[0]["rank"] == 0
    assert [r["text"] for r in found[1:3]] == ["Ellie — Promised: order the blue size 9",
                                              "Bob — Promised: ring about the repair"]


@pytest.mark.x11
def test_the_tray_menu_lists_the_anniversary_first(start, person, qtbot):
    window = start(ranked_shop)
    assert window.tray is not None, "a tray host (trayer) must be running"
    icon = window.tray.icon
    qtbot.waitUntil(lambda: icon.geometry().width() > 0, timeout=5000)
    assert icon.toolTip() == f"Regulars — Today: 3 · {RECENT} to get in touch"
    centre = icon.geometry().center()
    subprocess.run(["xdotool", "mousemove", str(centre.x()), str(centre.y()), "click", "3"],
                   check=True, timeout=10)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    menu = QApplication.activePopupWidget()
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    time.sleep(0.1)
    menu.hide()
    assert entries[:4] == ["Open Regulars", ANNIVERSARY, OLDEST_PROMISE, NEWER_PROMISE]
