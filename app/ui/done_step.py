"""Done on any list of things to do (the Today list, F7, F6), as one step that says what it did.

Done on "get in touch" (a regular who stopped coming, a customer to stay in touch with) could
mean a call, a message, a visit, or that the owner let it go: writing a guess on the timeline
would record a contact that never was. So it asks, in one small window: four answers, each
with its number key, none chosen in advance (Enter picks nothing); Esc changes nothing. Where
Done is unambiguous (a promise closed) it is done at once; a birthday or an anniversary offers
a greeting to send (greeting_step). Either way the owner is told what went on the timeline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.edits import Logged
from app.core.operations import Operation
from app.ui.local_forms import say
from app.ui.service import DataService
from app.ui.words import N_, words

# (outcome, what the button says): the outcomes of `reminders.CONTACT_OUTCOMES`.
CHOICES = (("call", N_("Called")), ("message", N_("Messaged")), ("visit", N_("Saw them")),
           ("nothing", N_("Nothing")))
# What the status bar says Done wrote on the timeline, by the kind of entry: whole sentences,
# as each language puts the kind and the name in an order of its own.
_LOGGED = {"call": N_("Logged a call with {name}: “{text}”."),
           "message": N_("Logged a message with {name}: “{text}”."),
           "visit": N_("Logged a visit with {name}: “{text}”."),
           "email": N_("Logged an email with {name}: “{text}”."),
           "note": N_("Logged a note for {name}: “{text}”.")}
_LOGGED_OTHER = N_("Logged for {name}: “{text}”.")


def question_label(text: str) -> QLabel:
    """The question a Done step asks, in bold above its answers."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def answer_button(text: str, key: str, clicked: Callable[[], None]) -> QPushButton:
    """One answer of a Done step: picked by its key or a click, never by Enter or Space (it
    takes no keyboard focus), so that no answer is given in advance."""
    button = QPushButton(text)
    if key:
        button.setShortcut(QKeySequence(key))
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(lambda _=False: clicked())
    return button


class OutcomeDialog(QDialog):
    """What happened: one answer is one key (1-4) or one click."""

    chosen = Signal(str)  # one of the outcomes of CHOICES

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Done"))
        self.question = question_label(self.tr("What happened with {name}?").format(name=name))
        answers = QHBoxLayout()
        for number, (outcome, text) in enumerate(CHOICES, start=1):
            answers.addWidget(answer_button(f"{number}  {words(text)}", str(number),
                                            lambda chosen=outcome: self._choose(chosen)))
        answers.addSpacing(12)
        answers.addWidget(answer_button(self.tr("Cancel (Esc)"), "", self.reject))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(answers)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys come to the question itself

    def showEvent(self, event: QShowEvent) -> None:
        """QWidget.showEvent: the keyboard is on the question, not on any answer."""
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _choose(self, outcome: str) -> None:
        self.accept()
        self.chosen.emit(outcome)


def what_was_logged(logged: Logged, name: str) -> str:
    """The sentence for the status bar: what Done wrote on the customer's timeline."""
    if logged is None:
        return words(N_("Nothing logged; the reminder is done."))
    kind, text = logged
    return words(_LOGGED.get(kind, _LOGGED_OTHER)).format(name=name, text=say(text))


def finish(service: DataService, name: str, asks: bool,
           operation: Callable[[str | None], Operation[Logged]], said: Callable[[str], None],
           parent: QWidget) -> OutcomeDialog | None:
    """Done: asks what happened first when `asks`, then runs `operation(outcome)` (undoable,
    through the runner) and passes on what it logged. Returns the question while it is open."""

    def run(outcome: str | None) -> None:
        done = service.run(operation(outcome))
        if done is not None:
            said(what_was_logged(done.result, name))

    if not asks:
        run(None)
        return None
    dialog = OutcomeDialog(name, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.chosen.connect(run)
    # Where the keyboard goes back to once answered (the desktop does this; offscreen not).
    dialog.finished.connect(lambda _result: parent.window().activateWindow())
    dialog.open()
    return dialog
