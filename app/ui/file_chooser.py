"""The file chooser for exports and imports: it opens where the owner keeps files.

The first time in the home folder (not the folder the program was started from, which on a
bundled install is the program's own), then in the folder of the file chosen last, for every
chooser of the window, also after a restart (`window_settings.FOLDER`). It is opened with
`open()`, so the window keeps running while it is up, and acts on `fileSelected`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui import window_settings as ws


def open_chooser(parent: QWidget, settings: QSettings | None, title: str,
                 filters: Sequence[str], save_as: str | None = None) -> QFileDialog:
    """A chooser of one existing file, or of where to write `save_as` (a file name), shown.

    Without `settings` it opens at home and remembers nothing.
    """
    dialog = QFileDialog(parent, title, ws.start_folder(settings), ";;".join(filters))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if save_as is None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(save_as)
    if settings is not None:
        dialog.fileSelected.connect(lambda path: ws.remember_folder(settings, path))
    dialog.open()
    return dialog
