"""Bluesky connector against a local server serving the documented XRPC shapes."""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, ItemKind, RepmanError, SourceUnavailable
from repman.sources.bluesky import BlueskyConnector, count_graphemes
from repman.sources.http import Http
from tests.sources.conftest import collect

HANDLE = "rosiesbakery.bsky.social"
PASSWORD = "abcd-efgh-ijkl-mnop"
ME = "did:plc:rosiesbakery0000000000"
SEARCH = "/xrpc/app.bsky.feed.searchPosts"
FEED = "/xrpc/app.bsky.feed.getAuthorFeed"
LOGIN = "/xrpc/com.atproto.server.createSession"
REFRESH = "/xrpc/com.atproto.server.refreshSession"


def jwt(tag: str, lifetime: float = 7200) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    claims = {"scope": "com.atproto.appPass", "sub": ME, "exp": int(time.time() + lifetime)}
    return f"{part({'alg': 'HS256', 'typ': 'at+jwt'})}.{part(claims)}.sig-{tag}"


ACCESS, RENEWED, REFRESH_JWT = jwt("access"), jwt("renewed"), jwt("refresh", 90 * 86400)


def post(
    n: int,
    text: str = "rosie's bakery ran out of cardamom buns again 😭",
    *,
    did: str | None = None,
    handle: str | None = None,
    **record: Any,
) -> dict[str, Any]:
    did = did or f"did:plc:fan{n:020d}"
    return {
        "uri": f"at://{did}/app.bsky.feed.post/3lk{n:010d}",
        "cid": f"bafyreifakecid{n:040d}",
        "author": {"did": did, "handle": handle or f"fan{n}.bsky.social", "displayName": f"Fan {n}",
                   "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/fake@jpeg"},
        "record": {"$type": "app.bsky.feed.post", "text": text,
                   "createdAt": f"2025-05-01T09:{n:02d}:12.345Z", "langs": ["en"], **record},
        "replyCount": 0, "repostCount": 0, "likeCount": 4, "quoteCount": 0,
        "indexedAt": f"2025-05-01T09:{n:02d}:13.001Z",
    }  # fmt: skip


def signed_in(server: HTTPServer, access: str = ACCESS, feed: list[Any] | None = None) -> None:
    server.expect_request(LOGIN, method="POST", json={"identifier": HANDLE, "password": PASSWORD}
                          ).respond_with_json({"accessJwt": access, "refreshJwt": REFRESH_JWT,
                                               "handle": HANDLE, "did": ME, "active": True})  # fmt: skip
    server.expect_request(FEED).respond_with_json({"feed": feed or []})


def search(**extra: str) -> dict[str, str]:
    return {"q": "rosie's bakery", "sort": "latest", "limit": "100", **extra}


def connector(server: HTTPServer, make_http: Callable[..., Http]) -> BlueskyConnector:
    settings = {"query": "rosie's bakery", "base_url": server.url_for("/").rstrip("/")}
    return BlueskyConnector(settings, {"handle": HANDLE, "app_password": PASSWORD},
                            make_http("Bluesky"))  # fmt: skip


def requests_to(server: HTTPServer, path: str) -> list[Any]:
    return [request for request, _ in server.log if request.path == path]


def test_signs_in_once_and_pages_to_the_end(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    signed_in(httpserver)
    pages = [[post(n) for n in range(59, 39, -1)], [post(n) for n in range(39, 19, -1)],
             [post(n) for n in range(19, 9, -1)]]  # fmt: skip
    httpserver.expect_request(SEARCH, query_string=search()).respond_with_json(
        {"cursor": "20", "hitsTotal": 50, "posts": pages[0]}
    )
    httpserver.expect_request(SEARCH, query_string=search(cursor="20")).respond_with_json(
        {"cursor": "40", "hitsTotal": 50, "posts": pages[1]}
    )
    httpserver.expect_request(SEARCH, query_string=search(cursor="40")).respond_with_json(
        {"hitsTotal": 50, "posts": pages[2]})  # fmt: skip
    c = connector(httpserver, make_http)
    fetched = list(c.fetch(None))
    items = [i for page in fetched for i in page.items]
    assert len(items) == 50 and fetched[0].total_hint == 50
    assert [p.cursor for p in fetched[:2]] == [
        {"resume": {"cursor": "20", "run_newest": "2025-05-01T09:59:12Z"}},
        {"resume": {"cursor": "40", "run_newest": "2025-05-01T09:59:12Z"}}]  # fmt: skip
    assert fetched[-1].cursor == {"newest": "2025-05-01T09:59:12Z"}
    first = items[0]
    assert (
        first.external_id == "at://did:plc:fan00000000000000000059/app.bsky.feed.post/3lk0000000059"
    )
    assert (first.kind, first.rating, first.title) == (ItemKind.MENTION, None, None)
    assert first.text == "rosie's bakery ran out of cardamom buns again 😭"
    assert (first.author_name, first.author_id, first.language) == (
        "Fan 59",
        "fan59.bsky.social",
        "en",
    )
    assert first.url == "https://bsky.app/profile/fan59.bsky.social/post/3lk0000000059"
    assert (first.created_at, first.updated_at) == ("2025-05-01T09:59:12Z", None)
    assert first.raw == pages[0][0]
    assert len(requests_to(httpserver, LOGIN)) == 1  # createSession is tightly rate-limited
    assert all(
        r.headers["Authorization"] == f"Bearer {ACCESS}" for r in requests_to(httpserver, SEARCH)
    )
    feed = requests_to(httpserver, FEED)[0]
    assert dict(feed.args) == {"actor": ME, "filter": "posts_with_replies", "limit": "100"}


def test_empty_results(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    signed_in(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json({"hitsTotal": 0, "posts": []})
    assert collect(connector(httpserver, make_http)) == ([], {})


def test_resync_asks_only_for_new_posts_and_resumes_an_interrupted_run(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    signed_in(httpserver)
    since = "2025-05-01T09:30:00Z"  # 15 minutes before the newest post seen last time
    httpserver.expect_request(SEARCH, query_string=search(since=since)).respond_with_json(
        {"cursor": "2", "posts": [post(52), post(51)]}
    )
    httpserver.expect_request(SEARCH, query_string=search(since=since, cursor="2")).respond_with_json(
        {"posts": [post(50), post(44)]})  # fmt: skip
    c = connector(httpserver, make_http)
    pages = c.fetch({"newest": "2025-05-01T09:45:00Z"})
    first = next(pages)  # the sync stops here, as if interrupted
    assert first.cursor == {"newest": "2025-05-01T09:45:00Z",
                            "resume": {"cursor": "2", "run_newest": "2025-05-01T09:52:12Z"}}  # fmt: skip
    items, cursor = collect(connector(httpserver, make_http), first.cursor)
    assert [i.external_id[-2:] for i in items] == ["50", "44"]  # continued, not restarted
    assert cursor == {"newest": "2025-05-01T09:52:12Z"}


def test_stops_when_a_whole_page_is_older_than_since(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    signed_in(httpserver)  # a server that ignores `since` must not make us walk everything
    httpserver.expect_request(SEARCH).respond_with_json(
        {"cursor": "2", "posts": [post(5), post(4)]}
    )
    items, cursor = collect(connector(httpserver, make_http), {"newest": "2025-05-01T09:45:00Z"})
    assert len(items) == 2 and cursor == {"newest": "2025-05-01T09:45:00Z"}
    assert len(requests_to(httpserver, SEARCH)) == 1


def test_anonymous_non_latin_and_hostile_text_kept_verbatim(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    texts = ["مخبز روزي رائع، الكعك طازج", "روزی بیکری کا کیک بہت اچھا ہے", "Υπέροχο αρτοποιείο!",
             '<script>alert(1)</script> <b>bold</b>', '=HYPERLINK("http://evil.example","x")',
             "+1 great", "@rosiesbakery hello"]  # fmt: skip
    posts = [post(n, t) for n, t in enumerate(texts, 1)]
    posts[0]["record"]["langs"] = ["ar"]
    nobody = post(9, "", did="did:plc:nobody", handle="handle.invalid")
    del nobody["author"]["displayName"], nobody["record"]["langs"]
    nobody["record"]["createdAt"] = "not a time"  # an app's bad clock must not lose the post
    signed_in(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json({"posts": [*posts, nobody]})
    items, _ = collect(connector(httpserver, make_http))
    assert [i.text for i in items[:-1]] == texts
    assert items[0].language == "ar"
    anonymous = items[-1]
    assert (anonymous.author_name, anonymous.author_id, anonymous.language) == (
        None,
        "did:plc:nobody",
        None,
    )
    assert anonymous.url == "https://bsky.app/profile/did:plc:nobody/post/3lk0000000009"
    assert anonymous.created_at == "2025-05-01T09:09:13Z"  # indexedAt


def test_edited_record_updates_the_same_item(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    signed_in(httpserver)
    before = post(3, "cardamom buns were ok")
    after = {**post(3, "cardamom buns were amazing"), "cid": "bafyreinewcid"}
    httpserver.expect_oneshot_request(SEARCH).respond_with_json({"posts": [before]})
    httpserver.expect_request(SEARCH).respond_with_json({"posts": [after]})
    (old,), _ = collect(connector(httpserver, make_http))
    (new,), _ = collect(connector(httpserver, make_http))
    assert old.external_id == new.external_id
    assert (old.text, new.text) == ("cardamom buns were ok", "cardamom buns were amazing")


def test_own_replies_become_site_replies_and_own_posts_are_not_mentions(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    question = post(30, "does rosie's bakery open on sundays?")
    other = post(31)
    mine = post(40, "Yes, 8 to 2!", did=ME, handle=HANDLE,
                reply={"root": {"uri": question["uri"], "cid": question["cid"]},
                       "parent": {"uri": question["uri"], "cid": question["cid"]}})  # fmt: skip
    announcement = post(41, "rosie's bakery is hiring", did=ME, handle=HANDLE)
    feed = [{"post": announcement}, {"post": other, "reason": {"$type": "app.bsky.feed.defs#reasonRepost"}},
            {"post": mine, "reply": {"root": question, "parent": question}}]  # fmt: skip
    signed_in(httpserver, feed=feed)
    httpserver.expect_request(SEARCH).respond_with_json({"posts": [announcement, other, question]})
    items, _ = collect(connector(httpserver, make_http))
    assert [i.external_id for i in items] == [other["uri"], question["uri"]]
    assert items[0].site_reply is None
    reply = items[1].site_reply
    assert reply is not None
    assert (reply.body, reply.at, reply.external_reply_id, reply.by) == (
        "Yes, 8 to 2!",
        "2025-05-01T09:40:12Z",
        mine["uri"],
        HANDLE,
    )


@pytest.mark.parametrize(("status", "error", "lifetime"),
                         [(400, "ExpiredToken", 120), (401, "ExpiredToken", 7200)])  # fmt: skip
def test_expired_access_token_is_refreshed_not_a_new_session(
    httpserver: HTTPServer, make_http: Callable[..., Http], status: int, error: str, lifetime: float
) -> None:
    # The PDS answers 400 {"error": "ExpiredToken"}, the AppView 401 with the same name.
    old = jwt("old", lifetime)
    signed_in(httpserver, access=old)
    httpserver.expect_request(SEARCH, headers={"Authorization": f"Bearer {old}"}).respond_with_json(
        {"error": error, "message": "Token has expired"}, status=status
    )
    httpserver.expect_request(REFRESH, method="POST", headers={"Authorization": f"Bearer {REFRESH_JWT}"}
                              ).respond_with_json({"accessJwt": RENEWED, "refreshJwt": REFRESH_JWT,
                                                   "handle": HANDLE, "did": ME})  # fmt: skip
    httpserver.expect_request(SEARCH, headers={"Authorization": f"Bearer {RENEWED}"}
                              ).respond_with_json({"posts": [post(1)]})  # fmt: skip
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1
    assert (len(requests_to(httpserver, LOGIN)), len(requests_to(httpserver, REFRESH))) == (1, 1)


def test_token_about_to_expire_is_refreshed_before_use(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    signed_in(httpserver, access=jwt("short", 30))
    httpserver.expect_request(REFRESH, method="POST").respond_with_json(
        {"accessJwt": RENEWED, "refreshJwt": REFRESH_JWT, "did": ME}
    )
    httpserver.expect_request(SEARCH, headers={"Authorization": f"Bearer {RENEWED}"}
                              ).respond_with_json({"posts": []})  # fmt: skip
    collect(connector(httpserver, make_http))
    assert all(response.status_code == 200 for _, response in httpserver.log)


def test_other_bad_requests_are_not_mistaken_for_expiry(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    signed_in(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json(
        {"error": "BadQueryString", "message": "bad query"}, status=400
    )
    with pytest.raises(SourceUnavailable, match="HTTP 400"):
        collect(connector(httpserver, make_http))
    assert requests_to(httpserver, REFRESH) == []


def test_wrong_app_password_says_how_to_make_one_and_never_echoes_it(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(LOGIN, method="POST").respond_with_json(
        {"error": "AuthenticationRequired", "message": "Invalid identifier or password"}, status=401
    )
    with pytest.raises(AuthExpired) as caught:
        collect(connector(httpserver, make_http))
    assert "Settings > App passwords" in caught.value.message
    assert PASSWORD not in caught.value.message and HANDLE not in caught.value.message
    assert len(httpserver.log) == 1


def test_secrets_and_tokens_never_reach_items_or_cursors(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    signed_in(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json({"posts": [post(1), post(2)]})
    items, cursor = collect(connector(httpserver, make_http))
    stored = json.dumps([[i.raw for i in items], cursor])
    assert not any(secret in stored for secret in (PASSWORD, ACCESS, REFRESH_JWT))


@pytest.mark.parametrize("status", [429, 500])
def test_rate_limit_and_server_error_are_retried(
    httpserver: HTTPServer, make_http: Callable[..., Http], status: int
) -> None:
    signed_in(httpserver)
    headers = {"Retry-After": "1"} if status == 429 else {}
    httpserver.expect_oneshot_request(SEARCH).respond_with_json(
        {"error": "RateLimitExceeded"}, status=status, headers=headers
    )
    httpserver.expect_request(SEARCH).respond_with_json({"posts": [post(1)]})
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(requests_to(httpserver, SEARCH)) == 2


@pytest.mark.parametrize(
    ("path", "payload", "message"),
    [(SEARCH, '{"posts": [', "not valid JSON"), (SEARCH, {"posts": "nope"}, "unexpected shape"),
     (SEARCH, {"posts": [{"uri": "https://x"}]}, "without uri"),
     (SEARCH, {"posts": [{**post(1), "indexedAt": "yesterday"}]}, "time we cannot read"),
     (FEED, {"feed": 3}, "author feed")],
)  # fmt: skip
def test_malformed_answers_are_reported(
    httpserver: HTTPServer, make_http: Callable[..., Http], path: str, payload: Any, message: str
) -> None:
    respond = httpserver.expect_oneshot_request(path)
    if isinstance(payload, str):
        respond.respond_with_data(payload, content_type="application/json")
    else:
        respond.respond_with_json(payload)
    signed_in(httpserver)
    httpserver.expect_request(SEARCH).respond_with_json({"posts": []})
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


def test_login_answer_without_tokens_is_reported(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(LOGIN, method="POST").respond_with_json({"did": ME})
    with pytest.raises(SourceUnavailable, match="no session tokens"):
        collect(connector(httpserver, make_http))


def test_check_is_one_small_search(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    signed_in(httpserver)
    httpserver.expect_request(SEARCH, query_string={"q": "rosie's bakery", "sort": "latest", "limit": "1"}
                              ).respond_with_json({"posts": [post(1)]})  # fmt: skip
    assert "connected" in connector(httpserver, make_http).check()


@pytest.mark.parametrize("nested", [False, True])
def test_reply_creates_a_post_in_the_thread(
    httpserver: HTTPServer, make_http: Callable[..., Http], nested: bool
) -> None:
    root = {"uri": "at://did:plc:op/app.bsky.feed.post/3lroot", "cid": "bafyreiroot"}
    target = post(7, **({"reply": {"root": root, "parent": root}} if nested else {}))
    signed_in(httpserver)
    new_uri = f"at://{ME}/app.bsky.feed.post/3lnewreply"
    httpserver.expect_request("/xrpc/com.atproto.repo.createRecord", method="POST"
                              ).respond_with_json({"uri": new_uri, "cid": "bafyreinew",
                                                   "validationStatus": "valid"})  # fmt: skip
    posted = connector(httpserver, make_http).post_reply(
        {"external_id": target["uri"], "raw": target}, "Thank you! Fresh buns at 7 tomorrow 🥐"
    )
    request = requests_to(httpserver, "/xrpc/com.atproto.repo.createRecord")[0]
    body = json.loads(request.data)
    created = body["record"].pop("createdAt")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", created)
    parent = {"uri": target["uri"], "cid": target["cid"]}
    assert body == {"repo": ME, "collection": "app.bsky.feed.post",
                    "record": {"$type": "app.bsky.feed.post",
                               "text": "Thank you! Fresh buns at 7 tomorrow 🥐",
                               "reply": {"root": root if nested else parent, "parent": parent}}}  # fmt: skip
    assert request.headers["Authorization"] == f"Bearer {ACCESS}"
    assert (posted.external_reply_id, posted.at) == (new_uri, created[:19] + "Z")


def test_over_long_reply_is_refused_before_any_request(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    c = connector(httpserver, make_http)
    item = {"external_id": "at://x", "raw": post(1)}
    with pytest.raises(RepmanError, match="at most 300 graphemes; this one has 301"):
        c.post_reply(item, "a" * 301)
    with pytest.raises(RepmanError, match="at most 3000 bytes"):
        c.post_reply(item, "👨‍👩‍👧‍👦" * 200)  # 200 graphemes, 5,000 bytes
    assert httpserver.log == []
    assert c.reply_limit is not None
    c.reply_limit.check("Bluesky", "مَرْحَبًا " * 30)  # 300 graphemes with their harakat: fits


@pytest.mark.parametrize(
    ("text", "count"),
    [("abc", 3), ("e\u0301", 1), ("👨‍👩‍👧", 1), ("🇬🇷🇵🇰", 2), ("👍🏽", 1), ("❤️", 1), ("\r\n", 1),
     ("مَرْحَبًا", 5), ("Ελληνικά", 8), ("پاکستان", 7), ("a\u200db", 2), ("", 0)],
)  # fmt: skip
def test_grapheme_count(text: str, count: int) -> None:
    assert count_graphemes(text) == count
