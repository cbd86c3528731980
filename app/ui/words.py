"""The window's words in the shop's language: Qt's translators, with the `.qm` files that
`pyside6-lrelease` makes from `resources/translations/*.ts` (see packaging/translations.sh),
and Qt's own for its standard buttons and dialogs.

A text in a table that is not in a class (the menus' commands) is marked with `QT_TR_NOOP`,
under the name `N_`, and translated where it is shown with `words`. English has a file too,
for its plural forms only ("1 customer", "2 customers").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP as N_
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from app.core.phrases import COUNTED
from app.core.timeline import KIND_NAMES
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




def kind_name(kind: str) -> str:
    """"Besuch" for a visit; a kind the window does not know, as it is kept."""
    return words(KIND_NAMES[kind]) if kind in KIND_NAMES else kind.capitalize()


# What the status bar says of an entry logged or taken off the timeline: a sentence for each
# kind, as its word has its own article in English and its own gender in French and Spanish.
LOGGED = {"visit": N_("Logged a visit for {name}."), "call": N_("Logged a call for {name}."),
          "email": N_("Logged an email for {name}."),
          "message": N_("Logged a message for {name}."),
          "purchase": N_("Logged a purchase for {name}."),
          "feedback": N_("Logged feedback for {name}."), "note": N_("Logged a note for {name}."),
          "event": N_("Logged an event for {name}.")}
DELETED = {"visit": N_("Deleted the visit from the timeline."),
           "call": N_("Deleted the call from the timeline."),
           "email": N_("Deleted the email from the timeline."),
           "message": N_("Deleted the message from the timeline."),
           "purchase": N_("Deleted the purchase from the timeline."),
           "feedback": N_("Deleted the feedback from the timeline."),
           "note": N_("Deleted the note from the timeline."),
           "event": N_("Deleted the event from the timeline.")}


class _Counted(QObject):
    """The core's counted phrases (`app.core.phrases.counted`), each written out here with
    `tr` and its number, which is how pyside6-lupdate learns that a text has plural forms."""

    def __init__(self) -> None:
        super().__init__()
        # Made once: a key's forms are looked up for every reminder the Today list draws.
        self._said: dict[str, Callable[[int], str]] = {
            "in %Ln day(s)": lambda n: self.tr("in %Ln day(s)", "", n),
            "%Ln day(s) ago": lambda n: self.tr("%Ln day(s) ago", "", n),
            "%Ln month(s) ago": lambda n: self.tr("%Ln month(s) ago", "", n),
            "%Ln year(s) ago": lambda n: self.tr("%Ln year(s) ago", "", n),
            "%Ln year(s)": lambda n: self.tr("%Ln year(s)", "", n),
            "overdue %Ln day(s)": lambda n: self.tr("overdue %Ln day(s)", "", n),
            "{short}: no contact for %Ln day(s) (you wanted every {every} days)": lambda n: self.tr(
                "{short}: no contact for %Ln day(s) (you wanted every {every} days)", "", n),
            "{short}: usually every {usual} days, last visit %Ln day(s) ago": lambda n: self.tr(
                "{short}: usually every {usual} days, last visit %Ln day(s) ago", "", n),
            "only %Ln point(s) to redeem": lambda n: self.tr("only %Ln point(s) to redeem", "", n),
            "Not seen for over %Ln year(s): erase or keep?": lambda n: self.tr(
                "Not seen for over %Ln year(s): erase or keep?", "", n),
            "Redeemed %Ln point(s)": lambda n: self.tr("Redeemed %Ln point(s)", "", n),
            "Redeemed %Ln point(s): {note}": lambda n: self.tr(
                "Redeemed %Ln point(s): {note}", "", n),
            "Sample customers go into an empty customer book only: there are already %Ln "
            "customer(s) here": lambda n: self.tr(
                "Sample customers go into an empty customer book only: there are already %Ln "
                "customer(s) here", "", n),
            # The titles of changes (app.core.edits), as the Edit menu names them.
            "%Ln customer(s)": lambda n: self.tr("%Ln customer(s)", "", n),
            "add %Ln sample customer(s)": lambda n: self.tr("add %Ln sample customer(s)", "", n),
            "remove %Ln sample customer(s)": lambda n: self.tr(
                "remove %Ln sample customer(s)", "", n),
            "snooze %Ln reminder(s)": lambda n: self.tr("snooze %Ln reminder(s)", "", n),
            "dismiss %Ln reminder(s)": lambda n: self.tr("dismiss %Ln reminder(s)", "", n),
            "%Ln customer(s) erased since this backup were erased again": lambda n: self.tr(
                "%Ln customer(s) erased since this backup were erased again", "", n),
            # The import report's line for the file's newsletter words it did not record.
            "%Ln newsletter consent(s) in the file were not recorded: those customers said "
            "otherwise since; record a new consent in the window": lambda n: self.tr(
                "%Ln newsletter consent(s) in the file were not recorded: those customers said "
                "otherwise since; record a new consent in the window", "", n),
            # A section's title in the data handed to a customer (app.exchange.customer_data).
            "What we noted (timeline, %Ln entry(s))": lambda n: self.tr(
                "What we noted (timeline, %Ln entry(s))", "", n),
        }

    def say(self, key: str, n: int) -> str:
        said = self._said.get(key)
        return said(n) if said is not None else key.replace("%Ln", QLocale().toString(n))


_counted: list[_Counted] = []


def counted_words(key: str, n: int) -> str:
    """A counted phrase's template for `n`, in the window's language, its number written
    ("vor 3 Tagen"); where no translation has it, the number in the English words the core
    gives ("3 days ago", never "3 day(s) ago")."""
    if not _counted:
        _counted.append(_Counted())
    said = _counted[0].say(key, n)
    number = QLocale().toString(n)
    if said == key.replace("%Ln", number) and key in COUNTED:
        return COUNTED[key][n != 1].replace("{n:,}", number).replace("{n}", number)
    return said
