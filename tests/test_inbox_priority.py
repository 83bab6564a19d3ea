"""The inbox order with triage's priority attached: age against the targets, site visibility."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from repman.domain import Status, to_iso, utcnow
from repman.opening import open_inbox
from repman.store import InboxFilter
from tests.helpers import by_rating, make_item


def _ago(hours: float) -> str:
    return to_iso(utcnow() - timedelta(hours=hours))


def test_older_open_criticism_comes_first_and_answered_sinks(tmp_path: Path) -> None:
    with open_inbox(tmp_path / "inbox.db") as store:
        google = store.add_source("google", "Google")
        store.upsert_items(
            google.id,
            [
                make_item("fresh", rating=1, created_at=_ago(0.1)),
                make_item("old", rating=1, created_at=_ago(30)),
                make_item("praise", rating=5, created_at=_ago(200)),
            ],
            by_rating,
        )
        order = [r["external_id"] for r in store.inbox_page(InboxFilter())[0]]
        assert order == ["old", "fresh", "praise"]
        store.set_status(store.item_id(google.id, "old"), Status.ANSWERED, "Maya")
        order = [r["external_id"] for r in store.inbox_page(InboxFilter())[0]]
        assert order == ["fresh", "praise", "old"]


def test_a_more_visible_site_ranks_an_equal_complaint_higher(tmp_path: Path) -> None:
    with open_inbox(tmp_path / "inbox.db") as store:
        hn = store.add_source("hackernews", "HN")
        google = store.add_source("google", "Google")
        when = _ago(2)
        store.upsert_items(hn.id, [make_item("h", rating=1, created_at=when)], by_rating)
        store.upsert_items(google.id, [make_item("g", rating=1, created_at=when)], by_rating)
        assert store.inbox_page(InboxFilter())[0][0]["external_id"] == "g"


def test_refresh_raises_items_that_went_overdue(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    with open_inbox(path) as store:
        source = store.add_source("google", "Google")
        store.upsert_items(source.id, [make_item("a", rating=2, created_at=_ago(0.5))], by_rating)
        before = store.item(1)["priority"]
        # Two hours later the 1-hour target has passed: make the item look older.
        store.db.conn.execute("UPDATE items SET created_at = ? WHERE id = 1", [_ago(2.5)])
        assert store.refresh_priorities() == 1
        assert store.item(1)["priority"] > before
        assert store.refresh_priorities() == 0  # nothing changed since


def test_response_targets_come_from_the_inbox_settings(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    with open_inbox(path) as store:
        store.set_setting("target_default_hours", "1")
    with open_inbox(path) as short, open_inbox(tmp_path / "other.db") as default:
        for store in (short, default):
            source = store.add_source("google", "Google")
            store.upsert_items(source.id, [make_item("a", rating=4, created_at=_ago(3))], by_rating)
        # 3 h old praise is overdue with a 1-hour target, not with the default 24 hours.
        assert short.item(1)["priority"] > default.item(1)["priority"]
