"""The Qt half of `repman --self-check` (the rest is repman/selfcheck.py): the Qt platform
plugin loads, the bundled fonts register, and the main window builds over the check's database.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtWidgets import QApplication

Step = Callable[[], str]


def _platform() -> str:
    from repman.ui.app import application

    application()
    return f"Qt {_qt_version()}, platform {QApplication.platformName() or '?'}"


def _qt_version() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return f"{qVersion()} (PySide6 {pyside_version})"


def _fonts(root: Traversable) -> Step:
    def step() -> str:
        from repman.ui.fonts import FONT_FILES, UI_FAMILIES, register_fonts
        from repman.ui.report_pdf import FONT_FILES as PDF_FONT_FILES

        wanted = dict.fromkeys((*FONT_FILES, *PDF_FONT_FILES))  # the PDF report has its own
        missing = [name for name in wanted if not (root / "fonts" / name).is_file()]
        if missing:
            raise FileNotFoundError("missing fonts/" + ", fonts/".join(missing))
        families = register_fonts()
        lacking = [family for family in UI_FAMILIES if family not in families]
        if lacking:
            raise LookupError(f"fonts did not register: {', '.join(lacking)}")
        return ", ".join(families)

    return step


def _window(db_path: Path) -> Step:
    def step() -> str:
        from repman.store import Store
        from repman.ui.app import application
        from repman.ui.main_window import MainWindow
        from repman.ui.workers import Workers, open_path

        app = application()
        with Store.open(db_path) as store:
            workers = Workers(open_path(db_path))
            window = MainWindow(store, workers, actor="self-check", reply_composer=True)
            try:
                # Made on first use in the app: made here, so a frozen build that lacks
                # one of their modules fails the check rather than a user's first reply.
                window.composer_window()
                window.dashboard_page()
                app.processEvents()
                menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
            finally:
                window.close()
                workers.wait()
                app.processEvents()
                window.deleteLater()
                workers.deleteLater()
                app.processEvents()
        return f"main window built ({', '.join(menus)} menus)"

    return step


def window_steps(db_path: Path, root: Traversable) -> list[tuple[str, Step]]:
    return [("qt", _platform), ("fonts", _fonts(root)), ("main window", _window(db_path))]
