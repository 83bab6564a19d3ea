"""Fixtures for the window tests: everything is built per test, nothing is shared."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

# Headless by default (tech-notes §10); must be set before the QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from repman.domain import Item, ItemKind, criticism_from_rating, to_iso
from repman.store import InboxFilter, Store
from repman.ui.workers import SyncPool, Workers, use_store

NOW = datetime(2025, 3, 8, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def hours_ago(hours: float) -> str:
    return to_iso(NOW - timedelta(hours=hours))


AddItem = Callable[..., int]


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def add_item(store: Store) -> AddItem:
    """add_item(text, rating=..., language=..., ...) -> item id, in a 'Google' source."""
    source = store.add_source("google", "Google")
    counter = iter(range(1, 1_000_000))

    def add(text: str = "Nice place", **fields: Any) -> int:
        ext = fields.pop("external_id", None) or f"ext-{next(counter)}"
        fields.setdefault("created_at", hours_ago(2))
        fields.setdefault("rating", 4)
        item = Item(external_id=ext, kind=ItemKind.REVIEW, text=text, **fields)
        before = set(store.inbox_ids(InboxFilter()))
        store.upsert_items(source.id, [item], assess=lambda i: criticism_from_rating(i.rating))
        (new,) = set(store.inbox_ids(InboxFilter())) - before
        return new

    return add


@pytest.fixture
def workers(store: Store) -> Workers:
    """Tasks run at once on the test's thread, with the test's in-memory Store."""
    return Workers(use_store(store), pool=SyncPool())


# The offscreen platform plugin warns "This plugin does not support propagateSizeHints()"
# whenever a top-level widget with a layout is shown; it says nothing about our code.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
