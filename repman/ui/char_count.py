"""The reply's length against the site's limit, counted the way the site counts it:
"212 / 350", "3100 / 4096 bytes" for Google, red once over (the tone check underlines the
part that would be cut off)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from repman.ui.i18n import QT_TRANSLATE_NOOP

_UNITS = {
    "characters": QT_TRANSLATE_NOOP("CharCount", "characters"),
    "bytes": QT_TRANSLATE_NOOP("CharCount", "bytes"),
}
OVER_STYLE = "color: #b00020; font-weight: bold;"


class CharCount(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.limit: Any = None  # a sources.base.ReplyLimit (or one with its own measure)
        self.over_limit = False

    def set_limit(self, limit: Any) -> None:
        self.limit = limit
        if limit is None:
            self.setToolTip(self.tr("This site sets no length limit for replies"))
        else:
            self.setToolTip(
                self.tr("The site accepts replies of at most {size} {unit}").format(
                    size=limit.size, unit=self._unit(limit.unit)
                )
            )

    def count(self, text: str) -> None:
        limit = self.limit
        if limit is None:
            self.setText(self.tr("{count} characters").format(count=len(text)))
            self.over_limit = False
        else:
            measure = getattr(limit, "measure", None)
            used = measure(text) if callable(measure) else len(text)
            unit = "" if limit.unit == "characters" else f" {self._unit(limit.unit)}"
            self.setText(f"{used} / {limit.size}{unit}")
            self.over_limit = used > limit.size
        self.setStyleSheet(OVER_STYLE if self.over_limit else "")

    def _unit(self, unit: str) -> str:
        return self.tr(_UNITS[unit]) if unit in _UNITS else unit
