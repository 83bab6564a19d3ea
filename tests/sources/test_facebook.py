"""Facebook connector against a local Graph API stand-in serving the documented shapes:
{"data": [...], "paging": {"cursors": {"before", "after"}, "next"}} on every edge."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from repman.domain import (
    AuthExpired,
    ItemKind,
    RateLimited,
    RepmanError,
    SourceUnavailable,
    parse_iso,
)
from repman.sources.facebook import COMMENT_FIELDS, POST_FIELDS, RATING_FIELDS, FacebookConnector
from repman.sources.http import Http
from tests.sources.conftest import collect

PAGE = "112233445566"
TOKEN = "fb-page-token-SECRET"
V = "/v21.0"


class Graph:
    """Edges served page by page with cursors "c1", "c2", ...; objects served by id."""

    def __init__(self) -> None:
        self.edges: dict[str, list[list[dict[str, Any]]]] = {}
        self.objects: dict[str, dict[str, Any]] = {}

    def __call__(self, request: Request) -> Response:
        path = request.path.removeprefix(V + "/")
        if path in self.objects:
            return Response(json.dumps(self.objects[path]), content_type="application/json")
        if path not in self.edges:
            return Response(json.dumps({"error": {"code": 803, "message": "unknown"}}), status=404)
        pages = self.edges[path]
        if "until" in request.args:  # time-based paging on posts
            until = int(request.args["until"])
            pages = [
                p
                for p in ([r for r in page if ts(r["created_time"]) <= until] for page in pages)
                if p
            ]
        index = int(request.args.get("after", "c0")[1:])
        rows = pages[index] if index < len(pages) else []
        paging: dict[str, Any] = {"cursors": {"before": f"b{index}", "after": f"c{index + 1}"}}
        if index + 1 < len(pages):
            paging["next"] = f"https://graph.facebook.com/v21.0/{path}?limit=25&after=c{index + 1}"
        return Response(
            json.dumps({"data": rows, "paging": paging}), content_type="application/json"
        )


def ts(time: str) -> int:
    return int(parse_iso(time.replace("+0000", "+00:00")).timestamp())


def rating(
    n: int, kind: str = "positive", replies: list[dict[str, Any]] | None = None, **extra: Any
) -> dict[str, Any]:
    story: dict[str, Any] = {"id": f"10229384756102938_29103847{n:02d}"}
    if replies is not None:
        story["comments"] = {"data": replies, "paging": {"cursors": {"before": "x", "after": "y"}}}
    return {"created_time": f"2025-01-{21 - n:02d}T18:02:44+0000", "recommendation_type": kind,
            "review_text": "Best flat white in town.", "reviewer": {"name": "Lena Hoffmann", "id": f"1022938475610{n:04d}"},
            "has_rating": False, "has_review": True, "open_graph_story": story, **extra}  # fmt: skip


def post(n: int, day: str, updated: str | None = None) -> dict[str, Any]:
    return {"id": f"{PAGE}_77889900{n:04d}", "created_time": f"{day}T07:00:00+0000",
            "updated_time": updated or f"{day}T07:00:00+0000",
            "permalink_url": f"https://www.facebook.com/{PAGE}/posts/77889900{n:04d}"}  # fmt: skip


def comment(post_id: str, n: int, time: str, message: str = "Are you open on the bank holiday?",
            by_page: bool = False, parent: str | None = None) -> dict[str, Any]:  # fmt: skip
    author = (
        {"name": "Cedar & Olive", "id": PAGE}
        if by_page
        else {"name": "Tom Okafor", "id": f"5566{n:04d}"}
    )
    row = {"id": f"{post_id}_3344{n:04d}", "message": message, "from": author, "created_time": time,
           "permalink_url": f"https://www.facebook.com/{PAGE}/posts/1?comment_id=3344{n:04d}"}  # fmt: skip
    if parent:
        row["parent"] = {"id": parent, "created_time": time}
    return row


def serve(server: HTTPServer, graph: Graph) -> None:
    server.expect_request(re.compile(r"^/v21\.0/.*"), method="GET").respond_with_handler(graph)


def connector(
    server: HTTPServer, make_http: Callable[..., Http], page: str = PAGE
) -> FacebookConnector:
    settings = {"base_url": server.url_for("/").rstrip("/"), "page": page}
    return FacebookConnector(settings, {"page_token": TOKEN}, make_http("Facebook"))


def requested(server: HTTPServer) -> list[str]:
    return [r.path.removeprefix(V + "/") + ("?" + "&".join(f"{k}={v}" for k, v in r.args.items()
            if k in ("after", "until")) if set(r.args) & {"after", "until"} else "")
            for r, _ in server.log]  # fmt: skip


def full_graph() -> tuple[Graph, dict[str, Any]]:
    graph = Graph()
    a, b, c = post(1, "2025-04-18"), post(2, "2025-04-10"), post(3, "2025-03-01")
    reply = comment(a["id"], 9, "2025-04-18T09:00:00+0000", "Yes, 9am–2pm!", by_page=True,
                    parent=f"{a['id']}_33440001")  # fmt: skip
    graph.edges[f"{PAGE}/ratings"] = [
        [rating(1, replies=[{"id": "r1", "message": "Thank you, Lena!", "created_time": "2025-01-21T08:00:00+0000",
                             "from": {"name": "Cedar & Olive", "id": PAGE}}]), rating(2, "negative", review_text=None, has_review=False)],
        [{k: v for k, v in rating(3, rating=4).items() if k != "open_graph_story"},
         {k: v for k, v in rating(4).items() if k != "reviewer"}],
    ]  # fmt: skip
    graph.edges[f"{PAGE}/posts"] = [[a, b], [c]]
    graph.edges[f"{a['id']}/comments"] = [
        [reply, comment(a["id"], 2, "2025-04-18T08:30:00+0000", "What about Sunday?")],
        [comment(a["id"], 1, "2025-04-18T07:55:01+0000")],
    ]
    graph.edges[f"{b['id']}/comments"] = [[]]
    graph.edges[f"{c['id']}/comments"] = [
        [
            {
                k: v
                for k, v in comment(
                    c["id"], 3, "2025-03-02T10:00:00+0000", "هل المطعم مفتوح؟"
                ).items()
                if k != "from"
            }
        ]
    ]
    return graph, {"a": a, "b": b, "c": c}


def test_both_streams_are_walked_to_the_end(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    graph, posts = full_graph()
    serve(httpserver, graph)
    pages = list(connector(httpserver, make_http).fetch(None))
    items = [i for p in pages for i in p.items]
    assert [i.kind for i in items] == [ItemKind.REVIEW] * 4 + [ItemKind.COMMENT] * 3
    r1, r2, r3, r4, c2, c1, c3 = items
    assert (r1.external_id, r1.rating, r1.text, r1.author_name) == (
        "10229384756102938_2910384701", 5, "Best flat white in town.", "Lena Hoffmann")  # fmt: skip
    assert r1.site_reply is not None
    assert (r1.site_reply.body, r1.site_reply.at, r1.site_reply.external_reply_id, r1.site_reply.by) == (
        "Thank you, Lena!", "2025-01-21T08:00:00Z", "r1", "Cedar & Olive")  # fmt: skip
    assert (r2.rating, r2.text, r2.created_at, r2.site_reply) == (
        1,
        "",
        "2025-01-19T18:02:44Z",
        None,
    )
    assert (r3.rating, r3.external_id) == (
        4,
        "legacy-rating:10229384756100003:2025-01-18T18:02:44Z",
    )
    assert (r4.author_name, r4.author_id, r4.rating) == (None, None, 5)
    assert (
        r3.raw is not None and r3.raw["recommendation_type"] == "positive" and r3.raw["rating"] == 4
    )
    assert (c1.external_id, c1.text, c1.author_name, c1.rating) == (
        f"{posts['a']['id']}_33440001", "Are you open on the bank holiday?", "Tom Okafor", None)  # fmt: skip
    assert c1.url == "https://www.facebook.com/112233445566/posts/1?comment_id=33440001"
    assert c1.site_reply is not None and (c1.site_reply.body, c1.site_reply.at) == (
        "Yes, 9am–2pm!",
        "2025-04-18T09:00:00Z",
    )
    assert c2.site_reply is None and (c3.text, c3.author_name, c3.author_id) == (
        "هل المطعم مفتوح؟",
        None,
        None,
    )
    assert [p.cursor for p in pages] == [
        {"ratings_seen": None, "comments_seen": None},
        {"ratings_seen": "2025-01-20T18:02:44Z", "comments_seen": None},
        {"ratings_seen": "2025-01-20T18:02:44Z", "comments_seen": None,
         "resume": {"until": ts(posts["b"]["created_time"]), "newest": "2025-04-18T09:00:00Z"}},
        {"ratings_seen": "2025-01-20T18:02:44Z", "comments_seen": "2025-04-18T09:00:00Z"},
    ]  # fmt: skip
    for request, _ in httpserver.log:
        assert (
            request.headers["Authorization"] == f"Bearer {TOKEN}"
            and "access_token" not in request.args
        )
    first = httpserver.log[0][0]
    assert (first.path, dict(first.args)) == (
        f"{V}/{PAGE}/ratings",
        {"fields": RATING_FIELDS, "limit": "25"},
    )
    comments = next(r for r, _ in httpserver.log if r.path.endswith("/comments"))
    assert dict(comments.args) == {"fields": COMMENT_FIELDS, "filter": "stream",
                                   "order": "reverse_chronological", "limit": "50"}  # fmt: skip
    posts_request = next(r for r, _ in httpserver.log if r.path.endswith("/posts"))
    assert dict(posts_request.args) == {"fields": POST_FIELDS, "limit": "25"}


def test_an_incremental_sync_reads_only_what_changed(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    graph = Graph()
    fresh, quiet, ancient = (
        post(1, "2025-04-18", "2025-04-20T10:00:00+0000"),
        post(2, "2025-04-10"),
        post(3, "2024-12-01"),
    )
    old_comment = comment(fresh["id"], 1, "2025-04-18T07:55:01+0000")
    graph.edges[f"{PAGE}/ratings"] = [[rating(1), rating(5)], [rating(9)]]
    graph.edges[f"{PAGE}/posts"] = [[fresh, quiet, ancient], [post(4, "2024-11-01")]]
    graph.edges[f"{fresh['id']}/comments"] = [
        [comment(fresh["id"], 3, "2025-04-20T10:00:00+0000", "New!"),
         comment(fresh["id"], 4, "2025-04-20T09:00:00+0000", "Replied", by_page=True, parent=old_comment["id"])],
        [comment(fresh["id"], 2, "2025-04-19T08:00:00+0000")],
        [old_comment],
    ]  # fmt: skip
    graph.objects[old_comment["id"]] = old_comment
    serve(httpserver, graph)
    cursor = {"ratings_seen": "2025-01-18T00:00:00Z", "comments_seen": "2025-04-19T12:00:00Z"}
    items, last = collect(connector(httpserver, make_http), cursor)
    assert requested(httpserver) == [f"{PAGE}/ratings", f"{PAGE}/posts", f"{fresh['id']}/comments",
                                     f"{fresh['id']}/comments?after=c1", old_comment["id"]]  # fmt: skip
    assert [i.external_id for i in items[2:]] == [f"{fresh['id']}_3344{n:04d}" for n in (3, 2, 1)]
    assert items[-1].site_reply is not None and items[-1].site_reply.body == "Replied"
    assert last == {"ratings_seen": "2025-01-20T18:02:44Z", "comments_seen": "2025-04-20T10:00:00Z"}


def test_an_interrupted_comments_walk_resumes_by_time_without_ratings(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    graph, posts = full_graph()
    serve(httpserver, graph)
    cursor = {"ratings_seen": "2025-01-20T18:02:44Z", "comments_seen": None,
              "resume": {"until": ts(posts["b"]["created_time"]), "newest": "2025-04-18T09:00:00Z"}}  # fmt: skip
    items, last = collect(connector(httpserver, make_http), cursor)
    assert requested(httpserver)[0] == f"{PAGE}/posts?until={ts(posts['b']['created_time'])}"
    assert f"{PAGE}/ratings" not in requested(httpserver)
    assert {i.external_id for i in items} == {f"{posts['c']['id']}_33440003"}
    assert last == {"ratings_seen": "2025-01-20T18:02:44Z", "comments_seen": "2025-04-18T09:00:00Z"}


def test_a_page_without_ratings_or_posts(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    graph = Graph()
    graph.edges[f"{PAGE}/ratings"] = [[]]
    graph.edges[f"{PAGE}/posts"] = [[]]
    serve(httpserver, graph)
    assert collect(connector(httpserver, make_http)) == (
        [],
        {"ratings_seen": None, "comments_seen": None},
    )


def test_refused_ratings_leave_the_comments(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    graph, _ = full_graph()
    httpserver.expect_request(f"{V}/{PAGE}/ratings").respond_with_json(
        {"error": {"message": "(#12) deprecated", "type": "OAuthException", "code": 12}}, status=400)  # fmt: skip
    serve(httpserver, graph)
    items, last = collect(
        connector(httpserver, make_http),
        {"ratings_seen": "2025-01-01T00:00:00Z", "comments_seen": None},
    )
    assert [i.kind for i in items] == [ItemKind.COMMENT] * 3
    assert last == {"ratings_seen": "2025-01-01T00:00:00Z", "comments_seen": "2025-04-18T09:00:00Z"}


def test_a_refused_request_names_its_usual_causes(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(f"{V}/{PAGE}/ratings").respond_with_json({"data": []})
    httpserver.expect_request(f"{V}/{PAGE}/posts").respond_with_json(
        {"error": {"message": "Error validating access token", "type": "OAuthException", "code": 190}}, status=400)  # fmt: skip
    with pytest.raises(
        SourceUnavailable, match="Page token has expired or lacks a permission"
    ) as caught:
        collect(connector(httpserver, make_http))
    assert TOKEN not in str(caught.value)


@pytest.mark.parametrize(
    ("error", "raised", "message"),
    [({"code": 190, "message": "Session has expired"}, AuthExpired, "expired or was revoked"),
     ({"code": 613, "message": "Calls to this api have exceeded the rate limit."}, RateLimited, "throttling"),
     ({"code": 4, "message": "Application request limit reached"}, RateLimited, "error 4"),
     ({"code": 100, "message": f"Bad parameter near {TOKEN}"}, SourceUnavailable, "error 100: Bad parameter")],
)  # fmt: skip
def test_graph_errors_in_the_body_are_mapped_by_code(
    httpserver: HTTPServer,
    make_http: Callable[..., Http],
    error: dict[str, Any],
    raised: type[Exception],
    message: str,
) -> None:
    httpserver.expect_request(f"{V}/{PAGE}/ratings").respond_with_json(
        {"error": {"type": "OAuthException", **error}}
    )
    with pytest.raises(raised, match=message) as caught:
        collect(connector(httpserver, make_http))
    assert TOKEN not in str(caught.value)


@pytest.mark.parametrize("status", [401, 403])
def test_a_rejected_token_means_reconnect(
    httpserver: HTTPServer, make_http: Callable[..., Http], status: int
) -> None:
    httpserver.expect_request(f"{V}/{PAGE}/ratings").respond_with_json(
        {"error": {"code": 190}}, status=status
    )
    with pytest.raises(AuthExpired):
        collect(connector(httpserver, make_http))


def test_429_with_retry_after_and_500_are_retried(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    graph, _ = full_graph()
    httpserver.expect_ordered_request(f"{V}/{PAGE}/ratings").respond_with_data(
        "", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request(f"{V}/{PAGE}/ratings").respond_with_data("", status=500)
    serve(httpserver, graph)
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 7


def test_truncated_json(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request(f"{V}/{PAGE}/ratings").respond_with_data(
        '{"data": [{"created_', content_type="application/json"
    )
    with pytest.raises(SourceUnavailable, match="not valid JSON"):
        collect(connector(httpserver, make_http))


@pytest.mark.parametrize(
    ("edge", "payload", "message"),
    [("ratings", {"data": {"a": 1}}, "no 'data' list"), ("ratings", {"data": [1]}, "no 'data' list"),
     ("ratings", {"data": [], "paging": []}, "'paging' is not an object"),
     ("ratings", {"data": [rating(1, reviewer="Lena")]}, "story or reviewer"),
     ("ratings", {"data": [rating(1, created_time="now")]}, "time we cannot read"),
     ("ratings", {"data": [rating(1, open_graph_story={"id": "s", "comments": {"data": "x"}})]}, "not a list"),
     ("posts", {"data": [{"created_time": "2025-01-01T00:00:00+0000"}]}, "a post without id"),
     ("comments", {"data": [{"message": "hi", "created_time": "2025-04-18T07:55:01+0000"}]}, "MODERATE")],
)  # fmt: skip
def test_pages_of_unexpected_shape(
    httpserver: HTTPServer, make_http: Callable[..., Http], edge: str, payload: Any, message: str
) -> None:
    graph, posts = full_graph()
    path = {
        "ratings": f"{PAGE}/ratings",
        "posts": f"{PAGE}/posts",
        "comments": f"{posts['a']['id']}/comments",
    }[edge]
    httpserver.expect_request(f"{V}/{path}").respond_with_json(payload)
    serve(httpserver, graph)
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


@pytest.mark.parametrize(
    "text",
    ["مطعم رائع", "بہت شکریہ، کھانا مزیدار تھا", "Υπέροχο φαγητό!", "<script>alert(1)</script><b>x</b>",
     '=HYPERLINK("http://x","y")', "+1 great", "@everyone", "-2"],
)  # fmt: skip
def test_text_is_stored_verbatim(
    httpserver: HTTPServer, make_http: Callable[..., Http], text: str
) -> None:
    graph = Graph()
    p = post(1, "2025-04-18")
    graph.edges[f"{PAGE}/ratings"] = [[rating(1, review_text=text)]]
    graph.edges[f"{PAGE}/posts"] = [[p]]
    graph.edges[f"{p['id']}/comments"] = [[comment(p["id"], 1, "2025-04-18T08:00:00+0000", text)]]
    serve(httpserver, graph)
    items, _ = collect(connector(httpserver, make_http))
    assert [i.text for i in items] == [text, text]


def test_an_edited_comment_between_two_syncs(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    graph, posts = full_graph()
    serve(httpserver, graph)
    before = {i.external_id: i for i in collect(connector(httpserver, make_http))[0]}
    edited = comment(posts["c"]["id"], 3, "2025-03-02T10:00:00+0000", "Edited: see you Monday")
    graph.edges[f"{posts['c']['id']}/comments"] = [[edited]]
    after = {i.external_id: i for i in collect(connector(httpserver, make_http))[0]}
    assert (before[edited["id"]].text, after[edited["id"]].text) == (
        "هل المطعم مفتوح؟",
        "Edited: see you Monday",
    )


def test_a_repeated_cursor_ends_the_walk(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    looping = {
        "data": [rating(1)],
        "paging": {"cursors": {"after": "same"}, "next": "https://graph.facebook.com/x"},
    }
    httpserver.expect_request(f"{V}/{PAGE}/ratings").respond_with_json(looping)
    httpserver.expect_request(f"{V}/{PAGE}/posts").respond_with_json({"data": []})
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 2 and len(httpserver.log) == 3


def test_a_page_user_name_is_resolved_once(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    graph, _ = full_graph()
    graph.objects["cedarolive"] = {"id": PAGE, "name": "Cedar & Olive"}
    graph.edges["cedarolive/ratings"] = graph.edges[f"{PAGE}/ratings"]
    graph.edges["cedarolive/posts"] = graph.edges[f"{PAGE}/posts"]
    serve(httpserver, graph)
    assert (
        connector(httpserver, make_http, page="cedarolive").check()
        == "connected to the Page Cedar & Olive"
    )
    items, _ = collect(connector(httpserver, make_http, page="cedarolive"))
    assert len(items) == 7 and items[0].site_reply is not None  # the Page's replies are known
    assert requested(httpserver).count("cedarolive") == 2  # check(), and fetch() once for all posts


def test_replies_are_posted_as_the_page(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    comment_id = "112233445566_778899001122_334455667788"
    story_id = "10229384756102938_2910384701"
    for target, new_id in ((comment_id, "778899001122_445566778899"), (story_id, "2910384701_1")):
        httpserver.expect_request(f"{V}/{target}/comments", method="POST").respond_with_json(
            {"id": new_id}
        )
    c = connector(httpserver, make_http)
    assert c.can_post() and FacebookConnector.info().can_reply
    posted = c.post_reply({"external_id": comment_id, "kind": "comment"}, "Yes, 9am–2pm!")
    on_rating = c.post_reply({"external_id": story_id, "kind": "review"}, "Thank you, Lena!")
    request = httpserver.log[0][0]
    assert (request.method, request.path) == ("POST", f"{V}/{comment_id}/comments")
    assert request.headers["Authorization"] == f"Bearer {TOKEN}" and not request.args
    assert json.loads(request.data) == {"message": "Yes, 9am–2pm!"}
    assert posted.external_reply_id == "778899001122_445566778899" and posted.at.endswith("Z")
    assert (
        httpserver.log[1][0].path == f"{V}/{story_id}/comments"
        and on_rating.external_reply_id == "2910384701_1"
    )


def test_replies_refused_before_sending(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    c = connector(httpserver, make_http)
    with pytest.raises(RepmanError, match="at most 8000 characters"):
        c.post_reply({"external_id": "1_2"}, "x" * 8001)
    with pytest.raises(RepmanError, match="older than August 2018"):
        c.post_reply({"external_id": "legacy-rating:1:2018-01-01T00:00:00Z"}, "Thanks")
    assert httpserver.log == []


def test_a_refused_reply_names_its_usual_causes(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request(f"{V}/1_2/comments", method="POST").respond_with_json(
        {"error": {"message": "(#200) Permissions error", "code": 200}}, status=400)  # fmt: skip
    with pytest.raises(SourceUnavailable, match="lacks a permission") as caught:
        connector(httpserver, make_http).post_reply({"external_id": "1_2"}, "Thanks")
    assert TOKEN not in str(caught.value)
