"""Templates copied in by key, the user's own templates, routing rules."""

from __future__ import annotations

import pytest

from repman.domain import NotFound, ReplyState
from repman.store import Store
from tests.helpers import make_item

BUILTIN = [
    {
        "key": "en.quality.criticism.1",
        "name": "Quality",
        "language": "en",
        "category": "quality",
        "kind": "criticism",
        "body": "Thank you, {first_name}.",
    },
    {
        "key": "ar.quality.praise.1",
        "name": "شكر",
        "language": "ar",
        "category": "quality",
        "kind": "praise",
        "body": "شكراً {first_name}",
    },
]


def test_builtins_are_copied_once_and_user_edits_survive_an_upgrade(store: Store) -> None:
    assert store.seed_templates(BUILTIN) == 2
    first = store.templates("en")[0]
    store.db.conn.execute("UPDATE templates SET body = 'edited' WHERE id = ?", [first["id"]])
    newer = [*BUILTIN, {**BUILTIN[0], "key": "en.quality.criticism.2", "body": "New one"}]
    assert store.seed_templates(newer) == 1
    bodies = sorted(t["body"] for t in store.templates("en"))
    assert bodies == ["New one", "edited"]


def test_user_templates_and_lookup(store: Store) -> None:
    template_id = store.save_template("Mine", "el", "Ευχαριστούμε!", "other", "praise")
    assert store.template(template_id)["builtin"] == 0
    with pytest.raises(NotFound):
        store.template(999)


def test_sent_bodies_leave_drafts_out(store: Store) -> None:
    source = store.add_source("google", "G")
    store.upsert_items(source.id, [make_item("a")])
    store.add_reply(1, "draft text", ReplyState.DRAFT, "Maya")
    store.add_reply(1, "sent text", ReplyState.SENT, "Maya")
    assert store.sent_reply_bodies() == ["sent text"]


def test_rules_round_trip_in_order(store: Store) -> None:
    a = store.add_rule("Product", {"categories": ["quality"]}, {"assignees": ["Bilal"]})
    store.add_rule("Service", {"criticism": True}, {"departments": ["customer service"]})
    assert [r["name"] for r in store.rules()] == ["Product", "Service"]
    assert store.rules()[0]["match"] == {"categories": ["quality"]}
    store.remove_rule(a)
    assert [r["name"] for r in store.rules()] == ["Service"]
