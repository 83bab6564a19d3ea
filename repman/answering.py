"""Answering an item: suggestions, the tone check with the inbox's history, and recording a
reply so that a promise in it becomes a follow-up. Shared by the command line and the app."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from repman.domain import ReplyState, utcnow
from repman.replies.findings import Finding
from repman.replies.promises import followup_for
from repman.replies.suggest import Suggestion, suggest
from repman.replies.templates import builtin_templates, template_from_row
from repman.replies.tone import check, normalise_for_generic
from repman.sources.base import ReplyLimit
from repman.store import Store

# Settings of the business profile (the `settings` table) and their meaning.
PROFILE_KEYS = {
    "business": "the business name used in replies and reports",
    "signature": "how replies are signed, e.g. 'Maya, owner'",
    "contact": "a direct contact offered in replies (e-mail or phone)",
    "followup_days": "days until a promise made in a reply is due (default 2)",
    "target_criticism_hours": "hours to answer criticism before it is late (default 1)",
    "target_default_hours": "hours to answer anything else before it is late (default 24)",
}
DEFAULT_FOLLOWUP_DAYS = 2.0

# What record_reply does about a follow-up: "auto" (a promise found in the reply gets one,
# due after the followup_days setting), None (none, whatever the reply says), or the
# (due_at as UTC ISO-8601, note) the user chose in the composer.
FollowupChoice = tuple[str, str] | None | Literal["auto"]


def ensure_templates(store: Store) -> None:
    """Copy the built-in templates into the inbox (new ones only; edits are kept)."""
    store.seed_templates(t.seed_row() for t in builtin_templates())


def reply_limit(source_kind: str | None) -> ReplyLimit | None:
    """The site's reply limit, or None for sites without one (and imported items)."""
    from repman.sources.registry import IMPORT_KIND, connector_class

    if not source_kind or source_kind == IMPORT_KIND:
        return None
    try:
        return connector_class(source_kind).reply_limit
    except Exception:  # an unknown kind from an older or newer Repman: no limit known
        return None


def suggestions(store: Store, item_id: int, limit: int | None = None) -> list[Suggestion]:
    ensure_templates(store)
    item = store.item(item_id)
    templates = [template_from_row(row) for row in store.templates()]
    profile = store.settings()
    return suggest(
        item,
        templates,
        business=profile.get("business"),
        signature=profile.get("signature"),
        contact=profile.get("contact"),
        limit=limit,
        max_length=reply_limit(item.get("source_kind")),
    )


def sent_before(store: Store) -> Counter[str]:
    return Counter(normalise_for_generic(body) for body in store.sent_reply_bodies())


def tone(
    store: Store | None,
    text: str,
    language: str | None,
    *,
    answering_criticism: bool = True,
    source_kind: str | None = None,
    known_words: tuple[str, ...] = (),
) -> list[Finding]:
    """The tone check with what only the inbox knows: replies already sent (generic text)
    and the business's own names (never spelling mistakes)."""
    profile = store.settings() if store else {}
    names = tuple(w for v in profile.values() for w in v.split()) + known_words
    return check(
        text,
        language,
        answering_criticism=answering_criticism,
        max_length=reply_limit(source_kind),
        sent_before=sent_before(store) if store else None,
        known_words=names,
    )


@dataclass
class Recorded:
    reply_id: int
    followup_id: int | None
    followup_due: str | None


def record_reply(
    store: Store,
    item_id: int,
    body: str,
    state: ReplyState,
    by: str | None,
    *,
    template_id: int | None = None,
    external_reply_id: str | None = None,
    at: str | None = None,
    now: datetime | None = None,
    followup: FollowupChoice = "auto",
) -> Recorded:
    """Store a reply; a sent or posted reply that promises something gets a follow-up
    (``followup``: "auto" finds the promise, None makes none, a (due_at, note) pair is
    used as given). A draft never gets one."""
    item: dict[str, Any] = store.item(item_id)
    with store.transaction():
        reply_id = store.add_reply(
            item_id, body, state, by, template_id=template_id,
            external_reply_id=external_reply_id, at=at,
        )  # fmt: skip
        if state is ReplyState.DRAFT:
            return Recorded(reply_id, None, None)
        if isinstance(followup, str):  # "auto"
            days = float(store.setting("followup_days") or DEFAULT_FOLLOWUP_DAYS)
            promise = followup_for(body, item.get("language"), now or utcnow(), days)
        else:
            promise = followup
        if promise is None:
            return Recorded(reply_id, None, None)
        due, note = promise
        followup_id = store.add_followup(item_id, due, note, by)
    return Recorded(reply_id, followup_id, due)
