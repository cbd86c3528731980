"""The window's own settings (size, splitters, privacy, columns), declared once with their
types and defaults, as `app.core.settings` declares the shop's.

These belong to this computer's screen, not to the data: they live in QSettings, not in the
database, and travel with no backup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


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

# What the window opens with before the owner has chosen.
DEFAULT_SIZE = (1280, 780)
DEFAULT_SPLIT = [470, 896]
DEFAULT_LEFT = [560, 170]


def read(settings: QSettings, setting: WindowSetting) -> Any:
    if setting.kind is bool:
        return settings.value(setting.key, setting.default, type=bool)
    value = settings.value(setting.key)
    return setting.default if value is None else value


def write(settings: QSettings, setting: WindowSetting, value: Any) -> None:
    settings.setValue(setting.key, value)
