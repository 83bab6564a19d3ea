"""The tray icon: tells the owner when a sync brought new criticism, even with the window
hidden behind others. Made only where a system tray exists (QSystemTrayIcon.isSystemTrayAvailable).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from repman.ui.sync_controller import SyncController, SyncResult

NOTICE_MS = 15_000


def criticism_notice(count: int) -> str | None:
    """The notification text for `count` new unanswered critical items; None for none."""
    if count <= 0:
        return None
    if count == 1:
        return QCoreApplication.translate("SyncTray", "1 new complaint is waiting for an answer.")
    return QCoreApplication.translate(
        "SyncTray", "{count} new complaints are waiting for an answer."
    ).format(count=count)


class SyncTray(QSystemTrayIcon):
    def __init__(self, controller: SyncController, window: QWidget) -> None:
        icon = window.windowIcon()
        if icon.isNull():
            icon = QIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon))
        super().__init__(icon, window)
        self._window = window
        self.setToolTip("Repman")
        self.menu = QMenu(window)
        show = QAction(self.tr("Open Repman"), self.menu)
        show.triggered.connect(self.show_window)
        sync_now = QAction(self.tr("Sync now"), self.menu)
        sync_now.triggered.connect(lambda _=False: controller.start())
        self.menu.addAction(show)
        self.menu.addAction(sync_now)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.messageClicked.connect(self.show_window)
        controller.finished.connect(self.sync_finished)
        controller.runningChanged.connect(lambda running: sync_now.setEnabled(not running))

    def sync_finished(self, result: SyncResult) -> None:
        text = criticism_notice(result.new_criticism)
        if text:
            self.showMessage("Repman", text, QSystemTrayIcon.MessageIcon.Warning, NOTICE_MS)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
