"""The profile: fields saved on leaving them, refusals put back, family, dates and photo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.core import edits
from app.core import profile as profiles


def test_edit_a_field_in_place_and_see_it_saved(qtbot, sample_window):
    window = sample_window
    window.select_row(0)
    cid = window.profile.customer_id
    field = window.profile.nickname
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Nell")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert profiles.load(cid).nickname == "Nell"
    assert window.glance.title.text() == "Nell"
    row = window.model.row_of(cid)
    assert window.model.data(window.model.index(row, 1)) == "Nell"


def test_a_refused_edit_is_put_back_with_the_reason(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    field = window.profile.first_name
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert profiles.load(cid).first_name == "Eleanor"
    assert field.text() == "Eleanor"
    assert "needs a first name" in window.statusBar().currentMessage()


def test_family_pets_and_dates_show_in_the_profile(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    mia = service.run(edits.add_relative(cid, "Mia", "grandchild", "")).result
    service.run(edits.add_relative(cid, "Fritz", "pet", "dachshund"))
    service.run(edits.add_date(cid, kind="birthday", month=6, day=3, year=2014, relative_id=mia))
    service.run(edits.add_date(cid, kind="birthday", month=2, day=29, year=None))
    window.reveal(cid)
    assert window.profile.family.texts() == ["Mia (grandchild, 12)", "Fritz (pet) — dachshund"]
    assert window.profile.dates.texts() == ["Birthday: February 29", "Mia's Birthday: June 3, 2014"]


def test_add_a_family_member_through_the_form(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)

    window.profile.family.add_requested.emit("relative")  # the form opens; nothing waits
    dialog = QApplication.activeModalWidget()
    dialog.name.setText("Leo")
    dialog.relation.setCurrentText("grandchild")
    dialog.accept()
    assert [r.name for r in profiles.load(cid).relatives] == ["Leo"]
    assert window.profile.family.texts() == ["Leo (grandchild)"]


def test_a_photo_is_kept_as_a_thumbnail(qtbot, window, service, tmp_path: Path):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = tmp_path / "ellie.jpg"
    image.save(str(path))
    assert window.profile.set_photo_from_file(str(path))
    stored = profiles.load(cid).photo
    thumb = QImage.fromData(stored)
    assert max(thumb.width(), thumb.height()) == 256
    assert not window.profile.set_photo_from_file(str(tmp_path / "missing.png"))


def test_switching_customers_keeps_what_was_being_typed(qtbot, sample_window):
    window = sample_window
    window.select_row(0)
    first = window.profile.customer_id
    window.profile.about.setFocus()
    window.profile.about.selectAll()
    qtbot.keyClicks(window.profile.about, "decaf after 3pm")
    rect = window.table.visualRect(window.model.index(3, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.profile.customer_id == window.model.customer_id(3) != first
    assert profiles.load(first).about == "decaf after 3pm"


def test_stay_in_touch_is_saved_and_shown(qtbot, window, service):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    window.right.tabs.setCurrentWidget(window.profile)
    stay = window.profile.stay_in_touch
    assert not stay.check.isChecked() and not stay.days.isEnabled()
    service.run(edits.update_customer(cid, contact_every_days=14))
    assert stay.check.isChecked() and stay.days.value() == 14 and stay.days.isEnabled()
    qtbot.mouseClick(stay.check, Qt.MouseButton.LeftButton)
    assert profiles.load(cid).contact_every_days is None
    assert not stay.days.isEnabled()


def test_the_photo_is_chosen_without_waiting_for_the_chooser(qtbot, window, service,
                                                             tmp_path: Path):
    cid = service.run(edits.create_customer(first_name="Eleanor")).result
    window.reveal(cid)
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.save(str(tmp_path / "ellie.png"))
    chooser = window.profile.choose_photo()
    assert chooser.isVisible()  # the window keeps running while it is open
    chooser.fileSelected.emit(str(tmp_path / "ellie.png"))
    chooser.reject()
    assert profiles.load(cid).photo is not None
