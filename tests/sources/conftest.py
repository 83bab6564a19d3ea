"""Connector tests talk real HTTP to a local server (pytest-httpserver), never the internet."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

import httpx
import pytest
from pytest_httpserver import HTTPServer

from repman.domain import Item, RepmanError
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


class Resync(NamedTuple):
    interrupted: Cursor  # the first page's cursor: the sync stopped after storing that page
    resumed: list[Item]  # the rest of that walk, resumed from it
    done: Cursor  # the cursor the resumed walk ended with
    again: list[Item]  # a second sync from `done`
    again_done: Cursor  # the cursor the second sync ended with
    requests: int  # how many requests the second sync made


def interrupt_resume_resync(server: HTTPServer, build: Callable[[], Connector]) -> Resync:
    """A walk interrupted after its first page, resumed to its end, then synced again."""
    interrupted = next(build().fetch(None)).cursor
    resumed, done = collect(build(), interrupted)
    server.clear_log()
    again, again_done = collect(build(), done)
    assert done is not None and again_done is not None
    return Resync(interrupted, resumed, done, again, again_done, len(server.log))


def assert_no_reply_api(connector: Connector, external_id: str) -> None:
    """The source says it cannot post, and a reply to it asks for one copied by hand."""
    assert not connector.can_post() and not type(connector).info().can_reply
    with pytest.raises(RepmanError, match="copy the reply to the site by hand"):
        connector.post_reply({"external_id": external_id}, "Thanks!")
