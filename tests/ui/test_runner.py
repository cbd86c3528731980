"""The runner, as the owner meets it: every change undone with Ctrl+Z in order, the Edit menu
naming it, the customer it concerns opened; one error path that says a failure plainly and
keeps its traceback in the log, never a customer's details."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from app.core import edits, health, logs, session
from app.core import profile as profiles
from app.core import timeline as timelines
from app.exchange import jobs


@pytest.fixture
def logged(data_dir):
    """The log as the window sets it up: in logs/ beside the database."""
    path = logs.setup(logs.log_dir_for(data_dir / "regulars.sqlite3"))
    yield path
    logs.close()


@pytest.fixture
def three(service, window):
    """Anna, Bruno and Carla, in a window that has read them."""
    ids = {name: service.run(edits.create_customer(first_name=name, last_name=last)).result
           for name, last in (("Anna", "Lindqvist"), ("Bruno", "Okafor"), ("Carla", "Mendes"))}
    service.runner.undo_stack.clear()  # the owner starts from here
    return ids


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def find(qtbot, window, name: str) -> None:
    """Ctrl+F, the name, Enter: as a regular walks in."""
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    type_text(qtbot, name)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.glance.title.text().startswith(name), timeout=3000)


def field_by_label(window, text: str) -> QWidget:
    label = next(w for w in window.findChildren(QLabel) if w.text() == text and w.buddy())
    return label.buddy()


def undo_text(window) -> str:
    return window.actions["undo"].text()


def test_three_changes_undone_and_redone_by_keyboard_in_order(qtbot, window, three):
    anna, bruno, carla = three["Anna"], three["Bruno"], three["Carla"]
    window.activateWindow()

    find(qtbot, window, "Anna")
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Asked about the blue scarf")
    press(qtbot, Qt.Key.Key_Return)
    assert [e.text for e in timelines.entries(anna)] == ["Asked about the blue scarf"]

    find(qtbot, window, "Bruno")
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(1).center())  # "Details"
    goes_by = field_by_label(window, "Goes by")
    qtbot.mouseClick(goes_by, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is goes_by
    type_text(qtbot, "Bru")
    press(qtbot, Qt.Key.Key_Tab)  # the field saves when it is left
    assert profiles.load(bruno).nickname == "Bru"

    find(qtbot, window, "Carla")
    assert QApplication.focusWidget() is window.table
    press(qtbot, Qt.Key.Key_Delete)
    assert profiles.load(carla).archived

    # Back, one step at a time: the menu names each before it is taken.
    assert undo_text(window) == "&Undo archive Carla Mendes"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not profiles.load(carla).archived
    assert window.profile.customer_id == carla

    assert undo_text(window) == "&Undo edit goes-by name of Bruno Okafor"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert profiles.load(bruno).nickname == ""
    assert window.profile.customer_id == bruno  # opened, so the owner sees it come back
    assert window.profile.nickname.text() == ""

    assert undo_text(window) == "&Undo log visit for Anna Lindqvist"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert timelines.entries(anna) == []
    assert window.profile.customer_id == anna
    assert window.timeline.model.rowCount() == 0

    # Nothing left to undo: the menu says so, and Ctrl+Z changes nothing.
    assert undo_text(window) == "&Undo"
    assert not window.actions["undo"].isEnabled()
    before = [profiles.to_json(profiles.load(c)) for c in (anna, bruno, carla)]
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [profiles.to_json(profiles.load(c)) for c in (anna, bruno, carla)] == before

    # Redo brings all three back, in the order they were made.
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Z,
              Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [e.text for e in timelines.entries(anna)] == ["Asked about the blue scarf"]
    assert profiles.load(bruno).nickname == "Bru"
    assert profiles.load(carla).archived
    assert window.profile.customer_id == carla


def test_the_status_bar_offers_only_the_next_undo(qtbot, window, service, three):
    window.commands.archive([three["Carla"]])
    assert "Ctrl+Z undoes it" in window.statusBar().currentMessage()
    service.run(edits.log_entry(three["Anna"], "note", "later"))  # another change comes after
    assert "Ctrl+Z undoes it" not in window.statusBar().currentMessage()
    assert not window._undo_button.isVisible()


def other_program(store) -> sqlite3.Connection:
    """A command-line job's connection: its writes are not on the window's stack."""
    return sqlite3.connect(store, isolation_level=None)


def test_undo_puts_back_only_what_it_changed_after_a_job_wrote(qtbot, window, service, store,
                                                               three):
    bruno = three["Bruno"]
    service.run(edits.update_customer(bruno, nickname="Bru"))
    job = other_program(store)
    job.execute("UPDATE customer SET last_name = 'Okafor-Smith' WHERE id = ?", (bruno,))
    job.close()
    window.undo_stack.undo()
    p = profiles.load(bruno)
    assert (p.nickname, p.last_name) == ("", "Okafor-Smith")  # the job's change stays


def test_undo_of_what_a_job_deleted_says_why_and_changes_nothing(qtbot, window, service, store,
                                                                 three):
    anna = three["Anna"]
    entry = service.run(edits.log_entry(anna, "note", "first")).result
    service.run(edits.edit_entry(timelines.get_entry(entry), "note", "second",
                                 None, timelines.get_entry(entry).at))
    job = other_program(store)
    job.execute("DELETE FROM interaction WHERE id = ?", (entry,))
    job.close()
    window.undo_stack.undo()
    assert "cannot be undone" in window.statusBar().currentMessage()
    assert "another program" in window.statusBar().currentMessage()
    assert timelines.entries(anna) == []
    assert window.undo_stack.undoText() == "log note for Anna Lindqvist"  # the rest stays


def test_an_import_is_undone_by_its_backup_while_nothing_came_after(qtbot, window, service,
                                                                    tmp_path, three):
    card = tmp_path / "two.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Dora Veld\nN:Veld;Dora;;;\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:Emil Sand\nN:Sand;Emil;;;\nEND:VCARD\n")
    kind, cards = service.read_import(card)
    results = []
    job = service.runner.background(service.import_job(kind, cards, dry_run=False),
                                    on_result=results.append)
    qtbot.waitUntil(lambda: bool(results) and not job.running(), timeout=10_000)
    service.imported(results[0])
    assert window.model.total() == 5

    window.menus["Edit"].aboutToShow.emit()
    action = window.actions["undo_import"]
    assert action.isEnabled() and "removes 2 customers" in action.text()
    action.trigger()
    assert window.model.total() == 3
    assert "import is undone" in window.statusBar().currentMessage()


def test_an_import_cannot_be_undone_once_something_else_was_written(qtbot, window, service,
                                                                     tmp_path, three):
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Dora Veld\nN:Veld;Dora;;;\nEND:VCARD\n")
    report = jobs.import_file(card)
    service.imported(report)
    window.menus["Edit"].aboutToShow.emit()
    assert window.actions["undo_import"].isEnabled()
    service.run(edits.log_entry(three["Anna"], "note", "a note after the import"))
    window.menus["Edit"].aboutToShow.emit()
    assert not window.actions["undo_import"].isEnabled()


def test_a_failing_background_job_is_said_plainly_and_logged_without_names(
        qtbot, sample_window, service, logged, monkeypatch):
    window = sample_window
    names = [p.name for p in profiles.load_many([window.model.customer_id(r) for r in range(20)])]
    note = "Told us about her knee operation"
    service.run(edits.log_entry(window.model.customer_id(0), "note", note))

    def broken_check() -> str:
        raise RuntimeError(f"page of {names[0]} is unreadable")  # carries a customer's name

    monkeypatch.setattr(health, "quick_problem", broken_check)
    window.duties.check_soundness()
    qtbot.waitUntil(lambda: "Something went wrong" in window.statusBar().currentMessage(),
                    timeout=10_000)
    assert "RuntimeError" in window.statusBar().currentMessage()
    assert "Open the log folder" in window.statusBar().currentMessage()
    text = logged.read_text()
    assert "RuntimeError" in text and "broken_check" in text  # the traceback's frames
    assert "log_entry" in text  # the operation's kind and ids are there
    assert not [name for name in names if name in text]
    assert note not in text and "knee" not in text


def test_help_opens_the_log_folder(window, data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr("app.ui.commands.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    window.actions["open_log_folder"].trigger()
    assert opened == [str(session.database_file().parent / "logs")]


def test_typing_in_a_field_keeps_ctrl_z_for_the_field(qtbot, window, three):
    """Ctrl+Z inside a text field undoes the typing there, not the last saved change."""
    find(qtbot, window, "Anna")
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    type_text(qtbot, "abc")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() != "abc"
    assert window.undo_stack.count() == 0


def test_undoing_a_new_customer_takes_them_off_the_screen(qtbot, window, service, three):
    done = service.run(edits.create_customer(first_name="Dora", last_name="Veld"))
    window.reveal(done.result)
    assert window.glance.title.text().startswith("Dora")
    row = window.table.visualRect(window.model.index(window.model.row_of(done.result), 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.row_of(done.result) is None
    assert window.model.total() == 3
    assert not window.statusBar().currentMessage().startswith("⚠")
    press(qtbot, Qt.Key.Key_Z,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.model.row_of(done.result) is not None
    assert window.profile.customer_id == done.result


def holding_the_write_lock(store) -> sqlite3.Connection:
    """Another program in the middle of a long write: it holds SQLite's write lock."""
    job = other_program(store)
    job.execute("BEGIN IMMEDIATE")
    return job


def test_a_change_made_while_another_program_writes_waits_alive_and_is_saved(
        qtbot, window, service, store, three):
    anna = three["Anna"]
    job = holding_the_write_lock(store)
    said: list[str] = []
    service.runner.saving.connect(lambda busy: said.append(window.statusBar().currentMessage()))
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(100)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    QTimer.singleShot(1500, lambda: job.execute("COMMIT"))

    done = service.run(edits.log_entry(anna, "note", "Wants the red wool"))
    ticker.stop()
    job.close()

    assert done is not None
    assert [e.text for e in timelines.entries(anna)] == ["Wants the red wool"]
    assert said and said[0].startswith("Saving…")
    assert "another program" in said[0]
    assert len(ticks) >= 5  # the window went on while it waited
    assert not window.statusBar().currentMessage().startswith("Saving")
    assert window.undo_stack.count() == 1


def test_a_change_that_never_gets_the_lock_is_not_saved_and_says_why(
        qtbot, window, service, store, three, monkeypatch):
    from app.ui import runner

    monkeypatch.setattr(runner, "WAIT_LIMIT_S", 0.5)
    anna = three["Anna"]
    job = holding_the_write_lock(store)
    failures: list[str] = []
    service.runner.failed.connect(failures.append)

    done = service.run(edits.log_entry(anna, "note", "Wants the red wool"))
    job.execute("COMMIT")
    job.close()

    assert done is None
    assert len(failures) == 1
    assert "nothing was saved" in failures[0] and "another program" in failures[0]
    assert timelines.entries(anna) == []
    assert window.undo_stack.count() == 0
    assert "nothing was saved" in window.statusBar().currentMessage()


def test_a_change_asked_for_while_another_waits_fails_at_once_and_is_made_once(
        qtbot, window, service, store, three):
    """A timer that writes during the wait neither waits inside the wait nor doubles a write."""
    anna, bruno = three["Anna"], three["Bruno"]
    job = holding_the_write_lock(store)
    nested: list[object] = []
    QTimer.singleShot(300, lambda: nested.append(
        service.run(edits.log_entry(bruno, "note", "meanwhile"))))
    QTimer.singleShot(1000, lambda: job.execute("COMMIT"))

    done = service.run(edits.log_entry(anna, "note", "first"))
    job.close()

    assert done is not None
    assert nested == [None]
    assert [e.text for e in timelines.entries(anna)] == ["first"]
    assert timelines.entries(bruno) == []


@pytest.mark.parametrize("error", [
    OSError(errno.ENOSPC, "No space left on device", "customers.vcf"),  # an export, a backup
    sqlite3.OperationalError("database or disk is full"),
])
def test_a_full_disk_is_said_as_such_not_as_a_surprise(error, monkeypatch):
    from app.ui.runner import message_for

    surprises = []
    monkeypatch.setattr(logs, "log_exception", lambda *args: surprises.append(args))
    assert message_for(error, "export") == (
        "Not saved: the disk is full. Everything saved before is safe.")
    assert surprises == []


def test_redo_is_named_too_and_an_ampersand_in_a_name_is_no_shortcut_key(window, service):
    service.run(edits.create_customer(company="Smith & Sons"))
    assert undo_text(window) == "&Undo add Smith && Sons"
    window.undo_stack.undo()
    assert window.actions["redo"].text() == "&Redo add Smith && Sons"
    assert window.actions["redo"].isEnabled()
    assert undo_text(window) == "&Undo" and not window.actions["undo"].isEnabled()


def test_the_edit_menu_names_a_change_in_the_shop_s_language_and_again_when_it_changes(
        window, service, three):
    """A title is said as the window speaks; the changes already on the stack are said again
    once the shop's language changes."""
    service.run(edits.log_entry(three["Anna"], "purchase", "scarf", "10"))
    service.run(edits.put_settings({"language": "de"}))
    assert undo_text(window) == "&Rückgängig: Einstellungen ändern"
    assert window.undo_stack.command(0).text() == "Kauf für Anna Lindqvist notieren"
    service.run(edits.set_archived([three["Bruno"], three["Carla"]], True))
    assert window.undo_stack.undoText() == "2 Kunden archivieren"
    window.undo_stack.undo()
    assert window.actions["redo"].text() == "&Wiederholen: 2 Kunden archivieren"


def test_forgetting_a_customer_keeps_the_others_steps_in_order_and_undoable(window, service,
                                                                            three):
    """An erasure leaves no step of the customer it erased: the rest stays, not made again."""
    anna, bruno, carla = three["Anna"], three["Bruno"], three["Carla"]
    service.run(edits.update_customer(bruno, nickname="Bru"))
    window.undo_stack.undo()
    window.undo_stack.redo()  # Bruno's step has been made again once: it still goes both ways
    service.run(edits.log_entry(anna, "note", "Anna's note"))
    service.run(edits.set_archived([anna, carla], True))  # one step for both: it goes too
    service.run(edits.log_entry(carla, "note", "Carla's note"))
    service.run(edits.log_entry(anna, "note", "undone, so a redo step"))
    window.undo_stack.undo()
    assert window.undo_stack.canRedo()

    service.runner.forget(anna)

    stack = window.undo_stack
    assert [stack.command(i).text() for i in range(stack.count())] == [
        "edit goes-by name of Bruno Okafor", "log note for Carla Mendes"]
    assert stack.index() == 2 and not stack.canRedo()
    assert undo_text(window) == "&Undo log note for Carla Mendes"
    assert window.actions["redo"].text() == "&Redo" and not window.actions["redo"].isEnabled()
    assert [e.text for e in timelines.entries(carla)] == ["Carla's note"]  # not made again
    stack.undo()
    assert timelines.entries(carla) == []
    stack.undo()
    assert profiles.load(bruno).nickname == ""
    assert not stack.canUndo()
    stack.redo()
    stack.redo()
    assert profiles.load(bruno).nickname == "Bru"
    assert [e.text for e in timelines.entries(carla)] == ["Carla's note"]


def test_forgetting_someone_with_no_steps_keeps_the_stack_but_not_its_redo(window, service,
                                                                           three):
    service.run(edits.log_entry(three["Anna"], "note", "kept"))
    service.run(edits.log_entry(three["Bruno"], "note", "undone"))
    window.undo_stack.undo()
    service.runner.forget(three["Carla"])
    assert window.undo_stack.count() == 1 and not window.undo_stack.canRedo()
    assert undo_text(window) == "&Undo log note for Anna Lindqvist"


def test_a_customer_erased_by_the_command_line_leaves_the_window_s_undo_list(window, service,
                                                                            three, data_dir):
    """`regulars erase` while the window is open: when the window sees the change, the steps
    of that customer leave its Undo list (undoing one would bring a part of them back)."""
    import subprocess
    import sys

    anna, bruno = three["Anna"], three["Bruno"]
    service.run(edits.log_entry(bruno, "note", "Bruno's note"))
    service.run(edits.log_entry(anna, "note", "Anna's note"))
    duties = window.duties
    duties.watch()  # the window's look every few seconds
    erased = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "erase",
                             str(anna), "--yes"], capture_output=True, text=True, check=False)
    assert erased.returncode == 0, erased.stderr
    duties.watch()
    stack = window.undo_stack
    assert [stack.command(i).text() for i in range(stack.count())] == [
        "log note for Bruno Okafor"]
    service.changed_elsewhere()  # another look: Bruno's step stays, redo and all
    stack.undo()
    service.changed_elsewhere()
    assert stack.canRedo()
