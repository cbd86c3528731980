"""The tray under a real X server with a real tray host (Xvfb and trayer).

Run by `packaging/dev.sh test` after the offscreen suite:
    xvfb-run … trayer … QT_QPA_PLATFORM=xcb pytest -m x11 tests/test_tray_x11.py
It proves what the owner sees: the icon in the tray with its tooltip, the menu,
a message that appears, and that clicking the message or the icon opens the
customer or the window. Screenshots land in $REGULARS_SHOTS when it is set.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.core import edits, followups

pytestmark = pytest.mark.x11


def shot(qtbot, name: str) -> None:
    """A screenshot of the whole X screen, after Qt has painted what is pending."""
    qtbot.wait(400)
    folder = os.environ.get("REGULARS_SHOTS")
    if folder and shutil.which("import"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", str(Path(folder) / name)], check=False,
                       timeout=30)


@pytest.fixture
def tray_window(qtbot, service, settings):
    from app.ui.main_window import MainWindow

    assert QApplication.platformName() == "xcb"
    assert QSystemTrayIcon.isSystemTrayAvailable(), "a tray host (trayer) must be running"
    win = MainWindow(service, settings)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.commands.quit()


def balloon():
    for widget in QApplication.topLevelWidgets():
        if widget.metaObject().className() == "QBalloonTip" and widget.isVisible():
            return widget
    return None


def test_icon_is_in_the_tray_with_a_count(qtbot, tray_window, service):
    assert tray_window.tray is not None
    icon = tray_window.tray.icon
    qtbot.waitUntil(lambda: icon.geometry().width() > 0, timeout=5000)
    assert icon.isVisible()
    cid = service.run(edits.create_customer(first_name="Eleanor", nickname="Ellie")).result
    service.run(edits.add_date(cid, kind="birthday", month=11, day=27, year=1983))
    tray_window.center.refresh()
    assert icon.toolTip() == "Regulars — Today: nothing due, and 1 this week"
    texts = [a.text() for a in tray_window.tray.menu.actions()]
    assert texts[0] == "Open Regulars"
    assert "in 4 days · Ellie's birthday (turns 43)" in texts
    assert texts[-2:] == ["Snooze all until tomorrow", "Quit"]


def test_the_menu_opens_a_customer(qtbot, tray_window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor", nickname="Ellie")).result
    followups.add(cid, "order the blue size 9", due=dt.date(2026, 11, 23), kind="promise")
    tray_window.center.refresh()
    menu = tray_window.tray.menu
    geometry = tray_window.tray.icon.geometry()
    menu.popup(QPoint(geometry.left(), geometry.bottom()))
    qtbot.waitExposed(menu)
    shot(qtbot, "tray-menu.png")
    action = next(a for a in menu.actions() if "blue size 9" in a.text())
    menu.hide()
    action.trigger()
    assert tray_window.profile.customer_id == cid


def test_a_message_is_shown_and_clicking_it_opens_the_customer(qtbot, tray_window, service):
    other = service.run(edits.create_customer(first_name="Someone", last_name="Else")).result
    cid = service.run(edits.create_customer(first_name="Eleanor", nickname="Ellie")).result
    service.run(edits.add_date(cid, kind="birthday", month=11, day=23))
    tray_window.reveal(other)
    tray_window.center.check(startup=True)
    qtbot.waitUntil(lambda: balloon() is not None, timeout=5000)
    tip = balloon()
    assert "Ellie's birthday" in " ".join(
        w.text() for w in tip.findChildren(type(tray_window.count_label)))
    shot(qtbot, "tray-message.png")
    qtbot.mouseClick(tip, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.waitUntil(lambda: tray_window.profile.customer_id == cid, timeout=5000)


def test_closing_keeps_it_in_the_tray_and_a_click_brings_it_back(qtbot, tray_window):
    tray_window.close()
    assert not tray_window.isVisible()
    assert tray_window.tray.icon.isVisible()
    geometry = tray_window.tray.icon.geometry()
    assert geometry.width() > 0
    centre = geometry.center()
    subprocess.run(["xdotool", "mousemove", str(centre.x()), str(centre.y()), "click", "1"],
                   check=True, timeout=10)
    qtbot.waitUntil(tray_window.isVisible, timeout=5000)
