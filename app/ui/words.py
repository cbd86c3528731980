"""The window's words in the shop's language: Qt's translators, with the `.qm` files that
`pyside6-lrelease` makes from `resources/translations/*.ts` (see packaging/translations.sh),
and Qt's own for its standard buttons and dialogs.

A text in a table that is not in a class (the menus' commands) is marked with `QT_TR_NOOP`,
under the name `N_`, and translated where it is shown with `words`. English has a file too,
for its plural forms only ("1 customer", "2 customers").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP as N_
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.ui.icons import resources_dir

_installed: list[QTranslator] = []  # kept alive while installed
_spoken: list[str] = []  # the language they are of


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install(language: str) -> None:
    """Say the window's words, and Qt's, in `language` ("de"); in place of any said before.
    The same language again changes nothing: each change of translators sends every widget
    of the application a LanguageChange event."""
    application = QCoreApplication.instance()
    if application is None or _spoken == [language]:
        return
    _spoken[:] = [language]
    while _installed:
        translator = _installed.pop()
        application.removeTranslator(translator)
        translator.deleteLater()
    for name, folder in ((f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         (f"regulars_{language}", translations_dir())):
        translator = QTranslator(application)
        if translator.load(name, folder):
            application.installTranslator(translator)
            _installed.append(translator)


def words(text: str) -> str:
    """A text marked with `N_`, in the window's language."""
    return QCoreApplication.translate("", text)


# The kinds of timeline entry as the window names them; the data keeps the English key.
KIND_NAMES = {"visit": N_("Visit"), "call": N_("Call"), "email": N_("Email"),
              "message": N_("Message"), "purchase": N_("Purchase"),
              "feedback": N_("Feedback"), "note": N_("Note"), "event": N_("Event")}


def kind_name(kind: str) -> str:
    """"Besuch" for a visit; a kind the window does not know, as it is kept."""
    return words(KIND_NAMES[kind]) if kind in KIND_NAMES else kind.capitalize()
