"""Reddit connector against a local server serving the documented Listing shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, ItemKind, RateLimited, RepmanError, SourceUnavailable
from repman.sources.http import Http
from repman.sources.reddit import USER_AGENT, RedditConnector
from tests.sources.conftest import collect

T0 = 1745430511.0
QUERY = {
    "q": "Rosie's Bakery",
    "sort": "new",
    "t": "all",
    "type": "link",
    "limit": "100",
    "raw_json": "1",
}


def post(n: int, at: float | None = None, **extra: Any) -> dict[str, Any]:
    return {"kind": "t3", "data": {
        "id": f"1k{n}", "name": f"t3_1k{n}", "author": "pdx_breadhead", "author_fullname": "t2_abc",
        "subreddit": "Portland", "title": f"Rosie's Bakery post {n}",
        "selftext": "Went at 4pm and they were closed, anyone know?", "is_self": True,
        "created_utc": at if at is not None else T0 + n * 60, "edited": False,
        "permalink": f"/r/Portland/comments/1k{n}/rosies_bakery/",
        "url": f"https://www.reddit.com/r/Portland/comments/1k{n}/rosies_bakery/",
        "score": 14, "num_comments": 6, "over_18": False, **extra,
    }}  # fmt: skip


def comment(n: int, **extra: Any) -> dict[str, Any]:
    return {"kind": "t1", "data": {
        "id": f"c{n}", "name": f"t1_c{n}", "author": "croissant_fan", "body": "Their croissants are the best",
        "link_id": "t3_1k1", "parent_id": "t3_1k1", "link_title": "Best bakery in Portland?",
        "created_utc": T0 + n * 60, "edited": False, "score": 3,
        "permalink": f"/r/Portland/comments/1k1/best_bakery/c{n}/", **extra,
    }}  # fmt: skip


def listing(children: list[Any], after: str | None = None) -> dict[str, Any]:
    return {
        "kind": "Listing",
        "data": {"after": after, "before": None, "dist": len(children), "children": children},
    }


def connector(
    server: HTTPServer, make_http: Callable[..., Http], token: str | None = None, **settings: str
) -> RedditConnector:
    merged = {"query": "Rosie's Bakery", "base_url": server.url_for("/").rstrip("/"), **settings}
    return RedditConnector(merged, {"token": token} if token else {}, make_http("Reddit"))


def test_public_search_pages_to_the_end(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    page1 = [post(n) for n in range(30, 20, -1)]
    page2 = [post(n) for n in range(20, 10, -1)]
    page3 = [post(n) for n in range(10, 5, -1)]
    httpserver.expect_request("/search.json", query_string=QUERY).respond_with_json(
        listing(page1, "t3_1k21")
    )
    httpserver.expect_request(
        "/search.json", query_string={**QUERY, "after": "t3_1k21"}
    ).respond_with_json(listing(page2, "t3_1k11"))
    httpserver.expect_request(
        "/search.json", query_string={**QUERY, "after": "t3_1k11"}
    ).respond_with_json(listing(page3, None))
    items, cursor = collect(connector(httpserver, make_http))
    assert len(items) == 25 and len(httpserver.log) == 3
    first = items[0]
    assert (first.external_id, first.kind, first.rating) == ("t3_1k30", ItemKind.MENTION, None)
    assert (first.title, first.text) == (
        "Rosie's Bakery post 30",
        "Went at 4pm and they were closed, anyone know?",
    )
    assert (first.author_name, first.author_id) == ("pdx_breadhead", "t2_abc")
    assert first.url == "https://www.reddit.com/r/Portland/comments/1k30/rosies_bakery/"
    assert first.created_at == "2025-04-23T18:18:31Z" and first.updated_at is None
    assert first.raw is not None and first.raw["score"] == 14
    assert cursor == {"newest": T0 + 30 * 60}
    request = httpserver.log[0][0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("desktop:org.repman.Repman:v")
    assert "Authorization" not in request.headers


def test_token_uses_the_oauth_paths_in_a_subreddit(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/r/Portland/search", query_string={**QUERY, "restrict_sr": "1"},
                              headers={"Authorization": "bearer tok-1"}).respond_with_json(listing([post(1), comment(2)]))  # fmt: skip
    items, _ = collect(connector(httpserver, make_http, token="tok-1", subreddit="r/Portland"))
    assert [i.kind for i in items] == [ItemKind.MENTION, ItemKind.COMMENT]
    assert (items[1].external_id, items[1].title, items[1].text) == (
        "t1_c2",
        "Best bakery in Portland?",
        "Their croissants are the best",
    )
    assert (
        RedditConnector({"query": "x"}, {"token": "t"}, make_http()).base_url
        == "https://oauth.reddit.com"
    )
    assert RedditConnector({"query": "x"}, {}, make_http()).base_url == "https://www.reddit.com"


def test_empty_results(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request("/search.json").respond_with_json(listing([]))
    assert collect(connector(httpserver, make_http)) == ([], {})


def test_resync_stops_at_what_was_seen_and_picks_up_an_edit(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    seen = T0 + 10 * 60
    edited = post(9, selftext="Update: they were closed for a family event.", edited=seen + 300)
    too_old = post(1, at=seen - 7200)
    httpserver.expect_request("/search.json").respond_with_json(
        listing([post(12), edited, too_old], "t3_1k1")
    )
    items, cursor = collect(connector(httpserver, make_http), {"newest": seen})
    assert [i.external_id for i in items] == [
        "t3_1k12",
        "t3_1k9",
    ]  # the edit is inside the hour re-read
    assert items[1].text == "Update: they were closed for a family event."
    assert items[1].updated_at == "2025-04-23T18:03:31Z"
    assert cursor == {"newest": T0 + 12 * 60}
    assert len(httpserver.log) == 1  # did not walk older pages


def test_interrupted_sync_resumes_after_its_token(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(
        "/search.json", query_string={**QUERY, "after": "t3_1k5"}
    ).respond_with_json(listing([post(4)]))
    cursor = {"newest": None, "resume": {"after": "t3_1k5", "run_newest": T0 + 600}}
    items, done = collect(connector(httpserver, make_http), cursor)
    assert [i.external_id for i in items] == ["t3_1k4"]
    assert done == {"newest": T0 + 600}


def test_repeated_after_token_stops(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request("/search.json", query_string=QUERY).respond_with_json(
        listing([post(3)], "t3_1k3")
    )
    httpserver.expect_request(
        "/search.json", query_string={**QUERY, "after": "t3_1k3"}
    ).respond_with_json(listing([post(2)], "t3_1k3"))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 2 and len(httpserver.log) == 2


def test_deleted_author_link_post_and_text_kept_verbatim(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    deleted = post(1, author="[deleted]", selftext="")
    del deleted["data"]["author_fullname"]
    link = post(2, selftext="", is_self=False, url="https://news.example/rosies")
    hostile = post(3, title='=HYPERLINK("x") @SUM(1)', selftext="<script>alert(1)</script> & +cmd")
    scripts = post(4, selftext="مخبز رائع — بہت اچھا — Πολύ καλό")
    more = {"kind": "more", "data": {"count": 3, "children": ["a"]}}
    httpserver.expect_request("/search.json").respond_with_json(
        listing([scripts, hostile, link, deleted, more])
    )
    items, _ = collect(connector(httpserver, make_http))
    assert items[0].text == "مخبز رائع — بہت اچھا — Πολύ καλό"
    assert (items[1].title, items[1].text) == (
        '=HYPERLINK("x") @SUM(1)',
        "<script>alert(1)</script> & +cmd",
    )
    assert items[2].text == "https://news.example/rosies"
    assert (items[3].author_name, items[3].author_id, items[3].text) == (None, None, "")
    assert len(items) == 4  # the "more" stub is not a mention


def test_retries_429_and_500_then_succeeds(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request("/search.json").respond_with_data(
        "", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request("/search.json").respond_with_data("", status=500)
    httpserver.expect_ordered_request("/search.json").respond_with_json(listing([post(1)]),
        headers={"X-Ratelimit-Used": "3", "X-Ratelimit-Remaining": "7", "X-Ratelimit-Reset": "412"})  # fmt: skip
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(httpserver.log) == 3


def test_401_with_token_and_403_without(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/search").respond_with_data("", status=401)
    httpserver.expect_request("/search.json").respond_with_data("blocked", status=403)
    with pytest.raises(AuthExpired, match="reconnect this source"):
        collect(connector(httpserver, make_http, token="secret-token-xyz"))
    with pytest.raises(AuthExpired, match="add an access token") as refused:
        collect(connector(httpserver, make_http))
    assert "secret-token-xyz" not in refused.value.message


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [('{"kind": "Listing", "data": {"children": [{"kind": "t3", "da', SourceUnavailable, "not valid JSON"),
     ('{"kind": "Listing", "data": {"children": {}}}', SourceUnavailable, "no 'children' list"),
     ('[]', SourceUnavailable, "not an object"),
     ('{"kind": "t3", "data": {}}', SourceUnavailable, "not a Listing"),
     ('{"kind": "Listing", "data": {"children": [{"kind": "t3"}]}}', SourceUnavailable, "without a data object"),
     ('{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"name": "t3_x", "created_utc": "x"}}]}}', SourceUnavailable, "created_utc"),
     ('{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"created_utc": 1}}]}}', SourceUnavailable, "without a name"),
     ('{"message": "Forbidden", "error": 403}', SourceUnavailable, "Reddit refused the request: Forbidden")],
)  # fmt: skip
def test_malformed_pages_are_reported(
    httpserver: HTTPServer,
    make_http: Callable[..., Http],
    body: str,
    error: type[Exception],
    message: str,
) -> None:
    httpserver.expect_request("/search.json").respond_with_data(
        body, content_type="application/json"
    )
    with pytest.raises(error, match=message):
        collect(connector(httpserver, make_http))


def test_error_in_a_200_body_with_a_token_is_auth_expired(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/search").respond_with_json(
        {"message": "Unauthorized", "error": 401}
    )
    with pytest.raises(AuthExpired):
        collect(connector(httpserver, make_http, token="t"))


def test_reply_posts_a_form_with_the_fullname(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/api/comment", method="POST").respond_with_json({"json": {"errors": [], "data": {
        "things": [{"kind": "t1", "data": {"id": "mnew", "name": "t1_mnew", "created_utc": 1745431000.0,
                                            "body": "Thanks!", "parent_id": "t3_1k9"}}]}}})  # fmt: skip
    c = connector(httpserver, make_http, token="user-token")
    assert c.can_post()
    posted = c.post_reply(
        {"external_id": "t3_1k9", "raw": post(9)["data"]},
        "Thanks! We were closed for a family event & reopen at 7.",
    )
    request = httpserver.log[0][0]
    assert request.headers["Authorization"] == "bearer user-token"
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.get_data(as_text=True)) == {
        "api_type": ["json"], "thing_id": ["t3_1k9"], "text": ["Thanks! We were closed for a family event & reopen at 7."]}  # fmt: skip
    assert (posted.external_reply_id, posted.at) == ("t1_mnew", "2025-04-23T17:56:40Z")


def test_reply_errors_in_the_body_are_raised_and_not_retried(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/api/comment", method="POST").respond_with_json(
        {"json": {"errors": [["RATELIMIT", "You are doing that too much. Try again in 9 minutes.", "ratelimit"]]}})  # fmt: skip
    c = connector(httpserver, make_http, token="t")
    with pytest.raises(RateLimited, match="Try again in 9 minutes"):
        c.post_reply({"external_id": "t1_c2"}, "Thanks")
    httpserver.clear()
    httpserver.expect_request("/api/comment", method="POST").respond_with_json(
        {"json": {"errors": [["THREAD_LOCKED", "that thread is locked", "parent"]]}}
    )
    with pytest.raises(RepmanError, match="THREAD_LOCKED"):
        c.post_reply({"external_id": "t1_c2"}, "Thanks")
    httpserver.clear()
    httpserver.expect_request("/api/comment", method="POST").respond_with_data("", status=500)
    with pytest.raises(SourceUnavailable):
        c.post_reply({"external_id": "t1_c2"}, "Thanks")
    assert len(httpserver.log) == 1  # a 500 may hide a posted comment: never tried twice


def test_reply_refused_before_sending(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    with pytest.raises(RepmanError, match="at most 10000 characters"):
        connector(httpserver, make_http, token="t").post_reply(
            {"external_id": "t3_1k9"}, "x" * 10_001
        )
    with pytest.raises(RepmanError, match="need an access token"):
        connector(httpserver, make_http).post_reply({"external_id": "t3_1k9"}, "hi")
    with pytest.raises(RepmanError, match="only reply to posts and comments"):
        connector(httpserver, make_http, token="t").post_reply({"external_id": "t5_sub"}, "hi")
    assert httpserver.log == []


def test_settings_are_checked(make_http: Callable[..., Http]) -> None:
    with pytest.raises(RepmanError, match="Search words"):
        RedditConnector({}, {}, make_http())
    with pytest.raises(RepmanError, match="not a community name"):
        RedditConnector({"query": "x", "subreddit": "../api/comment"}, {}, make_http())
