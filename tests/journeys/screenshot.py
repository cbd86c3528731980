"""Save the whole X screen as a PNG: `python screenshot.py OUT.png` (for the x11 journeys)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication

if __name__ == "__main__":
    app = QGuiApplication([sys.argv[0], "-platform", "xcb"])
    app.primaryScreen().grabWindow(0).save(sys.argv[1])
