"""Help → Export diagnostics: ask where to save the bundle (repman/diagnostics.py), write it,
then show where it went with a button to open that folder, or say plainly why it failed.

The main window wires it up: ``export_diagnostics(self, database=self.store.path)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from repman.diagnostics import default_name, write_bundle
from repman.domain import RepmanError

OpenFolder = Callable[[Path], Any]
translate = QCoreApplication.translate  # with literal arguments, so lupdate finds the texts


def open_folder_default(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def qt_versions() -> dict[str, str]:
    return {
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "qt_platform": QGuiApplication.platformName(),
    }


def _box(parent: QWidget, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(
        icon,
        translate("DiagnosticsDialog", "Export diagnostics"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder name may hold '<'
    return box


def export_diagnostics(
    parent: QWidget,
    *,
    database: Path | None = None,
    folder: Path | None = None,
    open_folder: OpenFolder = open_folder_default,
) -> None:
    suggested = (folder or Path.home()) / default_name()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("DiagnosticsDialog", "Export diagnostics"),
        str(suggested),
        translate("DiagnosticsDialog", "Zip archives (*.zip)"),
    )
    if not name:
        return
    dest = Path(name) if name.lower().endswith(".zip") else Path(f"{name}.zip")
    try:
        written = write_bundle(dest, database=database, extra=qt_versions())
    except RepmanError as exc:
        box = _box(
            parent,
            QMessageBox.Icon.Warning,
            translate("DiagnosticsDialog", "The diagnostics could not be saved: {reason}").format(
                reason=exc.message
            ),
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return
    box = _box(
        parent,
        QMessageBox.Icon.Information,
        translate(
            "DiagnosticsDialog",
            "Diagnostics saved to {path}. Attach this file to your report: it holds the log "
            "and version information, with passwords and tokens removed.",
        ).format(path=written),
    )
    open_button = box.addButton(
        translate("DiagnosticsDialog", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        open_folder(written.parent)
