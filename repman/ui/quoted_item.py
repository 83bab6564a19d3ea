"""The item being answered, at the top of the composer: who wrote it where, and its text
as plain text (tech-notes §8), in a larger size for Arabic script."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from repman.replies.lexicon import base_language
from repman.ui import display

RTL_LANGUAGES = ("ar", "ur")


def is_rtl_item(item: dict[str, Any]) -> bool:
    return base_language(item.get("language")) in RTL_LANGUAGES or display.is_rtl(item.get("text"))


def text_font(base: QFont, rtl: bool) -> QFont:
    """Arabic script looks a size smaller than Latin at the same point size."""
    font = QFont(base)
    if rtl:
        font.setPointSizeF(font.pointSizeF() * 1.15)
    return font


class QuotedItem(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.header.font())
        bold.setBold(True)
        self.header.setFont(bold)
        # A QTextEdit, not a QPlainTextEdit: it aligns each paragraph by its own direction
        # (an English title over an Arabic review). Only ever given plain text.
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(130)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.text)

    def show_item(self, item: dict[str, Any]) -> str:
        """Show the item; returns the author's name as shown (for the window title)."""
        author = display.clean_name(item.get("author")) or self.tr("someone")
        site = display.clean_name(item.get("source"))
        rating = f" · {display.stars(item['rating'])}" if item.get("rating") is not None else ""
        when = display.local_time(item.get("created_at"))
        self.header.setText(
            self.tr("{name} on {site}").format(
                name=display.isolate(author), site=display.isolate(site)
            )
            + f"{rating} · {when}"
        )
        body = "\n\n".join(p for p in (item.get("title"), item.get("text")) if p)
        self.text.setPlainText(display.strip_bidi_controls(body))
        self.text.setFont(text_font(self.font(), is_rtl_item(item)))
        return author
