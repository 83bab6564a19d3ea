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
        self.show_action = QAction(self.menu)
        self.show_action.triggered.connect(self.show_window)
        sync_now = self.sync_action = QAction(self.menu)
        sync_now.triggered.connect(lambda _=False: controller.start())
        self.menu.addAction(self.show_action)
        self.menu.addAction(sync_now)
        self.retranslate()
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.messageClicked.connect(self.show_window)
        controller.finished.connect(self.sync_finished)
        controller.runningChanged.connect(lambda running: sync_now.setEnabled(not running))

    def retranslate(self) -> None:
        """Called by the main window: a tray icon is not a widget and hears no LanguageChange."""
        self.show_action.setText(self.tr("Open Repman"))
        self.sync_action.setText(self.tr("Sync now"))

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
