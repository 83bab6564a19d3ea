"""The reply editor: the tone check underlines as the user types, the explanation shows on
hover, and a misspelt word offers corrections on right-click.

The keystroke check (everything but spelling) runs on the GUI thread ~150 ms after the last
key: it is regular expressions over a short text, under 10 ms. Spelling waits for a ~600 ms
pause and runs in a worker; its answer is used only if the text is still the one checked.
Between checks the underlines move with the text, and an edit inside a finding removes its
underline at once, so fixing a phrase is seen before the next check confirms it.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from repman.replies import spelling
from repman.replies.findings import Finding
from repman.ui.tone_highlighter import ToneHighlighter, label, shift, utf16_offsets

ToneCheck = Callable[[str], list[Finding]]
TONE_DELAY_MS = 150
SPELL_DELAY_MS = 600


class ReplyEditor(QPlainTextEdit):
    edited = Signal()  # the user changed the text (not load_text)
    findingsChanged = Signal(list)  # every finding of the current text, sorted
    spellingRequested = Signal(str)  # after a pause: check this text's spelling

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tone_delay_ms: int = TONE_DELAY_MS,
        spell_delay_ms: int = SPELL_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on to the buttons; a reply needs no tabs
        self.highlighter = ToneHighlighter(self.document())
        self.language: str | None = None
        self._tone_check: ToneCheck | None = None
        self._text = ""
        self._tone: list[Finding] = []
        self._spelling: list[Finding] = []
        self._loading = False
        self.tone_timer = _single_shot(self, tone_delay_ms, self.check_now)
        self.spell_timer = _single_shot(self, spell_delay_ms, self.request_spelling)
        self.textChanged.connect(self._changed)

    # -- what is checked -------------------------------------------------------------------
    def set_checker(self, tone_check: ToneCheck | None, language: str | None) -> None:
        self._tone_check = tone_check
        self.language = language
        self.check_now()

    def set_right_to_left(self, rtl: bool) -> None:
        """Lines start at the right for an Arabic or Urdu reply. Each paragraph still reads
        in its own direction (from its first letter), but QPlainTextEdit aligns every
        paragraph alike, unlike QTextEdit: a left-aligned Arabic paragraph looked ragged."""
        option = QTextOption(self.document().defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setAlignment(option.alignment() | Qt.AlignmentFlag.AlignAbsolute)
        self.document().setDefaultTextOption(option)

    @property
    def findings(self) -> list[Finding]:
        return sorted(self._tone + self._spelling)

    def text(self) -> str:
        return self._text

    def load_text(self, text: str) -> None:
        """Show a saved draft (or nothing): not an edit."""
        self._loading = True
        try:
            self._tone, self._spelling = [], []
            self.setPlainText(text)
        finally:
            self._loading = False
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.check_now()
        self.spell_timer.start()

    def insert_text(self, text: str) -> None:
        """Insert at the cursor (replacing a selection) as one step Ctrl+Z can undo."""
        self.textCursor().insertText(text)

    def check_now(self) -> None:
        self.tone_timer.stop()
        check = self._tone_check
        self._tone = check(self._text) if check and self._text.strip() else []
        self._publish()

    def request_spelling(self) -> None:
        self.spell_timer.stop()
        if self._text.strip():
            self.spellingRequested.emit(self._text)
        elif self._spelling:
            self._spelling = []
            self._publish()

    def set_spelling(self, text: str, findings: list[Finding]) -> None:
        """A worker's spelling findings, used only if they are for the text shown now."""
        if text == self._text:
            self._spelling = list(findings)
            self._publish()

    # -- positions -------------------------------------------------------------------------
    def doc_span(self, finding: Finding) -> tuple[int, int]:
        offsets = utf16_offsets(self._text)
        if offsets is None:
            return finding.start, finding.end
        return offsets[finding.start], offsets[finding.end]

    def findings_at(self, position: int) -> list[Finding]:
        """The underlined findings at a document position (whole-reply ones are not)."""
        kinds = set(self.highlighter.kinds_at(position))
        return [
            f
            for f in self.findings
            if f.kind in kinds and self.doc_span(f)[0] <= position < self.doc_span(f)[1]
        ]

    def select_finding(self, finding: Finding) -> None:
        start, end = self.doc_span(finding)
        last = self.document().characterCount() - 1  # UTF-16 units, like the span
        cursor = self.textCursor()
        cursor.setPosition(min(start, last))
        cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def replace_finding(self, finding: Finding, text: str) -> None:
        self.select_finding(finding)
        self.textCursor().insertText(text)

    def _position_at(self, point: QPoint) -> int:
        """The document position of the character under a viewport point."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        rect = self.cursorRect(cursor)
        rtl = cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft
        before = point.x() > rect.x() if rtl else point.x() < rect.x()
        return max(0, position - 1) if before else position

    # -- hover and right-click -------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.findings_at(self._position_at(event.pos()))
            if found:
                QToolTip.showText(event.globalPos(), tooltip_html(found), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        position = self._position_at(event.pos())
        self.add_spelling_actions(menu, position)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def add_spelling_actions(self, menu: QMenu, position: int) -> list[str]:
        """Corrections for a misspelt word at the position, put first in the menu."""
        typo = next((f for f in self.findings_at(position) if f.kind == "spelling"), None)
        if typo is None:
            return []
        words = spelling.suggestions(self._text[typo.start : typo.end], self.language)
        first = menu.actions()[0] if menu.actions() else None
        for word in words or ["No suggestions"]:
            action = menu.addAction(word)
            action.setEnabled(bool(words))
            action.triggered.connect(lambda _=False, w=word, f=typo: self.replace_finding(f, w))
            if first is not None:
                menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)
        return words

    # -- keeping up with the text ----------------------------------------------------------
    def _changed(self) -> None:
        text = self.toPlainText()
        if text == self._text:
            return  # only formats changed (the highlighter repainting)
        self._tone = shift(self._tone, self._text, text)
        self._spelling = shift(self._spelling, self._text, text)
        self._text = text
        self._publish()
        if self._loading:
            return
        self.tone_timer.start()
        self.spell_timer.start()
        self.edited.emit()

    def _publish(self) -> None:
        findings = self.findings
        self.highlighter.set_findings(findings, self._text)
        self.findingsChanged.emit(findings)


def tooltip_html(findings: list[Finding]) -> str:
    """Our own words, still escaped: a tooltip is rich text and the rule has no exceptions."""
    parts = [
        f"<p><b>{html.escape(label(f.kind))}</b><br>{html.escape(f.explanation)}</p>"
        for f in findings
    ]
    return "".join(parts)


def _single_shot(parent: QWidget, ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
