"""How a customer gave or withdrew newsletter consent: asked when the owner ticks the box.

The law asks the shop to show how each consent was given (`app.core.consent`), and the moment
to know is when it is given: so ticking or clearing the newsletter box asks, in three choices.
"In person" is chosen already, as most words are said at the counter: Enter records it, the
arrow keys (or Alt and the underlined letter) choose another, Esc records nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from app.ui.form import Form
from app.ui.words import N_, words

# The ways the window records, as `app.core.consent.HOWS` names them; the first is chosen.
CHOICES = (("in_person", N_("&In person")), ("signed_form", N_("On a &signed form")),
           ("email", N_("By &email")))


class ConsentDialog(Form):
    """Given (or withdrawn) how? One choice; `how()` is its code for `edits.record_consent`."""

    def __init__(self, given: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Newsletter consent"), parent)
        self.given = given
        question = QLabel(self.tr("How did they agree to the newsletter?") if given
                          else self.tr("How did they withdraw their consent?"))
        question.setWordWrap(True)
        self.form.addRow(question)
        self.choices = QButtonGroup(self)
        for number, (how, label) in enumerate(CHOICES):
            choice = QRadioButton(words(label))
            choice.setProperty("how", how)
            self.choices.addButton(choice, number)
            self.form.addRow(choice)
        self.choices.button(0).setChecked(True)

    def how(self) -> str:
        """The chosen way, as the consent record keeps it: "in_person", "signed_form", "email"."""
        return str(self.choices.checkedButton().property("how"))
