"""The main window: the Inbox page (filters, saved views, the table beside the detail pane) and
the Dashboard page, the menus with every keyboard shortcut, and the status bar.

Each part is set up by its own `_install_*` method or function, so features added side by
side each touch their own code rather than one long constructor, and gives its words to
`keep_translated`, which sets them again when the language changes. The actions, their keys
and the menus are in window_menus.py; the Sync menu, the sync dock and the tray icon in
window_sync.py.

Only what the first painted inbox needs is built with the window: the dashboard, the composer
and the Sources page (and their modules) are made when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from repman.domain import Status, utcnow
from repman.reports.trends import Facets, recent_facets
from repman.store import InboxFilter, Store
from repman.ui.filter_bar import FilterBar
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating
from repman.ui.inbox_model import InboxModel
from repman.ui.inbox_view import InboxView
from repman.ui.item_view import AskReason, ItemView, OpenUrl, ask_reason_dialog
from repman.ui.saved_views import (
    AskName,
    SavedViews,
    ViewStore,
    ask_name_dialog,
    default_views_path,
)
from repman.ui.shortcuts_dialog import ShortcutsDialog
from repman.ui.window_menus import (
    ITEM_ACTIONS,
    MENU_ORDER,
    SYNC_MENU,
    install_diagnostics,
    install_export,
    install_menus,
    install_settings,
    make_actions,
    shortcut_rows,
)
from repman.ui.window_sync import WindowSync
from repman.ui.workers import Workers

if TYPE_CHECKING:
    from repman.ui.composer import Composer
    from repman.ui.dashboard import Dashboard

DEMO_BANNER = QT_TRANSLATE_NOOP(
    "MainWindow", "This is the demo inbox. Add a source to see your own reviews."
)
MESSAGE_MS = 8000
TICK_MS = 60_000  # ages and overdue marks move on once a minute
PRIORITY_EVERY_TICKS = 10  # re-score open items every ten minutes
COMPOSER_PENDING = QT_TRANSLATE_NOOP(
    "MainWindow", "The reply composer is on its way; for now reply on the site, then press A"
)
INBOX_PAGE, DASHBOARD_PAGE = 0, 1


class MainWindow(Retranslating, QMainWindow):
    compose_requested = Signal(int)  # item id: the composer (built elsewhere) opens it

    def __init__(
        self,
        store: Store,
        workers: Workers,
        *,
        actor: str,
        demo: bool = False,
        ask_reason: AskReason = ask_reason_dialog,
        open_url: OpenUrl | None = None,
        clock: Callable[[], datetime] = utcnow,
        views_path: Path | None = None,
        ask_name: AskName = ask_name_dialog,
        reply_composer: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workers = workers
        self.actor = actor
        self._demo = demo
        self._clock = clock
        self._open_url = open_url
        self._texts: list[Callable[[MainWindow], None]] = []
        self._menus: dict[str, QMenu] = {}

        self.filter_bar = FilterBar(self, actor=actor, clock=clock)
        self.model = InboxModel(store, workers, clock=clock, parent=self)
        self.table = InboxView(self)
        self.table.setModel(self.model)
        self.item_view = ItemView(
            store, actor, ask_reason=ask_reason, open_url=open_url, clock=clock, parent=self
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.item_view)
        self.splitter.setChildrenCollapsible(False)

        self.banner = QLabel(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(8, 4, 8, 4)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner.setAutoFillBackground(True)
        self.banner.setVisible(demo)

        inbox_page = QWidget(self)
        inbox_column = QVBoxLayout(inbox_page)
        inbox_column.setContentsMargins(0, 0, 0, 0)
        inbox_column.setSpacing(0)
        inbox_column.addWidget(self.filter_bar)
        inbox_column.addWidget(self.splitter, 1)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(inbox_page, "")

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.keep_translated(MainWindow._window_texts)

        self.filter_bar.filterChanged.connect(self.apply_filter)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.show_message)
        self.table.currentItemChanged.connect(self.item_view.show_item)
        self.table.activated.connect(lambda _index: self.compose())  # Enter, double-click
        self.item_view.message.connect(self.show_message)
        self.item_view.statusChanged.connect(self._status_changed)
        self.item_view.itemChanged.connect(self._status_changed)
        self.item_view.otherItemChosen.connect(self.show_other_item)

        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._install_views(views_path or default_views_path(), ask_name)
        self._install_dashboard()
        self.actions_by_name = make_actions(self)
        install_menus(self, self.actions_by_name)
        self._install_sync()
        self.settings_dialog: QWidget | None = None
        self.settings_action = install_settings(self)
        self.export_action = install_export(self)
        from repman.ui.about_dialog import install_about  # Help → About (packaging, issue 7)

        self.about_action = install_about(self)
        self.diagnostics_action = install_diagnostics(self)
        self.composer: Composer | None = None
        if reply_composer:  # off: the placeholder message (tests of the triage keys)
            self.compose_requested.connect(
                lambda item_id: self.composer_window().open_item(item_id)
            )

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

        self._load_choices()
        self.model.set_filter(self.filter_bar.current_filter())
        self.views.show_state(self.filter_bar.state())
        self.resize(1360, 820)
        self.splitter.setSizes([170, 810, 380])  # the table gets the larger share

    # -- words -----------------------------------------------------------------------------
    def keep_translated(self, set_texts: Callable[[MainWindow], None]) -> None:
        """Run set_texts(window) now and after every language switch: how a part added to
        the window (a menu, an action, a tab) keeps its words in the language chosen.

        It gets the window as its argument rather than holding on to it: a function kept
        here that refers to the window would make a reference cycle, and the collector may
        then delete the window from a worker thread. Name that argument `self` where it
        calls self.tr(), so lupdate files the words under MainWindow."""
        self._texts.append(set_texts)
        set_texts(self)

    def retranslate(self) -> None:
        for set_texts in self._texts:
            set_texts(self)

    def menu(self, title: str) -> QMenu:
        """The menu with this title (its English words, marked for translation in the
        MainWindow context), made on first use at its place in MENU_ORDER."""
        menu = self._menus.get(title)
        if menu is not None:
            return menu
        menu = self._menus[title] = QMenu(self.menuBar())
        rank = MENU_ORDER.index(title) if title in MENU_ORDER else len(MENU_ORDER)
        following = next((self._menus[t] for t in MENU_ORDER[rank + 1 :] if t in self._menus), None)
        if following is not None:
            self.menuBar().insertMenu(following.menuAction(), menu)
        else:
            self.menuBar().addMenu(menu)
        self.keep_translated(lambda window: menu.setTitle(window.tr(title)))
        return menu

    def _window_texts(self) -> None:
        self.setWindowTitle(self.tr("Repman — demo inbox") if self._demo else "Repman")
        self.banner.setText(self.tr(DEMO_BANNER))
        self.pages.setTabText(INBOX_PAGE, self.tr("Inbox"))
        if self.count_label.text():
            self._show_count()

    # -- parts -----------------------------------------------------------------------------
    def _install_views(self, path: Path, ask_name: AskName) -> None:
        """Saved views, left of the table; choosing one sets the filters at once."""
        self.views = SavedViews(ViewStore(path), ask_name=ask_name, parent=self)
        self._facets = Facets()  # languages, categories, people seen so far: only grows
        self.splitter.insertWidget(0, self.views)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.views.viewChosen.connect(self.filter_bar.set_state)
        self.views.message.connect(self.show_message)
        self.views.save_button.clicked.connect(self.save_view)

    def _install_dashboard(self) -> None:
        """The Dashboard tab; the page itself is made when first shown (dashboard_page)."""
        self.dashboard: Dashboard | None = None
        self._dashboard_holder = QWidget(self)
        holder = QVBoxLayout(self._dashboard_holder)
        holder.setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(self._dashboard_holder, "")
        self.keep_translated(
            lambda self: self.pages.setTabText(DASHBOARD_PAGE, self.tr("Dashboard"))
        )
        self.pages.currentChanged.connect(self._page_changed)

    def dashboard_page(self) -> Dashboard:
        if self.dashboard is None:
            from repman.ui.dashboard import Dashboard

            self.dashboard = Dashboard(self.workers, clock=self._clock, parent=self)
            self.dashboard.facetsFound.connect(self._facets_found)
            self.dashboard.message.connect(self.show_message)
            layout = self._dashboard_holder.layout()
            assert layout is not None
            layout.addWidget(self.dashboard)
            if self._dashboard_holder.isVisible():
                self.dashboard.show()  # now, not when the layout gets to it: it computes
        return self.dashboard

    def _install_sync(self) -> None:
        """The Sync menu, the sync panel in a bottom dock, auto-sync and the tray icon."""
        self.sync = WindowSync(self, self.menu(SYNC_MENU))
        self.sync.message.connect(self.show_message)
        self.sync.synced.connect(self._synced)
        self.sync.sourcesChanged.connect(self._sources_changed)

    def _load_choices(self) -> None:
        """What the filters offer: sites now (a small table), the rest from a worker."""
        sources = [(s.id, s.name) for s in self.store.sources()]
        self.filter_bar.set_sources(sources)
        self.views.set_sources(sources)
        self.workers.submit("facets", recent_facets, on_result=self._facets_found)

    # -- reactions -------------------------------------------------------------------------
    def apply_filter(self, f: InboxFilter) -> None:
        self.model.set_filter(f)
        self.views.show_state(self.filter_bar.state())

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.show_page(INBOX_PAGE)
        self.filter_bar.focus_search()

    def save_view(self) -> None:
        self.views.save_view(self.filter_bar.state())

    def compose(self) -> None:
        """e, Enter or a double-click: hand the item to the reply composer."""
        item_id = self.item_view.item_id
        if item_id is None:
            self.show_message(self.tr("No item selected"))
            return
        self.compose_requested.emit(item_id)
        if self.receivers(SIGNAL("compose_requested(int)")) == 0:
            self.show_message(self.tr(COMPOSER_PENDING))

    def show_other_item(self, item_id: int) -> None:
        """An item of the author's history: select it in the list, or show it on its own."""
        if self.table.select_id(item_id):
            return
        self.table.selectionModel().clearCurrentIndex()
        self.item_view.show_item(item_id)
        self.show_message(self.tr("That item is not in this view; it is shown on its own"))

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(self), self)
            # Its rows are the actions' words: listed again once the actions have theirs.
            self.keep_translated(MainWindow._refresh_shortcuts)
        else:
            self.shortcuts_dialog.set_rows(shortcut_rows(self))
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()

    def _refresh_shortcuts(self) -> None:
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.set_rows(shortcut_rows(self))

    def request_status(self, status: Status) -> None:
        if self.item_view.item_id is None:
            self.show_message(self.tr("No item selected"))
            return
        self.item_view.request_status(status)

    def _synced(self) -> None:
        self._status_changed(0)  # the inbox and the dashboard show what came in
        self._load_choices()  # new items may bring new languages and categories to filter

    def _sources_changed(self) -> None:
        self._load_choices()  # the site filter lists the sources
        self._status_changed(0)  # items may have gone with a removed source

    def _status_changed(self, _item_id: int) -> None:
        self.model.refresh()
        if self.dashboard is not None:
            self.dashboard.mark_stale()

    def _facets_found(self, facets: Facets) -> None:
        self._facets = self._facets.merged(facets)
        self.filter_bar.set_languages(sorted(self._facets.languages))
        self.filter_bar.set_categories(sorted(self._facets.categories))
        self.filter_bar.set_people(sorted(self._facets.assignees))

    def _page_changed(self, index: int) -> None:
        if index == DASHBOARD_PAGE:
            self.dashboard_page()
        for name in ITEM_ACTIONS:
            self.actions_by_name[name].setEnabled(index == INBOX_PAGE)

    def _loaded(self) -> None:
        self._show_count()
        self.filter_bar.set_counts(self.model.status_counts)

    def _show_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 item") if n == 1 else self.tr("{count} items").format(count=n)
        )

    def _on_tick(self) -> None:
        self.model.tick()
        self.filter_bar.refresh_period()
        self._ticks = getattr(self, "_ticks", 0) + 1
        if self._ticks % PRIORITY_EVERY_TICKS == 0:
            # Open items climb the inbox as they age past their targets.
            self.workers.submit(
                "priorities",
                lambda store: store.refresh_priorities(),
                on_result=self._priorities_refreshed,
            )

    def _priorities_refreshed(self, changed: int) -> None:
        if changed:
            self.model.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self.sync.controller.stop()  # a running sync stops after its current page
        if self.dashboard is not None:
            self.dashboard.stop()  # so does the dashboard's computation
        self.workers.wait()  # no worker may outlive the window it reports to
        super().closeEvent(event)

    # -- the reply composer and the settings dialog -----------------------------------------
    def composer_window(self) -> Composer:
        """The composer (e, Enter, a double-click), a window beside the inbox, made on first
        use; a reply sent from it (or a first draft) refreshes the inbox and the detail pane."""
        if self.composer is None:
            from repman.ui.composer import Composer

            self.composer = Composer(
                self.store, self.workers, self.actor, clock=self._clock,
                open_url=self._open_url, parent=self,
            )  # fmt: skip
            self.composer.message.connect(self.show_message)
            self.composer.replied.connect(self._reply_changed)
            self.composer.itemChanged.connect(self._reply_changed)
        return self.composer

    def _reply_changed(self, item_id: int) -> None:
        self._status_changed(item_id)
        if self.item_view.item_id == item_id:
            self.item_view.reload()

    def open_settings(self) -> None:
        """Tools → Settings…: business profile, targets, auto-sync, the app's language."""
        from repman.ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()  # made afresh: it shows the stored values
        self.settings_dialog = SettingsDialog(
            self.store, sync_controller=self.sync.controller, parent=self
        )
        self.settings_dialog.saved.connect(lambda: self._status_changed(0))
        self.settings_dialog.open()
