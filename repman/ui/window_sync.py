"""The main window's part in syncing: the Sync menu (Sync now F5, Sync progress, Sources…
Ctrl+,), the sync panel in a bottom dock, the inbox refreshed while a long sync brings items
in, the Sources page, and the tray icon that tells of new criticism (tray.py) where the
desktop has a tray. Auto-sync is the controller's own timer, set in Settings.

The words here are the main window's: they are translated in the MainWindow context, where
the translations already are, with ``QCoreApplication.translate("MainWindow", ...)``.

WindowSync is a child of the window and reaches it through ``parent()``, never through an
attribute of its own: the window keeps it, and a reference back would make a cycle (see
MainWindow.keep_translated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QSystemTrayIcon, QWidget

from repman.ui.sync_controller import SyncController, SyncResult
from repman.ui.sync_panel import SyncPanel
from repman.ui.tray import SyncTray

if TYPE_CHECKING:
    from repman.sync import SourceProgress
    from repman.ui.main_window import MainWindow
    from repman.ui.sources_page import SourcesPage

REFRESH_MS = 2000  # while a sync brings items in, the inbox is refreshed at most this often


class WindowSync(QObject):
    message = Signal(str)  # for the window's status bar
    synced = Signal()  # a sync finished: the inbox, the dashboard and the filters follow
    sourcesChanged = Signal()  # a source was added, changed or removed on the Sources page

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._store = window.store
        self._workers = window.workers
        self.controller = SyncController(window.workers, window.store.path, parent=window)
        self.panel = SyncPanel(self.controller, window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("syncDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.sources_page: SourcesPage | None = None  # made once, kept: its tasks report to it
        self.actions: dict[str, QAction] = {}
        for name, keys, slot in (
            ("sync", "F5", self.sync_now),
            ("sources", "Ctrl+,", self.open_sources),
        ):
            action = menu.addAction("")
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.actions[name] = action
        self.actions["sync"].setEnabled(self.controller.can_sync)
        menu.insertAction(self.actions["sources"], self.dock.toggleViewAction())
        menu.insertSeparator(self.actions["sources"])
        self._refresh = QTimer(window)  # the inbox fills while a long sync runs
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(window.model.refresh)
        self.controller.started.connect(self._started)
        self.controller.progress.connect(self._progress)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self.message)
        self.controller.runningChanged.connect(
            lambda running: self.actions["sync"].setEnabled(not running)
        )
        self.panel.reconnectRequested.connect(self.open_sources)
        self.tray: SyncTray | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = SyncTray(self.controller, window)
            self.tray.show()
        window.keep_translated(self._texts)

    def _texts(self, _window: QWidget) -> None:
        self.dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Sync"))
        self.actions["sync"].setText(QCoreApplication.translate("MainWindow", "Sync now"))
        self.actions["sources"].setText(QCoreApplication.translate("MainWindow", "Sources…"))
        self.dock.toggleViewAction().setText(
            QCoreApplication.translate("MainWindow", "Sync progress")
        )
        if self.tray is not None:
            self.tray.retranslate()

    def sync_now(self) -> None:
        if not self.controller.start() and self.controller.is_running:
            running = QCoreApplication.translate("MainWindow", "A sync is already running.")
            self.message.emit(running)

    def open_sources(self, name: str | None = None) -> None:
        from repman.ui.sources_page import SourcesPage

        if self.sources_page is None:
            window = self.parent()
            assert isinstance(window, QWidget)
            self.sources_page = SourcesPage(self._store, self._workers, parent=window)
            self.sources_page.sourcesChanged.connect(self.sourcesChanged)
            self.controller.runningChanged.connect(self.sources_page.set_sync_running)
        self.sources_page.set_sync_running(self.controller.is_running)
        self.sources_page.reload(select=name)
        self.sources_page.open()

    def _started(self, manual: bool) -> None:
        if manual:
            self.dock.show()

    def _progress(self, progress: SourceProgress) -> None:
        if progress.new and not self._refresh.isActive():
            self._refresh.start()

    def _finished(self, result: SyncResult) -> None:
        self._refresh.stop()
        self.synced.emit()  # the inbox, the dashboard and the filter choices show what came in
        if self.sources_page is not None:
            self.sources_page.refresh_list()
        if result.report.failed:
            self.dock.show()  # a failure during an automatic sync must not go unseen
        self.message.emit(self.panel.summary.text())
