"""The keyboard shortcuts dialog (?): every shortcut of the window, grouped by menu.

It is built from the window's actions when it opens, so a shortcut added anywhere (another
menu, another panel) is listed without touching this file.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repman.ui.i18n import Retranslating

Row = tuple[str, str, str]  # group, what it does, keys


def keys_text(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in action.shortcuts() if not s.isEmpty())


def action_rows(actions: Iterable[tuple[str, QAction]]) -> list[Row]:
    """(group, action) pairs -> rows; actions without a shortcut are left out."""
    rows = []
    for group, action in actions:
        keys = keys_text(action)
        if keys:
            rows.append((group, action.text().replace("&", ""), keys))
    return rows


class ShortcutsDialog(Retranslating, QDialog):
    """The rows come from the window (set_rows), in the window's words."""

    def __init__(self, rows: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)  # a few rows
        self.set_rows(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addWidget(buttons)
        self.resize(460, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])

    def set_rows(self, rows: list[Row]) -> None:
        self.table.setRowCount(0)
        group = None
        for name, text, keys in rows:
            if name != group:
                group = name
                self._add(name, "", heading=True)
            self._add(text, keys)

    def listed(self) -> dict[str, str]:
        """What the dialog shows: action text -> keys (headings left out)."""
        shown = {}
        for row in range(self.table.rowCount()):
            action, keys = self.table.item(row, 0), self.table.item(row, 1)
            if action is not None and keys is not None and keys.text():
                shown[action.text()] = keys.text()
        return shown

    def _add(self, text: str, keys: str, *, heading: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        first, second = QTableWidgetItem(text), QTableWidgetItem(keys)
        if heading:
            font = first.font()
            font.setBold(True)
            first.setFont(font)
        self.table.setItem(row, 0, first)
        self.table.setItem(row, 1, second)
