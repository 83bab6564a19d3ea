"""Yelp connector against a local server serving the documented reviews shape."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, ItemKind, RateLimited, SourceUnavailable
from repman.sources.http import Http
from repman.sources.yelp import YelpConnector
from tests.sources.conftest import assert_no_reply_api, collect, interrupt_resume_resync

PATH = "/v3/businesses/rosies-bakery-portland/reviews"
KEY = "yelp-key-123"


def review(n: int, text: str = "Came for the cardamom buns...", **extra: Any) -> dict[str, Any]:
    return {
        "id": f"rev{n:04d}",
        "url": f"https://www.yelp.com/biz/rosies-bakery-portland?adjust_creative=abc&hrid=rev{n:04d}&utm_source=abc",
        "text": text,
        "rating": 1 + n % 5,
        "time_created": f"2025-02-{1 + n % 28:02d} 09:41:07",
        "user": {"id": f"u{n}", "profile_url": f"https://www.yelp.com/user_details?userid=u{n}",
                 "image_url": "https://s3-media2.fl.yelpcdn.com/photo/fake/o.jpg", "name": "Marco D."},
        **extra,
    }  # fmt: skip


def body(reviews: list[dict[str, Any]], total: int | None = None) -> dict[str, Any]:
    return {"reviews": reviews, "total": len(reviews) if total is None else total,
            "possible_languages": ["en", "ar"]}  # fmt: skip


def query(offset: int) -> dict[str, str]:
    return {"limit": "20", "offset": str(offset), "sort_by": "newest"}


def connector(server: HTTPServer, make_http: Callable[..., Http], **settings: str) -> YelpConnector:
    settings = {"base_url": server.url_for("/").rstrip("/"), "business": "rosies-bakery-portland",
                **settings}  # fmt: skip
    return YelpConnector(settings, {"api_key": KEY}, make_http("Yelp"))


def test_pages_to_the_end_keeping_only_what_the_terms_allow(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    pages = [[review(n) for n in range(s, s + 20)] for s in (0, 20)] + [
        [review(n) for n in range(40, 45)]
    ]
    for i, page in enumerate(pages):
        httpserver.expect_request(PATH, query_string=query(20 * i)).respond_with_json(
            body(page, 45)
        )
    items, cursor = collect(connector(httpserver, make_http))
    assert [i.external_id for i in items] == [f"rev{n:04d}" for n in range(45)]
    first = items[0]
    assert (first.kind, first.rating, first.text, first.title) == (ItemKind.REVIEW, 1, "", None)
    assert (first.author_name, first.author_id, first.language) == (None, None, None)
    assert first.url is not None and "hrid=rev0000" in first.url
    assert first.raw == {k: pages[0][0][k] for k in ("id", "rating", "time_created", "url")}
    assert first.created_at == "2025-02-01T17:41:07Z"  # Pacific standard time is UTC-8
    assert cursor == {"newest": max(i.created_at for i in items)}
    assert all(r.headers["Authorization"] == f"Bearer {KEY}" for r, _ in httpserver.log)


def test_summer_times_are_pacific_daylight_time(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        body([review(1, time_created="2025-07-04 12:00:00")]))  # fmt: skip
    items, _ = collect(connector(httpserver, make_http))
    assert items[0].created_at == "2025-07-04T19:00:00Z"


def test_a_business_without_reviews(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"reviews": [], "total": 0, "possible_languages": []}
    )
    assert collect(connector(httpserver, make_http)) == ([], {"newest": None})


def test_resync_stops_at_the_cursor_and_an_interrupted_walk_resumes(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    first = [review(n, time_created=f"2025-03-{28 - n:02d} 10:00:00") for n in range(20)]
    second = [review(n, time_created=f"2025-02-{28 - n + 20:02d} 10:00:00") for n in range(20, 25)]
    httpserver.expect_request(PATH, query_string=query(0)).respond_with_json(body(first, 25))
    httpserver.expect_request(PATH, query_string=query(20)).respond_with_json(body(second, 25))
    run = interrupt_resume_resync(httpserver, lambda: connector(httpserver, make_http))
    assert run.interrupted["resume"]["offset"] == 20
    assert [i.external_id for i in run.resumed] == [f"rev{n:04d}" for n in range(20, 25)]
    assert run.done == {"newest": "2025-03-28T17:00:00Z"}  # the run's newest, from the first page
    assert run.requests == 1 and run.again_done == run.done  # stopped on the page it had seen
    assert len(run.again) == 20  # that page is delivered whole: edits on it are picked up


def test_an_ignored_offset_does_not_loop(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(PATH).respond_with_json(body([review(n) for n in range(20)], 100))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 40 and len(httpserver.log) == 2


def test_edited_rating_between_two_syncs(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_json(body([review(7, rating=2)]))
    httpserver.expect_ordered_request(PATH).respond_with_json(body([review(7, rating=4)]))
    before, cursor = collect(connector(httpserver, make_http))
    after, _ = collect(connector(httpserver, make_http), cursor)
    assert before[0].external_id == after[0].external_id
    assert (before[0].rating, after[0].rating) == (2, 4)


@pytest.mark.parametrize(
    "text",
    ["مطعم رائع لكن الخدمة بطيئة...", "کھانا بہت اچھا تھا لیکن...", "Εξαιρετικό φαγητό, αργή εξυπηρέτηση...",
     '<script>alert(1)</script><b>bold</b>', '=HYPERLINK("http://x","y")', "+1 @cmd -2"],
)  # fmt: skip
def test_no_review_text_or_author_is_ever_stored(
    httpserver: HTTPServer, make_http: Callable[..., Http], text: str
) -> None:
    anonymous = review(
        2, text=text, user={"id": None, "name": None, "profile_url": None, "image_url": None}
    )
    no_user = {k: v for k, v in review(3, text=text).items() if k != "user"}
    httpserver.expect_request(PATH).respond_with_json(body([anonymous, no_user]))
    items, _ = collect(connector(httpserver, make_http))
    for item in items:
        assert (item.text, item.author_name, item.author_id) == ("", None, None)
        stored = json.dumps([item.raw, item.title, item.text], ensure_ascii=False)
        assert text not in stored and "Marco" not in stored


def test_401_means_reconnect(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"error": {"code": "TOKEN_INVALID", "description": "Invalid access token"}}, status=401)  # fmt: skip
    with pytest.raises(AuthExpired) as caught:
        collect(connector(httpserver, make_http))
    assert KEY not in caught.value.message


def test_429_with_retry_after_then_success(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_json(
        {"error": {"code": "TOO_MANY_REQUESTS_PER_SECOND", "description": "slow down"}},
        status=429, headers={"Retry-After": "1"})  # fmt: skip
    httpserver.expect_ordered_request(PATH).respond_with_json(body([review(1)]))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(httpserver.log) == 2


def test_daily_limit_fails_at_once_and_says_when_it_resets(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"error": {"code": "ACCESS_LIMIT_REACHED", "description": "You've reached the access limit"}},
        status=429, headers={"RateLimit-DailyLimit": "300", "RateLimit-Remaining": "0",
                             "RateLimit-ResetTime": "2099-01-01T00:00:00+00:00"})  # fmt: skip
    with pytest.raises(RateLimited, match="midnight UTC"):
        collect(connector(httpserver, make_http))
    assert len(httpserver.log) == 1


@pytest.mark.parametrize(
    ("code", "error", "message"),
    [("ACCESS_LIMIT_REACHED", RateLimited, "daily allowance"),
     ("TOO_MANY_REQUESTS_PER_SECOND", RateLimited, "one second"),
     ("BUSINESS_UNAVAILABLE", SourceUnavailable, "BUSINESS_UNAVAILABLE")],
)  # fmt: skip
def test_error_bodies_are_mapped_by_code(
    httpserver: HTTPServer,
    make_http: Callable[..., Http],
    code: str,
    error: type[Exception],
    message: str,
) -> None:
    httpserver.expect_request(PATH).respond_with_json({"error": {"code": code, "description": "x"}})
    with pytest.raises(error, match=message):
        collect(connector(httpserver, make_http))


def test_500_then_success(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_data("oops", status=500)
    httpserver.expect_ordered_request(PATH).respond_with_json(body([review(1)]))
    assert len(collect(connector(httpserver, make_http))[0]) == 1


def test_truncated_json(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        '{"reviews": [{"id": "a', content_type="application/json"
    )
    with pytest.raises(SourceUnavailable, match="not valid JSON"):
        collect(connector(httpserver, make_http))


@pytest.mark.parametrize(
    ("payload", "message"),
    [([], "not an object"), ({"reviews": "none"}, "no 'reviews' list"),
     ({"reviews": ["x"]}, "not an object"), ({"reviews": [review(1, id=None)]}, "without id"),
     ({"reviews": [review(1, rating=7)]}, "outside 1-5"), ({"reviews": [review(1, rating="5")]}, "not a number"),
     ({"reviews": [review(1, time_created="yesterday")]}, "time we cannot read"),
     ({"reviews": [review(1, time_created=None)]}, "without time_created")],
)  # fmt: skip
def test_pages_of_unexpected_shape(
    httpserver: HTTPServer, make_http: Callable[..., Http], payload: Any, message: str
) -> None:
    httpserver.expect_request(PATH).respond_with_json(payload)
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


def test_business_alias_is_escaped_in_the_path(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/v3/businesses/tropisueño-sf/reviews",
                              query_string={**query(0), "locale": "es_ES"}).respond_with_json(body([]))  # fmt: skip
    collect(connector(httpserver, make_http, business="tropisueño-sf", locale="es_ES"))
    raw_uri = httpserver.log[0][0].environ["RAW_URI"]
    assert raw_uri.startswith("/v3/businesses/tropisue%C3%B1o-sf/reviews?")


def test_no_reply_api(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    assert_no_reply_api(connector(httpserver, make_http), "rev0001")
    assert httpserver.log == []
    assert "24 hours" in YelpConnector.terms_note
