"""Metric definitions pinned on a small history computed by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from repman.domain import ItemKind, ReplyState, Status
from repman.reports.metrics import stats
from repman.store import InboxFilter, Store
from tests.helpers import by_rating, make_item

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def history(store: Store) -> Store:
    g = store.add_source("google", "Google")
    y = store.add_source("yelp", "Yelp")
    store.upsert_items(
        g.id,
        [
            make_item("a", rating=1, created_at="2026-03-01T10:00:00Z"),  # answered after 30 min
            make_item("b", rating=2, created_at="2026-03-02T10:00:00Z"),  # answered after 5 h
            make_item("c", rating=5, created_at="2026-03-03T10:00:00Z"),  # answered after 10 h
            make_item("d", rating=1, created_at="2026-03-10T11:30:00Z"),  # open, 30 min old
        ],
        by_rating,
    )
    store.upsert_items(
        y.id,
        [
            make_item("e", rating=4, created_at="2026-03-05T10:00:00Z"),  # open, 5 days old
            make_item("f", kind=ItemKind.MENTION, created_at="2026-03-06T10:00:00Z"),  # ignored
        ],
        by_rating,
    )
    for item_id, at in (
        (1, "2026-03-01T10:30:00Z"),
        (2, "2026-03-02T15:00:00Z"),
        (3, "2026-03-03T20:00:00Z"),
    ):
        store.add_reply(item_id, "reply", ReplyState.SENT, "Maya", at=at)
    store.set_status(6, Status.IGNORED, "Maya", "spam")
    store.add_followup(2, "2026-03-09T00:00:00Z", "call back", "Maya")  # overdue at NOW
    store.add_followup(3, "2026-03-20T00:00:00Z", "send voucher", "Maya")
    return store


def test_headline_metrics(history: Store) -> None:
    s = stats(history, InboxFilter(), NOW)
    assert (s["items"], s["criticism"], s["answered"], s["ignored"]) == (6, 3, 3, 1)
    assert s["response_rate"] == 0.6  # 3 answered of the 5 that needed a reply
    assert s["criticism_response_rate"] == round(2 / 3, 4)
    assert s["median_first_response_hours"] == 5.0  # of 0.5, 5 and 10
    assert s["within_target_rate"] == 0.4  # a (0.5 h <= 1 h) and c (10 h <= 24 h), of 5
    # e is open and 5 days old (> 24 h); d is 30 min old (< 1 h); b has an overdue follow-up.
    assert s["overdue"] == 2
    assert (s["open_followups"], s["overdue_followups"]) == (2, 1)
    assert s["average_rating"] == round((1 + 2 + 5 + 1 + 4) / 5, 2)
    assert s["by_source"]["Yelp"] == {
        "items": 2,
        "answered": 0,
        "response_rate": 0.0,
        "median_first_response_hours": None,
    }


def test_period_counts_items_created_in_it(history: Store) -> None:
    s = stats(history, InboxFilter(since="2026-03-02T00:00:00Z", until="2026-03-04T00:00:00Z"), NOW)
    assert (s["items"], s["answered"], s["median_first_response_hours"]) == (2, 2, 7.5)


def test_empty_period_has_no_rates_rather_than_zero(history: Store) -> None:
    s = stats(history, InboxFilter(since="2030-01-01T00:00:00Z"), NOW)
    assert (s["items"], s["response_rate"], s["median_first_response_hours"]) == (0, None, None)
