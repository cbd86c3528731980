"""Starting the window on damaged data offers the newest good backup."""

from __future__ import annotations

from pathlib import Path

from app.core import backups, customers, session
from app.store.models import Customer


def test_startup_offers_the_newest_good_backup(qtbot, tmp_path: Path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.application import open_or_repair

    folder = tmp_path / "data"
    session.open_data(folder)
    customers.create_customer(first_name="Eleanor")
    backups.automatic("daily")
    session.close()
    (folder / "regulars.sqlite3").write_bytes(b"garbage" * 2000)
    seen = []

    def choose_restore():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:  # not shown yet: look again shortly
            QTimer.singleShot(20, choose_restore)
            return
        box = boxes[0]
        seen.append(box.informativeText())
        chosen = [b for b in box.buttons() if b.text() == "Restore the newest backup"]
        (chosen or box.buttons())[0].click()  # never leave the box open

    QTimer.singleShot(0, choose_restore)
    try:
        assert open_or_repair(str(folder))
        assert "(1 customer" in seen[0]  # "1 customer" once the English plural is made
        assert Customer.select().count() == 1
    finally:
        session.close()
