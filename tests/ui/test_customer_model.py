"""The customer list's model: Qt's model checks, a screenful first, sorting in SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core import demo, edits
from app.ui.customer_model import ID_ROLE, CustomerTableModel


def test_customer_model_passes_the_model_tester(qtmodeltester, service):
    demo.generate(30, seed=3)
    model = CustomerTableModel(service)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and checks every signal of what follows.
    model.set_query("a")
    model.sort(3, Qt.SortOrder.DescendingOrder)
    model.set_query("")
    service.run(edits.log_entry(model.customer_id(0), "visit", "came in"))
    assert model.rowCount() == 30


def test_customer_model_loads_rows_lazily_and_sorts_in_sql(qtbot, service):
    demo.generate(300, seed=3)
    model = CustomerTableModel(service)
    model.reload()
    assert model.rowCount() == 200  # the first screenful
    assert model.total() == 300  # counted, not read
    root = model.index(0, 0).parent()
    assert model.canFetchMore(root)
    model.fetchMore(root)  # the view scrolled down
    qtbot.waitUntil(lambda: model.rowCount() == 300)
    assert not model.canFetchMore(root)
    assert len(model._cache) == 0  # nothing read until shown
    model.data(model.index(150, 0))
    assert 0 < len(model._cache) <= 64
    model.sort(3, Qt.SortOrder.DescendingOrder)
    spent = [service.rows([model.data(model.index(r, 0), ID_ROLE)])[
        model.data(model.index(r, 0), ID_ROLE)].total_spent for r in range(20)]
    assert spent == sorted(spent, reverse=True)


def test_a_long_list_shows_its_first_screenful_then_the_rest_in_order(qtmodeltester, qtbot,
                                                                        service):
    demo.generate(450, seed=5)
    model = CustomerTableModel(service)
    qtmodeltester.check(model, force_py=True)
    everyone = service.customer_ids("", "name", False)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_query("m")  # one letter: read in index order
    model.set_query("")
    assert model.rowCount() == 200 and not model.complete
    assert model.total() == 450
    assert [model.customer_id(r) for r in range(200)] == everyone[:200]
    # Finding a customer further down does not wait for the event loop.
    assert model.row_of(everyone[400]) == 400
    assert model.complete and model.rowCount() == 450
    model.set_query("")
    model.set_query("x y")
    model.set_query("")
    model.fetchMore(model.index(0, 0).parent())
    qtbot.waitUntil(lambda: model.complete)
    assert [model.customer_id(r) for r in range(450)] == everyone


def test_privacy_leaves_only_the_names_tooltips_too(service):
    cid = service.run(edits.create_customer(first_name="Eleanor", nickname="Ellie")).result
    service.run(edits.set_tags(cid, ["VIP"]))
    service.run(edits.log_entry(cid, "purchase", "scarf", "24.50"))
    model = CustomerTableModel(service)
    model.reload()
    shown = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole}

    def cells() -> list[object]:
        return [model.index(0, column).data(role) for column in range(model.columnCount())
                for role in shown]

    assert "VIP" in cells() and "24.50" in str(cells())
    service.privacy.set(True)
    assert model.hidden_columns == {2, 3, 4}
    assert {str(cell) for cell in cells() if cell} == {"Eleanor", "Ellie"}
    service.privacy.set(False)
    assert "VIP" in cells() and not model.hidden_columns


def test_the_list_is_sorted_again_when_the_shop_changes_its_language(service):
    """The names as the language orders them (`app.store.sorting`): "Öztürk" after Ozean in
    English, between Oehler and Ofen in German. The order read anew is right at once (the
    keys follow in the same write); the list on screen must also read it anew."""
    from app.core import customers

    for name in ("Ozean", "Öztürk", "Ofen", "Oehler"):
        customers.create_customer(last_name=name)
    model = CustomerTableModel(service)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.reload()

    def listed() -> list[str]:
        ids = [model.customer_id(row) for row in range(model.rowCount())]
        return [service.rows(ids)[cid].name for cid in ids]

    assert listed() == ["Oehler", "Ofen", "Ozean", "Öztürk"]
    service.run(edits.put_settings({"language": "de"}))
    german = ["Oehler", "Öztürk", "Ofen", "Ozean"]
    assert [service.rows([cid])[cid].name for cid in service.customer_ids("", "name", False)
            ] == german
    assert listed() == german
