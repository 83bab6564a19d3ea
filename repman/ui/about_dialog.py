"""Help → About Repman: the version (repman.__version__, the one place it is set), the
licence and the credits for what the app bundles (the same list as packaging/README.md)."""

from __future__ import annotations

import html
import sys
from typing import TYPE_CHECKING

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from repman import APP_NAME, __version__
from repman.ui.i18n import Retranslating
from repman.ui.window_menus import HELP_MENU

if TYPE_CHECKING:
    from repman.ui.main_window import MainWindow

LICENCE = "GPL-3.0-or-later"
# (what, its licence, where it comes from)
CREDITS: list[tuple[str, str, str]] = [
    (
        str(QT_TRANSLATE_NOOP("AboutDialog", "PySide6 and Qt")),
        "LGPL-3.0",
        "https://www.qt.io/qt-for-python",
    ),
    (
        str(QT_TRANSLATE_NOOP("AboutDialog", "Noto fonts")),
        "OFL-1.1",
        "https://fonts.google.com/noto",
    ),
    (
        str(
            QT_TRANSLATE_NOOP("AboutDialog", "Hunspell dictionaries for English, Arabic and Greek")
        ),
        "SCOWL, LGPL-2.1, LGPL-3.0",
        "https://packages.debian.org/bookworm/hunspell-en-us",
    ),
    (
        str(QT_TRANSLATE_NOOP("AboutDialog", "VADER sentiment lexicon")),
        "MIT",
        "https://github.com/cjhutto/vaderSentiment",
    ),
    (
        str(QT_TRANSLATE_NOOP("AboutDialog", "fastText language identification (lite model)")),
        "CC-BY-SA-3.0",
        "https://fasttext.cc/docs/en/language-identification.html",
    ),
]


class AboutDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{APP_NAME} {html.escape(__version__)}</h2>", self)
        title.setObjectName("title")
        layout.addWidget(title)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.licence = QLabel(self)
        self.licence.setWordWrap(True)
        layout.addWidget(self.licence)
        self.credits = QLabel(self)
        self.credits.setTextFormat(Qt.TextFormat.RichText)
        self.credits.setOpenExternalLinks(True)
        self.credits.setWordWrap(True)
        layout.addWidget(self.credits)
        python = sys.version.split()[0]
        self.versions = QLabel(
            f"Python {python} · Qt {qVersion()} · PySide6 {PYSIDE_VERSION}",
            self,
        )
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.versions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.summary.setText(
            self.tr("Every review and mention of your business in one inbox, answered calmly.")
        )
        self.licence.setText(
            self.tr("Licence: %1. You may share and change it under the same terms.").replace(
                "%1", LICENCE
            )
        )
        rows = "".join(
            f'<li><a href="{html.escape(url)}">{html.escape(self.tr(what))}</a>'
            f" ({html.escape(licence)})</li>"
            for what, licence, url in CREDITS
        )
        self.credits.setText(f"<p>{html.escape(self.tr('Built with:'))}</p><ul>{rows}</ul>")


def install_about(window: MainWindow) -> QAction:
    """Help → About Repman (the About role puts it in the application menu on macOS)."""
    action = window.menu(HELP_MENU).addAction("")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    window.keep_translated(
        # The main window's context: that is where lupdate files it and where Qt looks.
        lambda _window: action.setText(
            QCoreApplication.translate("MainWindow", "About %1…").replace("%1", APP_NAME)
        )
    )
    dialog: list[AboutDialog] = []  # made on first use, then reused

    def show() -> None:
        if not dialog:
            dialog.append(AboutDialog(window))
        dialog[0].open()

    action.triggered.connect(lambda _=False: show())
    return action
