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


def test_by_person_counts_who_answered_first(history: Store) -> None:
    history.add_reply(2, "a second reply", ReplyState.SENT, "Omar", at="2026-03-02T20:00:00Z")
    s = stats(history, InboxFilter(), NOW)
    assert list(s["by_person"]) == ["Maya"]  # Omar answered item 2 only after Maya
    assert s["by_person"]["Maya"]["answered"] == 3
    assert s["by_person"]["Maya"]["median_first_response_hours"] == 5.0


def test_top_categories_count_criticism_only(history: Store) -> None:
    history.set_category(1, "waiting_time", "t")
    history.set_category(2, "waiting_time", "t")
    history.set_category(3, "quality", "t")  # praise: not counted
    history.set_category(4, "delivery", "t")
    assert stats(history, InboxFilter(), NOW)["top_categories"] == {
        "waiting_time": 2,
        "delivery": 1,
    }


def test_weeks_are_local_and_follow_daylight_saving(store: Store) -> None:
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")  # clocks go forward on Sunday 29 March 2026
    source = store.add_source("google", "Google")
    store.upsert_items(
        source.id,
        [
            make_item("sun", rating=5, created_at="2026-03-29T22:30:00Z"),  # Sun 23:30 BST
            make_item("mon", rating=5, created_at="2026-03-29T23:30:00Z"),  # Mon 00:30 BST
            make_item("old", rating=5, created_at="2026-03-22T23:59:00Z"),  # Sun 23:59 GMT
        ],
        by_rating,
    )
    weeks = stats(store, InboxFilter(), NOW, tz=london)["by_week"]
    assert {week: s["items"] for week, s in weeks.items()} == {
        "2026-03-16": 1,
        "2026-03-23": 1,
        "2026-03-30": 1,
    }


def test_an_item_answered_after_the_period_counts_as_answered(history: Store) -> None:
    # Item c (created 3 March) was answered the same day; item a on 1 March at 10:30. A
    # period of 1-2 March holds a and b; both were answered, b after the period's end.
    s = stats(history, InboxFilter(since="2026-03-01T00:00:00Z", until="2026-03-02T12:00:00Z"), NOW)
    assert (s["items"], s["answered"]) == (2, 2)
