"""Hacker News connector against a local server serving Algolia's search_by_date shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, ItemKind, RepmanError, SourceUnavailable
from repman.sources.hackernews import HackerNewsConnector
from repman.sources.http import Http
from tests.sources.conftest import assert_no_reply_api, collect

T0 = 1747063328  # 2025-05-12T15:22:08Z
BASE = {"query": '"Example Ledger"', "tags": "(story,comment)", "hitsPerPage": "100"}


def comment_hit(
    n: int,
    at: int | None = None,
    text: str = "We switched our invoicing to <i>Example Ledger</i>; support answered within an hour.",
    **extra: Any,
) -> dict[str, Any]:
    moment = at if at is not None else T0 + n
    return {
        "objectID": str(43999000 + n), "created_at": "2025-05-12T15:22:08.000Z", "created_at_i": moment,
        "author": "throwaway_dev", "comment_text": text, "story_id": 43998000,
        "story_title": "Ask HN: What do you use for small-business accounting?", "story_url": None,
        "parent_id": 43998123, "points": None, "num_comments": None,
        "_tags": ["comment", "author_throwaway_dev", "story_43998000"], **extra,
    }  # fmt: skip


def story_hit(n: int, **extra: Any) -> dict[str, Any]:
    return {
        "objectID": str(43998000 + n), "created_at": "2025-05-12T15:00:00.000Z", "created_at_i": T0 + n,
        "author": "founder", "title": "Show HN: Example Ledger, invoicing for tiny shops",
        "url": "https://ledger.example", "story_text": None, "points": 12, "num_comments": 4,
        "_tags": ["story", "author_founder", f"story_{43998000 + n}", "show_hn"], **extra,
    }  # fmt: skip


def result(hits: list[Any], nb_pages: int = 1, nb_hits: int | None = None) -> dict[str, Any]:
    return {"hits": hits, "nbHits": nb_hits if nb_hits is not None else len(hits), "page": 0,
            "nbPages": nb_pages, "hitsPerPage": 100, "processingTimeMS": 2, "query": '"Example Ledger"'}  # fmt: skip


def connector(server: HTTPServer, make_http: Callable[..., Http]) -> HackerNewsConnector:
    settings = {"query": '"Example Ledger"', "base_url": server.url_for("/").rstrip("/")}
    return HackerNewsConnector(settings, {}, make_http("Hacker News"))


def test_pages_back_in_time_to_the_end(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    page1 = [comment_hit(n) for n in range(300, 200, -1)]
    # The second page repeats the boundary second of the first: read once only.
    page2 = [comment_hit(201)] + [comment_hit(n) for n in range(200, 101, -1)]
    page3 = [comment_hit(102)] + [story_hit(n) for n in range(101, 91, -1)]
    httpserver.expect_request("/search_by_date", query_string=BASE).respond_with_json(
        result(page1, 3, 210)
    )
    httpserver.expect_request(
        "/search_by_date", query_string={**BASE, "numericFilters": f"created_at_i<={T0 + 201}"}
    ).respond_with_json(result(page2, 2))
    httpserver.expect_request(
        "/search_by_date", query_string={**BASE, "numericFilters": f"created_at_i<={T0 + 102}"}
    ).respond_with_json(result(page3, 1))
    pages = list(connector(httpserver, make_http).fetch(None))
    items = [i for p in pages for i in p.items]
    assert len(items) == 100 + 99 + 10 and len({i.external_id for i in items}) == len(items)
    assert pages[0].total_hint == 210
    assert pages[0].cursor == {
        "newest": None,
        "resume": {"before": T0 + 201, "skip": ["43999201"], "run_newest": T0 + 300},
    }
    assert pages[-1].cursor == {"newest": T0 + 300}
    first, story = items[0], items[-1]
    assert (first.external_id, first.kind, first.rating) == ("43999300", ItemKind.COMMENT, None)
    assert (
        first.text
        == "We switched our invoicing to Example Ledger; support answered within an hour."
    )
    assert first.title == "Ask HN: What do you use for small-business accounting?"
    assert (first.author_name, first.author_id) == ("throwaway_dev", "throwaway_dev")
    assert first.url == "https://news.ycombinator.com/item?id=43999300"
    assert first.created_at == "2025-05-12T15:27:08Z" and first.language is None
    assert first.raw is not None and first.raw["story_id"] == 43998000
    assert (story.kind, story.title, story.text) == (
        ItemKind.MENTION,
        "Show HN: Example Ledger, invoicing for tiny shops",
        "https://ledger.example",
    )


def test_empty_results(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request("/search_by_date").respond_with_json(result([], 0))
    assert collect(connector(httpserver, make_http)) == ([], {})


def test_resync_asks_only_for_the_last_hour_and_later(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    seen = T0 + 5000
    edited = comment_hit(3, at=seen - 60, text="Edit: they also fixed my VAT export.")
    httpserver.expect_request("/search_by_date", query_string={**BASE, "numericFilters": f"created_at_i>{seen - 3600}"}
                              ).respond_with_json(result([comment_hit(9, at=seen + 90), edited]))  # fmt: skip
    items, cursor = collect(connector(httpserver, make_http), {"newest": seen})
    assert [i.external_id for i in items] == ["43999009", "43999003"]
    assert items[1].text == "Edit: they also fixed my VAT export."
    assert cursor == {"newest": seen + 90}
    assert len(httpserver.log) == 1


def test_interrupted_sync_resumes_below_its_boundary(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    seen = T0 - 10_000
    query = {**BASE, "numericFilters": f"created_at_i>{seen - 3600},created_at_i<={T0 + 50}"}
    httpserver.expect_request("/search_by_date", query_string=query).respond_with_json(
        result([comment_hit(50), comment_hit(49)])
    )
    cursor = {
        "newest": seen,
        "resume": {"before": T0 + 50, "skip": ["43999050"], "run_newest": T0 + 80},
    }
    items, done = collect(connector(httpserver, make_http), cursor)
    assert [i.external_id for i in items] == ["43999049"]
    assert done == {"newest": T0 + 80}


def test_anonymous_story_with_html_and_hostile_text(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    ask = story_hit(1, author=None, url=None, title="Ask HN: =HYPERLINK(\"x\") @Example +Ledger",
                    story_text="<p>Has anyone tried it?</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")  # fmt: skip
    scripts = comment_hit(2, text="<p>دفتر ممتاز</p><p>بہت اچھا</p><p>Πολύ καλό</p>")
    httpserver.expect_request("/search_by_date").respond_with_json(result([scripts, ask]))
    items, _ = collect(connector(httpserver, make_http))
    assert items[0].text == "دفتر ممتاز\nبہت اچھا\nΠολύ καλό"
    assert items[1].title == 'Ask HN: =HYPERLINK("x") @Example +Ledger'
    assert items[1].text == "Has anyone tried it?\n<script>alert(1)</script>"
    assert (items[1].author_name, items[1].author_id) == (None, None)


def test_retries_429_and_500_then_succeeds(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request("/search_by_date").respond_with_data(
        "", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request("/search_by_date").respond_with_data("", status=500)
    httpserver.expect_ordered_request("/search_by_date").respond_with_json(result([comment_hit(1)]))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(httpserver.log) == 3


def test_401_is_auth_expired(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request("/search_by_date").respond_with_data("", status=401)
    with pytest.raises(AuthExpired):
        collect(connector(httpserver, make_http))


@pytest.mark.parametrize(
    ("body", "message"),
    [('{"hits": [{"objectID": "1", "created_at_i": 17', "not valid JSON"),
     ('{"results": []}', "no 'hits' list"),
     ('{"hits": ["x"]}', "not an object"),
     ('{"hits": [{"objectID": "abc", "created_at_i": 1}]}', "numeric objectID"),
     ('{"hits": [{"objectID": "1", "created_at_i": "2025"}]}', "whole number")],
)  # fmt: skip
def test_malformed_pages_are_reported(
    httpserver: HTTPServer, make_http: Callable[..., Http], body: str, message: str
) -> None:
    httpserver.expect_request("/search_by_date").respond_with_data(
        body, content_type="application/json"
    )
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


def test_no_reply_api(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    assert_no_reply_api(connector(httpserver, make_http), "43999001")
    with pytest.raises(RepmanError, match="Search words"):
        HackerNewsConnector({}, {}, make_http())
    assert httpserver.log == []
