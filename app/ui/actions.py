"""Every command of the window, declared once: its text, shortcut, handler and where it shows.

Menus, the list's context menu and the F1 help are all built from `ACTIONS`, so a shortcut is
written in one place and the help can only list keys that work. A standard key is taken from
Qt where Qt has one; where a platform binds none (Preferences on Linux), the fallback is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# A text to translate where it is shown (`words`), marked for pyside6-lupdate, which is told
# of the name: see packaging/translations.sh.
from PySide6.QtCore import QT_TR_NOOP as N_
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.ui.words import words

Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    key: str                         # the handler's name on the window, and the action's
    text: str
    menu: str                        # "File", "File/Export", "Edit", … or "" for no menu
    shortcut: Std | str | None = None
    fallback: str = ""               # when the platform binds nothing to the standard key
    tip: str = ""
    help: str = ""                   # the line in F1; empty: the menu text
    checkable: bool = False
    checked: bool = False
    in_list_menu: bool = False       # also in the customer list's context menu
    list_only: bool = False          # the shortcut works in the list only (Del)
    separator: bool = False          # a line above it in its menu
    argument: str | None = None      # passed to the handler


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_customer", N_("&New customer…"), "File", Std.New, "Ctrl+N", "Add a customer",
               "new customer"),
    ActionSpec("load_samples", N_("Add &sample customers"), "File",
               tip=N_("Invented customers to try Regulars with, in an empty customer book")),
    ActionSpec("remove_samples", N_("Remove the &sample customers"), "File",
               tip=N_("Take the invented customers away with all they brought; yours stay")),
    ActionSpec("open_import", N_("&Import customers…"), "File", "Ctrl+I",
               tip=N_("From a phone's vCard file or a shop system's CSV"),
               help=N_("import customers from a vCard or CSV file"), separator=True),
    ActionSpec("export", N_("All customers as &CSV (Excel)…"), "File/Export", argument="csv"),
    ActionSpec("export", N_("All customers as &vCard (phones)…"), "File/Export",
               argument="vcard"),
    ActionSpec("export", N_("&Birthdays and anniversaries (calendar)…"), "File/Export",
               argument="ical"),
    ActionSpec("export", N_("&Mailing list (newsletter consent only)…"), "File/Export",
               argument="emails"),
    ActionSpec("backup_now", N_("&Back up now"), "File", "Ctrl+B",
               tip=N_("Copy everything into the backups folder"), help=N_("back up now"),
               separator=True),
    ActionSpec("open_restore", N_("&Restore from a backup…"), "File"),
    ActionSpec("open_copy_to_server", N_("Copy the customer book to a ser&ver…"), "File",
               tip=N_("For a shop with more than one counter: into an empty database on a "
                      "PostgreSQL server")),
    ActionSpec("quit", N_("&Quit"), "File", Std.Quit, "Ctrl+Q", help=N_("quit Regulars"),
               separator=True),
    ActionSpec("undo", N_("&Undo"), "Edit", Std.Undo, "Ctrl+Z",
               help=N_("undo the last change (the Edit menu names it)")),
    ActionSpec("redo", N_("&Redo"), "Edit", Std.Redo, "Ctrl+Shift+Z",
               help=N_("redo what was undone")),
    ActionSpec("undo_import", N_("Undo the last &import"), "Edit",
               tip=N_("Restore the backup taken just before it")),
    ActionSpec("focus_search", N_("&Find customer"), "Edit", Std.Find, "Ctrl+F",
               help=N_("find a customer; Enter opens the top match, Esc clears"), separator=True),
    ActionSpec("open_settings", N_("&Settings…"), "Edit", Std.Preferences, "Ctrl+,",
               help=N_("settings"), separator=True),
    ActionSpec("toggle_today", N_("&Today's reminders"), "View", "F9", checkable=True,
               checked=True, help=N_("show or hide today's reminders")),
    ActionSpec("open_week", N_("This &week…"), "View", "F6", tip=N_("The weekly review"),
               help=N_("the weekly review")),
    ActionSpec("open_promises", N_("&Promises and follow-ups…"), "View", "F7",
               help=N_("every open promise and follow-up")),
    ActionSpec("show_stopped_coming", N_("&Stopped coming"), "View", "F5", checkable=True,
               tip=N_("Only the regulars who stopped coming, who used to spend most first"),
               help=N_("only the regulars who stopped coming in the list; Esc shows everyone")),
    ActionSpec("set_private", N_("Pri&vacy mode"), "View", "F8", checkable=True,
               tip=N_("Show names only: hide every other personal detail"),
               help=N_("privacy mode: names only, every other personal detail hidden"),
               separator=True),
    ActionSpec("focus_log", N_("&Log interaction"), "Customer", "Ctrl+L",
               tip=N_("Write down what just happened"),
               help=N_("log an interaction for the open customer")),
    ActionSpec("archive_selected", N_("&Archive selected"), "Customer", Std.Delete, "Del",
               help=N_("archive the selected customers (in the list)"), in_list_menu=True,
               list_only=True),
    ActionSpec("tag_selected", N_("&Tag selected…"), "Customer", "Ctrl+T",
               help=N_("tag the selected customers"), in_list_menu=True),
    ActionSpec("untag_selected", N_("&Remove a tag from selected…"), "Customer",
               in_list_menu=True),
    ActionSpec("export_selected", N_("E&xport selected…"), "Customer", in_list_menu=True),
    ActionSpec("export_customer_data", N_("Export T&his Customer's Data…"), "Customer",
               tip=N_("Everything kept about the open customer, in one file for them")),
    ActionSpec("erase_customer", N_("&Erase This Customer…"), "Customer",
               tip=N_("Delete everything about the open customer for good, as they may ask")),
    ActionSpec("redeem_points", N_("Redeem loyalty &points…"), "Customer", separator=True),
    ActionSpec("open_duplicates", N_("Find &duplicates…"), "Customer"),
    ActionSpec("show_archived", N_("Show &archived customers"), "Customer", checkable=True,
               separator=True),
    ActionSpec("show_shortcuts", N_("&Keyboard shortcuts"), "Help", Std.HelpContents, "F1",
               help=N_("these shortcuts")),
    ActionSpec("open_log_folder", N_("Open the &log folder"), "Help",
               tip=N_("The log to send with a problem report: it holds no customer's details")),
    ActionSpec("show_about", N_("&About Regulars"), "Help"),
)

# Keys that belong to one field rather than to a command, listed in F1 after the commands.
FIELD_KEYS: tuple[tuple[str, str], ...] = (
    (N_("A letter"),
     N_("anywhere in the main window outside a field: starts the search with it")),
    ("Enter", N_("in the search box: open the top match; Down moves into the list")),
    ("Esc", N_("in the search box: clear the search; the keyboard goes back where it was")),
    ("Alt+1…8", N_("while logging: visit, call, email, message, purchase, feedback, note, event")),
    (N_("Alt+D, Alt+T, Alt+I"), N_("in the Today list, F7 and F6: done, tomorrow, dismiss")),
    ("Alt+A", N_("in the New customer form: add family or a pet")),
    ("Del", N_("in the timeline: delete the selected entry")),
)

MENUS = ("File", "Edit", "View", "Customer", "Help")
# The menus' titles as shown, by the names the window uses for them.
MENU_TITLES = {"File": N_("&File"), "Edit": N_("&Edit"), "View": N_("&View"),
               "Customer": N_("&Customer"), "Help": N_("&Help"), "Export": N_("&Export")}


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The key the README and F1 promise (the fallback), and the platform's own first key for
    the standard action where it is another one a shop keyboard has (Ctrl+Y for Redo).

    Only the platform's first key: the others are surprises at a counter (Ctrl+D archives on
    X11, F14 undoes), or keys of keyboards no shop has (media keys such as "New" or "Find").
    """
    if spec.shortcut is None:
        return []
    if isinstance(spec.shortcut, str):
        return [QKeySequence(spec.shortcut)]
    keys = [QKeySequence(spec.fallback)] if spec.fallback else []
    bound = QKeySequence.keyBindings(spec.shortcut)
    if bound and bound[0] not in keys and _on_a_shop_keyboard(bound[0]):
        keys.append(bound[0])
    return keys


def _on_a_shop_keyboard(keys: QKeySequence) -> bool:
    return keys.count() == 1 and keys[0].key().value < Qt.Key.Key_F13.value


def action_name(spec: ActionSpec) -> str:
    return spec.key if spec.argument is None else f"{spec.key}_{spec.argument}"


class ActionTable:
    """The window's QActions, made from `ACTIONS`, and the menus and help made from them."""

    def __init__(self, window: QWidget, handler: Callable[[str], Callable[..., object]],
                 premade: dict[str, QAction], list_view: QWidget) -> None:
        self.actions: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        for spec in ACTIONS:
            name = action_name(spec)
            action = premade.get(name) or QAction(words(spec.text), window)
            action.setText(action.text() if name in premade else words(spec.text))
            keys = key_sequences(spec)
            if keys:
                action.setShortcuts(keys)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if spec.list_only
                                          else Qt.ShortcutContext.WindowShortcut)
            if spec.tip:
                action.setStatusTip(words(spec.tip))
            if spec.checkable:
                action.setCheckable(True)
                action.setChecked(spec.checked)
            if name not in premade:
                self._connect(action, spec, handler(spec.key))
            (list_view if spec.list_only else window).addAction(action)
            self.actions[name] = action
            self._specs[name] = spec
        self.actions["open_settings"].setMenuRole(QAction.MenuRole.PreferencesRole)

    @staticmethod
    def _connect(action: QAction, spec: ActionSpec, slot: Callable[..., object]) -> None:
        if spec.argument is not None:
            argument = spec.argument
            action.triggered.connect(lambda _checked=False: slot(argument))
        elif spec.checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def fill_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        menus: dict[str, QMenu] = {}
        for title in MENUS:
            menus[title] = bar.addMenu(words(MENU_TITLES[title]))
        for name, spec in self._specs.items():
            if not spec.menu:
                continue
            if spec.menu not in menus:
                parent, child = spec.menu.split("/")
                menus[spec.menu] = menus[parent].addMenu(words(MENU_TITLES[child]))
            if spec.separator:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self.actions[name])
        return menus

    def list_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for name, spec in self._specs.items():
            if spec.in_list_menu:
                menu.addAction(self.actions[name])
        return menu

    def help_rows(self) -> list[tuple[str, str]]:
        """(key, what it does): a row for each key of every command that has one (two keys,
        two rows), then the field keys."""
        rows = []
        for name, spec in self._specs.items():
            what = words(spec.help) if spec.help else words(spec.text).replace("&", "").rstrip("…")
            rows += [(key.toString(QKeySequence.SequenceFormat.NativeText), what)
                     for key in self.actions[name].shortcuts()]
        return [*rows, *((words(key), words(what)) for key, what in FIELD_KEYS)]
