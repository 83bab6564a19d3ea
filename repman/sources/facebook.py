"""Facebook Pages (Graph API): the Page's recommendations ("ratings") and the comments on
its posts, and replies to both as the Page (sources-api.md §3).

Two streams, one cursor:
1. `/{page}/ratings`, newest first: kind review. Rating: the legacy numeric `rating` (1-5)
   when present, else `recommendation_type` positive -> 5, negative -> 1 (§15 of the
   reference would leave it empty; the inbox ranks by rating, and raw keeps the site's
   value). Id: `open_graph_story.id`; recommendations from before August 2018 have no story,
   get a synthetic "legacy-rating:" id and cannot be answered. Owner replies: the story's
   comments written by the Page, read by field expansion `open_graph_story{id,comments{..}}`
   as restfb's issues show (UNCONFIRMED in Meta's docs).
2. `/{page}/posts`, then `/{post}/comments?filter=stream&order=reverse_chronological`: kind
   comment, no rating. The Page's own comments are not items: its reply (`parent` = the
   comment) is that comment's site_reply; a parent not fetched in this run is fetched by id.

Within a run, paging follows `paging.cursors.after` while `paging.next` exists and stops on
an empty page or a repeated cursor. Graph's docs say not to store cursors (they go stale),
so the stored cursor holds times: {"ratings_seen", "comments_seen": the newest rating /
comment (or post change) of the last complete walk of that stream, "resume": {"until",
"newest"} while the comments walk is under way}. Ratings are few and come first; an
interrupted ratings walk starts again. The comments walk yields one page per page of posts;
"resume.until" is then the oldest post's time, and a resumed walk asks for posts `until` it.
Incremental walks stop at the first ratings page holding one at or before ratings_seen
(delivered whole); open a post only if its `updated_time` (moved by new comments, per the
Post reference) is after comments_seen, read its comments down to comments_seen, and stop
60 days of posts before comments_seen: comments on older posts come with a full sync.

Errors: Graph puts them in the body ({"error": {"code"}}: 4/17/32/613/80001 throttling, 190
expired token), usually with HTTP 400, which the shared client raises on before we see the
body; a 400 therefore gets a message naming its usual causes, and bodies on 2xx answers are
mapped by code. Per the Recommendation reference, /ratings is refused (error 12) from v22.0
on: GRAPH_VERSION stays at v21.0, the last version serving it (available until 21 January
2027, after which Meta answers with the oldest live version). A ratings edge refused with
HTTP 400 (that, or no pages_read_user_content) leaves the source syncing comments only, with
a warning in the log.

The Page token goes in an `Authorization: Bearer` header, never in the URL. Reply: POST
/{object-id}/comments {"message"}; the 8,000-character comment limit is UNCONFIRMED.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator, Mapping
from datetime import timedelta
from typing import Any
from urllib.parse import quote

from repman.domain import (
    AuthExpired,
    Item,
    ItemKind,
    RateLimited,
    RepmanError,
    SiteReply,
    SourceUnavailable,
    parse_iso,
    to_iso,
    utcnow,
)
from repman.sources.base import (
    Connector,
    Cursor,
    Field,
    Page,
    PostedReply,
    ReplyLimit,
    expect,
    utc,
)
from repman.sources.http import Http

log = logging.getLogger(__name__)

GRAPH_VERSION = "v21.0"  # the last version that serves /ratings (see the module docstring)
REPLY_FIELDS = "id,message,from,created_time"
RATING_FIELDS = (
    "created_time,recommendation_type,review_text,reviewer,rating,has_rating,has_review,"
    f"open_graph_story{{id,comments{{{REPLY_FIELDS}}}}}"
)
POST_FIELDS = "id,created_time,updated_time,permalink_url"
COMMENT_FIELDS = "id,message,from,created_time,permalink_url,parent"
COMMENTS_PER_PAGE = 50
POST_LOOKBACK = timedelta(days=60)
LEGACY_PREFIX = "legacy-rating:"
THROTTLED = frozenset({4, 17, 32, 613, 80001})
EXPIRED = frozenset({102, 190})
REFUSED = (
    "Facebook refused the request (HTTP 400). It answers this way when the Page token has "
    "expired or lacks a permission, when the Page ID is wrong, and when it throttles the "
    "app: check the token (Meta's Access Token Debugger), or try again later"
)
Rows = list[dict[str, Any]]


class FacebookConnector(Connector):
    kind = "facebook"
    label = "Facebook"
    default_base_url = "https://graph.facebook.com"
    settings_fields = (
        Field("page", "Page ID", "The number in your Page's About > Page transparency, "
              "e.g. 112233445566 (the Page's user name also works)"),
    )  # fmt: skip
    secret_fields = (
        Field("page_token", "Page access token", "A Page token with pages_read_engagement, "
              "pages_read_user_content and pages_manage_engagement, from an app that passed "
              "Meta's App Review"),
    )  # fmt: skip
    page_size = 25
    min_interval = 0.5  # Page calls share a per-Page budget (4,800 x engaged users a day)
    reply_limit = ReplyLimit(8000)
    terms_note = (
        "Recommendations and comments on your Page's posts, stored as fetched. Replies are "
        "posted publicly as your Page."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self.page = str(self.settings["page"]).strip()
        self.page_id: str | None = self.page if self.page.isdigit() else None

    # -- Graph calls ---------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.secrets['page_token']}"}

    def _graph(self, path: str, params: Mapping[str, Any]) -> dict[str, Any]:
        try:
            data = self.http.get_json(
                self.url(f"/{GRAPH_VERSION}/{path}"), params=dict(params), headers=self._headers()
            )
        except SourceUnavailable as exc:
            raise _explained(exc) from None
        expect(isinstance(data, dict), self.label, "the answer is not an object")
        self._raise_for_error(data)
        return dict(data)

    def _raise_for_error(self, data: Mapping[str, Any]) -> None:
        error = data.get("error")
        if not isinstance(error, dict):
            return
        code = error.get("code")
        if code in THROTTLED:
            raise RateLimited(
                f"Facebook is throttling this app or Page (error {code}); try again later"
            )
        if code in EXPIRED:
            raise AuthExpired(
                f"Facebook says the Page token has expired or was revoked (error {code}): "
                "reconnect this source with a new token"
            )
        text = str(error.get("message") or "")[:120].replace(self.secrets["page_token"], "...")
        raise SourceUnavailable(f"Facebook reported an error {code}: {text}")

    def _walk(self, path: str, params: Mapping[str, Any]) -> Iterator[tuple[Rows, bool]]:
        """Pages of one edge with whether another follows; the caller may stop early."""
        after: str | None = None
        used: set[str] = set()
        while True:
            query = dict(params) | ({"after": after} if after else {})
            data = self._graph(path, query)
            rows: Any = data.get("data")
            expect(isinstance(rows, list) and all(isinstance(r, dict) for r in rows),
                   self.label, "no 'data' list of objects")  # fmt: skip
            paging = {} if data.get("paging") is None else data["paging"]
            expect(isinstance(paging, dict), self.label, "'paging' is not an object")
            cursors = paging.get("cursors") or {}
            nxt = cursors.get("after") if isinstance(cursors, dict) else None
            more = bool(rows and paging.get("next") and isinstance(nxt, str) and nxt)
            more = more and nxt not in used
            yield list(rows), more
            if not more:
                return
            after = str(nxt)
            used.add(after)

    def _lookup_page(self) -> dict[str, Any]:
        data = self._graph(quote(self.page, safe=""), {"fields": "id,name"})
        expect(isinstance(data.get("id"), str), self.label, "the Page has no id")
        self.page_id = str(data["id"])
        return data

    def _page_id(self) -> str:
        return self.page_id or str(self._lookup_page()["id"])

    def check(self) -> str:
        data = self._lookup_page()
        return f"connected to the Page {data.get('name') or data['id']}"

    # -- the two streams -----------------------------------------------------------------
    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        cursor = dict(cursor or {})
        ratings_seen: str | None = cursor.get("ratings_seen")
        comments_seen: str | None = cursor.get("comments_seen")
        resume = cursor.get("resume")
        self._page_id()
        if not resume:  # a stored resume means the ratings walk of that run was complete
            ratings_seen = yield from self._ratings(ratings_seen, comments_seen)
        yield from self._comments(ratings_seen, comments_seen, dict(resume or {}))

    def _ratings(
        self, seen: str | None, comments_seen: str | None
    ) -> Generator[Page, None, str | None]:
        pages = self._walk(f"{quote(self.page, safe='')}/ratings",
                           {"fields": RATING_FIELDS, "limit": self.page_size})  # fmt: skip
        run_newest: str | None = None
        while True:
            try:
                rows, more = next(pages)
            except SourceUnavailable as exc:
                if exc.message != REFUSED:
                    raise
                log.warning("Facebook refused the ratings of Page %s; syncing comments only",
                            self.page)  # fmt: skip
                return seen
            items = [self._rating(r) for r in rows]
            times = [i.created_at for i in items]
            run_newest = _newest(run_newest, *times)
            if not more or (seen is not None and times and min(times) <= seen):
                newest = _newest(run_newest, seen)
                yield Page(items, {"ratings_seen": newest, "comments_seen": comments_seen})
                return newest
            yield Page(items, {"ratings_seen": seen, "comments_seen": comments_seen})

    def _comments(
        self, ratings_seen: str | None, seen: str | None, resume: dict[str, Any]
    ) -> Iterator[Page]:
        params: dict[str, Any] = {"fields": POST_FIELDS, "limit": self.page_size}
        if resume.get("until"):
            params["until"] = int(resume["until"])
        run_newest: str | None = resume.get("newest")
        horizon = to_iso(parse_iso(seen) - POST_LOOKBACK) if seen else None
        for posts, more in self._walk(f"{quote(self.page, safe='')}/posts", params):
            items: list[Item] = []
            created: list[str] = []
            for post in posts:
                expect(isinstance(post.get("id"), str), self.label, "a post without id")
                created.append(utc(post.get("created_time"), self.label))
                # updated_time moves with every new comment (Post reference)
                changed = utc(post.get("updated_time") or post.get("created_time"), self.label)
                if seen is None or changed > seen:
                    thread, newest = self._thread(str(post["id"]), seen)
                    items += thread
                    run_newest = _newest(run_newest, newest)
                # so a Page without comments does not open every post at every sync
                run_newest = _newest(run_newest, changed)
            oldest = min(created, default=None)
            if not more or oldest is None or (horizon is not None and oldest < horizon):
                done = {"ratings_seen": ratings_seen, "comments_seen": _newest(run_newest, seen)}
                yield Page(items, done)
                return
            until = int(parse_iso(oldest).timestamp())
            yield Page(items, {"ratings_seen": ratings_seen, "comments_seen": seen,
                               "resume": {"until": until, "newest": run_newest}})  # fmt: skip

    def _thread(self, post_id: str, seen: str | None) -> tuple[list[Item], str | None]:
        """The new comments of one post as items, and the newest comment time in it."""
        comments: Rows = []
        params = {"fields": COMMENT_FIELDS, "filter": "stream",
                  "order": "reverse_chronological", "limit": COMMENTS_PER_PAGE}  # fmt: skip
        for rows, _more in self._walk(f"{quote(post_id, safe='')}/comments", params):
            comments += rows
            times = [utc(c.get("created_time"), self.label) for c in rows]
            if seen is not None and times and min(times) <= seen:
                break
        for comment in comments:
            expect(isinstance(comment.get("id"), str), self.label,
                   "a comment without id (the Page token needs the MODERATE task)")  # fmt: skip
        replies = self._page_replies(comments)
        known = {str(c["id"]) for c in comments}
        for parent_id in sorted(set(replies) - known):  # a reply to an older comment
            parent = self._parent(parent_id)
            if parent is not None:
                comments.append(parent)
        items = [self._comment(c, replies.get(str(c["id"])))
                 for c in comments if not self._by_page(c)]  # fmt: skip
        newest = _newest(None, *(utc(c.get("created_time"), self.label) for c in comments))
        return items, newest

    def _parent(self, comment_id: str) -> dict[str, Any] | None:
        try:
            parent = self._graph(quote(comment_id, safe=""), {"fields": COMMENT_FIELDS})
        except SourceUnavailable as exc:
            if exc.message != REFUSED:
                raise
            return None  # deleted since: the Page's reply has nothing left to answer
        expect(parent.get("id") == comment_id, self.label, "a comment fetched by id has no id")
        return parent

    def _by_page(self, comment: Mapping[str, Any]) -> bool:
        author = comment.get("from")
        return isinstance(author, dict) and str(author.get("id")) == self._page_id()

    def _page_replies(self, comments: Rows) -> dict[str, dict[str, Any]]:
        """The Page's first reply to each comment it answered, by the comment's id."""
        first: dict[str, dict[str, Any]] = {}
        for comment in comments:
            parent = comment.get("parent")
            if not (self._by_page(comment) and isinstance(parent, dict) and parent.get("id")):
                continue
            key = str(parent["id"])
            at = utc(comment.get("created_time"), self.label)
            if key not in first or at < utc(first[key].get("created_time"), self.label):
                first[key] = comment
        return first

    # -- mapping -------------------------------------------------------------------------
    def _rating(self, rating: Mapping[str, Any]) -> Item:
        story = rating.get("open_graph_story") or {}
        reviewer = rating.get("reviewer") or {}
        expect(isinstance(story, dict) and isinstance(reviewer, dict), self.label,
               "a rating's story or reviewer is not an object")  # fmt: skip
        created = utc(rating.get("created_time"), self.label)
        story_id = story.get("id")
        external_id = (
            str(story_id)
            if isinstance(story_id, str) and story_id
            else f"{LEGACY_PREFIX}{reviewer.get('id') or 'anonymous'}:{created}"
        )
        comments = story.get("comments") or {}
        expect(isinstance(comments, dict), self.label, "a story's comments are not an object")
        thread = comments.get("data") or []
        expect(isinstance(thread, list) and all(isinstance(c, dict) for c in thread),
               self.label, "a story's comments are not a list")  # fmt: skip
        own = sorted((c for c in thread if self._by_page(c)),
                     key=lambda c: utc(c.get("created_time"), self.label))  # fmt: skip
        return Item(
            external_id=external_id,
            kind=ItemKind.REVIEW,
            text=_text(rating.get("review_text")),
            created_at=created,
            author_name=_text(reviewer.get("name")) or None,
            author_id=_text(reviewer.get("id")) or None,
            rating=_stars(rating),
            raw=dict(rating),
            site_reply=self._site_reply(own[0]) if own else None,
        )

    def _comment(self, comment: Mapping[str, Any], reply: Mapping[str, Any] | None) -> Item:
        author = comment.get("from") or {}
        expect(isinstance(author, dict), self.label, "a comment's author is not an object")
        url = comment.get("permalink_url")
        return Item(
            external_id=str(comment["id"]),
            kind=ItemKind.COMMENT,
            text=_text(comment.get("message")),
            created_at=utc(comment.get("created_time"), self.label),
            author_name=_text(author.get("name")) or None,
            author_id=_text(author.get("id")) or None,
            url=url if isinstance(url, str) and url else None,
            raw=dict(comment),
            site_reply=self._site_reply(reply) if reply else None,
        )

    def _site_reply(self, comment: Mapping[str, Any]) -> SiteReply:
        author = comment.get("from")
        name = _text(author.get("name")) if isinstance(author, dict) else ""
        return SiteReply(
            body=_text(comment.get("message")),
            at=utc(comment.get("created_time"), self.label),
            external_reply_id=_text(comment.get("id")) or None,
            by=name or None,
        )

    # -- replies -------------------------------------------------------------------------
    def can_post(self) -> bool:
        return bool(self.secrets.get("page_token"))

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        assert self.reply_limit is not None
        self.reply_limit.check(self.label, body)
        target = str(item["external_id"])
        if target.startswith(LEGACY_PREFIX):
            raise RepmanError(
                "This recommendation is older than August 2018 and Facebook offers no way to "
                "answer it through the API: reply on Facebook, then record it without --post"
            )
        try:
            data = self.http.json(
                "POST",
                self.url(f"/{GRAPH_VERSION}/{quote(target, safe='')}/comments"),
                json={"message": body},
                headers=self._headers(),
            )
        except SourceUnavailable as exc:
            raise _explained(exc) from None
        expect(isinstance(data, dict), self.label, "the answer is not an object")
        self._raise_for_error(data)
        expect(isinstance(data.get("id"), str), self.label, "no id for the new comment")
        return PostedReply(str(data["id"]), to_iso(utcnow()))


def _explained(exc: SourceUnavailable) -> SourceUnavailable:
    return SourceUnavailable(REFUSED) if "(HTTP 400)" in exc.message else exc


def _stars(rating: Mapping[str, Any]) -> int | None:
    legacy = rating.get("rating")
    if isinstance(legacy, int) and not isinstance(legacy, bool) and 1 <= legacy <= 5:
        return legacy
    kind = rating.get("recommendation_type")
    return {"positive": 5, "negative": 1}.get(kind) if isinstance(kind, str) else None


def _newest(*times: str | None) -> str | None:
    return max((t for t in times if t), default=None)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
