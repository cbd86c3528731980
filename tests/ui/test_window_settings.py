"""The window's own settings: size and splitters remembered on this computer."""

from __future__ import annotations


def test_layout_is_remembered(qtbot, service, settings):
    from app.ui.main_window import MainWindow

    first = MainWindow(service, settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.split.setSizes([200, 500])
    first.close()
    second = MainWindow(service, settings)
    qtbot.addWidget(second)
    assert second.size().width() == 700
    assert second.split.sizes()[0] == first.split.sizes()[0]


def test_a_first_start_has_the_default_layout_and_privacy_off(settings):
    from app.ui import window_settings as ws

    assert ws.read(settings, ws.GEOMETRY) is None
    assert ws.read(settings, ws.PRIVACY) is False
    assert ws.read(settings, ws.TRAY_TOLD) is False


def test_what_is_written_comes_back_with_its_type_after_a_restart(tmp_path):
    from PySide6.QtCore import QByteArray, QSettings

    from app.ui import window_settings as ws

    path = str(tmp_path / "window.ini")
    first = QSettings(path, QSettings.Format.IniFormat)
    ws.write(first, ws.PRIVACY, True)
    ws.write(first, ws.SPLIT, QByteArray(b"\x00\xffsplitter"))
    first.sync()
    again = QSettings(path, QSettings.Format.IniFormat)  # the ini file keeps text only
    assert ws.read(again, ws.PRIVACY) is True
    assert bytes(ws.read(again, ws.SPLIT)) == b"\x00\xffsplitter"
    ws.write(again, ws.PRIVACY, False)
    again.sync()
    assert ws.read(QSettings(path, QSettings.Format.IniFormat), ws.PRIVACY) is False


def test_the_size_to_open_at_fits_any_screen(qapp):
    from PySide6.QtCore import QRect

    from app.ui import window_settings as ws

    for screen in (QRect(0, 0, 1366, 736), QRect(0, 0, 1024, 576), QRect(0, 27, 1920, 1053)):
        place = ws.normal_geometry(screen)
        frame = place.adjusted(-ws.FRAME_ALLOWANCE[0] // 2, -ws.FRAME_ALLOWANCE[1] // 2,
                               ws.FRAME_ALLOWANCE[0] // 2, ws.FRAME_ALLOWANCE[1] // 2)
        assert screen.contains(frame), (screen, place)
    assert ws.shares([40, 60], 1000) == [400, 600]
