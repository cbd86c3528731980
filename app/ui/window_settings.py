"""The window's own settings (size, splitters, privacy, columns, the folder files come from),
declared once with their types and defaults, as `app.core.settings` declares the shop's.

These belong to this computer's screen, not to the data: they live in QSettings, not in the
database, and travel with no backup.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSettings


@dataclass(frozen=True)
class WindowSetting:
    key: str
    kind: type
    default: Any


GEOMETRY = WindowSetting("window/geometry", QByteArray, None)
SPLIT = WindowSetting("window/split", QByteArray, None)
LEFT = WindowSetting("window/left", QByteArray, None)
COLUMNS = WindowSetting("window/columns", QByteArray, None)
PRIVACY = WindowSetting("privacy/on", bool, False)
TRAY_TOLD = WindowSetting("tray/told", bool, False)
FOLDER = WindowSetting("files/folder", str, "")

# What the window opens with before the owner has chosen: the whole screen (maximised), and
# this size once un-maximised, where the screen has room for it. The splitters share out
# what there is in these proportions (list : customer, list : Today).
DEFAULT_SIZE = (1280, 760)
DEFAULT_SPLIT = [40, 60]
DEFAULT_LEFT = [72, 28]
# What a title bar and a frame take around the window, before the window manager says.
FRAME_ALLOWANCE = (16, 48)


def normal_geometry(available: QRect) -> QRect:
    """The window's size and place when not maximised: the default size, within the screen's
    available area less a frame, centred on it."""
    width = min(DEFAULT_SIZE[0], available.width() - FRAME_ALLOWANCE[0])
    height = min(DEFAULT_SIZE[1], available.height() - FRAME_ALLOWANCE[1])
    place = QRect(0, 0, width, height)
    place.moveCenter(available.center())
    return place


def shares(weights: list[int], total: int) -> list[int]:
    """A splitter's sizes in pixels: `total` shared out by `weights` (before the window is
    laid out, a splitter takes the sizes it is given as they are)."""
    return [total * weight // sum(weights) for weight in weights]


def read(settings: QSettings, setting: WindowSetting) -> Any:
    if setting.kind in (bool, str):
        return settings.value(setting.key, setting.default, type=setting.kind)
    value = settings.value(setting.key)
    return setting.default if value is None else value


def write(settings: QSettings, setting: WindowSetting, value: Any) -> None:
    settings.setValue(setting.key, value)


def start_folder(settings: QSettings | None) -> str:
    """Where a file chooser opens: the folder used last, if it is still there, else home."""
    folder = read(settings, FOLDER) if settings is not None else ""
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(settings: QSettings, chosen_file: str) -> None:
    """The folder of a file the owner chose, for the next chooser (this one's or another's)."""
    write(settings, FOLDER, str(Path(chosen_file).parent))
