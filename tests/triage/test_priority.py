"""Inbox order: open criticism first, then other open items, closed last; within a band
by rating, age against the response targets and the site's visibility."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from repman.triage.priority import (
    OPEN,
    OPEN_CRITICISM,
    URGENCY_MAX,
    Targets,
    age_points,
    priority,
)

NOW = datetime(2026, 3, 8, 12, 0, tzinfo=UTC)


def ago(hours: float) -> str:
    return (NOW - timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def score(
    status: str = "new",
    criticism: bool = True,
    rating: int | None = 1,
    sentiment: float | None = None,
    age: float = 0.5,
    kind: str | None = "google",
    targets: Targets | None = None,
) -> float:
    return priority(status, criticism, rating, sentiment, ago(age), kind, NOW, targets)


def test_bands_never_overlap() -> None:
    assert URGENCY_MAX < 100
    worst_other = score(criticism=False, rating=1, age=10_000)
    best_criticism = score(criticism=True, rating=5, age=0, kind="hackernews")
    assert best_criticism > worst_other
    worst_closed = max(
        score(status=s, rating=1, age=10_000) for s in ("answered", "closed", "ignored")
    )
    best_open = score(criticism=False, rating=5, age=0, kind="hackernews")
    assert best_open > worst_closed
    assert OPEN_CRITICISM <= best_criticism < OPEN_CRITICISM + 100
    assert OPEN <= best_open < OPEN + 100
    assert 0 <= worst_closed < OPEN


def test_in_progress_counts_as_open() -> None:
    assert score(status="in_progress") == score(status="new")


def test_worse_rating_first() -> None:
    ordered = [score(rating=r) for r in (1, 2, 3, 4, 5)]
    assert ordered == sorted(ordered, reverse=True)


def test_without_rating_the_text_sentiment_counts() -> None:
    assert score(rating=None, sentiment=-0.9) > score(rating=None, sentiment=-0.2)
    assert score(rating=None, sentiment=0.5) == score(rating=None, sentiment=None)


def test_older_open_items_rise_and_jump_when_overdue() -> None:
    ages = [0, 0.25, 0.5, 0.99, 1.0, 2, 5, 48]
    scores = [score(age=a) for a in ages]
    assert scores == sorted(scores)
    assert score(age=1.0) - score(age=0.99) > 5  # the overdue step


def test_targets_are_configurable() -> None:
    # Two hours old: overdue against the 1-hour default, not against a 4-hour target.
    assert score(age=2) > score(age=2, targets=Targets(criticism_hours=4))
    # Non-criticism is measured against 24 hours.
    assert age_points(12, 24) < age_points(25, 24)
    assert score(criticism=False, age=25) > score(criticism=False, age=23)


def test_visible_sites_first() -> None:
    google = score(kind="google")
    assert google > score(kind="reddit") > score(kind="hackernews")
    assert score(kind="tripadvisor") == google
    assert score(kind="something-new") == score(kind="rss")  # the default weight


def test_visibility_table_can_be_overridden() -> None:
    base = priority("new", True, 1, None, ago(1), "hackernews", NOW)
    boosted = priority(
        "new", True, 1, None, ago(1), "hackernews", NOW, visibility={"hackernews": 1}
    )
    assert boosted > base


def test_answering_drops_the_item_below_every_open_one() -> None:
    assert score(status="answered") < score(status="new", criticism=False, rating=5) - 50


@pytest.mark.parametrize("created", [ago(3), NOW - timedelta(hours=3)])
def test_created_at_as_stored_text_or_datetime(created: str | datetime) -> None:
    assert priority("new", True, 2, None, created, "yelp", NOW) == score(
        rating=2, age=3, kind="yelp"
    )


def test_an_inbox_sorted_by_priority() -> None:
    items = {
        "fresh 1-star google, open": ("new", True, 1, None, 0.2, "google"),
        "old 1-star google, open": ("new", True, 1, None, 3, "google"),
        "2-star reddit, open": ("new", True, 2, None, 0.2, "reddit"),
        "question, open, a day old": ("new", False, None, 0.0, 26, "facebook"),
        "praise, open": ("new", False, 5, None, 1, "google"),
        "answered 1-star": ("answered", True, 1, None, 3, "google"),
        "ignored spam": ("ignored", False, None, None, 100, "x"),
    }
    order = sorted(
        items, key=lambda k: -priority(*items[k][:4], ago(items[k][4]), items[k][5], NOW)
    )
    assert order == [
        "old 1-star google, open",
        "fresh 1-star google, open",
        "2-star reddit, open",
        "question, open, a day old",
        "praise, open",
        "answered 1-star",
        "ignored spam",
    ]
