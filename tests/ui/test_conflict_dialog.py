"""The choice between two counters' values: both shown, "Use mine" the default, Escape keeps
the other counter's; either way the owner's choice is what the customer book holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core import customers, edits
from app.core.errors import ConflictError
from app.core.operations import perform
from app.core.profile import load
from app.ui.conflict_dialog import ConflictDialog


@pytest.fixture
def conflict(service) -> ConflictError:
    cid = service.run(edits.create_customer(first_name="Eleanor", nickname="Ellie")).result
    customers.update_customer(cid, nickname="Nell")  # the other counter's save
    with pytest.raises(ConflictError) as raised:
        perform(edits.update_customer(cid, {"nickname": "Ellie"}, nickname="Elle"))
    return raised.value


def test_both_values_are_shown_and_enter_uses_mine(qtbot, service, window, conflict):
    dialog = ConflictDialog(service, conflict, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text() == ("Eleanor's nickname was changed at another counter while you "
                             "were editing it.")
    assert dialog.informativeText() == "At the other counter: Nell\nYours: Elle"
    assert dialog.defaultButton() is dialog.mine
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert load(conflict.customer_id).nickname == "Elle"


def test_escape_keeps_theirs(qtbot, service, window, conflict):
    dialog = ConflictDialog(service, conflict, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert load(conflict.customer_id).nickname == "Nell"
