"""The window's words: the translators the shop's language installs, and taken away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.words import install, words


def test_a_language_brings_the_window_s_words_and_qt_s(qapp):
    try:
        install("fr")
        assert words("&File") == "&Fichier"
        assert QCoreApplication.translate("ListPane", "%Ln customer(s)", "", 2) == "2 clients"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        install("en")
        assert words("&File") == "&File"
        assert QCoreApplication.translate("ListPane", "%Ln customer(s)", "", 1) == "1 customer"
    finally:
        install("en")
