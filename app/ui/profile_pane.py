"""The profile: everything about one customer, editable where it is shown.

A field saves when the owner leaves it (Tab, Enter, or a click elsewhere);
a refused value is put back and the reason shown. Lists (contacts, family,
dates) edit through small forms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QImage, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import clock, edits
from app.core.customers import CHANNEL_NAMES, CHANNELS, split_tags
from app.core.dates import age_on
from app.core.operations import Change
from app.core.profile import Contact, Date, Person, Profile
from app.ui.contact_points import (
    ADDERS,
    MORE_ADDERS,
    contact_row,
    is_web_address,
    open_web_address,
)
from app.ui.dialogs import ContactDialog, DateDialog, RelativeDialog, relation_name
from app.ui.file_chooser import open_chooser
from app.ui.form import Form, present
from app.ui.icons import icon
from app.ui.newsletter_row import NewsletterRow
from app.ui.photos import thumbnail_png
from app.ui.privacy import note
from app.ui.rows_editor import RowsEditor
from app.ui.service import DataService
from app.ui.stay_in_touch import StayInTouch
from app.ui.words import words

F = TypeVar("F", bound=Form)


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


class ProfilePane(QScrollArea):
    """Shows and edits one customer's details."""

    message = Signal(str)

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._profile: Profile | None = None
        self._shown: dict[str, str] = {}  # each text field's value as last filled in
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        page = QVBoxLayout(body)
        page.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Choose a customer on the left — or press Ctrl+F to "
                                          "find one, Ctrl+N to add one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        # Privacy mode hides every detail here; the names stay on the card and in the list.
        self._private = False
        self.private_note = note("The details", many=True)
        self.content = QWidget()
        page.addWidget(self.placeholder, 1)
        page.addWidget(self.private_note, 1)
        page.addWidget(self.content, 1)
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(12, 10, 12, 10)

        self._columns = columns = QGridLayout()
        columns.setHorizontalSpacing(24)
        self._left = left = QVBoxLayout()
        self._right = right = QVBoxLayout()
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        self._right_at = (0, 1)
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
        self.first_name = self._line("first_name", self.tr("First name"))
        self.last_name = self._line("last_name", self.tr("Last name"))
        self.nickname = self._line("nickname", self.tr("the name they go by"))
        self.company = self._line("company", self.tr("Company"))
        self.job_title = self._line("job_title", self.tr("Head buyer, owner…"))
        self.role = self._line("role", self.tr("what they do for their company"))
        self.contacts = RowsEditor(ADDERS, self.tr("No phone or email yet"), more=MORE_ADDERS,
                                   opens=is_web_address)
        self.contacts.open_requested.connect(open_web_address)
        self.contacts.add_requested.connect(self._add_contact)
        self.contacts.edit_requested.connect(self._edit_contact)
        self.contacts.remove_requested.connect(self._remove_contact)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("VIP, wholesale… (comma separated)"))
        self.tags.editingFinished.connect(self._save_tags)
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(words(CHANNEL_NAMES.get(channel, channel.capitalize()))
                                 if channel else self.tr("No preference"), channel)
        self.channel.activated.connect(
            lambda _i: self._save("preferred_channel", self.channel.currentData())
        )
        self.stay_in_touch = StayInTouch()
        self.stay_in_touch.chosen.connect(lambda days: self._save("contact_every_days", days))
        self.newsletter = NewsletterRow(self._service)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Goes by"), self.nickname)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Job title"), self.job_title)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Contact"), self.contacts)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Prefers"), self.channel)
        form.addRow("", self.stay_in_touch)
        form.addRow("", self.newsletter)
        return form

    def _build_right_column(self, right: QVBoxLayout) -> None:
        """The right column: family and pets, dates, preferences."""
        right.addWidget(_section(self.tr("Family and pets")))
        self.family = RowsEditor([("relative", self.tr("+ Add family or pet"))],
                                 self.tr("No family or pets yet"))
        self.family.add_requested.connect(lambda _k: self._edit_relative(None))
        self.family.edit_requested.connect(self._edit_relative)
        self.family.remove_requested.connect(self._remove_relative)
        right.addWidget(self.family)
        right.addWidget(_section(self.tr("Birthdays and dates")))
        self.dates = RowsEditor([("date", self.tr("+ Add date"))], self.tr("No dates yet"))
        self.dates.add_requested.connect(lambda _k: self._edit_date(None))
        self.dates.edit_requested.connect(self._edit_date)
        self.dates.remove_requested.connect(self._remove_date)
        right.addWidget(self.dates)
        self.about_title = _section(self.tr("Preferences, in their words"))
        right.addWidget(self.about_title)
        self.about = _NotesEdit()
        self.about.setPlaceholderText(self.tr("oat-milk mocha, size M…"))
        self.about.setTabChangesFocus(True)
        self.about.setFixedHeight(84)
        self.about.left.connect(lambda: self._save("about", self.about.toPlainText()))
        right.addWidget(self.about)
        right.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QWidget.resizeEvent: the columns side by side where both fit whole, else one under
        the other (a small screen scrolls down, never sideways)."""
        super().resizeEvent(event)
        self._arrange_columns()

    def _arrange_columns(self) -> None:
        margins = self.content.layout().contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        needed = (self._left.minimumSize().width() + self._columns.horizontalSpacing()
                  + self._right.minimumSize().width())
        at = (0, 1) if needed <= room else (1, 0)
        if at != self._right_at:
            self._right_at = at
            self._columns.removeItem(self._right)
            self._columns.addLayout(self._right, *at)
            self._columns.setColumnStretch(1, 1 if at == (0, 1) else 0)

    def set_private(self, private: bool) -> None:
        self._private = private
        self._show_content()

    def _show_content(self) -> None:
        """The details of the open customer, or the note that privacy hides them."""
        opened = self._profile is not None
        self.content.setVisible(opened and not self._private)
        self.private_note.setVisible(opened and self._private)
        self.placeholder.setVisible(not opened)

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
            self._show_content()
            return
        self._profile = self._service.profile(customer_id)
        self._show_content()
        self._fill(self._profile, refill_fields=True)

    def _fill(self, p: Profile, refill_fields: bool) -> None:
        today = clock.today()
        named = ("first_name", "last_name", "nickname", "company", "job_title", "role")
        fields: list[tuple[QLineEdit, str, str]] = [(getattr(self, f), f, getattr(p, f))
                                                    for f in named]
        fields.append((self.tags, "tags", ", ".join(p.tags)))
        for widget, field, value in fields:
            if refill_fields or not widget.hasFocus():
                widget.setText(value)
                widget.setCursorPosition(0)
                self._shown[field] = value  # what a save there expects to replace
        if refill_fields or not self.about.hasFocus():
            self.about.setPlainText(p.about)
            self._shown["about"] = p.about
        self.channel.setCurrentIndex(max(0, self.channel.findData(p.preferred_channel)))
        self.stay_in_touch.show_days(p.contact_every_days)
        history = self._service.consent_history(p.id)
        self.newsletter.show_consent(p.id, p.newsletter, history[-1] if history else None)
        self.contacts.set_items([contact_row(c) for c in p.contacts])
        self._arrange_columns()  # an Open button for a web address widens the contact list
        people = []
        for r in p.relatives:
            birthday = next((d for d in p.dates if d.relative_id == r.id and
                             d.kind == "birthday"), None)
            age = ""
            if birthday and birthday.year:
                age = f", {age_on(birthday.year, birthday.month, birthday.day, today)}"
            notes = f" — {r.notes}" if r.notes else ""
            people.append((r, f"{r.name} ({relation_name(r.relation)}{age}){notes}",
                           icon("pet" if r.relation == "pet" else "visit")))
        self.family.set_items(people)
        self.dates.set_items([(d, self._date_text(d), icon("event")) for d in p.dates])

    def _date_text(self, d: Date) -> str:
        what = d.label or {"birthday": self.tr("Birthday"),
                           "anniversary": self.tr("Anniversary")}.get(d.kind, self.tr("Date"))
        if d.kind == "anniversary" and d.label:
            what = self.tr("Anniversary ({label})").format(label=d.label)
        if d.relative:  # "Mia's Birthday"
            what = self.tr("{person}'s {date}").format(person=d.relative, date=what)
        return self.tr("{date}: {day}").format(
            date=what, day=self._service.forms.month_day(d.month, d.day, d.year))

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
        # Over what the field showed: another counter's save since is offered, not overwritten.
        shown = {field: self._shown[field]} if field in self._shown else None
        done = self._service.run(edits.update_customer(p.id, shown, **{field: value}))
        if done is None and self._profile is not None:
            self._profile = self._service.profile(p.id)
            self._fill(self._profile, refill_fields=True)

    def _save_tags(self) -> None:
        p = self._profile
        if p is None:
            return
        wanted = split_tags(self.tags.text())
        if [t.casefold() for t in wanted] != [t.casefold() for t in p.tags]:
            self._service.run(edits.set_tags(p.id, wanted))

    def choose_photo(self) -> QFileDialog:
        chooser = open_chooser(self, None, self.tr("Choose a photo"),
                               [self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")])
        chooser.fileSelected.connect(self.set_photo_from_file)
        return chooser

    def set_photo_from_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.message.emit(self.tr("{path} is not an image Regulars can read").format(
                path=path))
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

    def _open(self, dialog: F, on_ok: Callable[[F, int], object]) -> F | None:
        """Open a form without waiting for it; on OK, `on_ok(form, customer id)` saves."""
        p = self._profile
        if p is None:
            dialog.deleteLater()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_ok(dialog, p.id))
        return present(dialog)

    def _add_contact(self, kind: str) -> None:
        self._open(ContactDialog(kind, parent=self), lambda d, cid: self._service.run(
            edits.add_contact(cid, kind, d.value.text(), d.label.text())))

    def _edit_contact(self, contact: Contact) -> None:
        self._open(ContactDialog(contact.kind, contact, parent=self),
                   lambda d, cid: self._service.run(edits.update_contact(
                       cid, contact.id, d.value.text(), d.label.text(), contact)))

    def _remove_contact(self, contact: Contact) -> None:
        if self._profile:
            cid = self._profile.id
            self._service.run(edits.remove_contact(cid, contact.id))

    def _edit_relative(self, person: Person | None) -> None:
        def save(dialog: RelativeDialog, cid: int) -> None:
            values = (dialog.name.text(), dialog.relation.currentText(), dialog.notes.text())
            self._service.run(edits.add_relative(cid, *values) if person is None else
                              edits.update_relative(cid, person.id, *values, person))

        self._open(RelativeDialog(person, parent=self,
                                  language=self._service.setting("language")), save)

    def _remove_relative(self, person: Person) -> None:
        if self._profile:
            cid = self._profile.id
            self._service.run(edits.remove_relative(cid, person.id))

    def _edit_date(self, date: Date | None) -> None:
        p = self._profile
        if not p:
            return

        def save(dialog: DateDialog, cid: int) -> None:
            values = dialog.values()
            self._service.run(edits.add_date(cid, **values) if date is None else
                              edits.update_date(cid, date.id, date, **values))

        self._open(DateDialog(p.relatives, date, parent=self), save)

    def _remove_date(self, date: Date) -> None:
        if self._profile:
            cid = self._profile.id
            self._service.run(edits.remove_date(cid, date.id))
