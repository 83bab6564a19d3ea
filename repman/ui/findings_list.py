"""The tone check's findings under the reply editor, one line each with the colour of its
underline; choosing one selects its words in the editor. Findings about the whole reply (no
apology, copy-paste) have nothing to select and are listed all the same."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from repman.replies.findings import Finding
from repman.ui import display
from repman.ui.reply_editor import tooltip_html
from repman.ui.tone_highlighter import WHOLE_TEXT_KINDS, colour, label


class RoomyDelegate(QStyledItemDelegate):
    """Wrapped rows measured with the list's font come out too short when a line holds
    Arabic (drawn from the taller Naskh fallback font): the last line was then elided.
    Half a line more keeps every line."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2)


class FindingsList(QListWidget):
    findingChosen = Signal(object)  # a Finding with words to select

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setItemDelegate(RoomyDelegate(self))
        self.setMaximumHeight(120)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        self._icons: dict[str, QIcon] = {}

    def show_findings(self, findings: list[Finding], text: str) -> str:
        """List the findings of ``text``; returns a short summary for the heading."""
        self.clear()
        for finding in findings:
            shown = label(finding.kind)
            if finding.kind not in WHOLE_TEXT_KINDS:
                quote = display.excerpt(text[finding.start : finding.end], limit=60)
                shown += f" “{display.isolate(quote)}”"
            line = display.isolate(f"{shown}: {finding.explanation}")  # its own direction
            entry = QListWidgetItem(self._icon(finding.kind), line)
            entry.setData(Qt.ItemDataRole.UserRole, finding)
            entry.setToolTip(tooltip_html([finding]))
            self.addItem(entry)
        self.setVisible(bool(findings))
        problems = [f for f in findings if f.kind != "promise"]
        if not text.strip():
            return ""
        if not problems:
            return self.tr("looks calm")
        if len(problems) == 1:
            return self.tr("1 thing to look at")
        return self.tr("{count} things to look at").format(count=len(problems))

    def findings(self) -> list[Finding]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())]

    def _icon(self, kind: str) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            icon = self._icons[kind] = _swatch(colour(kind))
        return icon

    def _chosen(self, entry: QListWidgetItem) -> None:
        finding = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding) and finding.kind not in WHOLE_TEXT_KINDS:
            self.findingChosen.emit(finding)


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(color)
    return QIcon(pixmap)
