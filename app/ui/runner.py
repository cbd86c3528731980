"""The window's one runner of operations: one change signal, one undo stack, one error path.

Quick writes run here, on the window's thread; imports, exports, backups and checks run in a
worker thread (`app.ui.worker`). Either way, success is broadcast as one `changed(Change)` that
each view reads for what concerns it, and failure takes one path: a plain message through
`failed` (or to the caller's own place for it) and, for anything unexpected, the traceback in
the log. The shape is Anki's CollectionOp.

Every change made in the window goes on the undo stack as the operation that undoes it
exactly (`app.core.operations`). Undoing a change of another customer first asks the window to
open that customer (`reveal`), so the person sees what came back. The stack names each change
by its title, said in the shop's language (the Edit menu: "Rückgängig: Einkauf für Ana Ruiz
notieren"), and again in the new one when the language changes. An erasure is no step on the
stack, and takes the steps of the customer it erased off it (`forget`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from app.core import logs
from app.core.errors import ConflictError, RegularsError, is_disk_full
from app.core.operations import Change, Done, Operation, perform
from app.core.phrases import Phrase
from app.core.session import DATABASE_ERRORS, is_locked, own_file, without_waiting
from app.ui.local_forms import say, say_error
from app.ui.words import N_, words
from app.ui.worker import Background, Job

T = TypeVar("T")
UNDO_LIMIT = 200
# A change that finds another program writing is tried again this often, for this long.
RETRY_MS = 200
WAIT_LIMIT_S = 60.0
# Said in the status bar with `words`, as is every sentence marked here with `N_`.
SAVING = N_("Saving… (another program is writing to the customer book)")
STILL_LOCKED = N_("Not saved: another program has been writing to the customer book for a "
                  "minute; nothing was saved — try again.")
# The Edit menu's Undo and Redo, with the change they take back or make again ({what}: its
# title, "add Ana Ruiz") and without one.
UNDO, UNDO_WHAT = N_("&Undo"), N_("&Undo {what}")
REDO, REDO_WHAT = N_("&Redo"), N_("&Redo {what}")


class StillLockedError(RegularsError):
    """Another program kept the write lock for the whole wait: the change was not made."""

    def __init__(self) -> None:
        super().__init__(Phrase(STILL_LOCKED))


def _data_folder() -> Path | None:
    """Where the open database is, to tell a full disk from another I/O error (None when no
    file is open: a database in memory has no disk)."""
    try:
        folder = own_file().parent
    except AttributeError:  # nothing opened yet
        return None
    return folder if folder.is_absolute() and folder.is_dir() else None


def plain(error: BaseException) -> str:
    """What a database error means to the owner, in the window's language; one it has no
    words for, as SQLite said it."""
    text = str(error)
    if is_disk_full(error, _data_folder()):
        return words(N_("the disk is full"))
    if "readonly" in text or "read-only" in text:
        return words(N_("the data folder cannot be written to (read-only)"))
    if "locked" in text:
        return words(N_("the database is busy in another program; try again"))
    return text


def message_for(error: BaseException, where: str) -> str:
    """The one error path: a sentence for the owner, in the window's language; the traceback
    of a surprise to the log."""
    if isinstance(error, RegularsError):
        return say_error(error)
    if isinstance(error, DATABASE_ERRORS) or is_disk_full(error):
        return words(N_("Not saved: {reason}. Everything saved before is safe.")).format(
            reason=plain(error))
    logs.log_exception(error, where)
    return words(N_("Something went wrong ({error}) and nothing was changed. The details are "
                    "in the log: Help > Open the log folder.")).format(
        error=type(error).__name__)


class OperationCommand(QUndoCommand):
    """One change on the undo stack; its first redo is the change already made."""

    def __init__(self, runner: Runner, title: str, customer_ids: frozenset[int],
                 back: Operation[None] | None, forth: Operation[None] | None = None) -> None:
        super().__init__(say(title))
        self.title = title  # to be said again in another language
        self.customer_ids = customer_ids  # whom it touches: an erasure drops it (`forget`)
        self._runner = runner
        self._back = back
        self._forth = forth
        self._made = True

    @classmethod
    def made(cls, runner: Runner, done: Done[Any]) -> OperationCommand:
        return cls(runner, done.operation.title, done.change.customer_ids, done.undo)

    def again(self) -> OperationCommand:
        """The same step as it stands, for a stack built anew: already made, so pushing it
        does not make it again."""
        return OperationCommand(self._runner, self.title, self.customer_ids, self._back,
                                self._forth)

    def redo(self) -> None:
        """QUndoCommand.redo: runs on push too, when the change is already made."""
        if self._made:
            self._made = False
            return
        self._step(forward=True)

    def undo(self) -> None:
        """QUndoCommand.undo: put back exactly what the change altered."""
        self._step(forward=False)

    def _step(self, forward: bool) -> None:
        operation = self._forth if forward else self._back
        if operation is None:
            return
        done = self._runner.step(operation)
        if done is None:  # it could not be put back: it leaves the stack, said plainly
            self.setObsolete(True)
            return
        self.customer_ids |= done.change.customer_ids
        if forward:
            self._back = done.undo
        else:
            self._forth = done.undo


class Runner(QObject):
    changed = Signal(object)  # Change
    failed = Signal(str)
    conflicted = Signal(object)  # a ConflictError: the owner chooses which value stays
    reveal = Signal(int)  # open this customer: a change of theirs is about to be undone
    saving = Signal(bool)  # True while a change waits for another program's write to end

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._jobs: list[Background] = []
        self._waiting = False
        self._named: list[tuple[QAction, bool]] = []  # Undo (True) and Redo (False) actions
        for signal in (self.undo_stack.indexChanged, self.undo_stack.canUndoChanged,
                       self.undo_stack.canRedoChanged, self.undo_stack.undoTextChanged,
                       self.undo_stack.redoTextChanged):
            signal.connect(self._name_actions)

    def undo_action(self, parent: QObject) -> QAction:
        """Undo, named with the change it takes back in the shop's language. Qt's own
        (`createUndoAction`) writes its prefix and the title side by side, which only English
        reads well; here each language places the title in its own words."""
        return self._action(parent, back=True)

    def redo_action(self, parent: QObject) -> QAction:
        """Redo, named as Undo is."""
        return self._action(parent, back=False)

    def _action(self, parent: QObject, back: bool) -> QAction:
        action = QAction(parent)
        action.triggered.connect(self.undo_stack.undo if back else self.undo_stack.redo)
        self._named.append((action, back))
        self._name_actions()
        return action

    def _name_actions(self) -> None:
        stack = self.undo_stack
        # A window closed takes its actions with it; the runner may serve the next one.
        self._named = [(action, back) for action, back in self._named if shiboken6.isValid(action)]
        for action, back in self._named:
            title = stack.undoText() if back else stack.redoText()
            bare, named = (UNDO, UNDO_WHAT) if back else (REDO, REDO_WHAT)
            # An "&" of a name (a company's "Smith & Sons") is no shortcut key.
            action.setText(words(named).format(what=title.replace("&", "&&")) if title
                           else words(bare))
            action.setEnabled(stack.canUndo() if back else stack.canRedo())

    def say_again(self) -> None:
        """The changes on the stack named in the language now spoken (it has just changed)."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, OperationCommand):
                command.setText(say(command.title))
        self._name_actions()

    def run(self, operation: Operation[T], *, source: object | None = None,
            report: Callable[[str], None] | None = None) -> Done[T] | None:
        """Make the change now; None when it was refused (said through `report` or
        `failed`). An undoable change goes on the undo stack."""
        done = self._perform(operation, source, report)
        if done is not None and done.undo is not None:
            self.undo_stack.push(OperationCommand.made(self, done))
        return done

    def forget(self, customer_id: int) -> None:
        """Every step that touches this customer off the stack: they are erased, and nothing
        of theirs can come back. QUndoStack removes no single step, so the stack is built
        again from the steps made that stay, pushed as made (not made again); the steps
        undone go, as they do when a new change is made."""
        stack = self.undo_stack
        kept = [command.again() for command in map(stack.command, range(stack.index()))
                if isinstance(command, OperationCommand) and not command.isObsolete()
                and customer_id not in command.customer_ids]
        stack.clear()
        for command in kept:
            stack.push(command)

    def step(self, operation: Operation[None]) -> Done[None] | None:
        """An undo or a redo, not pushed again. The customer is opened first, so the person
        sees the change go; and after, for one that only exists now (a redone "add")."""
        if operation.customers:
            self.reveal.emit(operation.customers[0])
        done = self._perform(operation, None, None)
        if done is not None and operation.customers:
            self.reveal.emit(operation.customers[0])
        return done

    def _perform(self, operation: Operation[T], source: object | None,
                 report: Callable[[str], None] | None) -> Done[T] | None:
        try:
            done = self._when_free(operation, source)
        except ConflictError as conflict:  # not a failure: a choice, with both values
            self.conflicted.emit(conflict)
            return None
        except Exception as error:
            (report or self.failed.emit)(message_for(error, operation.name))
            return None
        if done.change:
            self.changed.emit(done.change)
        return done

    def _when_free(self, operation: Operation[T], source: object | None) -> Done[T]:
        """Perform now, or once another program's write is over: SQLite's own busy wait
        would freeze the window, so the wait is here, with the window alive (repainting,
        timers running; keys typed meanwhile are delivered after). A failed try is rolled
        back whole, so each retry is a clean one.

        A change asked for while one already waits (a timer's) is tried once and not
        waited for: a wait inside the wait could apply out of order or never end."""
        deadline = time.monotonic() + WAIT_LIMIT_S
        waiting_here = False
        try:
            while True:
                try:
                    with without_waiting():
                        return perform(operation, source)
                except DATABASE_ERRORS as error:
                    if not is_locked(error) or (self._waiting and not waiting_here):
                        raise
                if time.monotonic() >= deadline:
                    raise StillLockedError
                if not waiting_here:
                    waiting_here = self._waiting = True
                    self.saving.emit(True)
                self._pause()
        finally:
            if waiting_here:
                self._waiting = False
                self.saving.emit(False)

    @staticmethod
    def _pause() -> None:
        """RETRY_MS of the window's life, without the person's keys and clicks."""
        loop = QEventLoop()
        QTimer.singleShot(RETRY_MS, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def attempt(self, call: Callable[[], T], where: str,
                report: Callable[[str], None] | None = None) -> T | None:
        """Something that is not a change to undo (a backup, a restore): the same error path."""
        try:
            return call()
        except Exception as error:
            (report or self.failed.emit)(message_for(error, where))
            return None

    def broadcast(self, change: Change) -> None:
        """A change made outside the window (a job, a restore, an import): views read again."""
        self.changed.emit(change)

    def background(self, job: Job, *, on_result: Callable[[Any], None] | None = None,
                   on_failure: Callable[[str], None] | None = None,
                   on_progress: Callable[[int, int], None] | None = None,
                   where: str = "background job") -> Background:
        """Run `job` in a worker thread; its result, failure and progress come back here."""
        task = Background(job, self)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_result is not None:
            task.succeeded.connect(on_result)
        task.crashed.connect(lambda error: (on_failure or self.failed.emit)(
            message_for(error, where)))
        task.done.connect(lambda: self._jobs.remove(task) if task in self._jobs else None)
        self._jobs.append(task)
        task.start()
        return task

    def wait_for_jobs(self) -> None:
        """Let every job under way finish (the window is closing)."""
        for task in list(self._jobs):
            task.wait()
