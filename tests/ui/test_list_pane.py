"""The search box and the list: typing filters, Enter opens, Esc clears; bulk actions."""

from __future__ import annotations

import csv
import datetime as dt
import io

from helpers import type_search, visible_names
from PySide6.QtCore import QItemSelectionModel, Qt

from app.core import clock
from app.core import profile as profiles
from app.core.profile import load
from app.ui.customer_model import ID_ROLE


def test_typing_filters_and_enter_opens_the_top_match(qtbot, sample_window):
    window = sample_window
    # QTest types ASCII keys only: pick a customer whose surname starts in ASCII.
    target = next(p for p in (profiles.load(window.model.customer_id(r)) for r in range(10, 60))
                  if p.last_name[:4].isascii() and p.last_name[:4].isalpha())
    query = target.last_name[:4]
    type_search(qtbot, window, query)
    assert 0 < window.model.rowCount() < 60
    assert target.name in visible_names(window)
    assert query.casefold() in visible_names(window)[0].casefold()  # a name match is first
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    top = window.model.customer_id(0)
    assert window.profile.customer_id == top
    shown = profiles.load(top)
    assert window.glance.title.text() == (shown.nickname or shown.first_name)
    assert window.table.hasFocus()
    assert window.timeline.model.customer_id == top


def test_search_finds_a_pet_by_name(qtbot, sample_window):
    window = sample_window
    type_search(qtbot, window, "fritz")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    shown = window.profile.profile
    assert any(r.name == "Fritz" for r in shown.relatives)
    assert any("Fritz" in t for t in window.profile.family.texts())


def test_escape_clears_and_ctrl_f_finds_from_anywhere(qtbot, sample_window):
    window = sample_window
    type_search(qtbot, window, "zzzz-nobody")
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "0 matches"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.model.rowCount() == 60
    window.select_row(0)
    window.timeline.text.setFocus()
    qtbot.keyClick(window.timeline.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


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


def test_archive_from_the_list_and_undo(qtbot, sample_window):
    window = sample_window
    window.select_row(0)
    cid = window.model.customer_id(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.row_of(cid) is None
    assert window.model.rowCount() == 59
    assert profiles.load(cid).archived
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not profiles.load(cid).archived
    assert window.model.rowCount() == 60


def test_clicking_a_header_sorts_by_that_column(qtbot, sample_window, service):
    window = sample_window
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    ids = [window.model.data(window.model.index(r, 0), ID_ROLE) for r in range(10)]
    spent = [service.rows([i])[i].total_spent for i in ids]
    assert spent == sorted(spent, reverse=True)


def select_rows(window, rows: list[int]) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_bulk_tag_untag_and_export(qtbot, sample_window, tmp_path):
    window = sample_window
    select_rows(window, [0, 1, 2])
    ids = window.selected_ids()
    assert len(ids) == 3
    window.commands.tag_selected(names=["Christmas card"])
    assert all("Christmas card" in load(i).tags for i in ids)
    assert "Christmas card" in window.model.data(window.model.index(0, 4))
    window.commands.untag_selected(name="Christmas card")
    assert not any("Christmas card" in load(i).tags for i in ids)
    out = tmp_path / "three.csv"
    said: list[str] = []  # the day's reminders may take the status bar a moment later
    window.statusBar().messageChanged.connect(said.append)
    window.commands.export("csv", window.selected_ids(), path=str(out))
    qtbot.waitUntil(lambda: f"Exported 3 customers to {out}" in said, timeout=10_000)
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert sorted(int(r["Regulars ID"]) for r in rows) == sorted(ids)


def test_bulk_archive_from_the_context_menu_action(qtbot, sample_window):
    window = sample_window
    select_rows(window, [0, 1])
    ids = window.selected_ids()
    window.commands.archive(ids)
    assert all(load(i).archived for i in ids)
    assert window.model.rowCount() == 58
    window.undo_stack.undo()
    assert not any(load(i).archived for i in ids)
