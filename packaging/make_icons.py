"""Render the application icon from resources/icons/regulars.svg for every platform.

    .venv/bin/python packaging/make_icons.py

writes, and overwrites:

- resources/icons/hicolor/NxN/apps/APP_ID.png for the Linux icon theme (16 to 512 px),
- resources/icons/regulars.ico for Windows (16 to 256 px),
- resources/icons/regulars.icns for macOS (16 to 1024 px, with the Retina sizes).

Run it after changing the SVG and commit what it writes: the build reads these files
and does not render them itself, so that a build needs no display and no extra tools.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appinfo import APP_ID, ROOT

ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "regulars.svg"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types and the pixel size each holds (the @2x ones are for Retina screens).
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"icp6", 64),
    (b"ic07", 128), (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),
    (b"ic10", 1024),
)


def theme_png(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit bitmap as ICO stores it: bottom-up BGRA rows, then an all-clear AND mask.

    The small sizes are bitmaps rather than PNG because older Windows tools and
    resource editors read only bitmaps below 256 px.
    """
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # B, G, R, A in memory
    width, height = image.width(), image.height()
    rows = [bytes(image.constScanLine(y))[: width * 4] for y in range(height)]
    mask_row = b"\0" * (((width + 31) // 32) * 4)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0,
                         width * height * 4, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + mask_row * height


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries, payloads = [], []
    offset = 6 + 16 * len(ICO_SIZES)
    for size in ICO_SIZES:
        payload = png_bytes(images[size]) if size >= 256 else dib_bytes(images[size])
        entries.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32,
                                   len(payload), offset))
        payloads.append(payload)
        offset += len(payload)
    return struct.pack("<HHH", 0, 1, len(ICO_SIZES)) + b"".join(entries) + b"".join(payloads)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        payload = png_bytes(images[size])
        body += kind + struct.pack(">I", len(payload) + 8) + payload
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not an SVG that Qt can draw", file=sys.stderr)
        return 1
    sizes = sorted({*THEME_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(renderer, size) for size in sizes}
    for size in THEME_SIZES:
        write(theme_png(size), png_bytes(images[size]))
    write(ICONS / "regulars.ico", ico_bytes(images))
    write(ICONS / "regulars.icns", icns_bytes(images))
    return 0


if __name__ == "__main__":
    sys.exit(main())
