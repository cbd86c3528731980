"""Privacy mode (F8): what a screen that faces the shop may show, decided here once.

Names stay, and the name a customer goes by (it is how to greet them). Everything else that is
personal goes: phone numbers, emails and addresses, family and pets and their notes, birthdays,
dates and ages, tags, preferences, the timeline, amounts, loyalty points, promises and what
reminders and the weekly review say. Each part of the window reads `Privacy.on` when it draws
and draws again on `changed`; what stands in for a hidden part is worded here, so that every
part says it the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from app.ui.words import N_, words

# The list's columns (by their sort key) that stay on a private screen: the names.
LIST_KEEPS = frozenset({"name", "nickname"})
# The parts that privacy hides, as their notes name them: each part passes its name in English,
# and `hidden` says it in the window's language.
HIDDEN_PARTS = (N_("The timeline"), N_("The details"), N_("The weekly review"),
                N_("What was promised"))


class Privacy(QObject):
    """Whether the screen faces the shop. `changed` is sent on every `set`, also with the
    value it had, so that a part told at start-up draws in the mode the owner left it in."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on = False

    @property
    def on(self) -> bool:
        return self._on

    def set(self, on: bool) -> None:
        self._on = on
        self.changed.emit(on)


def hidden(what: str, many: bool = False) -> str:
    """The note that stands in for a hidden part: "The timeline is hidden (privacy on). F8
    shows it." `many` for a plural ("The details are…"). `what` is one of HIDDEN_PARTS, or a
    name already in the window's language (`words` leaves it as it is); one sentence serves
    every part, so its translations are worded to fit a name of any gender ("Der Verlauf: …")."""
    sentence = (N_("{what} are hidden (privacy on). F8 shows them.") if many
                else N_("{what} is hidden (privacy on). F8 shows it."))
    return words(sentence).format(what=words(what))


def note(what: str, many: bool = False) -> QLabel:
    """The greyed, centred note a part shows in place of what privacy hides (hidden until
    the part shows it)."""
    label = QLabel(hidden(what, many))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)
    label.hide()
    return label


def told(private: bool, full: str, discreet: str) -> str:
    """A message with its details (`full`), or on a private screen the one without
    (`discreet`): "Redeemed 100 points for Ana Ruiz" becomes "Redeemed points for Ana Ruiz"."""
    return discreet if private else full
