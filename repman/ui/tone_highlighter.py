"""Underlines for the tone check and spelling in the reply editor (tech-notes §6).

Findings carry spans as Python string indices (code points); a QTextDocument counts UTF-16
units, so an emoji before a finding would shift every underline after it by one. The spans
are converted once per update. Findings about the whole reply (no apology, copy-paste) are
not underlined, only listed: underlining every word says nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from repman.replies.findings import Finding
from repman.ui.i18n import QT_TRANSLATE_NOOP

WHOLE_TEXT_KINDS = frozenset({"missing_apology", "missing_thanks", "generic"})
KIND_LABELS = {
    "defensive": QT_TRANSLATE_NOOP("ToneCheck", "Defensive"),
    "blame": QT_TRANSLATE_NOOP("ToneCheck", "Blames the customer"),
    "dismissive": QT_TRANSLATE_NOOP("ToneCheck", "Dismissive"),
    "shouting": QT_TRANSLATE_NOOP("ToneCheck", "Shouting"),
    "promise": QT_TRANSLATE_NOOP("ToneCheck", "Promise"),
    "too_long": QT_TRANSLATE_NOOP("ToneCheck", "Too long for the site"),
    "spelling": QT_TRANSLATE_NOOP("ToneCheck", "Spelling"),
    "missing_apology": QT_TRANSLATE_NOOP("ToneCheck", "No apology"),
    "missing_thanks": QT_TRANSLATE_NOOP("ToneCheck", "No thanks"),
    "generic": QT_TRANSLATE_NOOP("ToneCheck", "Copy-paste reply"),
}
# Underline colours: red is spelling's alone; the tone problems share warm colours, a
# promise (not a problem: a follow-up to keep) is blue.
KIND_COLOURS = {
    "spelling": "#d00000",
    "defensive": "#d9480f",
    "blame": "#d9480f",
    "dismissive": "#ae3ec9",
    "shouting": "#c2255c",
    "promise": "#1971c2",
    "too_long": "#b00020",
    "missing_apology": "#e67700",
    "missing_thanks": "#e67700",
    "generic": "#e67700",
}
_TINTS = {"defensive": "#ffe8cc", "blame": "#ffe8cc", "dismissive": "#f3d9fa",
          "shouting": "#ffdeeb", "too_long": "#ffe3e3"}  # fmt: skip
# Drawn in this order, so spelling shows on top of a tone tint.
_LAYER = {"too_long": 0, "promise": 1, "spelling": 3}


def label(kind: str) -> str:
    if kind in KIND_LABELS:
        return QCoreApplication.translate("ToneCheck", KIND_LABELS[kind])
    return kind.replace("_", " ").capitalize()


def colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#e67700"))


def char_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == "promise":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(colour(kind))
    if kind in _TINTS:
        fmt.setBackground(QColor(_TINTS[kind]))
    return fmt


def utf16_offsets(text: str) -> list[int] | None:
    """offsets[i] = the UTF-16 position of text[i] (one entry past the end too), or None
    when the two agree (no character outside the Basic Multilingual Plane)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return out


def shift(findings: Iterable[Finding], old: str, new: str) -> list[Finding]:
    """Findings for ``old`` moved to where their text is in ``new`` (one edit between them);
    a finding the edit touched is dropped until the next check says what it is now."""
    if old == new:
        return list(findings)
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    old_end, new_end = len(old), len(new)
    while old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1]:
        old_end -= 1
        new_end -= 1
    delta = new_end - old_end
    out = []
    for f in findings:
        if f.kind in WHOLE_TEXT_KINDS:
            out.append(Finding(0, len(new), f.kind, f.explanation))
        elif f.end <= start:
            out.append(f)
        elif f.start >= old_end:
            out.append(Finding(f.start + delta, f.end + delta, f.kind, f.explanation))
    return out


class ToneHighlighter(QSyntaxHighlighter):
    """Paints the current findings; set_findings() replaces them and repaints."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spans: list[tuple[int, int, str]] = []  # document (UTF-16) positions, kind
        self._formats: dict[str, QTextCharFormat] = {}

    def set_findings(self, findings: Sequence[Finding], text: str) -> None:
        offsets = utf16_offsets(text)
        spans = []
        for f in findings:
            if f.kind in WHOLE_TEXT_KINDS or f.end <= f.start or f.end > len(text):
                continue
            if offsets is None:
                spans.append((f.start, f.end, f.kind))
            else:
                spans.append((offsets[f.start], offsets[f.end], f.kind))
        spans.sort(key=lambda s: (_LAYER.get(s[2], 2), s[0]))
        if spans != self.spans:
            self.spans = spans
            self.rehighlight()

    def kinds_at(self, position: int) -> list[str]:
        """The kinds underlined at a document position (for tooltips and tests)."""
        return [kind for start, end, kind in self.spans if start <= position < end]

    def highlightBlock(self, text: str) -> None:
        first = self.currentBlock().position()
        last = first + len(text.encode("utf-16-le")) // 2
        inside = [
            (max(s, first), min(e, last), k) for s, e, k in self.spans if s < last and e > first
        ]
        # Overlapping findings (a promise inside an over-long tail) merge their formats:
        # cut the block at every span boundary and paint each piece once.
        cuts = sorted({p for s, e, _ in inside for p in (s, e)})
        for lo, hi in pairwise(cuts):
            fmt = QTextCharFormat()
            for start, end, kind in inside:  # in layer order: spelling merges last
                if start <= lo and hi <= end:
                    fmt.merge(self._format(kind))
            if not fmt.isEmpty():
                self.setFormat(lo - first, hi - lo, fmt)

    def _format(self, kind: str) -> QTextCharFormat:
        fmt = self._formats.get(kind)
        if fmt is None:
            fmt = self._formats[kind] = char_format(kind)
        return fmt
