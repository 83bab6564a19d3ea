"""Mastodon connector against a local server serving the documented Status shape."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import ItemKind, RepmanError, SourceUnavailable
from repman.sources.http import Http
from repman.sources.mastodon import MastodonConnector
from tests.sources.conftest import collect


def status(n: int, content: str = "<p>Loved the hummus</p>", **extra: Any) -> dict[str, Any]:
    return {
        "id": str(114380000000000000 + n),
        "created_at": f"2025-04-22T14:{n % 60:02d}:11.512Z",
        "edited_at": None,
        "in_reply_to_id": None,
        "visibility": "public",
        "language": "en",
        "uri": f"https://social.example/users/ana/statuses/{n}",
        "url": f"https://social.example/@ana/{n}",
        "content": content,
        "spoiler_text": "",
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 1,
        "account": {
            "id": "109999",
            "username": "ana",
            "acct": "ana@social.example",
            "display_name": "Ana P.",
            "url": "https://social.example/@ana",
        },
        **extra,
    }


def connector(
    server: HTTPServer, make_http: Callable[..., Http], **settings: str
) -> MastodonConnector:
    settings = {"instance": server.url_for("/").rstrip("/"), "tag": "cedarolive", **settings}
    return MastodonConnector(settings, {}, make_http("Mastodon"))


def test_hashtag_timeline_pages_to_the_end(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    newest = [status(n) for n in range(80, 40, -1)]
    older = [status(n) for n in range(40, 10, -1)]
    path = "/api/v1/timelines/tag/cedarolive"
    httpserver.expect_request(path, query_string={"limit": "40"}).respond_with_json(newest)
    httpserver.expect_request(
        path, query_string={"limit": "40", "max_id": newest[-1]["id"]}
    ).respond_with_json(older)
    httpserver.expect_request(
        path, query_string={"limit": "40", "max_id": older[-1]["id"]}
    ).respond_with_json([])
    items, cursor = collect(connector(httpserver, make_http))
    assert len(items) == 70
    assert cursor == {"newest_id": newest[0]["id"]}
    first = items[0]
    assert (first.kind, first.rating, first.text) == (ItemKind.MENTION, None, "Loved the hummus")
    assert (first.author_name, first.author_id) == ("Ana P.", "ana@social.example")
    assert first.created_at == "2025-04-22T14:20:11Z"
    assert first.raw is not None and first.raw["content"] == "<p>Loved the hummus</p>"


def test_resync_stops_at_what_was_seen(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    page = [status(n) for n in (12, 11, 10)]
    httpserver.expect_request("/api/v1/timelines/tag/cedarolive").respond_with_json(page)
    items, cursor = collect(connector(httpserver, make_http), {"newest_id": page[1]["id"]})
    assert [i.external_id for i in items] == [page[0]["id"]]
    assert cursor == {"newest_id": page[0]["id"]}
    assert len(httpserver.log) == 1  # did not walk older pages


def test_search_mode_and_hostile_text_kept_verbatim(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    hostile = status(
        1,
        content="<p>=HYPERLINK(&quot;x&quot;) &lt;script&gt;alert(1)&lt;/script&gt; مطعم</p>",
        language="ar",
    )
    httpserver.expect_request(
        "/api/v2/search", query_string={"limit": "40", "q": "Cedar & Olive", "type": "statuses"}
    ).respond_with_json({"accounts": [], "hashtags": [], "statuses": [hostile]})
    httpserver.expect_request("/api/v2/search").respond_with_json({"statuses": []})
    items, _ = collect(connector(httpserver, make_http, query="Cedar & Olive"))
    assert items[0].text == '=HYPERLINK("x") <script>alert(1)</script> مطعم'
    assert items[0].language == "ar"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"statuses": "nope"}, "unexpected shape"),
        ({"statuses": [{"id": "abc"}]}, "numeric id"),
        ({"statuses": [{**status(1), "created_at": "yesterday"}]}, "time we cannot read"),
    ],
)
def test_malformed_pages_are_reported(
    httpserver: HTTPServer, make_http: Callable[..., Http], payload: Any, message: str
) -> None:
    httpserver.expect_request("/api/v2/search").respond_with_json(payload)
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http, query="x"))


def test_needs_a_query_or_tag(make_http: Callable[..., Http]) -> None:
    with pytest.raises(RepmanError, match="search words or a hashtag"):
        MastodonConnector({"instance": "https://x.example"}, {}, make_http())


def test_reply_posts_as_the_user_with_an_idempotency_key(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/api/v1/statuses", method="POST").respond_with_json(
        {"id": "999", "created_at": "2025-04-22T15:00:00.000Z"}
    )
    c = MastodonConnector(
        {"instance": httpserver.url_for("/").rstrip("/"), "tag": "x"},
        {"token": "user-token"},
        make_http("Mastodon"),
    )
    item = {"external_id": "114", "raw": status(1)}
    posted = c.post_reply(item, "Thank you, Ana!")
    request = httpserver.log[0][0]
    assert json.loads(request.data) == {
        "status": "@ana@social.example Thank you, Ana!",
        "in_reply_to_id": "114",
        "visibility": "public",
    }
    assert request.headers["Authorization"] == "Bearer user-token"
    assert request.headers["Idempotency-Key"]
    assert (posted.external_reply_id, posted.at) == ("999", "2025-04-22T15:00:00Z")


def test_reply_too_long_or_without_token_is_refused_before_sending(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    base = {"instance": httpserver.url_for("/").rstrip("/"), "tag": "x"}
    with pytest.raises(RepmanError, match="at most 500 characters"):
        MastodonConnector(base, {"token": "t"}, make_http()).post_reply(
            {"external_id": "1"}, "x" * 501
        )
    with pytest.raises(RepmanError, match="copy the reply to the site by hand"):
        MastodonConnector(base, {}, make_http()).post_reply({"external_id": "1"}, "hi")
    assert httpserver.log == []


def test_a_url_that_is_not_text_is_left_out(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    # Found by tests/test_connector_fuzz.py: a number in `url` reached the store.
    httpserver.expect_request("/api/v1/timelines/tag/cedarolive").respond_with_json(
        [{**status(1), "url": 1}, {**status(2), "url": None, "uri": ["x"]}]
    )
    items, _ = collect(connector(httpserver, make_http))
    assert [i.url for i in items] == ["https://social.example/users/ana/statuses/1", None]
