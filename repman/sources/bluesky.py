"""Bluesky: public posts matching a search, through the user's own session (sources-api.md §10).

Decisions, checked against the atproto lexicons and PDS source (UNCONFIRMED items noted):
- Search needs a session since Jan 2025, so every fetch or post starts with one
  `createSession` (app password) and keeps the JWTs in memory only; `createSession` is limited
  to 30 per 5 minutes and 100-300 a day, so one connector never opens a second session while
  `refreshSession` still works.
- An expired access token comes back as 400 {"error": "ExpiredToken"} from the PDS and as 401
  from the AppView. Http hides error bodies, so a 401 always triggers one refresh and retry,
  and a 400 does when the token's own `exp` claim says it is (nearly) spent; tokens are also
  refreshed ahead of time from that claim.
- `sort=latest` with `since` (inclusive, on sortAt = min(createdAt, indexedAt), per the
  lexicon) lets a resync ask only for new posts. The cursor keeps the newest sortAt of the last
  complete run; the next run asks from 15 minutes before it, because search indexing lags and
  re-reading a few posts costs nothing (items are upserted by uri).
- The web permalink https://bsky.app/profile/{handle}/post/{rkey} is a convention (UNCONFIRMED
  as documented); a broken handle ("handle.invalid") uses the DID instead.
- Your own posts are not mentions: they are left out, and your replies (read from your author
  feed, one request) become the site reply of the post they answer when that post is fetched in
  the same run. A post answered on Bluesky after it was fetched is not picked up later.
- Posts cannot be edited in the app; a record rewritten through the API keeps its uri and is
  stored as an edit of the same item (new text and cid), without an edit time.
- Replies: 300 graphemes and 3000 UTF-8 bytes (app.bsky.feed.post lexicon). Python's stdlib has
  no grapheme segmentation, so `count_graphemes` approximates UAX #29: combining marks,
  emoji modifiers and ZWJ emoji sequences, flags and CR LF join. It should never count fewer
  clusters than Bluesky does; it counts more for Indic conjuncts, Thai SARA AM and decomposed
  Hangul, so such a reply may be refused a little early. Links in a reply are plain text
  (no facets).
"""

from __future__ import annotations

import base64
import binascii
import json
import time
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from repman.domain import (
    AuthExpired,
    Item,
    ItemKind,
    RepmanError,
    SiteReply,
    SourceUnavailable,
    parse_iso,
    to_iso,
)
from repman.sources.base import (
    Connector,
    Cursor,
    Fetched,
    Field,
    Page,
    PostedReply,
    ReplyLimit,
    expect,
    follow_tokens,
    utc,
)
from repman.sources.http import Http

OVERLAP = timedelta(minutes=15)
REFRESH_AHEAD = 60.0  # seconds: renew a token this close to its expiry before using it
CLOCK_SKEW = 300.0  # seconds: a refused request this close to expiry is taken as ExpiredToken
OWN_FEED_PAGES = 3
POST = "app.bsky.feed.post"


@dataclass(frozen=True)
class GraphemeLimit(ReplyLimit):
    """Bluesky's two limits on post text: graphemes as users see them, and UTF-8 bytes."""

    max_bytes: int = 3000

    def measure(self, text: str) -> int:
        return count_graphemes(text)

    def check(self, site: str, text: str) -> None:
        super().check(site, text)
        if len(text.encode("utf-8")) > self.max_bytes:
            raise RepmanError(
                f"{site} accepts replies of at most {self.max_bytes} bytes; this one is longer "
                "(emoji and accented letters take several bytes). Shorten it and try again"
            )


@dataclass
class _Session:
    access: str
    refresh: str
    did: str
    expires: float | None  # from the access token's `exp` claim

    def spent(self, margin: float) -> bool:
        return self.expires is not None and time.time() >= self.expires - margin


class BlueskyConnector(Connector):
    kind = "bluesky"
    label = "Bluesky"
    default_base_url = "https://bsky.social"  # your PDS; set base_url for a self-hosted one
    settings_fields = (
        Field("query", "Search words", "Words to look for in public Bluesky posts, e.g. "
              "\"Rosie's Bakery\" (quotes find the exact phrase)"),
    )  # fmt: skip
    secret_fields = (
        Field("handle", "Handle", "Your Bluesky handle, e.g. rosiesbakery.bsky.social"),
        Field("app_password", "App password", "An app password, not your main password: "
              "create one in Bluesky under Settings > Privacy and security > App passwords"),
    )  # fmt: skip
    page_size = 100  # the API's maximum
    min_interval = 1.0  # 3000 requests / 5 min per IP; search is meant for human-paced use
    reply_limit = GraphemeLimit(300, "graphemes")
    terms_note = (
        "Public posts found by Bluesky search, stored as fetched. Bluesky asks that search be "
        "used for people looking things up, not bulk collection, so sync at a modest pace. "
        "Replies are posted publicly as your account. Posts deleted on Bluesky stay here until "
        "you delete them."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self._session: _Session | None = None

    # -- session ---------------------------------------------------------------------------
    def _login(self) -> _Session:
        handle = self.secrets["handle"].strip().lstrip("@")
        try:
            data = self.http.json(
                "POST",
                self.url("/xrpc/com.atproto.server.createSession"),
                json={"identifier": handle, "password": self.secrets["app_password"]},
            )
        except AuthExpired:
            raise AuthExpired(
                "Bluesky did not accept the handle and app password. Create an app password in "
                "Bluesky under Settings > App passwords (Settings > Privacy and security > App "
                "passwords in newer versions) and enter it here; your main password will not do"
            ) from None
        if isinstance(data, dict) and data.get("active") is False:
            state = str(data.get("status") or "inactive")[:20]
            raise AuthExpired(f"Bluesky says this account is {state}; it cannot search or post")
        return self._keep(data)

    def _renew(self, session: _Session) -> _Session:
        try:
            data = self.http.json(
                "POST",
                self.url("/xrpc/com.atproto.server.refreshSession"),
                headers={"Authorization": f"Bearer {session.refresh}"},
            )
        except (AuthExpired, SourceUnavailable):
            return self._login()  # the refresh token is spent too: one new session
        return self._keep(data)

    def _keep(self, data: Any) -> _Session:
        expect(isinstance(data, dict) and all(isinstance(data.get(k), str) and data[k]
                                              for k in ("accessJwt", "refreshJwt", "did")),
               self.label, "no session tokens in the login answer")  # fmt: skip
        self._session = _Session(
            data["accessJwt"], data["refreshJwt"], data["did"], _expiry(data["accessJwt"])
        )
        return self._session

    def _current(self) -> _Session:
        if self._session is None:
            return self._login()
        if self._session.spent(REFRESH_AHEAD):
            return self._renew(self._session)
        return self._session

    def _call(self, method: str, nsid: str, **kwargs: Any) -> Any:
        session = self._current()
        url = self.url(f"/xrpc/{nsid}")
        try:
            return self.http.json(method, url, headers=_bearer(session.access), **kwargs)
        except (AuthExpired, SourceUnavailable) as exc:
            if isinstance(exc, SourceUnavailable) and not session.spent(CLOCK_SKEW):
                raise
            session = self._renew(session)
        return self.http.json(method, url, headers=_bearer(session.access), **kwargs)

    # -- reading ---------------------------------------------------------------------------
    def check(self) -> str:
        params = {"q": self.settings["query"], "sort": "latest", "limit": 1}
        data = self._call("GET", "app.bsky.feed.searchPosts", params=params)
        expect(isinstance(data, dict) and isinstance(data.get("posts"), list), self.label,
               "no 'posts' list in the search result")  # fmt: skip
        return "connected: signed in and search works"

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        # Not walk_tokens: `since` makes the server do the stopping, with an overlap re-read
        # on purpose, so no post is dropped for being at or before the mark; only a page
        # wholly older than `since` (a server that ignores it) ends the walk early.
        cursor = dict(cursor or {})
        seen: str | None = cursor.get("newest")
        resume = cursor.get("resume") or {}
        run_newest: str | None = resume.get("run_newest") or seen
        since = to_iso(parse_iso(seen) - OVERLAP) if seen else None
        replies = self._own_replies(since)
        did = self._current().did

        def search(page_cursor: str | None) -> Fetched:
            params: dict[str, Any] = {"q": self.settings["query"], "sort": "latest",
                                      "limit": self.page_size}  # fmt: skip
            if since:
                params["since"] = since
            if page_cursor:
                params["cursor"] = page_cursor
            data = self._call("GET", "app.bsky.feed.searchPosts", params=params)
            expect(isinstance(data, dict) and isinstance(data.get("posts"), list), self.label,
                   "no 'posts' list in the search result")  # fmt: skip
            hint, following = data.get("hitsTotal"), data.get("cursor")
            return (data["posts"], following if isinstance(following, str) else None,
                    hint if isinstance(hint, int) else None)  # fmt: skip

        for posts, following, hint in follow_tokens(resume.get("cursor"), search):
            items: list[Item] = []
            times: list[str] = []
            for post in posts:
                times.append(self._sort_at(post))
                if _author(post).get("did") != did:  # your own posts are not mentions
                    items.append(self._item(post, replies))
            if times:
                run_newest = max(filter(None, (run_newest, *times)))
            if not posts or following is None or bool(since and max(times) < since):
                yield Page(items, {"newest": run_newest} if run_newest else {}, hint)
                return
            state: Cursor = {"resume": {"cursor": following, "run_newest": run_newest}}
            if seen:
                state["newest"] = seen
            yield Page(items, state, hint)

    def _own_replies(self, since: str | None) -> dict[str, SiteReply]:
        """Your replies since the last run, by the uri of the post each one answers."""
        session = self._current()
        found: dict[str, SiteReply] = {}
        page_cursor: str | None = None
        for _ in range(OWN_FEED_PAGES):
            params: dict[str, Any] = {"actor": session.did, "filter": "posts_with_replies",
                                      "limit": self.page_size}  # fmt: skip
            if page_cursor:
                params["cursor"] = page_cursor
            data = self._call("GET", "app.bsky.feed.getAuthorFeed", params=params)
            expect(isinstance(data, dict) and isinstance(data.get("feed"), list), self.label,
                   "no 'feed' list in your author feed")  # fmt: skip
            older = False
            for entry in data["feed"]:
                expect(isinstance(entry, dict), self.label, "a feed entry is not an object")
                post = entry.get("post")
                when = self._sort_at(post)
                if entry.get("reason") or _author(post).get("did") != session.did:
                    continue  # a repost, not something you wrote
                older = older or bool(since and when < since)
                parent = _dict(_dict(post["record"].get("reply")).get("parent"))
                if isinstance(parent.get("uri"), str):  # newest first: the oldest reply wins
                    text = post["record"].get("text")
                    found[parent["uri"]] = SiteReply(
                        text if isinstance(text, str) else "", self._created(post), post["uri"],
                        _author(post).get("handle"))  # fmt: skip
            page_cursor = data.get("cursor")
            if older or not data["feed"] or not isinstance(page_cursor, str) or not page_cursor:
                break
        return found

    def _sort_at(self, post: Any) -> str:
        expect(isinstance(post, dict) and isinstance(post.get("uri"), str)
               and post["uri"].startswith("at://") and isinstance(post.get("record"), dict)
               and isinstance(post.get("author"), dict), self.label,
               "a post without uri, record or author")  # fmt: skip
        indexed = utc(post.get("indexedAt"), self.label)
        return min(self._created(post), indexed)

    def _created(self, post: Mapping[str, Any]) -> str:
        # createdAt is whatever the author's app wrote; a bad one must not lose the post
        try:
            return utc(post["record"]["createdAt"], self.label)
        except (KeyError, TypeError, SourceUnavailable):
            return utc(post.get("indexedAt"), self.label)

    def _item(self, post: Mapping[str, Any], replies: Mapping[str, SiteReply]) -> Item:
        record, author = post["record"], post["author"]
        handle = author.get("handle")
        handle = handle if isinstance(handle, str) and handle != "handle.invalid" else None
        did = author.get("did") if isinstance(author.get("did"), str) else None
        name = author.get("displayName")
        langs = record.get("langs")
        language = langs[0] if isinstance(langs, list) and langs else None
        text = record.get("text")
        rkey = post["uri"].rsplit("/", 1)[-1]
        profile = handle or did
        return Item(
            external_id=post["uri"],
            kind=ItemKind.MENTION,
            text=text if isinstance(text, str) else "",
            created_at=self._created(post),
            author_name=(name.strip() if isinstance(name, str) else "") or handle,
            author_id=profile,
            language=language if isinstance(language, str) else None,
            url=f"https://bsky.app/profile/{profile}/post/{rkey}" if profile else None,
            raw=dict(post),
            site_reply=replies.get(post["uri"]),
        )

    # -- replying --------------------------------------------------------------------------
    def can_post(self) -> bool:
        return bool(self.secrets.get("handle") and self.secrets.get("app_password"))

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        assert self.reply_limit is not None
        self.reply_limit.check(self.label, body)
        raw = item.get("raw") or {}
        parent = _ref(raw)
        if parent is None:
            raise RepmanError("this Bluesky post was stored without its uri and cid; sync the "
                              "source again, then reply")  # fmt: skip
        # Threads hang from their first post: a reply to a reply keeps the original root.
        root = _ref(_dict(_dict(raw.get("record")).get("reply")).get("root")) or parent
        now = datetime.now(UTC)
        created = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"
        record = {"$type": POST, "text": body, "createdAt": created,
                  "reply": {"root": root, "parent": parent}}  # fmt: skip
        request = {"repo": self._current().did, "collection": POST, "record": record}
        data = self._call("POST", "com.atproto.repo.createRecord", json=request)
        expect(isinstance(data, dict) and isinstance(data.get("uri"), str), self.label,
               "no uri for the new post")  # fmt: skip
        return PostedReply(data["uri"], utc(created, self.label))


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _author(post: Any) -> dict[str, Any]:
    return _dict(_dict(post).get("author"))


def _ref(value: Any) -> dict[str, str] | None:
    """A strong reference {uri, cid} to a post, or None when either is missing."""
    ref = _dict(value)
    uri, cid = ref.get("uri"), ref.get("cid")
    return {"uri": uri, "cid": cid} if isinstance(uri, str) and isinstance(cid, str) else None


def _expiry(jwt: str) -> float | None:
    """The `exp` claim of a JWT, read without verifying it (the server does that)."""
    try:
        part = jwt.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        exp = claims.get("exp")
    except (IndexError, ValueError, binascii.Error, AttributeError):
        return None
    return float(exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else None


# -- grapheme clusters (an approximation of UAX #29, see the module docstring) -------------


_PICTOGRAPH_RANGES = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2300, 0x23FF), (0x2B00, 0x2BFF))
_PICTOGRAPHS = frozenset({0xA9, 0xAE, 0x203C, 0x2049, 0x2122, 0x2139})
_MARKS = frozenset({"Mn", "Me", "Mc"})


def _pictographic(cp: int) -> bool:
    return cp in _PICTOGRAPHS or any(low <= cp <= high for low, high in _PICTOGRAPH_RANGES)


def _extends(ch: str) -> bool:
    """Combining marks, joiners, emoji skin tones and tag characters attach to what precedes."""
    cp = ord(ch)
    if unicodedata.category(ch) in _MARKS or cp in (0x200C, 0x200D, 0xFF9E, 0xFF9F):
        return True
    return 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F


def count_graphemes(text: str) -> int:
    count = 0
    prev = ""
    regional_run = 0  # regional indicators in a row: each pair is one flag
    pictograph = False  # the current cluster began with an emoji
    for ch in text:
        cp = ord(ch)
        regional = 0x1F1E6 <= cp <= 0x1F1FF
        if prev == "\r":
            joins = ch == "\n"
        elif not prev or unicodedata.category(prev) == "Cc":
            joins = False
        elif _extends(ch):
            joins = True
        elif prev == "\u200d" and pictograph:
            joins = _pictographic(cp)
        else:
            joins = regional and regional_run % 2 == 1
        if not joins:
            count += 1
            pictograph = _pictographic(cp)
        regional_run = regional_run + 1 if regional else 0
        prev = ch
    return count
