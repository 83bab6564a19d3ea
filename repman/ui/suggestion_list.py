"""Suggested replies in the composer: the best calm templates for the item, already filled
in with the reviewer's name; a click, Enter or Alt+1..5 puts one in the editor."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from repman.replies.suggest import Suggestion
from repman.ui import display
from repman.ui.findings_list import RoomyDelegate
from repman.ui.i18n import Retranslating

PREVIEW_CHARS = 150


class SuggestionList(Retranslating, QListWidget):
    chosen = Signal(int)  # index into the suggestions shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setItemDelegate(RoomyDelegate(self))
        self.setMaximumHeight(150)
        self.suggestions: list[Suggestion] = []
        self._shown: tuple[str, str] = ("message", "")  # what is listed: worded again
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def retranslate(self) -> None:
        kind, site = self._shown
        if kind == "loading":
            self.show_loading()
        elif kind == "suggestions":
            self.show_suggestions(self.suggestions, site)

    def show_loading(self) -> None:
        self.show_message(self.tr("Finding suggestions…"))
        self._shown = ("loading", "")

    def show_message(self, text: str) -> None:
        self.suggestions = []
        self.clear()
        self.addItem(text)
        self.setEnabled(False)
        self._shown = ("message", "")

    def show_suggestions(self, suggestions: list[Suggestion], site: str) -> None:
        if not suggestions:
            self.show_message(self.tr("No templates in this language yet: write your own."))
        else:
            self._list(suggestions, site)
        self._shown = ("suggestions", site)

    def _list(self, suggestions: list[Suggestion], site: str) -> None:
        self.clear()
        self.suggestions = list(suggestions)
        self.setEnabled(True)
        for n, suggestion in enumerate(suggestions, 1):
            name = suggestion.template.name
            if not suggestion.fits:
                name += " — " + self.tr("too long for {site}").format(site=site)
            preview = display.excerpt(suggestion.text, limit=PREVIEW_CHARS)
            # Each line isolated: it reads in its own direction whatever the window's.
            entry = QListWidgetItem(
                f"{display.isolate(f'{n}. {name}')}\n{display.isolate(preview)}"
            )
            # Our template, the reviewer's name in it: still escaped for the rich tooltip.
            entry.setToolTip(
                "<p style='white-space: pre-wrap'>" + html.escape(suggestion.text) + "</p>"
            )
            self.addItem(entry)

    def _chosen(self, entry: QListWidgetItem) -> None:
        if self.suggestions:
            self.chosen.emit(self.row(entry))
