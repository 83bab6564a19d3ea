"""The status workflow of DESIGN.md §3 and the response log it leaves behind."""

from __future__ import annotations

import pytest

from repman.domain import InvalidTransition, NotFound, ReplyState, Status
from repman.store import Store
from tests.helpers import by_rating, make_item


@pytest.fixture
def item_id(store: Store) -> int:
    source = store.add_source("google", "Google")
    store.upsert_items(source.id, [make_item("r1", "cold food", rating=1)], by_rating)
    return 1


def test_each_change_writes_one_event(store: Store, item_id: int) -> None:
    store.set_status(item_id, Status.IN_PROGRESS, "Maya")
    store.assign(item_id, "Omar", "Maya")
    store.set_status(item_id, Status.ANSWERED, "Omar")
    events = store.events(item_id)
    assert [(e["action"], e["actor"], e["from_status"], e["to_status"]) for e in events] == [
        ("status", "Maya", "new", "in_progress"),
        ("assign", "Maya", None, None),
        ("status", "Omar", "in_progress", "answered"),
    ]
    assert events[1]["detail"] == "nobody -> Omar"


def test_first_response_is_set_once(store: Store, item_id: int) -> None:
    store.add_reply(item_id, "Sorry about that", ReplyState.SENT, "Maya", at="2026-01-01T02:00:00Z")
    store.set_status(item_id, Status.NEW, "Maya", "customer wrote again")
    store.add_reply(item_id, "Following up", ReplyState.SENT, "Maya", at="2026-01-03T00:00:00Z")
    item = store.item(item_id)
    assert item["status"] == Status.ANSWERED
    assert item["first_response_at"] == "2026-01-01T02:00:00Z"


def test_a_draft_puts_the_item_in_progress_without_answering(store: Store, item_id: int) -> None:
    reply_id = store.add_reply(item_id, "Dear customer", ReplyState.DRAFT, "Maya")
    store.update_draft(reply_id, "Dear customer, we are sorry")
    item = store.item(item_id)
    assert (item["status"], item["first_response_at"]) == ("in_progress", None)
    assert store.replies(item_id)[0]["body"] == "Dear customer, we are sorry"


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        ((), Status.CLOSED),
        ((Status.ANSWERED,), Status.IGNORED),
        ((Status.ANSWERED,), Status.IN_PROGRESS),
        ((Status.IGNORED,), Status.ANSWERED),
    ],
)
def test_the_workflow_refuses_impossible_moves(
    store: Store, item_id: int, path: tuple[Status, ...], bad: Status
) -> None:
    for status in path:
        store.set_status(item_id, status, "Maya")
    with pytest.raises(InvalidTransition, match=f"to {bad.value}"):
        store.set_status(item_id, bad, "Maya")


@pytest.mark.parametrize("status", [Status.ANSWERED, Status.IGNORED, Status.IN_PROGRESS])
def test_any_status_can_be_reopened(store: Store, item_id: int, status: Status) -> None:
    store.set_status(item_id, status, "Maya")
    store.set_status(item_id, Status.NEW, "Maya")
    assert store.item(item_id)["status"] == Status.NEW


def test_answered_criticism_drops_below_open_items(store: Store, item_id: int) -> None:
    open_priority = store.item(item_id)["priority"]
    store.set_status(item_id, Status.ANSWERED, "Maya")
    assert store.item(item_id)["priority"] < open_priority - 50


def test_setting_the_same_status_writes_nothing(store: Store, item_id: int) -> None:
    assert store.set_status(item_id, Status.NEW, "Maya") is False
    assert store.events(item_id) == []


def test_followups_are_logged(store: Store, item_id: int) -> None:
    fu = store.add_followup(item_id, "2026-01-02T00:00:00Z", "call back", "Maya")
    store.complete_followup(fu, "Omar")
    assert [e["action"] for e in store.events(item_id)] == ["followup", "followup_done"]
    assert store.followups(item_id)[0]["done_at"] is not None


def test_unknown_item_is_a_clear_error(store: Store) -> None:
    with pytest.raises(NotFound, match="no item with id 42"):
        store.set_status(42, Status.ANSWERED, "Maya")
