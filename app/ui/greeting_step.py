"""Done on a birthday or an anniversary: one small step that offers to send a greeting.

"Send a message" is what the owner almost always wants, so Enter takes it: the greeting
(app.core.greetings) opens in the mail or messaging program, or, where there is none or no
program takes the link, goes to the clipboard and the owner is told to paste it. "Just mark
done" logs nothing. Either is one undoable step; Esc changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from app.core import edits, greetings
from app.core.reminders import Reminder
from app.ui.done_step import answer_button, question_label, what_was_logged
from app.ui.local_forms import say
from app.ui.service import DataService
from app.ui.words import N_, words

SEND, JUST_DONE = N_("Send a message"), N_("Just mark done")


class GreetingDialog(QDialog):
    """Send a message (Enter, or 1) or just mark it done (2)."""

    chosen = Signal(bool)  # True: send a greeting

    def __init__(self, occasion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Done"))
        self.question = question_label(
            self.tr("{occasion}: send a message?").format(occasion=occasion))
        answers = QHBoxLayout()
        self.send = answer_button(f"1  {words(SEND)}", "1", lambda: self._choose(True))
        self.send.setDefault(True)
        self.send.setAutoDefault(True)
        self.send.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The style draws the default button's frame wider than its size hint allows for.
        self.send.setMinimumWidth(self.send.sizeHint().width()
                                  + self.send.fontMetrics().horizontalAdvance("MM"))
        answers.addWidget(self.send)
        answers.addWidget(answer_button(f"2  {words(JUST_DONE)}", "2",
                                        lambda: self._choose(False)))
        answers.addSpacing(12)
        answers.addWidget(answer_button(self.tr("Cancel (Esc)"), "", self.reject))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(answers)
        self.setFocusProxy(self.send)

    def _choose(self, send: bool) -> None:
        self.accept()
        self.chosen.emit(send)


def send(greeting: greetings.Greeting) -> greetings.Greeting:
    """Opens the greeting's link; without one, or when no program takes it, the greeting goes
    to the clipboard. Returns it with the channel it really went by."""
    if greeting.url and QDesktopServices.openUrl(QUrl(greeting.url)):
        return greeting
    QGuiApplication.clipboard().setText(greeting.text)
    return greetings.copied(greeting)


def offer(service: DataService, reminder: Reminder, said: Callable[[str], None],
          parent: QWidget) -> GreetingDialog:
    """Done on a birthday or an anniversary: asks, then sends (or not) and marks it done
    through the runner, and says what happened. Returns the question while it is open."""

    def run(wanted: bool) -> None:
        greeting = send(greetings.prepare(reminder, say)) if wanted else None
        done = service.run(edits.greet(reminder, greeting))
        if done is None:
            return
        if greeting is not None and greeting.channel == greetings.COPY:
            said(words(N_("The greeting is copied: paste it into your message to {name}."))
                 .format(name=greeting.name))
        else:
            said(what_was_logged(done.result, reminder.customer))

    # On a screen set private (it may face the shop) the question names whose day it is only.
    dialog = GreetingDialog(reminder.customer if service.privacy.on else reminder.text, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.chosen.connect(run)
    # Where the keyboard goes back to once answered (the desktop does this; offscreen not).
    dialog.finished.connect(lambda _result: parent.window().activateWindow())
    dialog.open()
    return dialog
