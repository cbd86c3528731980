"""The profile: everything about one customer, editable where it is shown.

A field saves when the owner leaves it (Tab, Enter, or a click elsewhere);
a refused value is put back and the reason shown. Lists (contacts, family,
dates) edit through small forms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import clock, edits
from app.core.customers import CHANNELS, split_tags
from app.core.dates import age_on, format_parts
from app.core.operations import Change
from app.core.profile import Contact, Date, Person, Profile
from app.ui.dialogs import ContactDialog, DateDialog, RelativeDialog
from app.ui.icons import icon
from app.ui.rows_editor import RowsEditor
from app.ui.service import DataService

PHOTO_SIZE = 256
_CONTACT_ICONS = {"phone": "call", "email": "email", "address": "address", "handle": "message"}


class _NotesEdit(QPlainTextEdit):
    """A plain text box that says when the owner leaves it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """QWidget.focusOutEvent: leaving the box saves it."""
        super().focusOutEvent(event)
        self.left.emit()


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def initials_pixmap(name: str, size: int) -> QPixmap:
    """A round badge with initials, for customers without a photo."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.GlobalColor.darkCyan)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(size // 3)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.white)
    letters = "".join(part[0] for part in name.split()[:2]).upper() or "?"
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pixmap


def thumbnail_png(image: QImage, size: int = PHOTO_SIZE) -> bytes:
    """A square-bounded PNG thumbnail small enough to keep in the database."""
    scaled = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scaled.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class ProfilePane(QScrollArea):
    """Shows and edits one customer's details."""

    message = Signal(str)

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._profile: Profile | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        page = QVBoxLayout(body)
        page.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel("Choose a customer on the left — or press Ctrl+F to find one, "
                                  "Ctrl+N to add one.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.content = QWidget()
        page.addWidget(self.placeholder, 1)
        page.addWidget(self.content, 1)
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(12, 10, 12, 10)

        columns = QGridLayout()
        columns.setHorizontalSpacing(24)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        outer.addLayout(columns)
        outer.addStretch(1)

        left.addLayout(self._build_form())
        left.addStretch(1)
        self._build_right_column(right)

        service.changed.connect(self._on_changed)
        self.content.hide()

    def _build_form(self) -> QFormLayout:
        """The left column, one form so the labels line up: names, contact points, tags, habits."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_name = self._line("first_name", "First name")
        self.last_name = self._line("last_name", "Last name")
        self.nickname = self._line("nickname", "the name they go by")
        self.company = self._line("company", "Company")
        self.contacts = RowsEditor(
            [("phone", "+ Phone"), ("email", "+ Email"), ("address", "+ Address")],
            "No phone or email yet",
        )
        self.contacts.add_requested.connect(self._add_contact)
        self.contacts.edit_requested.connect(self._edit_contact)
        self.contacts.remove_requested.connect(self._remove_contact)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("VIP, wholesale… (comma separated)")
        self.tags.editingFinished.connect(self._save_tags)
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel.capitalize() if channel else "No preference", channel)
        self.channel.activated.connect(
            lambda _i: self._save("preferred_channel", self.channel.currentData())
        )
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSuffix(" days")
        self.cadence.setSpecialValueText("off")
        self.cadence.setToolTip("Remind me when we have not been in touch for this long")
        self.cadence.editingFinished.connect(
            lambda: self._save("contact_every_days", self.cadence.value() or None)
        )
        self.newsletter = QCheckBox("Agreed to the newsletter")
        self.newsletter.clicked.connect(lambda on: self._save("newsletter", on))
        form.addRow("First name", self.first_name)
        form.addRow("Last name", self.last_name)
        form.addRow("Goes by", self.nickname)
        form.addRow("Company", self.company)
        form.addRow("Contact", self.contacts)
        form.addRow("Tags", self.tags)
        form.addRow("Prefers", self.channel)
        form.addRow("Stay in touch", self.cadence)
        form.addRow("", self.newsletter)
        return form

    def _build_right_column(self, right: QVBoxLayout) -> None:
        """The right column: family and pets, dates, preferences."""
        right.addWidget(_section("Family and pets"))
        self.family = RowsEditor([("relative", "+ Family or pet")], "No family or pets yet")
        self.family.add_requested.connect(lambda _k: self._edit_relative(None))
        self.family.edit_requested.connect(self._edit_relative)
        self.family.remove_requested.connect(self._remove_relative)
        right.addWidget(self.family)
        right.addWidget(_section("Birthdays and dates"))
        self.dates = RowsEditor([("date", "+ Date")], "No dates yet")
        self.dates.add_requested.connect(lambda _k: self._edit_date(None))
        self.dates.edit_requested.connect(self._edit_date)
        self.dates.remove_requested.connect(self._remove_date)
        right.addWidget(self.dates)
        self.about_title = _section("Preferences, in their words")
        right.addWidget(self.about_title)
        self.about = _NotesEdit()
        self.about.setPlaceholderText("oat-milk mocha, size M, mornings…")
        self.about.setTabChangesFocus(True)
        self.about.setFixedHeight(84)
        self.about.left.connect(lambda: self._save("about", self.about.toPlainText()))
        right.addWidget(self.about)
        right.addStretch(1)

    def set_private(self, private: bool) -> None:
        self.about_title.setVisible(not private)
        self.about.setVisible(not private)

    # Loading -------------------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._profile.id if self._profile else None

    @property
    def profile(self) -> Profile | None:
        return self._profile

    def show_customer(self, customer_id: int | None) -> None:
        if customer_id is None:
            self._profile = None
            self.content.hide()
            self.placeholder.show()
            return
        self._profile = self._service.profile(customer_id)
        self.placeholder.hide()
        self.content.show()
        self._fill(self._profile, refill_fields=True)

    def _fill(self, p: Profile, refill_fields: bool) -> None:
        today = clock.today()
        fields: list[tuple[QLineEdit | QPlainTextEdit, str]] = [
            (self.first_name, p.first_name), (self.last_name, p.last_name),
            (self.nickname, p.nickname), (self.company, p.company),
            (self.tags, ", ".join(p.tags)),
        ]
        for widget, value in fields:
            if refill_fields or not widget.hasFocus():
                widget.setText(value)
                widget.setCursorPosition(0)
        if refill_fields or not self.about.hasFocus():
            self.about.setPlainText(p.about)
        self.channel.setCurrentIndex(max(0, self.channel.findData(p.preferred_channel)))
        if refill_fields or not self.cadence.hasFocus():
            self.cadence.setValue(p.contact_every_days or 0)
        since = f" (since {p.newsletter_since:%d %b %Y})" if p.newsletter_since else ""
        self.newsletter.setText("Agreed to the newsletter" + since)
        self.newsletter.setChecked(p.newsletter)
        self.contacts.set_items([
            (c, f"{c.value}" + (f"   · {c.label}" if c.label else ""),
             icon(_CONTACT_ICONS.get(c.kind, "note")))
            for c in p.contacts
        ])
        people = []
        for r in p.relatives:
            birthday = next((d for d in p.dates if d.relative_id == r.id and
                             d.kind == "birthday"), None)
            age = ""
            if birthday and birthday.year:
                age = f", {age_on(birthday.year, birthday.month, birthday.day, today)}"
            notes = f" — {r.notes}" if r.notes else ""
            people.append((r, f"{r.name} ({r.relation}{age}){notes}",
                           icon("pet" if r.relation == "pet" else "visit")))
        self.family.set_items(people)
        self.dates.set_items([(d, self._date_text(d), icon("event")) for d in p.dates])

    @staticmethod
    def _date_text(d: Date) -> str:
        what = d.label or {"birthday": "Birthday", "anniversary": "Anniversary"}.get(
            d.kind, "Date")
        if d.kind == "anniversary" and d.label:
            what = f"Anniversary ({d.label})"
        whose = f"{d.relative}'s " if d.relative else ""
        return f"{whose}{what}: {format_parts(d.month, d.day, d.year)}"

    def _on_changed(self, change: Change) -> None:
        if self._profile is None or not change.touches(self._profile.id):
            return
        self._profile = self._service.profile(self._profile.id)
        self._fill(self._profile, refill_fields=False)

    # Saving --------------------------------------------------------------------------------------

    def _line(self, field: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._save(field, edit.text()))
        return edit

    def _save(self, field: str, value: Any) -> None:
        p = self._profile
        if p is None:
            return
        current = getattr(p, field)
        if (value or None) == (current or None):
            return
        done = self._service.run(edits.update_customer(p.id, **{field: value}))
        if done is None and self._profile is not None:
            self._fill(self._profile, refill_fields=True)

    def _save_tags(self) -> None:
        p = self._profile
        if p is None:
            return
        wanted = split_tags(self.tags.text())
        if [t.casefold() for t in wanted] != [t.casefold() for t in p.tags]:
            self._service.run(edits.set_tags(p.id, wanted))

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Choose a photo", "", "Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"
        )
        if path:
            self.set_photo_from_file(path)

    def set_photo_from_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.message.emit(f"{path} is not an image Regulars can read")
            return False
        self._save_photo(thumbnail_png(image))
        return True

    def remove_photo(self) -> None:
        self._save_photo(None)

    def _save_photo(self, data: bytes | None) -> None:
        if self._profile is not None:
            cid = self._profile.id
            self._service.run(edits.set_photo(cid, data))

    # Lists ---------------------------------------------------------------------------------------

    def _dialog_ok(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _add_contact(self, kind: str) -> None:
        p = self._profile
        dialog = ContactDialog(kind, parent=self)
        if p and self._dialog_ok(dialog):
            self._service.run(edits.add_contact(
                p.id, kind, dialog.value.text(), dialog.label.text()))

    def _edit_contact(self, contact: Contact) -> None:
        p = self._profile
        dialog = ContactDialog(contact.kind, contact, parent=self)
        if p and self._dialog_ok(dialog):
            self._service.run(edits.update_contact(
                p.id, contact.id, dialog.value.text(), dialog.label.text()))

    def _remove_contact(self, contact: Contact) -> None:
        if self._profile:
            cid = self._profile.id
            self._service.run(edits.remove_contact(cid, contact.id))

    def _edit_relative(self, person: Person | None) -> None:
        p = self._profile
        dialog = RelativeDialog(person, parent=self)
        if not p or not self._dialog_ok(dialog):
            return
        values = (dialog.name.text(), dialog.relation.currentText(), dialog.notes.text())
        if person is None:
            self._service.run(edits.add_relative(p.id, *values))
        else:
            self._service.run(edits.update_relative(p.id, person.id, *values))

    def _remove_relative(self, person: Person) -> None:
        if self._profile:
            cid = self._profile.id
            self._service.run(edits.remove_relative(cid, person.id))

    def _edit_date(self, date: Date | None) -> None:
        p = self._profile
        if not p:
            return
        dialog = DateDialog(p.relatives, date, parent=self)
        if not self._dialog_ok(dialog):
            return
        values = dialog.values()
        if date is None:
            self._service.run(edits.add_date(p.id, **values))
        else:
            self._service.run(edits.update_date(p.id, date.id, **values))

    def _remove_date(self, date: Date) -> None:
        if self._profile:
            cid = self._profile.id
            self._service.run(edits.remove_date(cid, date.id))
