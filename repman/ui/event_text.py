"""One line of an item's history in the user's language.

The store writes each event's detail in fixed English forms (repman/event_details.py): they
stay English in the events log an auditor exports. Here the forms are read back with that
module's readers and said in the UI's language; a detail in any other form is shown as it is,
isolated so a right-to-left name cannot reorder the line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from repman import event_details as details
from repman.ui import display
from repman.ui.filter_bar import category_label
from repman.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "EventText"

_REPLY_STATES = {
    "draft": QT_TRANSLATE_NOOP("EventText", "draft reply saved"),
    "sent": QT_TRANSLATE_NOOP("EventText", "reply sent by hand"),
    "posted": QT_TRANSLATE_NOOP("EventText", "reply posted"),
}


def _person(name: str | None) -> str:
    if name is None:
        return QCoreApplication.translate("EventText", "nobody")
    return display.isolate(display.clean_name(name))


def _reply(state: str | None) -> str | None:
    return QCoreApplication.translate(CONTEXT, _REPLY_STATES[state]) if state else None


def _assign(detail: str) -> str:
    found = details.read_assignment(detail)
    if found is None:
        return QCoreApplication.translate("EventText", "assigned: {detail}").format(
            detail=display.isolate(detail)
        )
    text = QCoreApplication.translate("EventText", "assigned: {old} → {new}").format(
        old=_person(found.old), new=_person(found.new)
    )
    if found.rule:
        text += " " + QCoreApplication.translate("EventText", "(rule {rule})").format(
            rule=display.isolate(found.rule)
        )
    if found.tags:
        text += " " + QCoreApplication.translate("EventText", "tags: {tags}").format(
            tags=display.isolate(", ".join(found.tags))
        )
    return text


def _category(detail: str) -> str:
    found = details.read_category(detail)
    if found is None:
        return QCoreApplication.translate("EventText", "category: {detail}").format(
            detail=display.isolate(detail)
        )
    old, new = found
    return QCoreApplication.translate("EventText", "category: {old} → {new}").format(
        old=_category_name(old), new=_category_name(new)
    )


def _category_name(category: str | None) -> str:
    if category is None:
        return QCoreApplication.translate("EventText", "none")
    return category_label(category)


def _status(event: dict[str, Any]) -> str:
    before = display.status_label(event.get("from_status")).lower()
    after = display.status_label(event.get("to_status")).lower()
    text = QCoreApplication.translate("EventText", "{old} → {new}").format(old=before, new=after)
    detail = str(event.get("detail") or "")
    if detail == details.DRAFT_WRITTEN:
        text += ": " + QCoreApplication.translate("EventText", "a draft was written")
    elif reply := _reply(details.read_reply_state(detail)):
        text += ": " + reply
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
    if action in ("draft", "reply") and (reply := _reply(details.read_reply_state(detail))):
        return reply
    if action == "followup" and (found := details.read_followup(detail)):
        due, note = found
        return QCoreApplication.translate("EventText", "follow-up due {due}: {note}").format(
            due=display.local_time(due), note=display.isolate(note)
        )
    if action == "followup_done":
        return QCoreApplication.translate("EventText", "follow-up done")
    return f"{action}: {display.isolate(detail)}" if detail else action
