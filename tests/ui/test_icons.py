"""Every icon the window draws is there to draw, in the source tree or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core.timeline import KINDS
from app.ui import icons
from app.ui.contact_points import CONTACT_ICONS
from app.ui.notifiers import _ICONS as REMINDER_ICONS

USED = sorted({*KINDS, *REMINDER_ICONS.values(), *CONTACT_ICONS.values(), "note", "pet",
               "visit", "event", "pin", "regulars"})


@pytest.mark.parametrize("name", USED)
def test_every_icon_in_use_draws(qapp, name):
    assert (icons.resources_dir() / "icons" / f"{name}.svg").is_file()
    pixmap = icons.icon(name).pixmap(18, 18)
    assert not pixmap.isNull() and pixmap.width() == 18


def test_the_application_icon_at_the_sizes_a_desktop_asks_for(qapp):
    for size in (16, 48, 256):
        assert icons.app_icon().pixmap(size, size).width() == size


def test_a_bundle_keeps_its_resources_inside_it(tmp_path: Path, monkeypatch):
    assert icons.resources_dir() == Path(__file__).resolve().parents[2] / "resources"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icons.resources_dir() == tmp_path / "resources"
