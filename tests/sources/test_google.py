"""Google Business Profile connector against a local server serving the documented
ListReviewsResponse / Review / ReviewReply shapes (sources-api.md §1)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, RepmanError, SourceUnavailable
from repman.sources.google import GoogleConnector
from repman.sources.http import Http
from tests.sources.conftest import collect

ACCOUNT, LOCATION = "1029384756", "5647382910"
LIST = f"/v4/accounts/{ACCOUNT}/locations/{LOCATION}/reviews"
TOKEN = {"token": "test-access-token"}


def review(n: int, comment: str | None = "Lovely sourdough, slightly long queue on Saturday.",
           stars: str = "FOUR", updated: str | None = None, **extra: Any) -> dict[str, Any]:  # fmt: skip
    created = f"2025-03-{n:02d}T10:14:22.118Z"
    body: dict[str, Any] = {
        "name": f"accounts/{ACCOUNT}/locations/{LOCATION}/reviews/AbFvOqmReview{n:02d}",
        "reviewId": f"AbFvOqmReview{n:02d}",
        "reviewer": {"profilePhotoUrl": "https://lh3.googleusercontent.com/a-/fake-photo",
                     "displayName": "Priya Raman", "isAnonymous": False},
        "starRating": stars, "createTime": created, "updateTime": updated or created, **extra,
    }  # fmt: skip
    if comment is not None:
        body["comment"] = comment
    return body


def page(reviews: list[dict[str, Any]], next_token: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"reviews": reviews, "averageRating": 4.6, "totalReviewCount": 5}
    if next_token:
        body["nextPageToken"] = next_token
    return body


def query(token: str | None = None) -> dict[str, str]:
    q = {"pageSize": "50", "orderBy": "updateTime desc"}
    return {**q, "pageToken": token} if token else q


def connector(server: HTTPServer, make_http: Callable[..., Http],
              secrets: dict[str, str] | None = None) -> GoogleConnector:  # fmt: skip
    settings = {"account": ACCOUNT, "location": f"locations/{LOCATION}",
                "base_url": server.url_for("/v4"), "token_url": server.url_for("/token")}  # fmt: skip
    return GoogleConnector(settings, TOKEN if secrets is None else secrets, make_http("Google"))


def test_pages_to_the_end_newest_change_first(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    first, second, third = [review(28), review(27)], [review(26), review(25)], [review(24)]
    httpserver.expect_request(LIST, query_string=query()).respond_with_json(page(first, "p2"))
    httpserver.expect_request(LIST, query_string=query("p2")).respond_with_json(page(second, "p3"))
    httpserver.expect_request(LIST, query_string=query("p3")).respond_with_json(page(third))
    pages = list(connector(httpserver, make_http).fetch(None))
    items = [i for p in pages for i in p.items]
    assert [i.external_id for i in items] == [f"AbFvOqmReview{n}" for n in range(28, 23, -1)]
    assert pages[-1].cursor == {"newest": "2025-03-28T10:14:22Z", "ids": ["AbFvOqmReview28"]}
    assert pages[0].cursor["resume"]["page_token"] == "p2" and pages[0].total_hint == 5
    first_item = items[0]
    assert (first_item.rating, first_item.author_name, first_item.author_id) == (
        4,
        "Priya Raman",
        None,
    )
    assert (first_item.created_at, first_item.updated_at) == ("2025-03-28T10:14:22Z", None)
    assert (first_item.language, first_item.url, first_item.title, first_item.site_reply) == (
        None,
        None,
        None,
        None,
    )
    assert first_item.raw == first[0]
    assert all(r.headers["Authorization"] == "Bearer test-access-token" for r, _ in httpserver.log)


def test_empty_location(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(LIST).respond_with_json({})  # proto3 leaves the empty list out
    items, cursor = collect(connector(httpserver, make_http))
    assert items == [] and cursor == {"newest": None, "ids": []}


def test_second_sync_stops_at_what_was_seen_and_picks_up_an_edit(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_oneshot_request(LIST).respond_with_json(page([review(20), review(19)], "p2"))
    httpserver.expect_oneshot_request(LIST, query_string=query("p2")).respond_with_json(
        page([review(18)])
    )
    _, cursor = collect(connector(httpserver, make_http))
    edited = review(19, "Edited: the queue is gone, five stars", "FIVE", "2025-03-22T08:00:00.5Z")
    httpserver.expect_oneshot_request(LIST).respond_with_json(
        page([edited, review(21), review(20), review(18)], "p2"))  # fmt: skip
    items, after = collect(connector(httpserver, make_http), cursor)
    assert [i.external_id for i in items] == ["AbFvOqmReview19", "AbFvOqmReview21"]
    assert (items[0].text, items[0].rating) == ("Edited: the queue is gone, five stars", 5)
    assert (items[0].created_at, items[0].updated_at) == (
        "2025-03-19T10:14:22Z",
        "2025-03-22T08:00:00Z",
    )
    assert after == {"newest": "2025-03-22T08:00:00Z", "ids": ["AbFvOqmReview19"]}
    assert len(httpserver.log) == 3  # did not walk past the already-seen review 20


def test_same_second_review_after_the_mark_is_not_lost_nor_repeated(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    twin = review(20, reviewId="AbFvOqmTwin", name="accounts/1/locations/2/reviews/AbFvOqmTwin")
    httpserver.expect_request(LIST).respond_with_json(page([twin, review(20), review(19)]))
    cursor = {"newest": "2025-03-20T10:14:22Z", "ids": ["AbFvOqmReview20"]}
    items, after = collect(connector(httpserver, make_http), cursor)
    assert [i.external_id for i in items] == ["AbFvOqmTwin"]
    assert after == {"newest": "2025-03-20T10:14:22Z", "ids": ["AbFvOqmReview20", "AbFvOqmTwin"]}


def test_interrupted_sync_resumes_from_its_page_and_a_stale_token_restarts(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    resume = {"newest": None, "ids": [], "resume": {"page_token": "p2", "run_newest": "2025-03-28T10:14:22Z",
                                                  "run_ids": ["AbFvOqmReview28"]}}  # fmt: skip
    httpserver.expect_oneshot_request(LIST, query_string=query("p2")).respond_with_json(
        page([review(26)])
    )
    items, cursor = collect(connector(httpserver, make_http), resume)
    assert [i.external_id for i in items] == ["AbFvOqmReview26"]
    assert cursor == {"newest": "2025-03-28T10:14:22Z", "ids": ["AbFvOqmReview28"]}
    httpserver.expect_oneshot_request(LIST, query_string=query("p2")).respond_with_json(
        {"error": {"code": 400, "status": "INVALID_ARGUMENT"}}, status=400)  # fmt: skip
    httpserver.expect_oneshot_request(LIST, query_string=query()).respond_with_json(
        page([review(27)])
    )
    items, _ = collect(connector(httpserver, make_http), resume)
    assert [i.external_id for i in items] == ["AbFvOqmReview27"]


def test_rating_only_anonymous_and_unspecified_reviews(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    rating_only = review(9, comment=None, stars="FIVE", reviewer={"isAnonymous": True})
    placeholder = review(8, stars="STAR_RATING_UNSPECIFIED",
                         reviewer={"displayName": "A Google User", "isAnonymous": True})  # fmt: skip
    httpserver.expect_request(LIST).respond_with_json(page([rating_only, placeholder]))
    items, _ = collect(connector(httpserver, make_http))
    assert (items[0].text, items[0].rating, items[0].author_name) == ("", 5, None)
    assert (items[1].rating, items[1].author_name) == (None, "A Google User")


def test_foreign_and_hostile_text_is_stored_verbatim(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    texts = ["مطعم رائع، الخبز طازج", "بہت اچھا کھانا", "Εξαιρετικό ψωμί!",
             "<script>alert(1)</script><b>bold</b> &amp;", "=HYPERLINK(\"http://x\")", "+1 great", "@admin -2"]  # fmt: skip
    httpserver.expect_request(LIST).respond_with_json(
        page([review(20 - n, t) for n, t in enumerate(texts)])
    )
    items, _ = collect(connector(httpserver, make_http))
    assert [i.text for i in items] == texts


def test_owner_reply_already_on_the_site_becomes_site_reply(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    answered = review(5, reviewReply={"comment": "Thanks Priya! We've added a second till for weekends.",
                                      "updateTime": "2025-03-09T08:02:10Z"})  # fmt: skip
    httpserver.expect_request(LIST).respond_with_json(page([answered]))
    (item,), _ = collect(connector(httpserver, make_http))
    assert item.site_reply is not None
    assert (item.site_reply.body, item.site_reply.at) == (
        "Thanks Priya! We've added a second till for weekends.", "2025-03-09T08:02:10Z")  # fmt: skip


def test_401_with_a_fixed_token_is_auth_expired(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(LIST).respond_with_json({"error": {"code": 401}}, status=401)
    with pytest.raises(AuthExpired):
        collect(connector(httpserver, make_http))
    assert len(httpserver.log) == 1


def test_refresh_token_makes_access_tokens_in_memory_and_renews_once_on_401(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    secrets = {"refresh_token": "1//stored-refresh", "client_id": "cid", "client_secret": "csecret"}
    httpserver.expect_ordered_request("/token", method="POST").respond_with_json(
        {"access_token": "ya29.first", "expires_in": 3599, "token_type": "Bearer"})  # fmt: skip
    httpserver.expect_ordered_request(LIST).respond_with_json(page([review(20)], "p2"))
    httpserver.expect_ordered_request(LIST).respond_with_json({"error": {"code": 401}}, status=401)
    httpserver.expect_ordered_request("/token", method="POST").respond_with_json(
        {"access_token": "ya29.second", "expires_in": 3599, "token_type": "Bearer"})  # fmt: skip
    httpserver.expect_ordered_request(LIST, query_string=query("p2")).respond_with_json(
        page([review(19)])
    )
    pages = list(connector(httpserver, make_http, secrets).fetch(None))
    assert [i.external_id for p in pages for i in p.items] == ["AbFvOqmReview20", "AbFvOqmReview19"]
    log = [r for r, _ in httpserver.log]
    assert dict(log[0].form) == {"grant_type": "refresh_token", "refresh_token": "1//stored-refresh",
                                 "client_id": "cid", "client_secret": "csecret"}  # fmt: skip
    assert [r.headers.get("Authorization") for r in log if r.path == LIST] == [
        "Bearer ya29.first", "Bearer ya29.first", "Bearer ya29.second"]  # fmt: skip
    assert "ya29" not in json.dumps([p.cursor for p in pages])  # never leaves memory


def test_a_revoked_refresh_token_asks_to_sign_in_again(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    secrets = {"refresh_token": "1//revoked", "client_id": "cid", "client_secret": "csecret"}
    httpserver.expect_request("/token").respond_with_json(
        {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}, status=400)  # fmt: skip
    with pytest.raises(
        AuthExpired, match=r"sign in again with `repman source connect NAME`"
    ) as caught:
        collect(connector(httpserver, make_http, secrets))
    assert "1//revoked" not in str(caught.value) and "csecret" not in str(caught.value)
    assert [r.path for r, _ in httpserver.log] == ["/token"]


@pytest.mark.parametrize(("secrets", "message"), [
    ({}, "needs either an access token"),
    ({"client_id": "cid", "client_secret": "s"}, "not signed in yet: run `repman source connect NAME`"),
    ({"refresh_token": "r"}, "no OAuth client ID")])  # fmt: skip
def test_credentials_must_be_one_of_the_two_combinations(
    make_http: Callable[..., Http], secrets: dict[str, str], message: str
) -> None:
    with pytest.raises(RepmanError, match=message):
        GoogleConnector({"account": ACCOUNT, "location": LOCATION}, secrets, make_http())


def test_429_with_retry_after_then_success(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(LIST).respond_with_json(
        {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED"}}, status=429, headers={"Retry-After": "1"})  # fmt: skip
    httpserver.expect_ordered_request(LIST).respond_with_json(page([review(3)]))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(httpserver.log) == 2


def test_500_then_success(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_ordered_request(LIST).respond_with_data("backend error", status=500)
    httpserver.expect_ordered_request(LIST).respond_with_json(page([review(3)]))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1


@pytest.mark.parametrize(("payload", "message"), [
    ('{"reviews": [{"reviewId": "x", "creat', "not valid JSON"),
    ('["a list"]', "not an object"),
    ('{"reviews": "nope"}', "'reviews' is not a list"),
    ('{"reviews": [42]}', "a review is not an object"),
    ('{"reviews": [{"createTime": "2025-03-01T00:00:00Z"}]}', "a review has no id"),
    (json.dumps({"reviews": [review(1, createTime="last Tuesday")]}), "time we cannot read"),
    (json.dumps({"reviews": [review(1, reviewer="Priya")]}), "'reviewer' is not an object"),
    (json.dumps({"reviews": [review(1, comment=None, reviewReply="thanks")]}), "'reviewReply' is not an object"),
    (json.dumps({"reviews": [review(1, comment=["x"])]}), "'comment' is not text")])  # fmt: skip
def test_malformed_pages_are_source_unavailable(
    httpserver: HTTPServer, make_http: Callable[..., Http], payload: str, message: str
) -> None:
    httpserver.expect_request(LIST).respond_with_data(payload, content_type="application/json")
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


def test_reply_is_put_on_the_review(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    path = f"{LIST}/AbFvOqmReview05/reply"
    httpserver.expect_request(path, method="PUT").respond_with_json(
        {"comment": "Thank you for visiting!", "updateTime": "2025-03-10T09:00:00.250Z"})  # fmt: skip
    item = {"id": 7, "external_id": "AbFvOqmReview05", "raw": review(5)}
    posted = connector(httpserver, make_http).post_reply(item, "Thank you for visiting!")
    request = httpserver.log[0][0]
    assert json.loads(request.data) == {"comment": "Thank you for visiting!"}
    assert request.headers["Authorization"] == "Bearer test-access-token"
    assert (posted.external_reply_id, posted.at) == (None, "2025-03-10T09:00:00Z")


def test_reply_over_4096_bytes_is_refused_before_sending(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    c = connector(httpserver, make_http)
    assert c.can_post()
    with pytest.raises(RepmanError, match="at most 4096 bytes; this one has 4098"):
        c.post_reply({"external_id": "AbFvOqmReview05"}, "é" * 2049)  # 2,049 characters
    assert httpserver.log == []


def test_check_reports_the_count_with_one_small_request(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(LIST, query_string={"pageSize": "1", "orderBy": "updateTime desc"}
                              ).respond_with_json(page([review(3)]))  # fmt: skip
    assert connector(httpserver, make_http).check() == "connected: 5 reviews, average 4.6 stars"
