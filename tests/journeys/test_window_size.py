"""The window fits the screen it opens on, and opens again as the owner left it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.journeys.clipping import problems


def test_a_first_start_fills_the_screen_and_no_more(opened):
    window = opened
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry()), (
        f"the window {window.frameGeometry()} is larger than the screen {screen}")
    assert window.isMaximized()
    assert window.frameGeometry().size() == screen.size()


def test_the_size_the_owner_chose_comes_back(regular, start, person):
    person.resize_window(1100, 650)
    window = start()
    assert not window.isMaximized()
    assert (window.width(), window.height()) == (1100, 650)
    person.maximise()
    window = start()
    assert window.isMaximized()
    person.resize_window(1024, 600)  # the owner makes it small again
    window = start()
    assert (window.width(), window.height()) == (1024, 600) and not window.isMaximized()


def test_the_list_shows_every_column_whole_at_1024_by_600(regular, person):
    person.resize_window(1024, 600)
    QApplication.processEvents()
    header = regular.table.horizontalHeader()
    assert problems(header) == []
    assert not regular.table.horizontalScrollBar().isVisible()
    assert not any(header.isSectionHidden(column) for column in range(header.count()))
    person.press("F8")  # privacy hides the amounts: the name takes their room, nothing moves out
    assert problems(header) == [] and not regular.table.horizontalScrollBar().isVisible()


def test_the_list_and_the_today_list_share_a_small_screen(regular, person):
    person.resize_window(1024, 600)
    QApplication.processEvents()
    assert regular.today.isVisible()
    assert regular.table.height() > 5 * regular.table.verticalHeader().defaultSectionSize()
    assert problems(regular.today) == []
