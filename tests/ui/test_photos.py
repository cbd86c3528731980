"""A customer's picture: a photo made small enough to keep, or a badge with their initials."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.core.customers import PHOTO_LIMIT, storable_photo
from app.ui.photos import PHOTO_SIZE, initials_pixmap, thumbnail_png


def test_a_large_photo_becomes_a_thumbnail_the_program_keeps(qtbot):
    image = QImage(3000, 2000, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    data = thumbnail_png(image)
    assert storable_photo(data) and len(data) < PHOTO_LIMIT
    small = QImage.fromData(data)
    assert (small.width(), small.height()) == (PHOTO_SIZE, PHOTO_SIZE * 2 // 3)


def test_the_badge_is_round_and_transparent_at_its_corners(qtbot):
    badge = initials_pixmap("Ann Lee", 64).toImage()
    assert (badge.width(), badge.height()) == (64, 64)
    assert badge.pixelColor(0, 0).alpha() == 0
    assert badge.pixelColor(5, 32) == QColor(Qt.GlobalColor.darkCyan)
