"""One line of an item's history in the user's language.

The store writes each event's detail in fixed English forms ("nobody -> Maya (rule: Kitchen)",
"posted reply 12", "due 2026-11-25T09:00:00Z: call back"): they stay English in the events
log an auditor exports. Here the forms we know are read back and said in the UI's language;
a detail in any other form is shown as it is, isolated so a right-to-left name cannot reorder
the line.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from repman.ui import display
from repman.ui.filter_bar import category_label
from repman.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "EventText"
NOBODY = "nobody"
_ASSIGN = re.compile(
    r"^(?P<old>.+?) -> (?P<new>.+?)(?: \(rule: (?P<rule>.+?)\))?(?:; tags (?P<tags>.+))?$"
)
_REPLY = re.compile(r"^(?P<state>draft|sent|posted) reply \d+$")
_FOLLOWUP = re.compile(r"^due (?P<due>\S+): (?P<note>.*)$", re.DOTALL)
_DRAFT_WRITTEN = "draft written"  # the reason the store gives when a draft starts the work

_REPLY_STATES = {
    "draft": QT_TRANSLATE_NOOP("EventText", "draft reply saved"),
    "sent": QT_TRANSLATE_NOOP("EventText", "reply sent by hand"),
    "posted": QT_TRANSLATE_NOOP("EventText", "reply posted"),
}


def _person(name: str) -> str:
    return (
        QCoreApplication.translate("EventText", "nobody")
        if name == NOBODY
        else display.isolate(display.clean_name(name))
    )


def _assign(detail: str) -> str:
    found = _ASSIGN.match(detail)
    if not found:
        return QCoreApplication.translate("EventText", "assigned: {detail}").format(
            detail=display.isolate(detail)
        )
    text = QCoreApplication.translate("EventText", "assigned: {old} → {new}").format(
        old=_person(found["old"]), new=_person(found["new"])
    )
    if found["rule"]:
        text += " " + QCoreApplication.translate("EventText", "(rule {rule})").format(
            rule=display.isolate(found["rule"])
        )
    if found["tags"]:
        text += " " + QCoreApplication.translate("EventText", "tags: {tags}").format(
            tags=display.isolate(found["tags"])
        )
    return text


def _category(detail: str) -> str:
    old, _, new = detail.partition(" -> ")
    if not new:
        return QCoreApplication.translate("EventText", "category: {detail}").format(
            detail=display.isolate(detail)
        )
    before = (
        QCoreApplication.translate("EventText", "none") if old == "none" else category_label(old)
    )
    return QCoreApplication.translate("EventText", "category: {old} → {new}").format(
        old=before, new=category_label(new)
    )


def _status(event: dict[str, Any]) -> str:
    before = display.status_label(event.get("from_status")).lower()
    after = display.status_label(event.get("to_status")).lower()
    text = QCoreApplication.translate("EventText", "{old} → {new}").format(old=before, new=after)
    detail = event.get("detail")
    reply = _REPLY.match(detail or "")
    if detail == _DRAFT_WRITTEN:
        text += ": " + QCoreApplication.translate("EventText", "a draft was written")
    elif reply:
        text += ": " + QCoreApplication.translate(CONTEXT, _REPLY_STATES[reply["state"]])
    elif detail:
        text += f": {display.isolate(detail)}"
    return text


def describe(event: dict[str, Any]) -> str:
    """What happened, without the time and the person (the history line adds those)."""
    action = event.get("action") or ""
    detail = str(event.get("detail") or "")
    if action == "status" or event.get("from_status") or event.get("to_status"):
        return _status(event)
    if action == "assign":
        return _assign(detail)
    if action == "category":
        return _category(detail)
    if action in ("draft", "reply"):
        found = _REPLY.match(detail)
        state = found["state"] if found else ("draft" if action == "draft" else "")
        if state in _REPLY_STATES:
            return QCoreApplication.translate(CONTEXT, _REPLY_STATES[state])
    if action == "followup":
        found = _FOLLOWUP.match(detail)
        if found:
            return QCoreApplication.translate("EventText", "follow-up due {due}: {note}").format(
                due=display.local_time(found["due"]), note=display.isolate(found["note"])
            )
    if action == "followup_done":
        return QCoreApplication.translate("EventText", "follow-up done")
    return f"{action}: {display.isolate(detail)}" if detail else action
