"""Undo for the things the owner may regret: archiving, deleting a timeline entry."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.core.duplicates import MergeRecord
from app.core.timeline import Entry
from app.ui.service import DataService


class ArchiveCommand(QUndoCommand):
    def __init__(self, service: DataService, customer_ids: list[int], text: str) -> None:
        super().__init__(text)
        self._service = service
        self._ids = customer_ids

    def redo(self) -> None:
        """QUndoCommand.redo: archive (also runs when first pushed)."""
        self._service.set_archived(self._ids, True)

    def undo(self) -> None:
        """QUndoCommand.undo: bring them back."""
        self._service.set_archived(self._ids, False)


class _AlreadyDone(QUndoCommand):
    """A command pushed after its change was made: the redo that push runs does nothing."""

    def __init__(self, service: DataService, text: str) -> None:
        super().__init__(text)
        self._service = service
        self._first = True

    def redo(self) -> None:
        """QUndoCommand.redo: the first call happens on push, after the change was done."""
        if self._first:
            self._first = False
            return
        self.again()

    def again(self) -> None:
        raise NotImplementedError


class DeleteEntryCommand(_AlreadyDone):
    """Undo puts the deleted entry back, redo deletes it again."""

    def __init__(self, service: DataService, entry: Entry) -> None:
        super().__init__(service, f"delete {entry.kind}")
        self._entry = entry

    def again(self) -> None:
        self._service.delete_entry(self._entry.id)

    def undo(self) -> None:
        """QUndoCommand.undo: the restored entry gets a new id, kept for redo."""
        new_id = self._service.restore_entry(self._entry)
        self._entry = Entry(**{**self._entry.__dict__, "id": new_id})


class MergeCommand(_AlreadyDone):
    """Undo unmerges, redo merges again."""

    def __init__(self, service: DataService, record: MergeRecord, text: str) -> None:
        super().__init__(service, text)
        self._record = record

    def again(self) -> None:
        self._record = self._service.merge(self._record.keep_id, self._record.other_id)

    def undo(self) -> None:
        """QUndoCommand.undo: every moved row goes back; the other customer returns."""
        self._service.unmerge(self._record)
