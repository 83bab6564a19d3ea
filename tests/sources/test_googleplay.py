"""Google Play connector against a local server serving the documented ReviewsListResponse /
Review / UserComment / DeveloperComment shapes (sources-api.md §7)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, RepmanError, SourceUnavailable
from repman.sources.googleplay import GooglePlayConnector
from repman.sources.http import Http
from tests.sources.conftest import collect

PACKAGE = "com.example.bakery"
LIST = f"/androidpublisher/v3/applications/{PACKAGE}/reviews"
BASE = 1746091200  # 2025-05-01T09:20:00Z


def review(n: int, text: str = "\tWidget doesn't refresh after midnight", stars: int = 3,
           when: int | None = None, author: str | None = "Daniel Kurz",
           reply: dict[str, Any] | None = None, **user: Any) -> dict[str, Any]:  # fmt: skip
    comment = {"text": text, "lastModified": {"seconds": str(when or BASE + n * 60), "nanos": 120000000},
               "starRating": stars, "reviewerLanguage": "de", "device": "a52sxq", "androidOsVersion": 34,
               "appVersionCode": 412, "appVersionName": "4.1.2", "thumbsUpCount": 2, "thumbsDownCount": 0,
               **user}  # fmt: skip
    body: dict[str, Any] = {"reviewId": f"gp:AOqpTOFakeReviewId-{n:03d}",
                            "comments": [{"userComment": comment}]}  # fmt: skip
    if author is not None:
        body["authorName"] = author
    if reply is not None:
        body["comments"].append({"developerComment": reply})
    return body


def page(reviews: list[dict[str, Any]], next_token: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"reviews": reviews,
                            "pageInfo": {"totalResults": 41, "resultPerPage": 10, "startIndex": 0}}  # fmt: skip
    if next_token:
        body["tokenPagination"] = {"nextPageToken": next_token}
    return body


def query(token: str | None = None) -> dict[str, str]:
    return {"maxResults": "100", "token": token} if token else {"maxResults": "100"}


def connector(server: HTTPServer, make_http: Callable[..., Http],
              secrets: dict[str, str] | None = None) -> GooglePlayConnector:  # fmt: skip
    settings = {"package": PACKAGE, "base_url": server.url_for("/androidpublisher/v3"),
                "token_url": server.url_for("/token")}  # fmt: skip
    secrets = {"token": "test-access-token"} if secrets is None else secrets
    return GooglePlayConnector(settings, secrets, make_http("Google Play"))


def test_pages_to_the_end_and_maps_the_user_comment(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(LIST, query_string=query()).respond_with_json(
        page([review(9), review(8)], "t2")
    )
    httpserver.expect_request(LIST, query_string=query("t2")).respond_with_json(
        page([review(7)], "t3")
    )
    httpserver.expect_request(LIST, query_string=query("t3")).respond_with_json(page([review(6)]))
    pages = list(connector(httpserver, make_http).fetch(None))
    items = [i for p in pages for i in p.items]
    assert [i.external_id for i in items] == [f"gp:AOqpTOFakeReviewId-00{n}" for n in (9, 8, 7, 6)]
    assert pages[-1].cursor == {
        "newest": "2025-05-01T09:29:00Z",
        "ids": ["gp:AOqpTOFakeReviewId-009"],
    }
    assert pages[0].total_hint == 41
    first = items[0]
    assert (first.text, first.title, first.rating, first.language) == (
        "Widget doesn't refresh after midnight", None, 3, "de")  # fmt: skip
    assert (first.author_name, first.author_id, first.url) == ("Daniel Kurz", None, None)
    assert (first.created_at, first.updated_at) == ("2025-05-01T09:29:00Z", "2025-05-01T09:29:00Z")
    assert first.raw == review(9)
    assert all(r.headers["Authorization"] == "Bearer test-access-token" for r, _ in httpserver.log)


def test_empty_week_and_missing_token_pagination_end_the_walk(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_oneshot_request(LIST).respond_with_json({})
    assert collect(connector(httpserver, make_http)) == ([], {"newest": None, "ids": []})
    httpserver.expect_oneshot_request(LIST).respond_with_json(
        {"reviews": [review(1)], "tokenPagination": {}}
    )
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(httpserver.log) == 2


def test_a_repeated_page_token_stops_instead_of_looping(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(LIST, query_string=query()).respond_with_json(
        page([review(9)], "same")
    )
    httpserver.expect_request(LIST, query_string=query("same")).respond_with_json(
        page([review(8)], "same")
    )
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 2 and len(httpserver.log) == 2


def test_second_sync_stops_at_the_cursor_and_picks_up_an_edit(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_oneshot_request(LIST).respond_with_json(page([review(5), review(4)]))
    _, cursor = collect(connector(httpserver, make_http))
    edited = review(4, "Fixed now, thanks!", 5, when=BASE + 3600)
    httpserver.expect_oneshot_request(LIST).respond_with_json(
        page([edited, review(5), review(3)], "t2")
    )
    items, after = collect(connector(httpserver, make_http), cursor)
    assert [(i.external_id, i.text, i.rating) for i in items] == [
        ("gp:AOqpTOFakeReviewId-004", "Fixed now, thanks!", 5)
    ]
    assert items[0].updated_at == "2025-05-01T10:20:00Z"
    assert after == {"newest": "2025-05-01T10:20:00Z", "ids": ["gp:AOqpTOFakeReviewId-004"]}
    assert len(httpserver.log) == 2  # the page token of the second answer was not followed


def test_title_anonymous_and_translated_reviews(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    titled = review(3, "Great app\tBut the widget is slow", author=None)
    translated = review(2, "Very good", originalText="Sehr gut", author="")
    httpserver.expect_request(LIST).respond_with_json(page([titled, translated]))
    items, _ = collect(connector(httpserver, make_http))
    assert (items[0].title, items[0].text, items[0].author_name) == (
        "Great app",
        "But the widget is slow",
        None,
    )
    assert (items[1].text, items[1].author_name) == ("Sehr gut", None)


def test_foreign_and_hostile_text_is_stored_verbatim(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    texts = ["تطبيق ممتاز", "بہت اچھی ایپ", "Πολύ καλή εφαρμογή",
             "<script>alert(1)</script><b>x</b>", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)"]  # fmt: skip
    httpserver.expect_request(LIST).respond_with_json(
        page([review(20 - n, t) for n, t in enumerate(texts)])
    )
    items, _ = collect(connector(httpserver, make_http))
    assert [i.text for i in items] == texts


def test_developer_reply_becomes_site_reply(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    answered = review(1, reply={"text": "Danke Daniel – fixed in 4.1.3.",
                                "lastModified": {"seconds": "1746177600", "nanos": 0}})  # fmt: skip
    httpserver.expect_request(LIST).respond_with_json(page([answered]))
    (item,), _ = collect(connector(httpserver, make_http))
    assert item.site_reply is not None
    assert (item.site_reply.body, item.site_reply.at) == (
        "Danke Daniel – fixed in 4.1.3.",
        "2025-05-02T09:20:00Z",
    )


def test_401_is_auth_expired(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(LIST).respond_with_json({"error": {"code": 401}}, status=401)
    with pytest.raises(AuthExpired):
        collect(connector(httpserver, make_http))


def test_signed_in_source_refreshes_and_a_revoked_sign_in_says_what_to_do(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    secrets = {"refresh_token": "1//r", "client_id": "cid", "client_secret": "cs"}
    httpserver.expect_oneshot_request("/token").respond_with_json(
        {"access_token": "ya29.a", "expires_in": 3599}
    )
    httpserver.expect_oneshot_request(LIST).respond_with_json(page([review(1)]))
    items, _ = collect(connector(httpserver, make_http, secrets))
    assert len(items) == 1 and httpserver.log[1][0].headers["Authorization"] == "Bearer ya29.a"
    httpserver.expect_oneshot_request("/token").respond_with_json(
        {"error": "invalid_grant"}, status=400
    )
    with pytest.raises(AuthExpired, match="repman source connect NAME"):
        collect(connector(httpserver, make_http, secrets))


def test_needs_a_token_or_a_sign_in(make_http: Callable[..., Http]) -> None:
    with pytest.raises(RepmanError, match="needs either an access token"):
        GooglePlayConnector({"package": PACKAGE}, {}, make_http())


def test_429_with_retry_after_then_success(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(LIST).respond_with_data(
        "", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request(LIST).respond_with_json(page([review(1)]))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(httpserver.log) == 2


def test_500_then_success(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_ordered_request(LIST).respond_with_data("", status=500)
    httpserver.expect_ordered_request(LIST).respond_with_json(page([review(1)]))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1


@pytest.mark.parametrize(("payload", "message"), [
    ('{"reviews": [{"reviewId": "gp:x", "comm', "not valid JSON"),
    ('{"reviews": {}}', "'reviews' is not a list"),
    ('{"reviews": [], "tokenPagination": "t2"}', "'tokenPagination' is not an object"),
    ('{"reviews": [{"reviewId": "gp:x"}]}', "'comments' is not a list"),
    ('{"reviews": [{"reviewId": "gp:x", "comments": [{"developerComment": {}}]}]}', "without a userComment"),
    ('{"reviews": [{"comments": []}]}', "a review has no id"),
    (json.dumps({"reviews": [review(1, lastModified="yesterday")]}), "'lastModified' is not an object"),
    (json.dumps({"reviews": [review(1, lastModified={"seconds": "soon"})]}), "time we cannot read"),
    (json.dumps({"reviews": [review(1, text=7)]}), "text is not text")])  # fmt: skip
def test_malformed_pages_are_source_unavailable(
    httpserver: HTTPServer, make_http: Callable[..., Http], payload: str, message: str
) -> None:
    httpserver.expect_request(LIST).respond_with_data(payload, content_type="application/json")
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


def test_reply_is_posted_to_the_documented_method(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    path = f"{LIST}/gp:AOqpTOFakeReviewId-001:reply"
    httpserver.expect_request(path, method="POST").respond_with_json(
        {"result": {"replyText": "Danke!", "lastEdited": {"seconds": "1746180000", "nanos": 5}}})  # fmt: skip
    item = {"id": 3, "external_id": "gp:AOqpTOFakeReviewId-001", "raw": review(1)}
    posted = connector(httpserver, make_http).post_reply(item, "Danke!")
    request = httpserver.log[0][0]
    assert request.method == "POST" and json.loads(request.data) == {"replyText": "Danke!"}
    assert request.environ["REQUEST_URI"].endswith("/reviews/gp%3AAOqpTOFakeReviewId-001:reply")
    assert request.headers["Authorization"] == "Bearer test-access-token"
    assert (posted.external_reply_id, posted.at) == (None, "2025-05-02T10:00:00Z")


def test_reply_over_350_characters_is_refused_before_sending(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    c = connector(httpserver, make_http)
    assert c.can_post()
    c.reply_limit.check(c.label, "ü" * 350)  # type: ignore[union-attr]  # characters, not bytes
    with pytest.raises(RepmanError, match="at most 350 characters; this one has 351"):
        c.post_reply({"external_id": "gp:x"}, "x" * 351)
    assert httpserver.log == []


def test_a_review_moved_up_by_a_new_developer_reply_does_not_end_the_walk(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    cursor = {"newest": "2025-05-01T09:25:00Z", "ids": ["gp:AOqpTOFakeReviewId-005"]}
    replied = review(
        2, reply={"text": "Thanks!", "lastModified": {"seconds": str(BASE + 3600), "nanos": 0}}
    )
    httpserver.expect_request(LIST).respond_with_json(
        page([replied, review(6), review(5), review(4)], "t2")
    )
    items, after = collect(connector(httpserver, make_http), cursor)
    assert [i.external_id for i in items] == [
        "gp:AOqpTOFakeReviewId-002",
        "gp:AOqpTOFakeReviewId-006",
    ]
    assert items[0].site_reply is not None and items[0].created_at == "2025-05-01T09:22:00Z"
    assert after == {"newest": "2025-05-01T10:20:00Z", "ids": ["gp:AOqpTOFakeReviewId-002"]}
    assert len(httpserver.log) == 1
