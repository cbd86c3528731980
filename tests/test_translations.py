"""The window's words in German, French and Spanish: every text marked in the code is in
each .ts file and translated there, as `pyside6-lupdate` reads the code today."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def _lupdate_into(folder: Path) -> str:
    """packaging/translations.sh, over copies of the .ts files in `folder`."""
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    result = subprocess.run(["bash", str(ROOT / "packaging" / "translations.sh"), str(folder)],
                            capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def test_lupdate_over_the_code_leaves_nothing_untranslated(tmp_path: Path):
    said = _lupdate_into(tmp_path)
    for language in ("de", "fr", "es"):
        tree = ET.parse(tmp_path / f"regulars_{language}.ts")
        messages = list(tree.getroot().iter("message"))
        assert len(messages) > 90, language
        unfinished = [m.find("source").text for m in messages
                      if m.find("translation").get("type") in ("unfinished", "vanished")
                      or not "".join(m.find("translation").itertext()).strip()]
        assert unfinished == [], (language, unfinished)
    assert "0 new" in said  # nothing the code says that the files do not hold


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_a_menu_s_letters_are_each_one_key(language):
    """Alt and a letter reaches one item of a menu: two items of one menu never share it."""
    from app.ui.actions import ACTIONS

    translated = {m.find("source").text: m.find("translation").text
                  for m in ET.parse(TRANSLATIONS / f"regulars_{language}.ts").getroot()
                  .iter("message") if m.get("numerus") != "yes"}
    by_menu: dict[str, dict[str, list[str]]] = {}
    for spec in ACTIONS:
        text = translated[spec.text]
        assert text.count("&") == 1, text
        letter = text[text.index("&") + 1].casefold()
        by_menu.setdefault(spec.menu, {}).setdefault(letter, []).append(spec.text)
    shared = {menu: texts for menu, letters in by_menu.items() for texts in letters.values()
              if len(texts) > 1 and not all("sample" in text for text in texts)}
    assert shared == {}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_keyboard_help_names_the_today_list_s_own_letters(language):
    """F1 says which Alt letters do Done, Tomorrow and Dismiss: in each language, the letters
    the buttons of the Today list underline."""
    translated = {m.find("source").text: m.find("translation").text
                  for m in ET.parse(TRANSLATIONS / f"regulars_{language}.ts").getroot()
                  .iter("message") if m.get("numerus") != "yes"}
    letters = [text[text.index("&") + 1].upper()
               for text in (translated[source] for source in ("&Done", "&Tomorrow", "D&ismiss"))]
    assert translated["Alt+D, Alt+T, Alt+I"] == ", ".join(f"Alt+{letter}" for letter in letters)
