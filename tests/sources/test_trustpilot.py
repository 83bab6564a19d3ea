"""Trustpilot connector against a local server serving the documented review shape."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, ItemKind, RepmanError, SourceUnavailable
from repman.sources.http import Http
from repman.sources.trustpilot import TrustpilotConnector
from tests.sources.conftest import collect, interrupt_resume_resync

UNIT = "5f1e2d3c4b5a697887766554"
PATH = f"/v1/business-units/{UNIT}/reviews"
KEY = "tp-api-key-1"
TOKEN = "tp-business-user-token"


def review(
    n: int, text: str = "Tea is great but delivery took 9 days.", **extra: Any
) -> dict[str, Any]:
    rid = f"66b1c2d3e4f5a6b7c8d9{n:04x}"
    day = f"2025-05-{1 + n % 28:02d}T16:20:11Z"
    return {
        "links": [{"href": f"https://api.trustpilot.com/v1/reviews/{rid}", "method": "GET", "rel": "reviews"}],
        "id": rid,
        "consumer": {"id": f"60aa11bb22cc33dd44ee{n:04x}", "displayName": "Sofia Marin",
                     "displayLocation": "Lyon, FR", "numberOfReviews": 3},
        "businessUnit": {"id": UNIT, "identifyingName": "example-teashop.com", "displayName": "Example Tea Shop"},
        "stars": 1 + n % 5,
        "title": "Parcel arrived late",
        "text": text,
        "language": "en",
        "createdAt": day,
        "updatedAt": day,
        "isVerified": True,
        "numberOfLikes": 0,
        **extra,
    }  # fmt: skip


def query(page: int) -> dict[str, str]:
    return {"page": str(page), "perPage": "100", "orderBy": "createdat.desc"}


def connector(
    server: HTTPServer, make_http: Callable[..., Http], token: str | None = None, **settings: str
) -> TrustpilotConnector:
    settings = {"base_url": server.url_for("/").rstrip("/"), "business_unit": UNIT, **settings}
    secrets = {"api_key": KEY, **({"access_token": token} if token else {})}
    return TrustpilotConnector(settings, secrets, make_http("Trustpilot"))


def test_pages_to_the_end(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    pages = [[review(n) for n in range(s, s + 100)] for s in (0, 100)] + [
        [review(n) for n in range(200, 230)]
    ]
    for i, page in enumerate(pages):
        httpserver.expect_request(PATH, query_string=query(i + 1)).respond_with_json(
            {"links": [], "reviews": page})  # fmt: skip
    items, cursor = collect(connector(httpserver, make_http))
    assert len(items) == 230 and len(httpserver.log) == 3
    first = items[0]
    assert (first.kind, first.rating, first.title, first.language) == (
        ItemKind.REVIEW,
        1,
        "Parcel arrived late",
        "en",
    )
    assert first.text == "Tea is great but delivery took 9 days."
    assert (first.author_name, first.author_id) == ("Sofia Marin", "60aa11bb22cc33dd44ee0000")
    assert first.url == f"https://www.trustpilot.com/reviews/{first.external_id}"
    assert (first.created_at, first.updated_at) == ("2025-05-01T16:20:11Z", "2025-05-01T16:20:11Z")
    assert first.raw == pages[0][0] and first.site_reply is None
    assert cursor == {"newest": max(i.created_at for i in items)}
    assert all(r.headers["apikey"] == KEY and "apikey" not in r.args for r, _ in httpserver.log)


def test_a_full_last_page_ends_on_the_empty_page_after_it(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(PATH, query_string=query(1)).respond_with_json(
        {"reviews": [review(n) for n in range(100)]})  # fmt: skip
    httpserver.expect_request(PATH, query_string=query(2)).respond_with_json({"reviews": []})
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 100 and len(httpserver.log) == 2


def test_a_business_without_reviews(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(PATH).respond_with_json({"links": [], "reviews": []})
    assert collect(connector(httpserver, make_http)) == ([], {"newest": None})


def test_resync_stops_at_the_cursor_and_an_interrupted_walk_resumes(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    first = [review(n, createdAt=f"2025-06-01T10:{59 - n % 60:02d}:00Z") for n in range(100)]
    second = [review(n, createdAt="2025-05-01T10:00:00Z") for n in range(100, 110)]
    httpserver.expect_request(PATH, query_string=query(1)).respond_with_json({"reviews": first})
    httpserver.expect_request(PATH, query_string=query(2)).respond_with_json({"reviews": second})
    run = interrupt_resume_resync(httpserver, lambda: connector(httpserver, make_http))
    assert run.interrupted == {
        "newest": None,
        "resume": {"page": 2, "run_newest": "2025-06-01T10:59:00Z"},
    }
    assert len(run.resumed) == 10 and run.done == {"newest": "2025-06-01T10:59:00Z"}
    assert run.requests == 1 and run.again_done == run.done and len(run.again) == 100


@pytest.mark.parametrize(
    "text",
    ["مطعم رائع لكن التوصيل بطيء", "چائے بہت اچھی ہے", "Εξαιρετικό τσάι, αργή παράδοση",
     "<b>bold</b> <script>alert(1)</script>", '=HYPERLINK("http://x","y")', "+1 cmd", "@SUM(A1)", "-2"],
)  # fmt: skip
def test_text_is_stored_verbatim(
    httpserver: HTTPServer, make_http: Callable[..., Http], text: str
) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"reviews": [review(1, text=text, title=text, language="ar")]}
    )
    item = collect(connector(httpserver, make_http))[0][0]
    assert (item.text, item.title, item.language) == (text, text, "ar")


def test_rating_only_and_anonymous_reviews(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    no_consumer = {k: v for k, v in review(2).items() if k != "consumer"}
    nameless = review(3, consumer={"id": None, "displayName": None})
    httpserver.expect_request(PATH).respond_with_json(
        {"reviews": [review(1, text="", title=""), no_consumer, nameless]})  # fmt: skip
    items, _ = collect(connector(httpserver, make_http))
    assert (items[0].text, items[0].title, items[0].rating) == ("", None, 2)
    assert [(i.author_name, i.author_id) for i in items[1:]] == [(None, None), (None, None)]


def test_an_edited_review_between_two_syncs(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_json({"reviews": [review(1, stars=1)]})
    edited = review(1, stars=4, text="Refund arrived, thanks.", updatedAt="2025-05-09T08:00:00Z")
    httpserver.expect_ordered_request(PATH).respond_with_json({"reviews": [edited]})
    before, cursor = collect(connector(httpserver, make_http))
    after, _ = collect(connector(httpserver, make_http), cursor)
    assert before[0].external_id == after[0].external_id
    assert (after[0].rating, after[0].text, after[0].updated_at) == (
        4,
        "Refund arrived, thanks.",
        "2025-05-09T08:00:00Z",
    )


def test_company_replies_are_picked_up(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    plain = review(
        1,
        companyReply={
            "text": "Sorry Sofia, we've refunded the shipping.",
            "createdAt": "2025-05-03T09:05:40Z",
        },
    )
    named = review(2, companyReply={"text": "Thank you!", "createdAt": "2025-05-04T09:05:40Z",
                                    "updatedAt": "2025-05-05T09:05:40Z", "authorBusinessUserId": "bu1",
                                    "authorBusinessUserName": "Ana at Example Tea"})  # fmt: skip
    empty = review(3, companyReply=None)
    httpserver.expect_request(PATH).respond_with_json({"reviews": [plain, named, empty]})
    items, _ = collect(connector(httpserver, make_http))
    replies = [i.site_reply for i in items]
    assert replies[0] is not None and replies[1] is not None and replies[2] is None
    assert (replies[0].body, replies[0].at, replies[0].by) == (
        "Sorry Sofia, we've refunded the shipping.", "2025-05-03T09:05:40Z", None)  # fmt: skip
    assert (replies[1].at, replies[1].by) == ("2025-05-04T09:05:40Z", "Ana at Example Tea")


def test_401_means_reconnect(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(PATH).respond_with_json(
        {"message": "Unauthorized", "errorCode": 401}, status=401
    )
    with pytest.raises(AuthExpired) as caught:
        collect(connector(httpserver, make_http))
    assert KEY not in str(caught.value)


def test_429_with_retry_after_then_success(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_data(
        "", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request(PATH).respond_with_json({"reviews": [review(1)]})
    assert len(collect(connector(httpserver, make_http))[0]) == 1


def test_500_then_success(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_ordered_request(PATH).respond_with_data("oops", status=500)
    httpserver.expect_ordered_request(PATH).respond_with_json({"reviews": [review(1)]})
    assert len(collect(connector(httpserver, make_http))[0]) == 1


def test_truncated_json(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(PATH).respond_with_data(
        '{"reviews": [{"id": "66b', content_type="application/json"
    )
    with pytest.raises(SourceUnavailable, match="not valid JSON"):
        collect(connector(httpserver, make_http))


@pytest.mark.parametrize(
    ("payload", "message"),
    [([], "no 'reviews' list"), ({"reviews": None}, "no 'reviews' list"), ({"reviews": [1]}, "not an object"),
     ({"reviews": [review(1, id=5)]}, "without id"), ({"reviews": [review(1, stars=6)]}, "stars outside 1-5"),
     ({"reviews": [review(1, stars="5")]}, "stars outside 1-5"), ({"reviews": [review(1, consumer="x")]}, "consumer"),
     ({"reviews": [review(1, createdAt="soon")]}, "time we cannot read"),
     ({"reviews": [review(1, companyReply={"text": "Hi", "createdAt": None})]}, "time we cannot read")],
)  # fmt: skip
def test_pages_of_unexpected_shape(
    httpserver: HTTPServer, make_http: Callable[..., Http], payload: Any, message: str
) -> None:
    httpserver.expect_request(PATH).respond_with_json(payload)
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


def test_reply_is_posted_as_the_business_user(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    rid = "66b1c2d3e4f5a6b7c8d9e0f1"
    httpserver.expect_request(f"/v1/private/reviews/{rid}/reply", method="POST").respond_with_json(
        {"reply": {"message": "Sorry, Sofia!", "createdAt": "2025-05-03T09:05:40Z"}}, status=201)  # fmt: skip
    c = connector(httpserver, make_http, token=TOKEN, business_user_id="507f191e810c19729de860ea")
    assert c.can_post() and TrustpilotConnector.info().can_reply
    posted = c.post_reply({"external_id": rid, "raw": review(1)}, "Sorry, Sofia!")
    request = httpserver.log[0][0]
    assert request.method == "POST" and request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert json.loads(request.data) == {
        "message": "Sorry, Sofia!",
        "authorBusinessUserId": "507f191e810c19729de860ea",
    }
    assert (posted.external_reply_id, posted.at) == (None, "2025-05-03T09:05:40Z")


def test_reply_without_a_user_id_sends_the_message_only(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/v1/private/reviews/abc/reply", method="POST").respond_with_data(
        "", status=201
    )
    posted = connector(httpserver, make_http, token=TOKEN).post_reply(
        {"external_id": "abc"}, "Merci !"
    )
    assert json.loads(httpserver.log[0][0].data) == {"message": "Merci !"}
    assert posted.at.endswith("Z")


def test_a_reply_too_long_or_without_token_is_refused_before_sending(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    with pytest.raises(RepmanError, match="at most 2000 characters"):
        connector(httpserver, make_http, token=TOKEN).post_reply({"external_id": "abc"}, "x" * 2001)
    c = connector(httpserver, make_http)
    assert not c.can_post()
    with pytest.raises(RepmanError, match="business user access token"):
        c.post_reply({"external_id": "abc"}, "Thanks")
    assert httpserver.log == []


def test_an_expired_token_on_reply_means_reconnect(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/v1/private/reviews/abc/reply", method="POST").respond_with_data(
        "", status=401
    )
    with pytest.raises(AuthExpired) as caught:
        connector(httpserver, make_http, token=TOKEN).post_reply({"external_id": "abc"}, "Thanks")
    assert TOKEN not in str(caught.value)
