"""Dashboard trends: weekly buckets in local time, numbers worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from repman.domain import ReplyState, Status
from repman.reports.metrics import stats
from repman.reports.trends import Stopped, compute, facets, recent_facets, trends, week_start
from repman.store import InboxFilter, Store
from tests.helpers import by_rating, make_item

KARACHI = ZoneInfo("Asia/Karachi")  # UTC+5 all year
NOW = datetime(2025, 3, 19, 12, 0, tzinfo=UTC)  # Wednesday; weeks start Mon 3, 10, 17 March
OPEN = (Status.NEW.value, Status.IN_PROGRESS.value)


def item(
    id: int,
    source: str,
    created: str,
    rating: int,
    *,
    answered: str | None = None,
    status: str = "new",
    category: str | None = None,
    language: str = "en",
    assignee: str | None = None,
) -> dict[str, Any]:
    return {
        "id": id,
        "source": source,
        "created_at": created,
        "first_response_at": answered,
        "status": status,
        "rating": rating,
        "is_criticism": int(rating <= 2),
        "category": category,
        "language": language,
        "assignee": assignee,
    }


def move(item_id: int, at: str, before: str, after: str) -> dict[str, Any]:
    return {
        "item_id": item_id,
        "at": at,
        "action": "status",
        "from_status": before,
        "to_status": after,
    }


# Local (Karachi) weeks: w0 = 3-9 March, w1 = 10-16 March, w2 = 17-23 March (current).
ITEMS = [
    # F: criticism from before the window, answered in w2.
    item(
        6,
        "Google",
        "2025-02-20T10:00:00Z",
        2,
        answered="2025-03-18T09:00:00Z",
        status="answered",
        category="delivery",
    ),
    # w0
    item(
        1,
        "Google",
        "2025-03-03T10:00:00Z",
        1,
        answered="2025-03-03T12:00:00Z",
        status="answered",
        category="delivery",
        language="ar",
    ),
    item(
        2, "Google", "2025-03-04T10:00:00Z", 5, answered="2025-03-05T10:00:00Z", status="answered"
    ),
    # w1: Sunday 20:00 UTC is Monday 01:00 in Karachi.
    item(3, "Yelp", "2025-03-09T20:00:00Z", 2, category="delivery", assignee="Eleni"),
    item(4, "Yelp", "2025-03-11T09:00:00Z", 4, status="ignored", language="el"),
    item(
        5,
        "Yelp",
        "2025-03-12T09:00:00Z",
        1,
        answered="2025-03-12T10:00:00Z",
        status="closed",
        category="staff_attitude",
    ),
    # w2
    item(
        8,
        "Google",
        "2025-03-17T01:00:00Z",
        1,
        answered="2025-03-17T05:00:00Z",
        category="staff_attitude",
        language="ur",
    ),
    item(7, "Google", "2025-03-18T09:00:00Z", 3),
]
# Status events of the criticism items (1, 3, 5, 6, 8), as the events log holds them.
EVENTS = [
    move(1, "2025-03-03T12:00:00Z", "new", "answered"),
    move(5, "2025-03-12T10:00:00Z", "new", "answered"),
    move(5, "2025-03-13T10:00:00Z", "answered", "closed"),
    move(8, "2025-03-17T05:00:00Z", "new", "answered"),
    move(8, "2025-03-17T06:00:00Z", "answered", "new"),  # reopened: open again
    move(6, "2025-03-18T09:00:00Z", "new", "in_progress"),  # open -> open: no change
    move(6, "2025-03-18T09:30:00Z", "in_progress", "answered"),
    {
        "item_id": 3,
        "at": "2025-03-10T08:00:00Z",
        "action": "assign",
        "from_status": None,
        "to_status": None,
    },
]


@pytest.fixture
def result() -> Any:
    return compute(ITEMS, EVENTS, now=NOW, weeks=3, tz=KARACHI)


def test_weeks_are_local_mondays(result: Any) -> None:
    assert result.weeks == [date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)]


def test_weekly_response_rates_and_times(result: Any) -> None:
    # w0: 2 of 2 answered; w1: 1 of 3, one ignored and unanswered, so 1/2;
    # w2: item 8 answered (then reopened: first_response_at stays), item 7 not: 1/2.
    assert result.response_rate == [1.0, 0.5, 0.5]
    # criticism: w0 item 1 (1/1); w1 items 3 and 5 (1/2); w2 item 8 (1/1).
    assert result.criticism_response_rate == [1.0, 0.5, 1.0]
    # hours: w0 2 and 24 -> 13; w1 1; w2 4.
    assert result.median_hours == [13.0, 1.0, 4.0]
    # ratings: (1+5)/2, (2+4+1)/3, (1+3)/2.
    assert result.average_rating == [3.0, 2.33, 2.0]


def test_open_criticism_at_each_week_end(result: Any) -> None:
    # before: item 6 open. w0: +1 item 1, -1 answered -> 1. w1: +1 item 3, +1 item 5,
    # -1 answered -> 2. w2: +1 item 8, -1 answered, +1 reopened, -1 item 6 answered -> 2.
    assert result.open_criticism == [1, 2, 2]


def test_top_complaint_categories(result: Any) -> None:
    # criticism created in the window: delivery in w0 and w1 (item 6 is older),
    # staff_attitude in w1 and w2. Equal totals: by name.
    assert result.categories == {"delivery": [1, 1, 0], "staff_attitude": [0, 1, 1]}
    assert list(compute(ITEMS, EVENTS, now=NOW, weeks=3, tz=KARACHI, top=1).categories) == [
        "delivery"
    ]


def test_by_site_and_totals(result: Any) -> None:
    google, yelp = result.by_site["Google"], result.by_site["Yelp"]
    assert (google.items, google.response_rate, google.criticism_response_rate) == (4, 0.75, 1.0)
    assert google.median_hours == 4.0  # 2, 24, 4
    assert google.weekly_response_rate == [1.0, None, 0.5]
    assert (yelp.items, yelp.response_rate, yelp.criticism_response_rate) == (3, 0.5, 0.5)
    assert yelp.weekly_response_rate == [None, 0.5, None]
    total = result.total
    assert total.items == 7
    assert total.response_rate == 0.6667  # 4 answered of 6 needing a reply
    assert total.criticism_response_rate == 0.75
    assert total.median_hours == 3.0  # 1, 2, 4, 24
    assert total.average_rating == 2.43  # 17 / 7


def test_facets_cover_every_item(result: Any) -> None:
    assert result.facets.languages == {"en", "ar", "el", "ur"}
    assert result.facets.categories == {"delivery", "staff_attitude"}
    assert result.facets.assignees == {"Eleni"}
    assert facets(ITEMS) == result.facets


def test_utc_weeks_differ_from_local_weeks() -> None:
    # In UTC item 3 (Sunday 20:00) belongs to w0.
    in_utc = compute(ITEMS, EVENTS, now=NOW, weeks=3, tz=UTC)
    assert in_utc.response_rate == [0.6667, 1.0, 0.5]


def test_week_start_follows_daylight_saving() -> None:
    new_york = ZoneInfo("America/New_York")  # clocks went forward on Sunday 9 March 2025
    # 04:30 UTC on Monday 10 March is 00:30 EDT: the new week. With the winter offset
    # (-5 h) it would still be Sunday.
    assert week_start(datetime(2025, 3, 10, 4, 30, tzinfo=UTC), new_york) == date(2025, 3, 10)
    assert week_start(datetime(2025, 3, 10, 3, 30, tzinfo=UTC), new_york) == date(2025, 3, 3)


def test_empty_weeks_are_none_not_zero() -> None:
    result = compute([], [], now=NOW, weeks=2, tz=KARACHI)
    assert result.response_rate == [None, None]
    assert result.median_hours == [None, None]
    assert result.open_criticism == [0, 0]
    assert result.categories == {}
    assert result.total.items == 0
    with pytest.raises(ValueError, match="weeks"):
        compute([], [], now=NOW, weeks=0)


def test_a_stop_request_ends_the_pass() -> None:
    with pytest.raises(Stopped):
        compute(ITEMS, EVENTS, now=NOW, weeks=3, tz=KARACHI, stop=lambda: True)
    asked: list[int] = []
    compute(ITEMS, EVENTS, now=NOW, stop=lambda: bool(asked.append(1)))
    assert asked  # it was asked


@pytest.fixture
def history(tmp_path: Path) -> Store:
    """The same kind of history written through the store, as a user would make it."""
    store = Store.open(tmp_path / "inbox.db")
    google = store.add_source("google", "Google")
    store.upsert_items(
        google.id,
        [
            make_item("old", rating=1, created_at="2025-02-20T10:00:00Z"),
            make_item("a", rating=1, created_at="2025-03-03T10:00:00Z"),
            make_item("b", rating=5, created_at="2025-03-04T10:00:00Z"),
            make_item("c", rating=2, created_at="2025-03-09T20:00:00Z"),
            make_item("d", rating=4, created_at="2025-03-11T09:00:00Z"),
        ],
        by_rating,
    )
    ids = {ext: store.item_id(google.id, ext) for ext in ("old", "a", "b", "c", "d")}
    store.add_reply(ids["a"], "Sorry", ReplyState.SENT, "Maya", at="2025-03-03T12:00:00Z")
    store.add_reply(ids["b"], "Thanks", ReplyState.POSTED, "Maya", at="2025-03-05T10:00:00Z")
    store.add_reply(ids["old"], "Sorry", ReplyState.SENT, "Maya", at="2025-03-18T09:00:00Z")
    store.set_status(ids["d"], Status.IGNORED, "Maya", "spam")
    store.set_category(ids["c"], "delivery", "Maya")
    return store


def test_trends_from_the_store(history: Store) -> None:
    with history:
        result = trends(history, now=NOW, weeks=3, tz=KARACHI)
        assert result.response_rate == [1.0, 0.0, None]
        assert result.criticism_response_rate == [1.0, 0.0, None]
        assert result.median_hours == [13.0, None, None]
        assert result.open_criticism == [1, 2, 1]  # old; old and c; old answered in w2
        assert result.open_criticism[-1] == history.count(
            InboxFilter(criticism=True, statuses=OPEN)
        )
        assert result.categories == {"delivery": [0, 1, 0]}
        # The window's totals agree with `repman stats` over the same period.
        window = stats(history, InboxFilter(since="2025-03-02T19:00:00Z"), NOW)
        assert result.total.items == window["items"] == 4
        assert result.total.response_rate == window["response_rate"]
        assert result.total.median_hours == window["median_first_response_hours"]
        assert recent_facets(history).categories == {"delivery"}
