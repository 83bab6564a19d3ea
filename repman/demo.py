"""The bundled demo inbox: invented items on many sites, in English, Arabic, Urdu and Greek.

Times in the file are relative ("age_hours") so the demo always looks like a live inbox.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from datetime import datetime, timedelta
from importlib import resources
from typing import Any

from repman.domain import (
    InvalidTransition,
    Item,
    ItemKind,
    ReplyState,
    RepmanError,
    Status,
    to_iso,
    utcnow,
)
from repman.store import Store
from repman.triage import assess

DEMO_FLAG = "demo"
DEMO_PROFILE = {
    "business": "Cedar & Olive",
    "signature": "Maya, Cedar & Olive",
    "contact": "hello@cedarolive.example",
}


def demo_records() -> list[dict[str, Any]]:
    text = (resources.files("repman.resources") / "demo" / "items.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def demo_sources(store: Store) -> list[str]:
    return [s.name for s in store.sources() if s.settings.get(DEMO_FLAG)]


def remove_demo(store: Store) -> int:
    return sum(store.remove_source(name) for name in demo_sources(store))


def load_demo(store: Store, now: datetime | None = None) -> int:
    """Load the demo items with their replies, statuses and follow-ups; returns the count."""
    if demo_sources(store):
        raise RepmanError("the demo inbox is already loaded (use `repman demo --reset` to reload)")
    now = now or utcnow()
    for key, value in DEMO_PROFILE.items():
        if store.setting(key) is None:  # never overwrite the user's own profile
            store.set_setting(key, value)
    records = demo_records()
    for record in records:
        _load_one(store, record, now)
    return len(records)


def _load_one(store: Store, record: dict[str, Any], now: datetime) -> None:
    name = record["source"]
    source = store.find_source(name)
    if source is None:
        source = store.add_source(record["source_kind"], name, {DEMO_FLAG: True})
    created = now - timedelta(hours=float(record["age_hours"]))
    item = Item(
        external_id=record["external_id"],
        kind=ItemKind(record["kind"]),
        text=record["text"],
        created_at=to_iso(created),
        author_name=record.get("author"),
        rating=record.get("rating"),
        title=record.get("title"),
        language=record.get("language"),
        url=record.get("url"),
        raw=record,
    )
    category = record.get("category")
    # The file's category stands in for triage's (the category lexicons come later).
    store.upsert_items(source.id, [item], lambda i: replace(assess(i), category=category))
    item_id = store.item_id(source.id, item.external_id)
    for reply in record.get("replies", []):
        at = to_iso(created + timedelta(hours=float(reply["after_hours"])))
        store.add_reply(item_id, reply["body"], ReplyState(reply["state"]), reply["by"], at=at)
    if record.get("assignee"):
        store.assign(item_id, record["assignee"], "Maya")
    status = Status(record.get("status", "new"))
    if status in (Status.CLOSED, Status.IGNORED):
        # e.g. "ignored" after a sent reply: the reply wins, as it would for a user.
        with contextlib.suppress(InvalidTransition):
            store.set_status(item_id, status, "Maya", record.get("ignore_reason"))
    for followup in record.get("followups", []):
        due = to_iso(now + timedelta(hours=float(followup["due_in_hours"])))
        followup_id = store.add_followup(item_id, due, followup["note"], "Maya")
        if followup.get("done"):
            store.complete_followup(followup_id, "Maya")
