"""X connector against a local server serving the documented API v2 shapes."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, ItemKind, RepmanError, SourceUnavailable
from repman.sources.http import Http
from repman.sources.x import XConnector, weighted_length
from tests.sources.conftest import collect

BEARER = "AAAAAAAAAAAAAAAAAAAAAfakeBearerToken"
USER_TOKEN = "fake-user-context-token"
QUERY = '"Rosie\'s Bakery" OR @rosiesbakery -is:retweet'
SEARCH = "/2/tweets/search/recent"
FIELDS = {"tweet.fields": "created_at,lang,author_id,conversation_id,edit_history_tweet_ids,note_tweet",
          "expansions": "author_id", "user.fields": "username,name"}  # fmt: skip
CHRIS = {"id": "2244000001", "name": "Chris Lee", "username": "chrislee_pdx"}


def snowflake(minutes_ago: float) -> str:
    """An id X would give a post made that long ago (ids carry their own time)."""
    return str((int((time.time() - minutes_ago * 60) * 1000) - 1288834974657) << 22)


def posted_at(tid: str) -> str:
    """The time inside an id, as X writes created_at."""
    moment = datetime.fromtimestamp(((int(tid) >> 22) + 1288834974657) / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def tweet(
    tid: str, text: str = "@rosiesbakery your sourdough is unreal 🔥", **extra: Any
) -> dict[str, Any]:
    created = posted_at(tid) if tid.isdigit() else "2025-05-04T08:15:22.000Z"
    return {"id": tid, "text": text, "edit_history_tweet_ids": [tid], "author_id": CHRIS["id"],
            "created_at": created, "lang": "en", "conversation_id": tid, **extra}  # fmt: skip


def page(
    tweets: list[dict[str, Any]], next_token: str | None = None, users: Any = None
) -> dict[str, Any]:
    meta: dict[str, Any] = {"result_count": len(tweets)}
    if tweets:
        meta.update(newest_id=tweets[0]["id"], oldest_id=tweets[-1]["id"])
    if next_token:
        meta["next_token"] = next_token
    body: dict[str, Any] = {
        "meta": meta,
        "includes": {"users": [CHRIS] if users is None else users},
    }
    if tweets:
        body["data"] = tweets
    return body


def params(**extra: str) -> dict[str, str]:
    return {"query": QUERY, "max_results": "100", **FIELDS, **extra}


def connector(server: HTTPServer, make_http: Callable[..., Http], **secrets: str) -> XConnector:
    settings = {"query": QUERY, "base_url": server.url_for("/").rstrip("/")}
    return XConnector(settings, {"bearer_token": BEARER, **secrets}, make_http("X"))


def test_pages_to_the_end(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    ids = [snowflake(m) for m in range(1, 251)]  # newest first
    pages = [page([tweet(i) for i in ids[:100]], "t1"), page([tweet(i) for i in ids[100:200]], "t2"),
             page([tweet(i) for i in ids[200:]])]  # fmt: skip
    httpserver.expect_request(SEARCH, query_string=params()).respond_with_json(pages[0])
    httpserver.expect_request(SEARCH, query_string=params(next_token="t1")).respond_with_json(
        pages[1]
    )
    httpserver.expect_request(SEARCH, query_string=params(next_token="t2")).respond_with_json(
        pages[2]
    )
    fetched = list(connector(httpserver, make_http).fetch(None))
    items = [i for p in fetched for i in p.items]
    assert len(items) == 250
    assert fetched[0].cursor == {"resume": {"next_token": "t1", "run_newest": ids[0]}}
    assert fetched[-1].cursor == {"newest_id": ids[0]}
    first = items[0]
    assert (first.external_id, first.kind, first.rating) == (ids[0], ItemKind.MENTION, None)
    assert first.text == "@rosiesbakery your sourdough is unreal 🔥"
    assert (first.author_name, first.author_id, first.language) == (
        "Chris Lee",
        "chrislee_pdx",
        "en",
    )
    assert first.url == f"https://x.com/chrislee_pdx/status/{ids[0]}"
    assert (first.created_at, first.updated_at) == (posted_at(ids[0])[:19] + "Z", None)
    assert first.raw == tweet(ids[0])
    assert all(r.headers["Authorization"] == f"Bearer {BEARER}" for r, _ in httpserver.log)


def test_empty_results(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(SEARCH).respond_with_json({"meta": {"result_count": 0}})
    assert collect(connector(httpserver, make_http)) == ([], {})


def test_resync_asks_since_the_newest_id(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    seen, newer = snowflake(60), snowflake(5)
    httpserver.expect_request(SEARCH, query_string=params(since_id=seen)).respond_with_json(
        page([tweet(newer), tweet(seen)])
    )  # a server that ignores since_id: we stop anyway
    items, cursor = collect(connector(httpserver, make_http), {"newest_id": seen})
    assert [i.external_id for i in items] == [newer]
    assert cursor == {"newest_id": newer}


def test_since_id_older_than_the_search_window_is_dropped(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    stale, newer = snowflake(8 * 24 * 60), snowflake(5)  # X refuses a since_id over 7 days old
    httpserver.expect_request(SEARCH, query_string=params()).respond_with_json(page([tweet(newer)]))
    items, cursor = collect(connector(httpserver, make_http), {"newest_id": stale})
    assert len(items) == 1 and cursor == {"newest_id": newer}


def test_interrupted_run_resumes_and_a_stale_token_restarts(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    seen, a, b = snowflake(60), snowflake(10), snowflake(20)
    resume = {"newest_id": seen, "resume": {"next_token": "t1", "run_newest": a}}
    httpserver.expect_oneshot_request(SEARCH, query_string=params(since_id=seen, next_token="t1")
                                      ).respond_with_json(page([tweet(b)]))  # fmt: skip
    items, cursor = collect(connector(httpserver, make_http), resume)
    assert [i.external_id for i in items] == [b] and cursor == {"newest_id": a}
    httpserver.expect_oneshot_request(SEARCH, query_string=params(since_id=seen, next_token="t1")
                                      ).respond_with_json({"title": "Invalid Request"}, status=400)  # fmt: skip
    httpserver.expect_request(SEARCH, query_string=params(since_id=seen)).respond_with_json(
        page([tweet(a), tweet(b)])
    )
    items, cursor = collect(connector(httpserver, make_http), resume)
    assert [i.external_id for i in items] == [a, b] and cursor == {"newest_id": a}


def test_partial_errors_unknown_author_and_text_kept_as_typed(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    texts = {"ar": "مخبز روزي رائع", "ur": "روزی بیکری کا کیک بہت اچھا ہے", "el": "Υπέροχο αρτοποιείο!",
             "und": "=HYPERLINK(\"http://evil.example\",\"x\")", "qme": "+1 @rosiesbakery"}  # fmt: skip
    tweets = [tweet(snowflake(n), t, lang=lang) for n, (lang, t) in enumerate(texts.items(), 1)]
    tweets.append(tweet(snowflake(9), "&lt;script&gt;alert(1)&lt;/script&gt; tea &amp; cake &amp;amp;",
                        author_id="999"))  # fmt: skip
    long = tweet(snowflake(10), "A long post, cut here… https://t.co/x",
                 note_tweet={"text": "A long post, cut here only in `text`, whole in note_tweet."})  # fmt: skip
    body = page([*tweets, long])
    body["errors"] = [{"value": "999", "detail": "Could not find user with id: [999].",
                       "title": "Not Found Error", "resource_type": "user", "parameter": "id",
                       "resource_id": "999", "type": "https://api.x.com/2/problems/resource-not-found"}]  # fmt: skip
    httpserver.expect_request(SEARCH).respond_with_json(body)
    items, _ = collect(connector(httpserver, make_http))
    assert [i.text for i in items[:5]] == list(texts.values())
    assert [i.language for i in items[:5]] == ["ar", "ur", "el", None, None]
    unknown = items[5]
    assert unknown.text == "<script>alert(1)</script> tea & cake &amp;"  # as the author typed it
    assert (unknown.author_name, unknown.author_id) == (None, "999")
    assert unknown.url == f"https://x.com/i/web/status/{tweets[-1]['id']}"
    assert unknown.raw is not None and unknown.raw["text"].startswith("&lt;script&gt;")
    assert items[6].text == "A long post, cut here only in `text`, whole in note_tweet."


def test_edited_post_updates_the_original_item(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    original, edit = snowflake(30), snowflake(20)
    first = tweet(original, "sourdough was ok")
    second = tweet(edit, "sourdough was amazing", edit_history_tweet_ids=[original, edit])
    httpserver.expect_oneshot_request(SEARCH).respond_with_json(page([first]))
    (old,), cursor = collect(connector(httpserver, make_http))
    # Next run: the edit is new; the old version, now listing the edit, must not win.
    superseded = {**first, "edit_history_tweet_ids": [original, edit]}
    httpserver.expect_request(SEARCH).respond_with_json(page([second, superseded]))
    (new,), _ = collect(connector(httpserver, make_http), cursor)
    assert old.external_id == new.external_id == original
    assert (new.text, new.updated_at) == ("sourdough was amazing", posted_at(edit)[:19] + "Z")
    assert new.created_at == old.created_at  # the original's time, read from its id
    assert new.raw is not None and new.raw["id"] == edit
    (both,), _ = collect(connector(httpserver, make_http))
    assert both.text == "sourdough was amazing"


def test_401_is_auth_expired_without_the_token(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(SEARCH).respond_with_json(
        {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"},
        status=401,
    )
    with pytest.raises(AuthExpired) as caught:
        collect(connector(httpserver, make_http))
    assert BEARER not in caught.value.message


@pytest.mark.parametrize("status", [429, 500])
def test_rate_limit_and_server_error_are_retried(
    httpserver: HTTPServer, make_http: Callable[..., Http], status: int
) -> None:
    headers = {"Retry-After": "1"} if status == 429 else {}
    httpserver.expect_oneshot_request(SEARCH).respond_with_json(
        {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}, status=status, headers=headers
    )
    httpserver.expect_request(SEARCH).respond_with_json(page([tweet(snowflake(1))]))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(httpserver.log) == 2


@pytest.mark.parametrize(
    ("payload", "message"),
    [('{"data": [{"id": "1"', "not valid JSON"), ({"data": "nope"}, "unexpected shape"),
     ({"data": [{"id": "abc", "text": "x"}]}, "numeric id"),
     ({"data": [{**tweet("1"), "created_at": "yesterday"}]}, "time we cannot read"),
     ({"data": [tweet("1")], "includes": {"users": {}}}, "list of users"),
     ({"errors": [{"title": "Invalid Request", "detail": "bad", "type": "https://api.x.com/2/problems/invalid-request"}]},
      "error instead of posts: Invalid Request")],
)  # fmt: skip
def test_malformed_answers_are_reported(
    httpserver: HTTPServer, make_http: Callable[..., Http], payload: Any, message: str
) -> None:
    respond = httpserver.expect_request(SEARCH)
    if isinstance(payload, str):
        respond.respond_with_data(payload, content_type="application/json")
    else:
        respond.respond_with_json(payload)
    with pytest.raises(SourceUnavailable, match=message) as caught:
        collect(connector(httpserver, make_http))
    assert "http" not in caught.value.message


def test_check_reads_the_smallest_page(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(
        SEARCH, query_string={**params(), "max_results": "10"}
    ).respond_with_json(page([tweet(snowflake(1))]))
    assert connector(httpserver, make_http).check() == "connected: the search answered with 1 posts"


def test_reply_posts_with_the_user_token_to_the_newest_version(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    original, edit, mine = snowflake(30), snowflake(20), snowflake(0)
    httpserver.expect_request("/2/tweets", method="POST").respond_with_json(
        {"data": {"id": mine, "text": "Thanks Chris!", "edit_history_tweet_ids": [mine]}},
        status=201,
    )
    raw = tweet(edit, edit_history_tweet_ids=[original, edit])
    posted = connector(httpserver, make_http, user_token=USER_TOKEN).post_reply(
        {"external_id": original, "raw": raw}, "Thanks Chris! 🥖"
    )
    request = httpserver.log[0][0]
    assert (request.method, request.path) == ("POST", "/2/tweets")
    assert json.loads(request.data) == {
        "text": "Thanks Chris! 🥖",
        "reply": {"in_reply_to_tweet_id": edit},
    }
    assert request.headers["Authorization"] == f"Bearer {USER_TOKEN}"
    assert posted.external_reply_id == mine and posted.at.endswith("Z")


def test_reply_refused_before_sending_when_too_long_or_without_user_token(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    item = {"external_id": snowflake(1), "raw": tweet(snowflake(1))}
    poster = connector(httpserver, make_http, user_token=USER_TOKEN)
    with pytest.raises(RepmanError, match="at most 280 characters; this one counts 281"):
        poster.post_reply(item, "a" * 281)
    with pytest.raises(RepmanError, match="counts 282"):
        poster.post_reply(item, "日本" * 70 + "語")
    reader = connector(httpserver, make_http)
    assert not reader.can_post() and poster.can_post()
    with pytest.raises(RepmanError, match="copy the reply to the site by hand"):
        reader.post_reply(item, "hi")
    assert httpserver.log == []


def test_refused_reply_explains_the_short_lived_user_token(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/2/tweets", method="POST").respond_with_json(
        {"title": "Unauthorized"}, status=401
    )
    with pytest.raises(AuthExpired, match="two hours") as caught:
        connector(httpserver, make_http, user_token=USER_TOKEN).post_reply(
            {"external_id": "1790000000000000001", "raw": tweet("1790000000000000001")}, "Thanks!"
        )
    assert USER_TOKEN not in caught.value.message


@pytest.mark.parametrize(
    ("text", "weight"),
    [("a" * 280, 280), ("日本語", 6), ("مرحبا بكم", 9), ("Ελληνικά", 8), ("👨‍👩‍👧", 2), ("🇬🇷", 2),
     ("👍🏽", 2), ("❤️", 2), ("1️⃣", 2), ("e\u0301", 1), ("“quotes” — dash", 15),
     ("see https://example.com/" + "x" * 100 + " ok", 30), ("www.rosies.example/menu", 23),
     ("order at rosiesbakery.com!", 33), ("menu (https://rosies.example/menu).", 31),
     ("rosiesbakery.com/", 23), ("e.g. this", 9)],
)  # fmt: skip
def test_weighted_length(text: str, weight: int) -> None:
    assert weighted_length(text) == weight
