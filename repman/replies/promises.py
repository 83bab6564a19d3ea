"""Promises in a reply ("we will call you", "we'll refund", "سنتواصل معك") become follow-ups
with a due date, so a promise made in public is kept (PRODUCT.md point 3)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from repman.domain import to_iso
from repman.replies.findings import Finding
from repman.replies.folding import fold_text
from repman.replies.tone import phrase_findings

_SENTENCE_END = re.compile(r"[.!?؟۔;\n]")
# "tomorrow" in a promise shortens the follow-up to one day.
_TOMORROW = re.compile(r"(?<!\w)(?:tomorrow|غدا|بكرا|بكره|αυριο)(?!\w)")
_MAX_QUOTE = 160


def find_promises(text: str, language: str | None) -> list[Finding]:
    """Promise findings (kind "promise"), in the order they appear."""
    return sorted(phrase_findings(text, language, kinds=("promise",)))


def _sentence(text: str, start: int, end: int) -> str:
    begin = start
    while begin > 0 and not _SENTENCE_END.match(text[begin - 1]):
        begin -= 1
    stop = end
    while stop < len(text) and not _SENTENCE_END.match(text[stop]):
        stop += 1
    if stop < len(text) and text[stop] != "\n":
        stop += 1  # keep the full stop
    quote = " ".join(text[begin:stop].split())
    return quote if len(quote) <= _MAX_QUOTE else quote[: _MAX_QUOTE - 1].rstrip() + "…"


def followup_for(
    text: str, language: str | None, now: datetime, days: float = 2
) -> tuple[str, str] | None:
    """(due_at as UTC ISO-8601, note quoting the promise) for a reply that promises
    something, or None. The due date is ``days`` after ``now`` (one day when the promise
    says "tomorrow"); ``now`` must carry a time zone."""
    promises = find_promises(text, language)
    if not promises:
        return None
    quotes = list(dict.fromkeys(_sentence(text, f.start, f.end) for f in promises))
    due_days = days
    if any(_TOMORROW.search(fold_text(q)) for q in quotes):
        due_days = min(days, 1)
    note = "Promised in the reply: " + " / ".join(f"“{q}”" for q in quotes)
    return to_iso(now + timedelta(days=due_days)), note
