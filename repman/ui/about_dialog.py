"""Help → About Repman: the version (repman.__version__, the one place it is set), the
licence and the credits for what the app bundles (the same list as packaging/README.md)."""

from __future__ import annotations

import html
import sys

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from repman import APP_NAME, __version__

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


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{APP_NAME} {html.escape(__version__)}</h2>", self)
        title.setObjectName("title")
        layout.addWidget(title)
        summary = QLabel(
            self.tr("Every review and mention of your business in one inbox, answered calmly."),
            self,
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.licence = QLabel(
            self.tr("Licence: %1. You may share and change it under the same terms.").replace(
                "%1", LICENCE
            ),
            self,
        )
        self.licence.setWordWrap(True)
        layout.addWidget(self.licence)
        rows = "".join(
            f'<li><a href="{html.escape(url)}">{html.escape(self.tr(what))}</a>'
            f" ({html.escape(licence)})</li>"
            for what, licence, url in CREDITS
        )
        self.credits = QLabel(f"<p>{html.escape(self.tr('Built with:'))}</p><ul>{rows}</ul>", self)
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


def install_about(window: QMainWindow) -> QAction:
    """Help → About Repman (the About role puts it in the application menu on macOS)."""
    bar = window.menuBar()
    # The main window's context: that is where lupdate files these and where Qt looks.
    title = QCoreApplication.translate("MainWindow", "&Help")
    menu = next((a.menu() for a in bar.actions() if a.text() == title), None)
    if not isinstance(menu, QMenu):
        menu = bar.addMenu(title)
    action = menu.addAction(
        QCoreApplication.translate("MainWindow", "About %1…").replace("%1", APP_NAME)
    )
    action.setMenuRole(QAction.MenuRole.AboutRole)
    dialog: list[AboutDialog] = []  # made on first use, then reused

    def show() -> None:
        if not dialog:
            dialog.append(AboutDialog(window))
        dialog[0].open()

    action.triggered.connect(lambda _=False: show())
    return action
