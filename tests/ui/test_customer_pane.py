"""The customer pane: the glance card over the timeline and the details, for one customer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core import directory, edits
from app.ui.customer_pane import CustomerPane
from app.ui.glance_card import PRIVATE_NOTE


@pytest.fixture
def pane(qtbot, service):
    widget = CustomerPane(service)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_tab(qtbot, pane: CustomerPane, text: str) -> None:
    bar = pane.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_nothing_is_shown_until_a_customer_is_opened(pane):
    assert not pane.glance.isVisible()
    assert pane.customer_id is None
    assert not pane.timeline.isEnabled()


def test_opening_a_customer_fills_card_timeline_and_details(qtbot, pane, service):
    cid = service.run(edits.create_customer(first_name="Eleanor", last_name="Whitfield",
                                            nickname="Ellie", about="oat-milk latte")).result
    other = service.run(edits.create_customer(first_name="Anna")).result
    service.run(edits.log_entry(cid, "note", "moving to Germany in spring"))
    pane.open_customer(cid)
    assert pane.glance.isVisible() and pane.glance.title.text() == "Ellie"
    assert "oat-milk latte" in pane.glance.likes.text()
    assert pane.customer_id == cid
    assert "moving to Germany" in pane.timeline.model.data(pane.timeline.model.index(0, 0))
    click_tab(qtbot, pane, "Details")
    assert pane.profile.isVisible() and pane.profile.first_name.text() == "Eleanor"
    # Opened: first in the list of those opened most recently.
    assert directory.customer_ids(sort="recent")[:2] == [cid, other]


def test_the_card_follows_a_change_to_the_open_customer_only(qtbot, pane, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    other = service.run(edits.create_customer(first_name="Anna")).result
    pane.open_customer(cid)
    click_tab(qtbot, pane, "Timeline")
    pane.timeline.text.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "bought the Ethiopian beans")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "bought the Ethiopian beans" in pane.glance.recent.text()
    service.run(edits.update_customer(other, nickname="Annie"))
    assert pane.glance.title.text() == "Eleanor"
    service.run(edits.update_customer(cid, nickname="Ellie"))
    assert pane.glance.title.text() == "Ellie"


def test_privacy_hides_what_a_customer_across_the_counter_should_not_read(qtbot, pane,
                                                                          service):
    cid = service.run(edits.create_customer(first_name="Eleanor", about="allergic to nuts"))
    service.run(edits.log_entry(cid.result, "note", "knee surgery next week"))
    pane.open_customer(cid.result)
    pane.set_private(True)
    assert "allergic" not in pane.glance.likes.text()
    assert pane.glance.today_line.full_text() == PRIVATE_NOTE
    assert pane.timeline.hidden_note.isVisible() and not pane.timeline.view.isVisible()
    click_tab(qtbot, pane, "Details")
    assert not pane.profile.content.isVisible() and pane.profile.private_note.isVisible()
    pane.set_private(False)
    assert pane.profile.about.isVisible() and not pane.profile.private_note.isVisible()
    assert "allergic to nuts" in pane.glance.likes.text()
    click_tab(qtbot, pane, "Timeline")
    assert pane.timeline.view.isVisible()
