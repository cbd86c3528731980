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


def test_a_startup_restore_says_the_customers_erased_since_the_backup_were_erased_again(
        qtbot, tmp_path: Path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core import edits
    from app.core.operations import perform
    from app.ui.application import open_or_repair

    folder = tmp_path / "data"
    session.open_data(folder)
    erased = customers.create_customer(first_name="Ann")
    customers.create_customer(first_name="Dot")
    backups.automatic("daily")
    perform(edits.erase_customer(erased))
    session.close()
    (folder / "regulars.sqlite3").write_bytes(b"garbage" * 2000)
    seen: list[str] = []
    looks = iter(range(250))  # five seconds at most: no box is left for a later test to find

    def answer():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible() and w.text() not in seen]
        if boxes:
            box = boxes[0]
            seen.append(box.text())
            chosen = [b for b in box.buttons() if b.text() == "Restore the newest backup"]
            (chosen or box.buttons())[0].click()
        if len(seen) < 2 and next(looks, None) is not None:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    try:
        assert open_or_repair(str(folder))
        assert seen[1] == "1 customer erased since this backup was erased again"
        assert [c.first_name for c in Customer.select()] == ["Dot"]
    finally:
        session.close()
