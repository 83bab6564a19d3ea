"""The main window: filter row, the inbox table beside the detail pane, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from repman.domain import Status, utcnow
from repman.store import InboxFilter, Store
from repman.ui.filter_bar import FilterBar
from repman.ui.inbox_model import InboxModel
from repman.ui.inbox_view import InboxView
from repman.ui.item_view import AskReason, ItemView, OpenUrl, ask_reason_dialog
from repman.ui.workers import Workers

DEMO_BANNER = "This is the demo inbox. Add a source to see your own reviews."
MESSAGE_MS = 8000
TICK_MS = 60_000  # ages and overdue marks move on once a minute


class MainWindow(QMainWindow):
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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workers = workers
        self.setWindowTitle("Repman — demo inbox" if demo else "Repman")

        self.filter_bar = FilterBar(self)
        self.model = InboxModel(store, workers, clock=clock, parent=self)
        self.table = InboxView(self)
        self.table.setModel(self.model)
        self.item_view = ItemView(
            store, actor, ask_reason=ask_reason, open_url=open_url, clock=clock, parent=self
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.item_view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.banner = QLabel(DEMO_BANNER, self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(8, 4, 8, 4)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner.setAutoFillBackground(True)
        self.banner.setVisible(demo)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.filter_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)

        self.filter_bar.filterChanged.connect(self.apply_filter)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.show_message)
        self.table.currentItemChanged.connect(self.item_view.show_item)
        self.item_view.message.connect(self.show_message)
        self.item_view.statusChanged.connect(self._status_changed)
        self.actions_by_name = self._make_actions()

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

        self.model.set_filter(self.filter_bar.current_filter())
        self.resize(1280, 800)
        self.splitter.setSizes([820, 460])  # the table gets the larger share

    def _make_actions(self) -> dict[str, QAction]:
        # Single letters are window shortcuts; a focused text field takes its own letters
        # first (QLineEdit claims them in ShortcutOverride), so typing a search is safe.
        specs: list[tuple[str, str, QKeySequence.StandardKey | str, Callable[[], Any]]] = [
            ("next", "Next item", "J", lambda: self.table.move_by(1)),
            ("previous", "Previous item", "K", lambda: self.table.move_by(-1)),
            ("search", "Search", QKeySequence.StandardKey.Find, self.filter_bar.focus_search),
            ("answered", "Mark answered", "A", lambda: self._request(Status.ANSWERED)),
            ("ignore", "Ignore…", "I", lambda: self._request(Status.IGNORED)),
            ("reopen", "Reopen", "R", lambda: self._request(Status.NEW)),
        ]
        actions = {}
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            actions[name] = action
        return actions

    # -- reactions -------------------------------------------------------------------------
    def apply_filter(self, f: InboxFilter) -> None:
        self.model.set_filter(f)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _request(self, status: Status) -> None:
        if self.item_view.item_id is None:
            self.show_message("No item selected")
            return
        self.item_view.request_status(status)

    def _status_changed(self, _item_id: int) -> None:
        self.model.refresh()

    def _loaded(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(f"{n} item" if n == 1 else f"{n} items")
        self.filter_bar.set_counts(self.model.status_counts)

    def _on_tick(self) -> None:
        self.model.tick()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self.workers.wait()  # no worker may outlive the window it reports to
        super().closeEvent(event)
