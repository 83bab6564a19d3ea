"""How item fields read on screen: stars, ages, excerpts, local times, text direction.

Plain functions over strings and datetimes so the model and the detail pane agree; no widgets.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from repman.domain import CRITICISM_TARGET_HOURS, DEFAULT_TARGET_HOURS, Status, parse_iso
from repman.ui.i18n import QT_TRANSLATE_NOOP

# Explicit embeddings/overrides and isolates: in an author name they can reverse the text
# around them (bidi spoofing, tech-notes §8), so names are shown without them.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
FSI = "\u2068"  # first-strong isolate: the wrapped text takes its own direction
PDI = "\u2069"

STATUS_LABELS = {
    Status.NEW: QT_TRANSLATE_NOOP("Display", "New"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Display", "In progress"),
    Status.ANSWERED: QT_TRANSLATE_NOOP("Display", "Answered"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Display", "Closed"),
    Status.IGNORED: QT_TRANSLATE_NOOP("Display", "Ignored"),
}

EXCERPT_CHARS = 120


def strip_bidi_controls(text: str) -> str:
    return _BIDI_CONTROLS.sub("", text)


def clean_name(name: str | None) -> str:
    """An author name fit for one line: no bidi controls, no line breaks or runs of spaces."""
    if not name:
        return ""
    return _SPACES.sub(" ", strip_bidi_controls(name)).strip()


def isolate(text: str) -> str:
    """Wrap user text so its direction cannot leak into the UI text around it."""
    return f"{FSI}{strip_bidi_controls(text)}{PDI}" if text else ""


def is_rtl(text: str | None) -> bool:
    """True when the first strong character is right-to-left (Unicode bidi rule P2)."""
    for ch in text or "":
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def stars(rating: int | None) -> str:
    if rating is None:
        return ""
    filled = max(0, min(5, int(rating)))
    return "★" * filled + "☆" * (5 - filled)


def excerpt(text: str | None, title: str | None = None, limit: int = EXCERPT_CHARS) -> str:
    """The first non-empty line of the text (or the title), cut to about `limit` characters."""
    for source in (text, title):
        for line in (source or "").splitlines():
            line = _SPACES.sub(" ", strip_bidi_controls(line)).strip()
            if line:
                return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def age(delta: timedelta) -> str:
    """A short age: '5 min', '3 h', '2 d'."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("Display", "{n} min").format(n=minutes)
    if minutes < 24 * 60:
        return QCoreApplication.translate("Display", "{n} h").format(n=minutes // 60)
    return QCoreApplication.translate("Display", "{n} d").format(n=minutes // (24 * 60))


def target_hours(is_criticism: bool) -> float:
    return CRITICISM_TARGET_HOURS if is_criticism else DEFAULT_TARGET_HOURS


def is_overdue(status: str, is_criticism: bool, created: datetime, now: datetime) -> bool:
    """Open and older than its response target (1 h for criticism, 24 h otherwise)."""
    if status not in (Status.NEW, Status.IN_PROGRESS):
        return False
    return now - created > timedelta(hours=target_hours(is_criticism))


def local_time(iso: str | None) -> str:
    """A stored UTC time as the user's local time, e.g. '2025-03-08 11:14'."""
    if not iso:
        return ""
    try:
        return parse_iso(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def status_label(status: str | None) -> str:
    if status is None:
        return ""
    try:
        return QCoreApplication.translate("Display", STATUS_LABELS[Status(status)])
    except ValueError:
        return status
