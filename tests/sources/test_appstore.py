"""App Store connector against a local server serving the customer-reviews JSON feed shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, ItemKind, RepmanError, SourceUnavailable
from repman.sources.appstore import AppStoreConnector
from repman.sources.http import Http
from tests.sources.conftest import assert_no_reply_api, collect

APP = "1234567890"


def path(page: int, country: str = "us") -> str:
    return f"/{country}/rss/customerreviews/page={page}/id={APP}/sortby=mostrecent/json"


def review(
    n: int, day: int = 11, text: str = "Booking flow is nice.", **extra: Any
) -> dict[str, Any]:
    return {
        "author": {"uri": {"label": f"https://itunes.apple.com/us/reviews/id98{n}"},
                   "name": {"label": f"hiker{n}"}, "label": ""},
        "updated": {"label": f"2025-04-{day:02d}T10:{n % 60:02d}:09-07:00"},
        "im:rating": {"label": str(n % 5 + 1)},
        "im:version": {"label": "2.8.1"},
        "id": {"label": str(11223344000 + n)},
        "title": {"label": f"Review {n}"},
        "content": {"label": text, "attributes": {"type": "text"}},
        "link": {"attributes": {"rel": "related", "href": f"https://itunes.apple.com/us/review?id={APP}&type=Purple%20Software"}},
        "im:voteSum": {"label": "0"},
        "im:voteCount": {"label": "0"},
        "im:contentType": {"attributes": {"term": "Application", "label": "Application"}},
        **extra,
    }  # fmt: skip


APP_ENTRY = {  # older feeds lead page 1 with the app itself
    "im:name": {"label": "Rosie's Bakery"},
    "id": {"label": f"https://apps.apple.com/us/app/rosies/id{APP}", "attributes": {"im:id": APP}},
    "title": {"label": "Rosie's Bakery - Rosie's"},
}


def feed(entries: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "author": {
            "name": {"label": "iTunes Store"},
            "uri": {"label": "http://www.apple.com/us/itunes/"},
        },
        "updated": {"label": "2025-04-20T01:00:00-07:00"},
        "title": {"label": "iTunes Store: Customer Reviews"},
    }
    if entries is not None:
        body["entry"] = entries
    return {"feed": body}


def connector(
    server: HTTPServer, make_http: Callable[..., Http], **settings: str
) -> AppStoreConnector:
    merged = {"app": APP, "base_url": server.url_for("/").rstrip("/"), **settings}
    return AppStoreConnector(merged, {}, make_http("App Store"))


def test_pages_to_the_end_skipping_the_app_entry(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    page1 = [review(n, day=20) for n in range(50, 30, -1)]
    page2 = [review(n, day=19) for n in range(30, 10, -1)]
    page3 = review(5, day=18)  # one review: an object, not a list
    httpserver.expect_request(path(1)).respond_with_json(feed([APP_ENTRY, *page1]))
    httpserver.expect_request(path(2)).respond_with_json(feed(page2))
    httpserver.expect_request(path(3)).respond_with_json(feed(page3))
    httpserver.expect_request(path(4)).respond_with_json(feed(None))
    items, cursor = collect(connector(httpserver, make_http))
    assert len(items) == 41
    assert len(httpserver.log) == 4
    first = items[0]
    assert first.external_id == "11223344050"
    assert (first.kind, first.rating, first.title) == (ItemKind.REVIEW, 1, "Review 50")
    assert (first.author_name, first.author_id) == (
        "hiker50",
        "https://itunes.apple.com/us/reviews/id9850",
    )
    assert first.created_at == first.updated_at == "2025-04-20T17:50:09Z"  # -07:00 to UTC
    assert first.language is None and first.site_reply is None
    assert first.raw is not None and first.raw["im:version"] == {"label": "2.8.1"}
    assert cursor == {"newest": "2025-04-20T17:50:09Z"}


def test_stops_after_page_ten(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    for page in range(1, 11):
        httpserver.expect_request(path(page)).respond_with_json(
            feed([review(100 - page, day=20 - page)])
        )
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 10 and len(httpserver.log) == 10


def test_empty_feed_and_country_setting(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(path(1, "gb")).respond_with_json(feed(None))
    items, cursor = collect(connector(httpserver, make_http, country="GB"))
    assert (items, cursor) == ([], {})


def test_resync_stops_at_what_was_seen_and_picks_up_an_edit(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    old = review(3, day=10, text="App closes when I rotate the iPad.")
    httpserver.expect_request(path(1)).respond_with_json(feed([old, review(2, day=9)]))
    httpserver.expect_request(path(2)).respond_with_json(feed(None))
    c = connector(httpserver, make_http)
    first, cursor = collect(c)
    assert cursor == {"newest": "2025-04-10T17:03:09Z"}
    httpserver.clear()
    edited = review(3, day=12, text="Fixed in 2.8.2, thanks!")
    new = review(7, day=12)
    within_a_day = review(1, day=10)  # published late: read again, the store skips it if known
    too_old = review(9, day=1)
    httpserver.expect_request(path(1)).respond_with_json(feed([new, edited, within_a_day, too_old]))
    items, cursor2 = collect(c, cursor)
    assert [i.external_id for i in items] == ["11223344007", "11223344003", "11223344001"]
    assert items[1].text == "Fixed in 2.8.2, thanks!"
    assert items[1].updated_at == "2025-04-12T17:03:09Z" != first[0].updated_at
    assert len(httpserver.log) == 1  # stopped on the first page
    assert cursor2 == {"newest": "2025-04-12T17:07:09Z"}


def test_interrupted_sync_resumes_at_its_page(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(path(1)).respond_with_json(feed([review(9, day=20)]))
    httpserver.expect_request(path(2)).respond_with_json(feed([review(8, day=19)]))
    httpserver.expect_request(path(3)).respond_with_json(feed(None))
    pages = connector(httpserver, make_http).fetch(None)
    first = next(pages)
    assert first.cursor == {
        "newest": None,
        "resume": {"page": 2, "run_newest": "2025-04-20T17:09:09Z"},
    }
    httpserver.clear_log()
    items, cursor = collect(connector(httpserver, make_http), first.cursor)
    assert [i.external_id for i in items] == ["11223344008"]
    assert [r.path for r, _ in httpserver.log] == [path(2), path(3)]
    assert cursor == {"newest": "2025-04-20T17:09:09Z"}


def test_rating_only_anonymous_and_hostile_text_kept(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    bare = review(4, title={"label": ""}, content={"label": "", "attributes": {"type": "text"}})
    del bare["author"]
    hostile = review(6, text='=HYPERLINK("http://x") <script>alert(1)</script> +1 @cmd')
    arabic = review(7, text="تطبيق رائع جدا", title={"label": "ممتاز"})
    urdu = review(8, text="بہت اچھی ایپ ہے")
    greek = review(9, text="Πολύ καλή εφαρμογή")
    httpserver.expect_request(path(1)).respond_with_json(feed([bare, hostile, arabic, urdu, greek]))
    httpserver.expect_request(path(2)).respond_with_json(feed([]))
    items, _ = collect(connector(httpserver, make_http))
    assert (items[0].rating, items[0].title, items[0].text) == (5, None, "")
    assert (items[0].author_name, items[0].author_id) == (None, None)
    assert items[1].text == '=HYPERLINK("http://x") <script>alert(1)</script> +1 @cmd'
    assert (items[2].title, items[2].text) == ("ممتاز", "تطبيق رائع جدا")
    assert [items[3].text, items[4].text] == ["بہت اچھی ایپ ہے", "Πολύ καλή εφαρμογή"]


def test_missing_updated_falls_back_to_the_feed_time(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    undated = review(1)
    del undated["updated"]
    httpserver.expect_request(path(1)).respond_with_json(feed([undated]))
    httpserver.expect_request(path(2)).respond_with_json(feed(None))
    items, _ = collect(connector(httpserver, make_http))
    assert items[0].created_at == "2025-04-20T08:00:00Z"


def test_retries_429_and_500_then_succeeds(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request(path(1)).respond_with_data(
        "slow down", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request(path(1)).respond_with_data("oops", status=500)
    httpserver.expect_ordered_request(path(1)).respond_with_json(feed([review(1)]))
    httpserver.expect_ordered_request(path(2)).respond_with_json(feed(None))
    items, _ = collect(connector(httpserver, make_http))
    assert [i.external_id for i in items] == ["11223344001"]
    assert len(httpserver.log) == 4


def test_401_is_auth_expired(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(path(1)).respond_with_data("no", status=401)
    with pytest.raises(AuthExpired):
        collect(connector(httpserver, make_http))


@pytest.mark.parametrize(
    ("body", "message"),
    [('{"feed": {"entry": [{"id": {"label": "1"}, "im:rat', "not valid JSON"),
     ('{"results": []}', "no 'feed' object"),
     ('{"feed": {"entry": "nope"}}', "neither a list"),
     ('{"feed": {"entry": [{"im:rating": {"label": "7"}, "id": {"label": "1"}}]}}', "not 1-5"),
     ('{"feed": {"entry": [{"im:rating": {"label": "4"}}]}}', "without an id"),
     ('{"feed": {"entry": [{"im:rating": "4", "id": {"label": "1"}}]}}', "not a {label} object"),
     ('{"feed": {"entry": [{"im:rating": {"label": "4"}, "id": {"label": "1"}, "updated": {"label": "soon"}}]}}', "time we cannot read")],
)  # fmt: skip
def test_malformed_pages_are_reported(
    httpserver: HTTPServer, make_http: Callable[..., Http], body: str, message: str
) -> None:
    httpserver.expect_request(path(1)).respond_with_data(body, content_type="application/json")
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


def test_settings_are_checked_and_a_store_address_is_accepted(
    make_http: Callable[..., Http],
) -> None:
    http = make_http()
    c = AppStoreConnector(
        {"app": "https://apps.apple.com/us/app/rosies/id1234567890?l=en"}, {}, http
    )
    assert (c.app, c.country) == (APP, "us")
    with pytest.raises(RepmanError, match="App ID"):
        AppStoreConnector({}, {}, http)
    with pytest.raises(RepmanError, match="number from the app's store address"):
        AppStoreConnector({"app": "rosies"}, {}, http)
    with pytest.raises(RepmanError, match="two letters"):
        AppStoreConnector({"app": APP, "country": "usa/../x"}, {}, http)


def test_no_reply_api(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    assert_no_reply_api(connector(httpserver, make_http), "1")
    assert httpserver.log == []
