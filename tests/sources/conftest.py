"""Connector tests talk real HTTP to a local server (pytest-httpserver), never the internet."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from repman.domain import Item
from repman.sources.base import Connector, Cursor
from repman.sources.http import HostLimiter, Http, RetryPolicy

# Quick retries and short limits so fault tests take milliseconds, not minutes.
FAST = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, max_wait=5.0, deadline=3.0)


@pytest.fixture
def make_http() -> Iterator[Callable[..., Http]]:
    clients: list[httpx.Client] = []

    def build(site: str = "Test site", policy: RetryPolicy = FAST, read: float = 2.0) -> Http:
        client = httpx.Client(timeout=httpx.Timeout(read, connect=2.0))
        clients.append(client)
        return Http(client, HostLimiter(), site, min_interval=0.0, policy=policy)

    yield build
    for client in clients:
        client.close()


def collect(connector: Connector, cursor: Cursor | None = None) -> tuple[list[Item], Cursor | None]:
    """Every item of a full fetch and the cursor the last page left."""
    items: list[Item] = []
    last = cursor
    for page in connector.fetch(cursor):
        items += page.items
        last = page.cursor
    return items, last
