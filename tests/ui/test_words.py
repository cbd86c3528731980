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


def _every_core_phrase() -> None:
    """Import every module of the core and of the file formats: each marks its phrases as
    it is read."""
    import importlib
    import pkgutil

    import app.core
    import app.exchange

    for package in (app.core, app.exchange):
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{module.name}")


def test_the_core_s_counted_phrases_have_each_language_s_plural_forms(qapp):
    """"vor 1 Tag", "vor 3 Tagen": a phrase that counts is said with the number's form of the
    word in each language, and in English as the core writes it."""
    import datetime as dt

    from app.core.humanize import days_ago
    from app.core.phrases import COUNTED
    from app.ui.local_forms import LocalForms, speak
    from app.ui.words import counted_words

    _every_core_phrase()
    today = dt.date(2026, 12, 4)
    try:
        for language in ("de", "fr", "es"):
            speak(LocalForms(language, language.upper(), "EUR"))
            for key in COUNTED:
                one, many = counted_words(key, 1), counted_words(key, 3)
                assert "%" not in one + many and "(s)" not in one + many, (language, key)
                assert one != many, (language, key)
        speak(LocalForms("de", "DE", "EUR"))
        assert LocalForms("de", "DE", "EUR").say(
            days_ago(today - dt.timedelta(days=3), today)) == "vor 3 Tagen"
        forms = LocalForms("en", "US", "USD")
        speak(forms)
        for days in (3, 100, 1000):
            said = days_ago(today - dt.timedelta(days=days), today)
            assert forms.say(said) == str(said)  # "3 days ago", never "3 day(s) ago"
    finally:
        speak(LocalForms("en", "US", ""))
