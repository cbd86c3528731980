"""The glance card: found by keyboard, everything worth knowing before saying hello."""

from __future__ import annotations

from helpers import eleanor
from PySide6.QtCore import Qt


def test_search_box_to_glance_card_by_keyboard(qtbot, window, service):
    cid = eleanor(service)
    window.model.reload()
    window.show_page()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "el")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # Down: into the list, top match selected
    assert window.profile.customer_id is not None
    window.search.setFocus()
    window.search.clear()
    qtbot.keyClicks(window.search, "fritz")  # the lady with the dachshund Fritz
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.profile.customer_id == cid
    card = window.glance
    assert card.isVisible()
    assert card.title.full_text() == "Ellie"
    assert "Eleanor Whitfield" in card.subtitle.full_text()
    family = card.family.text()
    assert "Mia (grandchild, 12)" in family and "Fritz (dachshund)" in family
    assert "oat-milk latte" in card.likes.text() and "window table" in card.likes.text()
    assert "Bought 12 days ago: dark roast, 24.50" in card.history.text()
    assert "Last visit 12 days ago" in card.history.text()
    assert "how did the knee surgery go?" in card.ask.text()
    assert "order the blue size 9" in card.ask.text()
    assert "Ellie's birthday (turns 73) in 4 days" in card.facts.full_text()
    assert "1 visit" in card.facts.full_text() and "24 points" in card.facts.full_text()
    assert "knee surgery next week" in card.recent.text()


def test_the_glance_card_fits_at_1366_by_768(qtbot, window, service):
    cid = eleanor(service)
    window.resize(1366, 768)
    window.reveal(cid)
    qtbot.wait(50)
    card = window.glance
    assert card.geometry().bottom() < window.tabs.geometry().top() + 10
    assert window.tabs.height() > 250  # room left for the timeline below it


def test_what_is_worth_asking_about_a_child_shows_beside_them(window, service):
    from app.core import edits

    cid = eleanor(service)
    service.run(edits.add_relative(cid, "Kai", "child", "valedictorian 2026"))
    window.reveal(cid)
    assert "Kai (child) — valedictorian 2026" in window.glance.family.text()
    window.set_private(True)
    assert "valedictorian" not in window.glance.family.text()
