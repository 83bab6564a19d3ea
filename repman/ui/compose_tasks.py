"""What the reply composer runs in workers, as plain functions of a Store (DESIGN.md §7):
what it needs to know about an item once (suggestions, whether the site can take the reply,
the inbox's sent replies for the "generic" check, the names that are never typos), posting
through the site, and recording a reply together with dropping its draft. No Qt here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from repman.answering import (
    DEFAULT_FOLLOWUP_DAYS,
    FollowupChoice,
    Recorded,
    record_reply,
    reply_limit,
    sent_before,
    suggestions,
)
from repman.domain import ReplyState, RepmanError
from repman.replies.findings import Finding
from repman.replies.lexicon import base_language
from repman.replies.render import context
from repman.replies.spelling import check_spelling, warm_up
from repman.replies.suggest import Suggestion, wanted_kind
from repman.replies.tone import LengthLimit, check
from repman.sources.registry import IMPORT_KIND, connector_class
from repman.store import Store
from repman.sync import open_connector
from repman.ui import display

SUGGESTIONS = 5  # Alt+1 .. Alt+5


@dataclass(frozen=True)
class ComposeContext:
    """Everything the composer needs about one item, loaded once in a worker."""

    item: dict[str, Any]
    suggestions: list[Suggestion]
    sent_before: Counter[str]
    known_words: tuple[str, ...]
    can_post: bool
    site: str  # the site's name as users know it, e.g. "Google Play"
    post_note: str  # why the reply has to be copied by hand ("" when it can be posted)


def site_label(kind: str | None) -> str:
    if not kind or kind == IMPORT_KIND:
        return QCoreApplication.translate("ComposeTasks", "the site")
    try:
        return connector_class(kind).label
    except RepmanError:
        return kind


def posting(store: Store, item: dict[str, Any]) -> tuple[bool, str]:
    """Whether the reply can be posted from here, and if not, why, in plain words."""
    kind = item.get("source_kind")
    label = site_label(kind)
    if not kind or kind == IMPORT_KIND:
        return False, QCoreApplication.translate(
            "ComposeTasks", "Imported items have no site connection: copy the reply to the site."
        )
    try:
        can_reply = connector_class(kind).info().can_reply
    except RepmanError as exc:
        return False, exc.message
    if not can_reply:
        return False, QCoreApplication.translate(
            "ComposeTasks",
            "{site} has no way to reply from another app: copy the reply to the site.",
        ).format(site=label)
    try:
        with open_connector(store.source(item["source"])) as connector:
            if connector.can_post():
                return True, ""
    except RepmanError as exc:
        return (
            False,
            QCoreApplication.translate(
                "ComposeTasks",
                "Replies cannot be posted from here yet ({reason}): copy the reply to the site.",
            ).format(reason=display.isolate(exc.message)),  # English inside any language
        )
    return False, QCoreApplication.translate(
        "ComposeTasks",
        "{site} takes replies with a user sign-in; add it under Sources to post from here. "
        "For now, copy the reply to the site.",
    ).format(site=label)


def profile_words(store: Store, item: dict[str, Any]) -> tuple[str, ...]:
    """The business's and the customer's names: never spelling mistakes."""
    values = [*store.settings().values(), item.get("author") or ""]
    return tuple(word for value in values for word in value.split())


def load_context(store: Store, item_id: int) -> ComposeContext:
    item = store.item(item_id)
    found = suggestions(store, item_id, limit=SUGGESTIONS)
    can_post, note = posting(store, item)
    warm_up(item.get("language"))  # the dictionaries load here, not at the first pause
    return ComposeContext(
        item=item,
        suggestions=found,
        sent_before=sent_before(store),
        known_words=profile_words(store, item),
        can_post=can_post,
        site=site_label(item.get("source_kind")),
        post_note=note,
    )


def followup_days(store: Store) -> float:
    try:
        return float(store.setting("followup_days") or DEFAULT_FOLLOWUP_DAYS)
    except ValueError:
        return DEFAULT_FOLLOWUP_DAYS


def answering_criticism(item: dict[str, Any]) -> bool:
    return wanted_kind(item) == "criticism"


def tone_findings(
    text: str,
    item: dict[str, Any],
    limit: LengthLimit | None,
    context_: ComposeContext | None,
) -> list[Finding]:
    """The keystroke check: everything but spelling (that runs after a pause, in a worker)."""
    return check(
        text,
        item.get("language"),
        answering_criticism=answering_criticism(item),
        max_length=limit,
        sent_before=context_.sent_before if context_ else None,
        spelling=False,
    )


def spell(
    _store: Store, text: str, language: str | None, known_words: tuple[str, ...]
) -> tuple[str, list[Finding]]:
    """Spelling findings, returned with the text they are for (it may have changed since)."""
    return text, check_spelling(text, language, known_words)


def record(
    store: Store,
    item_id: int,
    body: str,
    state: ReplyState,
    by: str,
    *,
    template_id: int | None,
    followup: FollowupChoice,
    draft_id: int | None,
    external_reply_id: str | None = None,
    at: str | None = None,
) -> Recorded:
    """The reply and its follow-up, and the draft it came from gone, in one transaction."""
    with store.transaction():
        recorded = record_reply(
            store, item_id, body, state, by, template_id=template_id,
            external_reply_id=external_reply_id, at=at, followup=followup,
        )  # fmt: skip
        if draft_id is not None:
            store.discard_draft(draft_id)
    return recorded


def post(
    store: Store,
    item_id: int,
    body: str,
    by: str,
    template_id: int | None,
    followup: FollowupChoice,
    draft_id: int | None,
) -> Recorded:
    """Send through the site first; record the reply only when the site took it (as
    `repman reply --post` does)."""
    item: dict[str, Any] = store.item(item_id)
    source = store.source(item["source"])
    item["raw"] = store.item_raw(item_id)
    with open_connector(source) as connector:
        if not connector.can_post():
            raise RepmanError(
                f"{type(connector).label} cannot take replies from this source: copy the reply "
                "to the site by hand"
            )
        posted = connector.post_reply(item, body)
    return record(
        store, item_id, body, ReplyState.POSTED, by, template_id=template_id,
        followup=followup, draft_id=draft_id, external_reply_id=posted.external_reply_id,
        at=posted.at,
    )  # fmt: skip


def as_template(text: str, item: dict[str, Any], profile: dict[str, str]) -> str:
    """A reply made reusable: the customer's and the business's names become placeholders
    again ("Hi Tom," -> "Hi {first_name},"), so the saved template greets the next customer."""
    body = text.replace("{", "").replace("}", "").replace("[[", "").replace("]]", "")
    values = context(
        item,
        business=profile.get("business"),
        signature=profile.get("signature"),
        contact=profile.get("contact"),
    )
    keys: dict[str, str] = {}
    for key, value in values.items():
        if value and key != "source":  # the site's name stays as written
            keys.setdefault(value, key)
    if not keys:
        return body
    names = "|".join(re.escape(v) for v in sorted(keys, key=len, reverse=True))
    # One pass, longest name first: a placeholder put in is never matched again.
    return re.sub(rf"(?<!\w)(?:{names})(?!\w)", lambda m: "{" + keys[m.group()] + "}", body)


def template_name(item: dict[str, Any]) -> str:
    category = (item.get("category") or "other").replace("_", " ")
    return QCoreApplication.translate("ComposeTasks", "My {category} reply").format(
        category=category
    )


def user_template(
    name: str, text: str, item: dict[str, Any], profile: dict[str, str]
) -> tuple[str, str, str, str, str | None]:
    """store.save_template's arguments for a reply saved as a template: the item's language
    and category, its kind (criticism or praise), the names made placeholders again."""
    language = base_language(item.get("language")) or "en"
    category = item.get("category") or "other"
    return name, language, as_template(text, item, profile), category, wanted_kind(item)


def text_limit(item: dict[str, Any]) -> LengthLimit | None:
    return reply_limit(item.get("source_kind"))
