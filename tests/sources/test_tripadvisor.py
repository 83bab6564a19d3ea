"""Tripadvisor connector against a local server serving the documented reviews shape.

The terms allow storing nothing but the location id, so most tests check what is NOT kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, Item, ItemKind, SourceUnavailable
from repman.sources.http import Http
from repman.sources.tripadvisor import REPLY_PLACEHOLDER, TripadvisorConnector
from tests.sources.conftest import assert_no_reply_api, collect, interrupt_resume_resync

PATH = "/api/v1/location/1234567/reviews"
KEY = "ta-secret-KEY-9f8e7d"
KEPT = {"id", "location_id", "rating", "published_date", "url"}


def review(
    n: int, text: str = "Friendly staff, great crab sandwich.", **extra: Any
) -> dict[str, Any]:
    return {
        "id": 998877000 + n,
        "lang": "en",
        "location_id": 1234567,
        "published_date": f"2025-06-{1 + n % 28:02d}T12:03:44Z",
        "rating": 1 + n % 5,
        "helpful_votes": 1,
        "rating_image_url": "https://www.tripadvisor.com/img/cdsi/img2/ratings/traveler/s4.0-12345-5.svg",
        "url": f"https://www.tripadvisor.com/ShowUserReviews-g1-d1234567-r{998877000 + n}-Reviews-Harbour_Cafe.html#review{998877000 + n}",
        "text": text,
        "title": "Solid lunch stop",
        "trip_type": "Couples",
        "travel_date": "2025-05-31",
        "is_machine_translated": False,
        "user": {"username": "wanderingkate", "user_location": {"id": "186338", "name": "London, UK"},
                 "avatar": {"thumbnail": "https://media-cdn.tripadvisor.com/media/photo-t/fake.jpg"}},
        "subratings": {},
        **extra,
    }  # fmt: skip


def query(offset: int, language: str = "en") -> dict[str, str]:
    return {"key": KEY, "language": language, "limit": "5", "offset": str(offset)}


def connector(
    server: HTTPServer, make_http: Callable[..., Http], **settings: str
) -> TripadvisorConnector:
    settings = {"base_url": server.url_for("/").rstrip("/"), "location": "1234567", **settings}
    return TripadvisorConnector(settings, {"api_key": KEY}, make_http("Tripadvisor"))


def stored(item: Item) -> str:
    """Everything of an item that reaches the database."""
    return json.dumps(asdict(item), ensure_ascii=False)


def test_pages_to_the_end_keeping_only_rating_date_and_link(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    pages = [[review(n) for n in range(s, s + 5)] for s in (0, 5)] + [[review(10), review(11)]]
    for i, page in enumerate(pages):
        httpserver.expect_request(PATH, query_string=query(5 * i)).respond_with_json({"data": page})
    items, cursor = collect(connector(httpserver, make_http))
    assert [i.external_id for i in items] == [str(998877000 + n) for n in range(12)]
    first = items[0]
    assert (first.kind, first.rating, first.text, first.title) == (ItemKind.REVIEW, 1, "", None)
    assert (first.author_name, first.author_id, first.language) == (None, None, None)
    assert first.created_at == "2025-06-01T12:03:44Z"
    assert first.url == pages[0][0]["url"]
    assert all(set(i.raw or {}) == KEPT for i in items)
    assert all(
        "Friendly staff" not in stored(i) and "wanderingkate" not in stored(i) for i in items
    )
    assert cursor == {"newest": max(i.created_at for i in items)}


@pytest.mark.parametrize(
    "text",
    ["مطعم رائع لكن الخدمة بطيئة", "کھانا بہت اچھا تھا", "Εξαιρετικό φαγητό",
     '<script>alert(1)</script>', '=HYPERLINK("http://x","y")', "+1", "@SUM(A1)"],
)  # fmt: skip
def test_no_text_title_author_or_response_text_reaches_the_item(
    httpserver: HTTPServer, make_http: Callable[..., Http], text: str
) -> None:
    answered = review(3, text=text, title=text, lang="ar", user={"username": text}, owner_response={
        "id": 998900001, "title": "Owner response", "text": f"Thanks! {text}", "lang": "ar",
        "author": "Harbour Cafe Team", "published_date": "2025-06-03T08:10:00Z"})  # fmt: skip
    anonymous = {k: v for k, v in review(4, text=text).items() if k != "user"}
    rating_only = review(5, text="", title="")
    httpserver.expect_request(PATH).respond_with_json({"data": [answered, anonymous, rating_only]})
    items, _ = collect(connector(httpserver, make_http))
    assert [i.rating for i in items] == [4, 5, 1]
    for item in items:
        assert item.text == "" and set(item.raw or {}) <= KEPT
        assert text not in stored(item) and "Harbour Cafe Team" not in stored(item)
    reply = items[0].site_reply
    assert reply is not None
    assert (reply.body, reply.at, reply.external_reply_id, reply.by) == (
        REPLY_PLACEHOLDER, "2025-06-03T08:10:00Z", "998900001", None)  # fmt: skip
    assert items[1].site_reply is None and items[1].author_name is None


def test_a_location_without_reviews(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(PATH).respond_with_json({"data": []})
    assert collect(connector(httpserver, make_http)) == ([], {"newest": None})


def test_resync_stops_at_the_cursor_and_an_interrupted_walk_resumes(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    first = [review(n, published_date=f"2025-06-{20 - n:02d}T10:00:00Z") for n in range(5)]
    second = [review(n, published_date=f"2025-06-{20 - n:02d}T10:00:00Z") for n in range(5, 8)]
    httpserver.expect_request(PATH, query_string=query(0)).respond_with_json({"data": first})
    httpserver.expect_request(PATH, query_string=query(5)).respond_with_json({"data": second})
    run = interrupt_resume_resync(httpserver, lambda: connector(httpserver, make_http))
    assert run.interrupted == {
        "newest": None,
        "resume": {"offset": 5, "run_newest": "2025-06-20T10:00:00Z"},
    }
    assert len(run.resumed) == 3 and run.done == {"newest": "2025-06-20T10:00:00Z"}
    assert run.requests == 1 and run.again_done == run.done and len(run.again) == 5


def test_an_ignored_offset_does_not_loop(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(PATH).respond_with_json({"data": [review(n) for n in range(5)]})
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 10 and len(httpserver.log) == 2


def test_edited_rating_between_two_syncs(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_json({"data": [review(1, rating=2)]})
    httpserver.expect_ordered_request(PATH).respond_with_json({"data": [review(1, rating=5)]})
    before, cursor = collect(connector(httpserver, make_http))
    after, _ = collect(connector(httpserver, make_http), cursor)
    assert before[0].external_id == after[0].external_id and (
        before[0].rating,
        after[0].rating,
    ) == (2, 5)


def test_the_language_setting_is_sent(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(PATH, query_string=query(0, "ar")).respond_with_json({"data": []})
    collect(connector(httpserver, make_http, language="ar"))
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_key_means_reconnect_and_the_key_is_never_shown(
    httpserver: HTTPServer, make_http: Callable[..., Http], status: int
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"error": {"message": f"Invalid key {KEY}", "type": "AuthError", "code": status}}, status=status)  # fmt: skip
    with pytest.raises(AuthExpired) as caught:
        collect(connector(httpserver, make_http))
    assert KEY not in str(caught.value)


def test_an_error_body_is_reported_without_its_text(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"error": {"message": f"Unauthorized key {KEY} for this IP", "type": "UnauthorizedException", "code": 0}})  # fmt: skip
    with pytest.raises(SourceUnavailable, match="UnauthorizedException") as caught:
        collect(connector(httpserver, make_http))
    assert KEY not in str(caught.value)


def test_429_with_retry_after_then_success(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_data(
        "", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request(PATH).respond_with_json({"data": [review(1)]})
    assert len(collect(connector(httpserver, make_http))[0]) == 1


def test_500_then_success_and_persistent_500_without_the_key(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_data("oops", status=500)
    httpserver.expect_ordered_request(PATH).respond_with_json({"data": [review(1)]})
    assert len(collect(connector(httpserver, make_http))[0]) == 1
    httpserver.clear()
    httpserver.expect_request(PATH).respond_with_data("oops", status=503)
    with pytest.raises(SourceUnavailable, match="HTTP 503") as caught:
        collect(connector(httpserver, make_http))
    assert KEY not in str(caught.value)


def test_truncated_json(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        '{"data": [{"id": 99', content_type="application/json"
    )
    with pytest.raises(SourceUnavailable, match="not valid JSON") as caught:
        collect(connector(httpserver, make_http))
    assert KEY not in str(caught.value)


@pytest.mark.parametrize(
    ("payload", "message"),
    [([], "not an object"), ({"data": {"id": 1}}, "no 'data' list"), ({"data": [7]}, "not an object"),
     ({"data": [review(1, id=None)]}, "without id"), ({"data": [review(1, id=True)]}, "without id"),
     ({"data": [review(1, rating=0)]}, "outside 1-5"), ({"data": [review(1, rating="4")]}, "not a number"),
     ({"data": [review(1, published_date="last week")]}, "time we cannot read")],
)  # fmt: skip
def test_pages_of_unexpected_shape(
    httpserver: HTTPServer, make_http: Callable[..., Http], payload: Any, message: str
) -> None:
    httpserver.expect_request(PATH).respond_with_json(payload)
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


def test_no_reply_api_and_the_terms_are_stated(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    assert_no_reply_api(connector(httpserver, make_http), "998877001")
    assert httpserver.log == []
    assert "location ID" in TripadvisorConnector.terms_note
