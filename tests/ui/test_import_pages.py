"""The import wizard's pages: what each column can be, named in the shop's language while the
import keeps its own keys, and the vCard preview's columns."""

from __future__ import annotations

from helpers import DATA
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.ui.import_pages import FIELD_CHOICES
from app.ui.words import install


def _mapping_page(qtbot, window, path):
    wizard = window.commands.open_import()
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(path))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    return wizard.mapping_page


def test_each_field_is_offered_once():
    keys = [key for key, _text in FIELD_CHOICES]
    assert len(keys) == len(set(keys)) and keys[0] == "ignore"


def test_the_columns_choices_speak_the_shop_s_language_and_keep_their_keys(qtbot, window):
    try:
        install("de")
        page = _mapping_page(qtbot, window, DATA / "csv" / "shopify.csv")
        combo = page._combos[0]
        assert combo.itemText(0) == "— nicht importiert —"
        assert combo.itemText(combo.findData("first_name")) == "Vorname"
        assert [combo.itemData(i) for i in range(combo.count())] == [
            key for key, _text in FIELD_CHOICES]
        assert combo.accessibleName().startswith("Feld für Spalte ")
        assert page.date_order.itemText(0) == "Tag/Monat/Jahr (31/12/1980)"
    finally:
        install("en")


def test_a_vcard_file_is_previewed_card_by_card(qtbot, window):
    page = _mapping_page(qtbot, window, DATA / "vcards" / "rfc6350.vcf")
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Name", "Phone / email", "Family"]
    assert page.subTitle() == "The cards in the file:"
