"""Every connector's page parsing against hostile pages (issue 8).

Each kind starts from a valid page of its own tests (tests/sources/test_<kind>.py) and
hypothesis mutates it at every level: values replaced by other types, keys dropped or added,
lists and objects swapped, strings with NUL, control and right-to-left override characters.
A local server answers every request with the mutated page. fetch() must yield Items of
storable types or raise a RepmanError (SourceUnavailable, AuthExpired, RateLimited, ...):
never KeyError, TypeError, AttributeError or ValueError."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from repman.domain import Item, ItemKind, RepmanError
from repman.sources.base import Connector
from repman.sources.http import HostLimiter, Http
from tests.sources import (
    test_appstore as appstore,
)
from tests.sources import (
    test_bluesky as bluesky,
)
from tests.sources import (
    test_facebook as facebook,
)
from tests.sources import (
    test_google as google,
)
from tests.sources import (
    test_googleplay as googleplay,
)
from tests.sources import (
    test_hackernews as hackernews,
)
from tests.sources import (
    test_mastodon as mastodon,
)
from tests.sources import (
    test_reddit as reddit,
)
from tests.sources import (
    test_rss as rss,
)
from tests.sources import (
    test_tripadvisor as tripadvisor,
)
from tests.sources import (
    test_trustpilot as trustpilot,
)
from tests.sources import (
    test_x as x,
)
from tests.sources import (
    test_yelp as yelp,
)
from tests.sources.conftest import FAST

Build = Callable[[HTTPServer, Callable[..., Http]], Connector]

# kind -> (a valid page, how the tests build the connector)
PAGES: dict[str, tuple[Any, Build]] = {
    "appstore": (appstore.feed([appstore.APP_ENTRY, appstore.review(1), appstore.review(2)]),
                 appstore.connector),
    "bluesky": ({"cursor": "20", "hitsTotal": 50, "posts": [bluesky.post(2), bluesky.post(1)]},
                bluesky.connector),
    "facebook": ({"data": [facebook.rating(1), facebook.comment("1_2", 3, "2025-01-02T07:00:00+0000")],
                  "paging": {"cursors": {"before": "b0", "after": "c1"}}}, facebook.connector),
    "google": (google.page([google.review(1), google.review(2)], "next"), google.connector),
    "googleplay": (googleplay.page([googleplay.review(1), googleplay.review(2)], "n"),
                   googleplay.connector),
    "hackernews": (hackernews.result([hackernews.comment_hit(1), hackernews.story_hit(2)], 2),
                   hackernews.connector),
    "mastodon": ([mastodon.status(2), mastodon.status(1)], mastodon.connector),
    "reddit": (reddit.listing([reddit.post(1), reddit.comment(2)], "t3_x"), reddit.connector),
    "tripadvisor": ({"data": [tripadvisor.review(1), tripadvisor.review(2)]},
                    tripadvisor.connector),
    "trustpilot": ({"links": [], "reviews": [trustpilot.review(1), trustpilot.review(2)]},
                   trustpilot.connector),
    "x": (x.page([x.tweet(x.snowflake(2)), x.tweet(x.snowflake(3))], "t1"), x.connector),
    "yelp": (yelp.body([yelp.review(1), yelp.review(2)], 40), yelp.connector),
}  # fmt: skip

NASTY = st.sampled_from(
    ["", "\x00", "a\x00b", "\u202eevil", "\u2066x\u2069", "\x1b[2J", "\r\n", "x" * 100_000,
     "2025-13-45T99:99:99Z", "0001-01-01T00:00:00+01:00", "99999999999999999999", "-1", "NaN",
     "<b>", "&#0;", "at://", "t3_", "null"]
)  # fmt: skip
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**65), max_value=2**65),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    NASTY,
)
anything = st.recursive(
    scalar,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=5,
)  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """The value, changed here and there: each node kept (and its children mutated),
    replaced by something of another type, or emptied."""
    action = draw(st.sampled_from(["keep"] * (6 + depth) + ["replace", "empty"]))
    if action == "replace":
        return draw(anything)
    if action == "empty":
        return type(value)() if isinstance(value, (dict, list, str)) else None
    if isinstance(value, dict):
        out = {}
        for key, child in value.items():
            if draw(st.integers(0, 15)) == 0:
                continue  # key dropped
            out[key] = draw(mutated(child, depth + 1))
        if draw(st.integers(0, 10)) == 0:
            out[draw(st.text(max_size=6))] = draw(anything)
        return out
    if isinstance(value, list):
        items = [draw(mutated(child, depth + 1)) for child in value]
        if items and draw(st.integers(0, 8)) == 0:
            items.append(items[0])  # duplicates
        return items
    return value


FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
PAGE_LIMIT = 4  # a page that always says "more" would page forever: a few pages prove it


@pytest.fixture
def make_http() -> Iterator[Callable[..., Http]]:
    """As in tests/sources/conftest.py (its fixtures are not visible from here)."""
    clients: list[httpx.Client] = []

    def build(site: str = "Test site") -> Http:
        client = httpx.Client(timeout=httpx.Timeout(2.0, connect=2.0))
        clients.append(client)
        return Http(client, HostLimiter(), site, min_interval=0.0, policy=FAST)

    yield build
    for client in clients:
        client.close()


def _check_item(item: Item) -> None:
    assert isinstance(item, Item)
    assert isinstance(item.external_id, str) and item.external_id
    assert isinstance(item.kind, ItemKind)
    assert isinstance(item.text, str)
    assert isinstance(item.created_at, str)
    for name in ("title", "author_name", "author_id", "url", "language", "updated_at"):
        value = getattr(item, name)
        assert value is None or isinstance(value, str), (name, value)
    assert item.rating is None or (isinstance(item.rating, int) and 1 <= item.rating <= 5)
    if item.raw is not None:
        json.dumps(item.raw)  # the store keeps it as JSON


def run_fetch(connector: Connector) -> None:
    try:
        for n, page in enumerate(connector.fetch(None)):
            for item in page.items:
                _check_item(item)
            json.dumps(page.cursor)
            if n + 1 >= PAGE_LIMIT:
                break
    except RepmanError as exc:
        assert exc.message


def serve(server: HTTPServer, kind: str, body: str, content_type: str) -> None:
    server.clear()

    def answer(request: Request) -> Response:
        if kind == "bluesky" and request.path == bluesky.LOGIN:
            return Response(json.dumps({"accessJwt": bluesky.ACCESS, "refreshJwt": bluesky.REFRESH_JWT,
                                        "handle": bluesky.HANDLE, "did": bluesky.ME}),
                            content_type="application/json")  # fmt: skip
        if kind == "bluesky" and request.path == bluesky.FEED:  # the owner's replies
            return Response(json.dumps({"feed": []}), content_type="application/json")
        return Response(body, content_type=content_type)

    server.expect_request(re.compile(".*")).respond_with_handler(answer)


@pytest.mark.parametrize("kind", sorted(PAGES))
@FUZZ
@given(data=st.data())
def test_connector_survives_mutated_pages(
    kind: str, data: st.DataObject, httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    valid, build = PAGES[kind]
    page = data.draw(st.one_of(mutated(valid), anything), label="page")
    serve(httpserver, kind, json.dumps(page), "application/json")
    run_fetch(build(httpserver, make_http))


def test_valid_pages_give_items(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    """The seeds are real pages: unmutated, every kind yields items (the fuzzing starts from
    the documented shape, not from garbage)."""
    for kind, (valid, build) in sorted(PAGES.items()):
        serve(httpserver, kind, json.dumps(valid), "application/json")
        first = next(iter(build(httpserver, make_http).fetch(None)))
        assert first.items, kind


@FUZZ
@given(data=st.data())
def test_rss_survives_mutated_feeds(
    data: st.DataObject, httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    feed = data.draw(st.sampled_from([rss.ALERT, rss.rss(rss.item(1) + rss.item(2))]))
    cut = data.draw(st.integers(0, len(feed)))
    how = data.draw(st.sampled_from(["truncate", "insert", "replace-tag-text"]))
    if how == "truncate":
        feed = feed[:cut]
    elif how == "insert":
        feed = feed[:cut] + data.draw(st.text(max_size=20) | NASTY) + feed[cut:]
    else:
        feed = re.sub(r">([^<]+)<", lambda m: ">" + data.draw(st.text(max_size=8)) + "<", feed)
    serve(httpserver, "rss", feed, "application/rss+xml")
    run_fetch(rss.connector(httpserver, make_http))


def _with(page: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A deep copy of page with the value at path replaced."""
    copy = json.loads(json.dumps(page))
    node = copy
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return copy


# Pages hypothesis found that crashed a connector before its fix (kept as regular tests).
FOUND = [
    # google: a list as nextPageToken became a 100,000-character URL (httpx.InvalidURL)
    ("google", ("nextPageToken",), ["x" * 100_000]),
    # mastodon: a number as content reached the HTML parser (TypeError)
    ("mastodon", (0, "content"), 5),
    # mastodon: "²" passes str.isdigit() but not int() (ValueError)
    ("mastodon", (0, "id"), "²"),
    # appstore: null link attributes (AttributeError); "²" as the rating (ValueError)
    ("appstore", ("feed", "entry", 1, "link", "attributes"), None),
    ("appstore", ("feed", "entry", 1, "content", "attributes"), ["html"]),
    ("appstore", ("feed", "entry", 1, "im:rating", "label"), "²"),
    # x: the same "²" in a post id
    ("x", ("data", 0, "id"), "²"),
]


@pytest.mark.parametrize(("kind", "path", "value"), FOUND)
def test_pages_that_crashed_a_connector(
    kind: str, path: tuple[Any, ...], value: Any, httpserver: HTTPServer,
    make_http: Callable[..., Http],
) -> None:  # fmt: skip
    valid, build = PAGES[kind]
    serve(httpserver, kind, json.dumps(_with(valid, path, value)), "application/json")
    run_fetch(build(httpserver, make_http))
