"""record_reply's follow-up choice (the composer's "change date" / "no follow-up") and
discarding a draft once it was sent."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from repman.answering import PROFILE_KEYS, record_reply
from repman.domain import NotFound, ReplyState, Status
from repman.store import Store
from tests.helpers import by_rating, make_item

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PROMISE = "Sorry, Sam. We will call you to refund the delivery fee."


@pytest.fixture
def item_id(store: Store) -> int:
    source = store.add_source("google", "Google")
    store.upsert_items(source.id, [make_item("a", "Cold food", rating=1, language="en")], by_rating)
    return store.item_id(source.id, "a")


def test_auto_finds_the_promise_as_the_command_line_does(store: Store, item_id: int) -> None:
    store.set_setting("followup_days", "3")
    recorded = record_reply(store, item_id, PROMISE, ReplyState.SENT, "maya", now=NOW)
    assert recorded.followup_due == "2026-03-05T09:00:00Z"
    (followup,) = store.followups(item_id)
    assert followup["id"] == recorded.followup_id
    assert "We will call you" in followup["note"]


def test_the_users_date_and_note_are_used_as_given(store: Store, item_id: int) -> None:
    choice = ("2026-03-10T16:00:00Z", "Call Sam about the refund")
    recorded = record_reply(
        store, item_id, PROMISE, ReplyState.POSTED, "maya", now=NOW, followup=choice
    )
    assert recorded.followup_due == "2026-03-10T16:00:00Z"
    assert [(f["due_at"], f["note"]) for f in store.followups(item_id)] == [choice]


def test_none_makes_no_followup_whatever_the_reply_says(store: Store, item_id: int) -> None:
    recorded = record_reply(store, item_id, PROMISE, ReplyState.SENT, "maya", followup=None)
    assert (recorded.followup_id, recorded.followup_due) == (None, None)
    assert store.followups(item_id) == []
    assert store.item(item_id)["status"] == Status.ANSWERED


def test_a_draft_never_gets_a_followup(store: Store, item_id: int) -> None:
    choice = ("2026-03-10T16:00:00Z", "note")
    recorded = record_reply(store, item_id, PROMISE, ReplyState.DRAFT, "maya", followup=choice)
    assert recorded.followup_id is None and store.followups(item_id) == []


def test_discard_draft_deletes_only_drafts(store: Store, item_id: int) -> None:
    draft = store.add_reply(item_id, "Sorry", ReplyState.DRAFT, "maya")
    sent = store.add_reply(item_id, "Sorry, Sam", ReplyState.SENT, "maya")
    assert store.discard_draft(draft) is True
    assert store.discard_draft(draft) is False  # already gone
    assert store.discard_draft(sent) is False  # a sent reply is the record: never deleted
    assert [r["id"] for r in store.replies(item_id)] == [sent]
    assert [e["action"] for e in store.events(item_id)].count("draft") == 1  # history stays
    with pytest.raises(NotFound):
        store.update_draft(draft, "too late")


def test_response_targets_are_profile_settings() -> None:
    assert {"target_criticism_hours", "target_default_hours"} <= set(PROFILE_KEYS)
    assert all(PROFILE_KEYS.values())
