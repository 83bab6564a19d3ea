"""The detail text of an item's events: written by the store, read back by the app.

Details are English sentences in fixed forms, because the events log is exported as it is
for owners and auditors. The item view says them in the user's language by reading the forms
back, so each form has its writer and its reader here, side by side, and cannot drift apart.
A reader returns None for any other text (an older form, a hand-made import): the caller then
shows the detail as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

NOBODY = "nobody"
NO_CATEGORY = "none"
DRAFT_WRITTEN = "draft written"  # the reason a first draft gives for "new -> in progress"
REPLY_STATES = ("draft", "sent", "posted")

_ASSIGNMENT = re.compile(
    r"^(?P<old>.+?) -> (?P<new>.+?)(?: \(rule: (?P<rule>.+?)\))?(?:; tags (?P<tags>.+))?$"
)
_REPLY = re.compile(rf"^(?P<state>{'|'.join(REPLY_STATES)}) reply \d+$")
_DRAFT = re.compile(r"^reply \d+$")
_FOLLOWUP = re.compile(r"^due (?P<due>\S+): (?P<note>.*)$", re.DOTALL)


@dataclass(frozen=True)
class Assignment:
    old: str | None  # None: nobody
    new: str | None
    rule: str | None = None
    tags: tuple[str, ...] = ()


def assignment(
    old: str | None, new: str | None, rule: str | None = None, tags: Sequence[str] = ()
) -> str:
    text = f"{old or NOBODY} -> {new or NOBODY}"
    if rule:
        text += f" (rule: {rule})"
    if tags:
        text += f"; tags {', '.join(tags)}"
    return text


def read_assignment(detail: str) -> Assignment | None:
    found = _ASSIGNMENT.match(detail)
    if not found:
        return None

    def person(name: str) -> str | None:
        return None if name == NOBODY else name

    tags = tuple(found["tags"].split(", ")) if found["tags"] else ()
    return Assignment(person(found["old"]), person(found["new"]), found["rule"], tags)


def recategorised(old: str | None, new: str | None) -> str:
    return f"{old or NO_CATEGORY} -> {new or NO_CATEGORY}"


def read_category(detail: str) -> tuple[str | None, str | None] | None:
    old, arrow, new = detail.partition(" -> ")
    if not arrow or not new:
        return None
    return (None if old == NO_CATEGORY else old), (None if new == NO_CATEGORY else new)


def draft(reply_id: int) -> str:
    return f"reply {reply_id}"


def reply(state: str, reply_id: int) -> str:
    return f"{state} reply {reply_id}"


def read_reply_state(detail: str) -> str | None:
    """ "posted" for "posted reply 12", "draft" for "reply 4"; None for anything else."""
    if _DRAFT.match(detail):
        return "draft"
    found = _REPLY.match(detail)
    return found["state"] if found else None


def followup(due_at: str, note: str) -> str:
    return f"due {due_at}: {note}"


def read_followup(detail: str) -> tuple[str, str] | None:
    """(due, note) of a follow-up's detail."""
    found = _FOLLOWUP.match(detail)
    return (found["due"], found["note"]) if found else None


def followup_done(followup_id: int) -> str:
    return f"follow-up {followup_id}"
