"""Starting the desktop application: the QApplication, its icon, bundled fonts, the main
window."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from repman import APP_ID
from repman.domain import StorageError
from repman.opening import open_inbox
from repman.store import daily_backup
from repman.ui.crash_dialog import CrashHandler
from repman.ui.fonts import register_fonts, ui_font
from repman.ui.main_window import MainWindow
from repman.ui.ui_language import apply_language, saved_language
from repman.ui.workers import Workers, open_path

APP_NAME = "Repman"
ORGANIZATION_DOMAIN = "repman.org"
DESKTOP_FILE_NAME = "org.repman.Repman"  # the one reverse-DNS id (DESIGN.md §7)
# Where the PNGs packaging/make_icons.py draws are found: beside the package in the frozen
# app (packaging/repman.spec copies them to repman/icons), in packaging/ in a source tree.
_PACKAGE = Path(__file__).resolve().parents[1]
ICON_FOLDERS = (_PACKAGE / "icons", _PACKAGE.parent / "packaging" / "icons")


def app_icon() -> QIcon:
    """Repman's icon at every size found; else the desktop theme's (the .deb installs it
    under the application id), which may be none: Qt then shows its default."""
    icon = QIcon()
    for folder in ICON_FOLDERS:
        for png in sorted(folder.glob("*.png")):
            icon.addFile(str(png))
        if not icon.isNull():
            return icon
    return QIcon.fromTheme(DESKTOP_FILE_NAME)


def set_windows_app_id() -> None:
    """On Windows, file the process's windows under Repman's AppUserModelID, the one the
    installer gives its shortcuts (packaging/windows/repman.iss): the taskbar then groups the
    running app with its Start-menu or pinned shortcut (run from source: not under Python's).
    Windows asks for it before the first window is shown."""
    if sys.platform != "win32":
        return
    import ctypes

    ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, made and named once; the bundled fonts registered."""
    set_windows_app_id()
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setWindowIcon(app_icon())  # every window's, the tray icon's and the taskbar's
    register_fonts()
    app.setFont(ui_font(app.font()))
    return app


def show_error(text: str, parent: QWidget | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages can quote file names and site data
    box.exec()


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "me"


def _ignore(_result: object) -> None:
    pass


def backup_after_first_rows(window: MainWindow, workers: Workers, db_path: Path) -> None:
    """The day's backup (at most once a day, seconds at 1M items; never raises), in the
    background once the inbox has its rows: its disk reads then do not slow those down."""
    window.model.loaded.connect(
        lambda: workers.submit("backup", lambda _store: daily_backup(db_path), on_result=_ignore),
        Qt.ConnectionType.SingleShotConnection,
    )


def run(
    db_path: Path, *, demo: bool = False, argv: list[str] | None = None, actor: str | None = None
) -> int:
    """Open the inbox window on db_path and run until it closes; returns the exit code."""
    app = application(argv)
    apply_language(app, saved_language(QSettings()))  # ar/ur mirror the layout
    try:
        store = open_inbox(db_path)
    except StorageError as exc:
        show_error(exc.message)
        return 1
    crashes = CrashHandler(parent=app)  # a bug shows a dialog; the app keeps running
    crashes.install()
    try:
        workers = Workers(open_path(Path(db_path)))
        window = MainWindow(
            store, workers, actor=actor or default_actor(), demo=demo, reply_composer=True
        )
        backup_after_first_rows(window, workers, Path(db_path))
        window.showMaximized()  # a triage table wants the whole screen of a laptop
        return int(app.exec())
    finally:
        crashes.uninstall()
        crashes.deleteLater()
        store.close()
