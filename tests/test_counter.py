
"""At the counter: find, glance, greet, log — by keyboard, as the owner does it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt

from app.core import clock, customers, edits, followups, timeline
from app.core.profile import load


def eleanor(service) -> int:
    cid = service.run(edits.create_customer(
        first_name="Eleanor", last_name="Whitfield", nickname="Ellie",
        about="oat-milk latte; window table; mornings; size M")).result
    mia = customers.add_relative(cid, "Mia", "grandchild", "")
    customers.add_relative(cid, "Fritz", "pet", "dachshund")
    customers.add_date(cid, "birthday", 6, 3, 2014, relative_id=mia)
    customers.add_date(cid, "birthday", 11, 27, 1953)
    timeline.log(cid, "visit", "came in", at=dt.datetime(2026, 11, 11, 9))
    timeline.log(cid, "purchase", "dark roast", "24.50", at=dt.datetime(2026, 11, 11, 9, 5))
    timeline.log(cid, "note", "knee surgery next week", at=dt.datetime(2026, 11, 11, 9, 10))
    followups.add(cid, "how did the knee surgery go?", kind="ask")
    followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 27), kind="promise")
    service.run(edits.create_customer(first_name="Elias", last_name="Brown"))
    return cid


def test_search_box_to_glance_card_by_keyboard(qtbot, window, service):
    cid = eleanor(service)
    window.model.reload()
    window._show_page()
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
    assert card.title.text() == "Ellie"
    assert "Eleanor Whitfield" in card.subtitle.text()
    family = card.family.text()
    assert "<b>Mia</b> (grandchild, 12)" in family and "<b>Fritz</b> (dachshund)" in family
    assert "oat-milk latte" in card.likes.text() and "window table" in card.likes.text()
    assert "Bought 12 days ago: dark roast, 24.50" in card.history.text()
    assert "Last visit 12 days ago" in card.history.text()
    assert "how did the knee surgery go?" in card.ask.text()
    assert "order the blue size 9" in card.ask.text()
    assert "Ellie's birthday (turns 73) Fri 27 Nov" in card.facts.text()
    assert "1 visit" in card.facts.text() and "24 points" in card.facts.text()
    assert "knee surgery next week" in card.recent.text()


def test_the_glance_card_fits_at_1366_by_768(qtbot, window, service):
    cid = eleanor(service)
    window.resize(1366, 768)
    window.reveal(cid)
    qtbot.wait(50)
    card = window.glance
    assert card.geometry().bottom() < window.tabs.geometry().top() + 10
    assert window.tabs.height() > 250  # room left for the timeline below it


def test_capture_by_keyboard_with_a_question_for_next_time(qtbot, window, service):
    cid = eleanor(service)
    window.reveal(cid)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.timeline
    qtbot.keyClick(panel.text, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(panel.text, "bought the Ethiopian beans")
    qtbot.keyClick(panel.text, Qt.Key.Key_Tab)
    assert panel.amount.hasFocus()
    qtbot.keyClicks(panel.amount, "18.00")
    qtbot.keyClick(panel.amount, Qt.Key.Key_Tab)
    qtbot.keyClick(panel.log_button, Qt.Key.Key_Tab)
    assert panel.ask.hasFocus()
    qtbot.keyClicks(panel.ask, "how was the grinder?")
    qtbot.keyClick(panel.ask, Qt.Key.Key_Return)
    p = load(cid)
    assert p.last_contact.date() == dt.date(2026, 11, 23)
    assert str(p.total_spent) == "42.50" and p.loyalty_points == 42
    assert "how was the grinder?" in window.glance.ask.text()
    assert panel.text.text() == panel.ask.text() == ""


def test_unhappy_feedback_opens_a_loop_that_closes(qtbot, window, service):
    cid = eleanor(service)
    window.reveal(cid)
    panel = window.timeline
    panel.set_kind("feedback")
    panel.sentiment.setCurrentIndex(panel.sentiment.findData(-1))
    qtbot.keyClicks(panel.text, "croissants sold out by ten")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert "Make it right: croissants sold out by ten" in window.glance.ask.text()
    model = panel.model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1).loop == "open"
    dialog = window.commands.open_promises()
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
    assert rows[0] == "To do: Make it right: croissants sold out by ten"  # due tomorrow first
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.act_button, Qt.MouseButton.LeftButton)
    assert dialog.tree.topLevelItemCount() == len(rows) - 1
    entry = next(e for e in service.entries(cid, 0, 20) if e.kind == "feedback")
    assert entry.loop == "closed"
    assert service.entries(cid, 0, 1)[0].text == "Done: Make it right: croissants sold out by ten"


def test_privacy_mode_hides_and_is_remembered(qtbot, window, service, settings):
    cid = eleanor(service)
    window.reveal(cid)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.actions["set_private"].isChecked()
    assert window._privacy_badge.isVisible() and "privacy on" in window.windowTitle()
    card = window.glance
    assert "oat-milk" not in card.likes.text() and "hidden" in card.likes.text()
    assert "knee" not in card.ask.text() and "24.50" not in card.history.text()
    assert "spent" not in card.facts.text()
    assert not window.timeline.view.isVisible() and window.timeline.hidden_note.isVisible()
    assert window.table.isColumnHidden(3)
    assert not window.today.isVisible()
    assert card.title.text() == "Ellie"  # the name stays: it is how to greet them
    from app.ui.main_window import MainWindow

    again = MainWindow(service, settings)
    qtbot.addWidget(again)
    assert again.actions["set_private"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert not window.actions["set_private"].isChecked()
    assert "oat-milk" in card.likes.text() and window.timeline.view.isVisible()


def test_empty_search_lists_the_customers_opened_most_recently(qtbot, sample_window):
    from conftest import TODAY

    window = sample_window
    with clock.frozen(TODAY + dt.timedelta(minutes=1)):
        window.select_row(40)
    later = window.profile.customer_id
    with clock.frozen(TODAY + dt.timedelta(minutes=2)):
        window.select_row(20)
    last = window.profile.customer_id
    window.search.setText("x")
    window.apply_search()
    window.search.clear()
    window.apply_search()
    assert [window.model.customer_id(0), window.model.customer_id(1)] == [last, later]


def test_loyalty_points_and_redeeming(qtbot, window, service):
    cid = eleanor(service)
    assert load(cid).loyalty_points == 24
    service.run(edits.redeem(cid, 20, "free coffee"))
    assert load(cid).loyalty_points == 4
    assert service.entries(cid, 0, 1)[0].text == "Redeemed 20 points: free coffee"
    assert service.run(edits.redeem(cid, 50)) is None
    assert "only 4 points" in window.statusBar().currentMessage()


def test_weekly_review_actions_are_logged_and_leave_the_list(qtbot, window, service):
    cid = eleanor(service)
    timeline.log(cid, "purchase", "gift box", "45.00", at=dt.datetime(2026, 11, 20, 11))
    dialog = window.commands.open_week()
    qtbot.addWidget(dialog)
    spenders = dialog.tree.topLevelItem(0)
    assert spenders.text(0) == "Top spenders this week (1)"
    row = spenders.child(0)
    assert row.text(0) == "Eleanor Whitfield" and row.text(1) == "spent 45.00 this week"
    dialog.tree.setCurrentItem(row)
    assert dialog.act_button.text() == "Thank-you call"
    qtbot.mouseClick(dialog.act_button, Qt.MouseButton.LeftButton)
    assert dialog.tree.topLevelItem(0).text(0) == "Top spenders this week (0)"
    latest = service.entries(cid, 0, 1)[0]
    assert (latest.kind, latest.text) == ("call", "Thank-you call: a top customer this week")
    new = dialog.tree.topLevelItem(1)
    assert new.text(0) == "New this week (2)"  # both were added today


def test_week_command_json(tmp_path: Path):
    from test_cli import run

    run(tmp_path, "demo", "--customers", "60")
    result = run(tmp_path, "week", "--date", "2026-11-23", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["top_spenders", "new_customers", "top_customers", "birthdays",
                          "follow_ups", "lapsed"]
    for rows in data.values():
        for row in rows:
            assert {"customer_id", "customer"} <= set(row)
    assert all("amount" in r for r in data["top_spenders"] + data["top_customers"])
    assert all({"text", "due"} <= set(r) for r in data["follow_ups"])
    assert len(data["top_customers"]) <= 10
    amounts = [r["amount"] for r in data["top_customers"]]
    assert amounts == sorted(amounts, reverse=True)
