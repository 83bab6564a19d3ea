"""Inbox queries: every filter, stable keyset paging, counts."""

from __future__ import annotations

import pytest

from repman.domain import ItemKind, Status
from repman.store import InboxFilter, Sort, Store
from tests.helpers import by_rating, make_item


@pytest.fixture
def filled(store: Store) -> Store:
    google = store.add_source("google", "Google")
    yelp = store.add_source("yelp", "Yelp")
    store.upsert_items(
        google.id,
        [
            make_item(
                "g1", "rude waiter", rating=1, language="en", created_at="2026-03-01T00:00:00Z"
            ),
            make_item(
                "g2", "خدمة ممتازة", rating=5, language="ar", created_at="2026-03-02T00:00:00Z"
            ),
            make_item("g3", "ok", rating=3, language="en", created_at="2026-03-03T00:00:00Z"),
        ],
        by_rating,
    )
    store.upsert_items(
        yelp.id,
        [
            make_item(
                "y1", "κρύο φαγητό", rating=2, language="el", created_at="2026-03-04T00:00:00Z"
            ),
            make_item(
                "y2",
                "mention",
                kind=ItemKind.MENTION,
                language="en",
                created_at="2026-03-05T00:00:00Z",
            ),
        ],
        by_rating,
    )
    store.set_status(2, Status.ANSWERED, "Maya")
    store.assign(4, "Eleni", "Maya")
    store.set_category(1, "staff_attitude", "Maya")
    store.set_category(3, "delivery", "Maya")
    store.set_category(4, "delivery", "Maya")
    store.add_followup(3, "2000-01-01T00:00:00Z", "call back", "Maya")  # overdue
    store.add_followup(1, "2999-01-01T00:00:00Z", "refund", "Maya")  # not due yet
    done = store.add_followup(5, "2000-01-01T00:00:00Z", "thank", "Maya")  # overdue but done
    store.complete_followup(done, "Maya")
    return store


def _ext(store: Store, f: InboxFilter) -> set[str]:
    return {r["external_id"] for r in store.inbox_page(f, limit=100)[0]}


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (InboxFilter(statuses=("answered",)), {"g2"}),
        (InboxFilter(source_ids=(2,)), {"y1", "y2"}),
        (InboxFilter(kinds=("mention",)), {"y2"}),
        (InboxFilter(rating_min=2, rating_max=3), {"g3", "y1"}),
        (InboxFilter(criticism=True), {"g1", "y1"}),
        (InboxFilter(criticism=False), {"g2", "g3", "y2"}),
        (InboxFilter(languages=("ar", "el")), {"g2", "y1"}),
        (InboxFilter(assignee="Eleni"), {"y1"}),
        (InboxFilter(assignee=""), {"g1", "g2", "g3", "y2"}),
        (InboxFilter(since="2026-03-02T00:00:00Z", until="2026-03-04T00:00:00Z"), {"g2", "g3"}),
        (InboxFilter(search="rude", criticism=True), {"g1"}),
        (InboxFilter(categories=("delivery",)), {"g3", "y1"}),
        (InboxFilter(categories=("delivery", "staff_attitude")), {"g1", "g3", "y1"}),
        (InboxFilter(categories=("delivery",), source_ids=(2,)), {"y1"}),
        (InboxFilter(categories=("price_billing",)), set()),
        (InboxFilter(overdue_followups=True), {"g3"}),
        (InboxFilter(overdue_followups=True, statuses=("answered",)), set()),
        (InboxFilter(overdue_followups=False), {"g1", "g2", "g3", "y1", "y2"}),
    ],
)
def test_filters(filled: Store, f: InboxFilter, expected: set[str]) -> None:
    assert _ext(filled, f) == expected
    assert filled.count(f) == len(expected)
    assert len(filled.inbox_ids(f)) == len(expected)


def test_open_criticism_comes_first(filled: Store) -> None:
    rows, _ = filled.inbox_page(InboxFilter())
    assert [r["external_id"] for r in rows][:2] == ["g1", "y1"]
    assert rows[-1]["external_id"] == "g2"  # answered


def test_status_counts_ignore_the_status_filter(filled: Store) -> None:
    counts = filled.status_counts(InboxFilter(statuses=("answered",)))
    assert counts == {"new": 4, "answered": 1}


@pytest.mark.parametrize("sort", list(Sort))
def test_keyset_pages_visit_every_item_once_in_order(store: Store, sort: Sort) -> None:
    source = store.add_source("google", "Google")
    # Many equal priorities and timestamps: the id tie-breaker must keep pages exact.
    store.upsert_items(
        source.id,
        [
            make_item(str(n), rating=n % 3 + 1, created_at=f"2026-01-0{n % 4 + 1}T00:00:00Z")
            for n in range(137)
        ],
        by_rating,
    )
    seen: list[int] = []
    after = None
    while True:
        rows, after = store.inbox_page(InboxFilter(), sort, after, limit=10)
        seen += [r["id"] for r in rows]
        if after is None:
            break
    assert len(seen) == len(set(seen)) == 137
    assert seen == list(store.inbox_ids(InboxFilter(), sort))
