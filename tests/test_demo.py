"""The demo inbox is the first thing a prospective user sees: it must look like a live one."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from repman.demo import demo_records, load_demo, remove_demo
from repman.domain import RepmanError, parse_iso
from repman.reports.metrics import stats
from repman.store import InboxFilter, Store

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def test_the_bundled_file_covers_our_sites_and_languages() -> None:
    records = demo_records()
    assert 280 <= len(records) <= 320
    assert len({r["source"] for r in records}) >= 8
    languages = Counter(r["language"] for r in records)
    assert {"en", "ar", "ur", "el"} <= set(languages)
    assert min(languages[lang] for lang in ("en", "ar", "ur", "el")) >= 40
    assert {r["rating"] for r in records if r["rating"] is not None} == {1, 2, 3, 4, 5}


def test_loading_gives_a_live_looking_inbox(store: Store) -> None:
    count = load_demo(store, NOW)
    assert store.count(InboxFilter()) == count
    counts = store.status_counts(InboxFilter())
    assert {"new", "in_progress", "answered", "closed", "ignored"} <= set(counts)
    newest = store.inbox_page(InboxFilter(), limit=1000)[0]
    ages = [NOW - parse_iso(r["created_at"]) for r in newest]
    assert min(ages) < timedelta(hours=1)
    assert max(ages) <= timedelta(days=91)
    s = stats(store, InboxFilter(), NOW)
    assert s["answered"] > 50
    assert s["overdue"] > 0  # unanswered criticism is on screen from the start
    assert s["open_followups"] > 0


def test_loading_twice_is_refused_and_reset_reloads(store: Store) -> None:
    count = load_demo(store, NOW)
    with pytest.raises(RepmanError, match="already loaded"):
        load_demo(store, NOW)
    assert remove_demo(store) == count
    assert store.count(InboxFilter()) == 0
    assert load_demo(store, NOW) == count


def test_reset_keeps_the_users_own_sources(store: Store) -> None:
    own = store.add_source("import", "My directory")
    load_demo(store, NOW)
    remove_demo(store)
    assert [s.name for s in store.sources()] == [own.name]
