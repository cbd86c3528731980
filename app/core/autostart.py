"""Starting Regulars when the owner logs in, so reminders arrive without opening it.

Each system has its own place: an XDG autostart entry on Linux, the Run key
in the registry on Windows, a LaunchAgent on macOS. The entry starts the
window minimised to the tray (`--tray`).
"""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from pathlib import Path

from app import APP_ID
from app.store.files import write_atomically

LABEL = APP_ID  # the LaunchAgent is named as the macOS bundle is
_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def command() -> list[str]:
    """How to start this Regulars: the bundle's program, or this Python with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--tray"]
    return [sys.executable, "-m", "app", "--tray"]


def _xdg_file(home: Path | None = None) -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") if home is None else None
    root = Path(base) if base else (home or Path.home()) / ".config"
    return root / "autostart" / "regulars.desktop"


def _launch_agent(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{LABEL}.plist"


def is_enabled(home: Path | None = None, platform: str = sys.platform) -> bool:
    if platform.startswith("win"):
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
                winreg.QueryValueEx(key, "Regulars")
            return True
        except OSError:
            return False
    path = _launch_agent(home) if platform == "darwin" else _xdg_file(home)
    return path.exists()


def enable(home: Path | None = None, platform: str = sys.platform) -> Path | None:
    """Write the entry; returns the file written (None on Windows, where it is a registry value)."""
    argv = command()
    if platform.startswith("win"):
        import subprocess
        import winreg  # type: ignore[import-not-found]

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            winreg.SetValueEx(key, "Regulars", 0, winreg.REG_SZ, subprocess.list2cmdline(argv))
        return None
    if platform == "darwin":
        path = _launch_agent(home)
        data = plistlib.dumps({"Label": LABEL, "ProgramArguments": argv, "RunAtLoad": True})
    else:
        path = _xdg_file(home)
        data = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Regulars\n"
            "Comment=Reminders of birthdays and promises for your customers\n"
            f"Exec={shlex.join(argv)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        ).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)
    return path


def disable(home: Path | None = None, platform: str = sys.platform) -> None:
    if platform.startswith("win"):
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, "Regulars")
        except OSError:
            pass
        return
    path = _launch_agent(home) if platform == "darwin" else _xdg_file(home)
    path.unlink(missing_ok=True)
