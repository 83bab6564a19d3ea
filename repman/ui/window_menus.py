"""The main window's keyboard actions and menus: which key does what, the words of each
action, the menus from left to right and what the View and Item menus hold, the File, Tools
and Help items that open a dialog (Export…, Settings…, Export diagnostics…; About is in
about_dialog.py), and the rows of the keyboard shortcuts dialog, which lists every menu.

The words are the main window's: marked and translated in the MainWindow context, where the
translations already are (``QCoreApplication.translate("MainWindow", ...)``). A dialog's
module is imported when the dialog is first opened, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from repman.domain import Status
from repman.ui.i18n import QT_TRANSLATE_NOOP
from repman.ui.shortcuts_dialog import Row, action_rows

if TYPE_CHECKING:
    from repman.ui.main_window import MainWindow

# Actions that work on the selected item: off while the dashboard is shown.
ITEM_ACTIONS = ("next", "previous", "compose", "answered", "ignore", "reopen", "assign_me", "open")
# The actions' words (the keys and what they do are in make_actions).
ACTION_TEXTS = {
    "next": QT_TRANSLATE_NOOP("MainWindow", "Next item"),
    "previous": QT_TRANSLATE_NOOP("MainWindow", "Previous item"),
    "compose": QT_TRANSLATE_NOOP("MainWindow", "Reply…"),
    "answered": QT_TRANSLATE_NOOP("MainWindow", "Mark answered"),
    "ignore": QT_TRANSLATE_NOOP("MainWindow", "Ignore…"),
    "reopen": QT_TRANSLATE_NOOP("MainWindow", "Reopen"),
    "assign_me": QT_TRANSLATE_NOOP("MainWindow", "Assign to me"),
    "open": QT_TRANSLATE_NOOP("MainWindow", "Open on site"),
    "search": QT_TRANSLATE_NOOP("MainWindow", "Search"),
    "clear_filters": QT_TRANSLATE_NOOP("MainWindow", "Clear filters"),
    "save_view": QT_TRANSLATE_NOOP("MainWindow", "Save view…"),
    "inbox": QT_TRANSLATE_NOOP("MainWindow", "Inbox"),
    "dashboard": QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    "shortcuts": QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"),
}
# The menus from left to right (a menu made on first use takes its place in this order).
FILE_MENU = QT_TRANSLATE_NOOP("MainWindow", "&File")
VIEW_MENU = QT_TRANSLATE_NOOP("MainWindow", "&View")
ITEM_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Item")
SYNC_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Sync")
TOOLS_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Tools")
HELP_MENU = QT_TRANSLATE_NOOP("MainWindow", "&Help")
MENU_ORDER = (FILE_MENU, VIEW_MENU, ITEM_MENU, SYNC_MENU, TOOLS_MENU, HELP_MENU)
# Menu title -> action names in order ("" is a separator).
_TRIAGE = ("compose", "answered", "ignore", "reopen", "", "assign_me", "open")
MENUS = {
    VIEW_MENU: (
        "inbox",
        "dashboard",
        "",
        "search",
        "clear_filters",
        "save_view",
        "",
        "shortcuts",
    ),
    ITEM_MENU: ("next", "previous", "", *_TRIAGE),
}
# Keys that are not actions of their own, listed in the shortcuts dialog too.
EXTRA_SHORTCUTS: list[Row] = [
    (
        QT_TRANSLATE_NOOP("MainWindow", "Item"),
        QT_TRANSLATE_NOOP("MainWindow", "Reply (in the list)"),
        QT_TRANSLATE_NOOP("MainWindow", "Enter, double-click"),
    )
]


def make_actions(window: MainWindow) -> dict[str, QAction]:
    """Every action of the table above, with its keys, added to the window."""
    from repman.ui.main_window import DASHBOARD_PAGE, INBOX_PAGE

    # Single letters are window shortcuts; a focused text field takes its own letters
    # first (QLineEdit claims them in ShortcutOverride), so typing a search is safe.
    keys = QKeySequence.StandardKey
    specs: list[tuple[str, list[Any], Callable[[], Any]]] = [
        ("next", ["J"], lambda: window.table.move_by(1)),
        ("previous", ["K"], lambda: window.table.move_by(-1)),
        ("compose", ["E"], window.compose),
        ("answered", ["A"], lambda: window.request_status(Status.ANSWERED)),
        ("ignore", ["I"], lambda: window.request_status(Status.IGNORED)),
        ("reopen", ["R"], lambda: window.request_status(Status.NEW)),
        ("assign_me", ["M"], window.item_view.assign_to_me),
        ("open", ["O"], window.item_view.open_on_site),
        ("search", [keys.Find], window.focus_search),
        ("clear_filters", ["Ctrl+Shift+L"], window.filter_bar.reset),
        ("save_view", [], window.save_view),
        ("inbox", ["Ctrl+1"], lambda: window.show_page(INBOX_PAGE)),
        ("dashboard", ["Ctrl+2"], lambda: window.show_page(DASHBOARD_PAGE)),
        ("shortcuts", ["?", keys.HelpContents], window.show_shortcuts),
    ]
    actions = {}
    for name, sequences, slot in specs:
        action = QAction(window)
        action.setShortcuts([QKeySequence(k) for k in sequences])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        window.addAction(action)
        actions[name] = action

    def texts(window: MainWindow) -> None:
        for name, action in actions.items():
            action.setText(window.tr(ACTION_TEXTS[name]))

    window.keep_translated(texts)
    return actions


def install_menus(window: MainWindow, actions: dict[str, QAction]) -> None:
    """The View and Item menus: every action with its keys beside it."""
    for title, names in MENUS.items():
        menu = window.menu(title)
        for name in names:
            if name:
                menu.addAction(actions[name])
            else:
                menu.addSeparator()


def shortcut_rows(window: MainWindow) -> list[Row]:
    """The shortcuts dialog's rows: each menu's actions, the window's other actions, and
    EXTRA_SHORTCUTS each after the last row of its group."""
    rows: list[Row] = []
    in_menus: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):  # every menu, also those other panels add
            group = menu_action.text().replace("&", "")
            rows += action_rows((group, action) for action in menu.actions())
            in_menus |= {id(action) for action in menu.actions()}
    other = QCoreApplication.translate("MainWindow", "Other")
    others = [(other, a) for a in window.actions() if id(a) not in in_menus]
    rows += action_rows(others)
    for group, text, keys in EXTRA_SHORTCUTS:  # after the last row of its group
        extra = (window.tr(group), window.tr(text), window.tr(keys))
        last = max((n for n, row in enumerate(rows) if row[0] == extra[0]), default=-1)
        rows.insert(last + 1 if last >= 0 else len(rows), extra)
    return rows


def install_export(window: MainWindow) -> QAction:
    """File → Export… (Ctrl+E): the response log of a period (ui/export_dialog.py). The
    dialog is made on first use and kept: the period and file chosen last stay filled in."""
    action = window.menu(FILE_MENU).addAction("")
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    dialog: list[Any] = []  # an ExportDialog

    def show() -> None:
        from repman.ui.export_dialog import ExportDialog

        if not dialog:
            dialog.append(ExportDialog(window.workers, parent=window))
        dialog[0].open()

    action.triggered.connect(lambda _=False: show())
    window.keep_translated(
        lambda _window: action.setText(QCoreApplication.translate("MainWindow", "Export…"))
    )
    return action


def install_settings(window: MainWindow) -> QAction:
    """Tools → Settings… (the Preferences role puts it in the application menu on macOS)."""
    action = window.menu(TOOLS_MENU).addAction("")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _=False: window.open_settings())
    window.keep_translated(
        lambda _window: action.setText(QCoreApplication.translate("MainWindow", "Settings…"))
    )
    return action


def install_diagnostics(window: MainWindow) -> QAction:
    """Help → Export diagnostics…: the logs and version facts for a bug report."""
    action = window.menu(HELP_MENU).addAction("")

    def export() -> None:
        from repman.ui.diagnostics_dialog import export_diagnostics

        export_diagnostics(window, database=window.store.path)

    action.triggered.connect(lambda _=False: export())
    window.keep_translated(
        lambda _window: action.setText(
            QCoreApplication.translate("MainWindow", "Export diagnostics…")
        )
    )
    return action
