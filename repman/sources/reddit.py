"""Reddit: posts matching a search, site-wide or in one subreddit, and replies (sources-api.md §8).

With a token: `GET https://oauth.reddit.com/search` (or `/r/{sub}/search`) with
`Authorization: bearer {token}`. Without: the public `https://www.reddit.com/search.json`,
which Reddit limits to 10 requests a minute and may refuse outright. `base_url` replaces either.

Decisions, and what they rest on:
- User-Agent: Reddit's API rules (reddit-archive/reddit wiki "API") ask for
  `<platform>:<app ID>:<version> (by /u/<username>)` and throttle generic agents hard. The shared
  client sends "Repman/0.1 (...)", which is not that form, so every Reddit request carries
  `desktop:org.repman.Repman:v{version} (...)`. We do not know the user's Reddit name, so the
  "(by /u/...)" part is replaced by the app's address.
- Query: `q`, `sort=new` (newest first), `t=all`, `type=link`, `limit=100` (the maximum),
  `restrict_sr=1` with a subreddit, and `raw_json=1`: without it Reddit escapes & < > in text
  fields as HTML entities (public clients, PRAW among them, send it), and we store text as sent.
- Comments: the documented search returns posts only (`type=comment` is unofficial); scanning
  every matching thread's comments would multiply requests under a 10-per-minute limit, so it is
  not done. Comments (t1) that do appear in a listing are mapped as kind "comment". Other kinds
  (subreddits, users, "more") are skipped.
- Items: external_id = the fullname (`t3_…`/`t1_…`), which is also what a reply needs;
  "[deleted]" authors -> None; `edited` (epoch seconds, or false) -> updated_at; url =
  https://www.reddit.com + permalink. Link posts without text keep their target URL as text.
- Owner replies: the search listing has no children, so replies already on Reddit are not seen.
- Cursor: {"newest": created_utc of the newest post seen, "resume": {"after", "run_newest"}}
  (base.walk_tokens).
  A sync stops at the first post older than `newest` minus an hour: search indexing lags, and
  edits inside that hour are picked up. Stops on an empty page, a missing or repeated `after`.
- Errors in a 200 body: a listing may come back as {"error": 403, "message": ...}, and
  /api/comment reports refusals in json.errors (e.g. RATELIMIT): both are raised, never ignored.
- Reply: `POST /api/comment`, form-encoded api_type=json, thing_id=<fullname>, text=<markdown>,
  scope `submit`. Limit 10,000 characters: `VMarkdownLength(['text', 'comment'],
  max_length=10000)` in reddit's open-source POST_comment (the live site may differ: UNCONFIRMED).
  The post is tried once: Reddit has no idempotency key, and a retry after a lost answer could
  comment twice. The new comment is json.data.things[0].data (fields `name`, `id`,
  `created_utc`; only `things[0]` is confirmed by public clients).
- The token is a plain bearer token, as DESIGN.md §4 lists it. Reddit's OAuth tokens are said to
  last an hour (the token endpoint was not re-read: UNCONFIRMED); refreshing them is not this
  module's job, so a 401 says "reconnect".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from repman import APP_ID, __version__
from repman.domain import (
    AuthExpired,
    Item,
    ItemKind,
    RateLimited,
    RepmanError,
    SourceUnavailable,
    to_iso,
    utcnow,
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
    utc,
    walk_tokens,
)
from repman.sources.http import Http

OAUTH_BASE = "https://oauth.reddit.com"
PUBLIC_BASE = "https://www.reddit.com"
USER_AGENT = f"desktop:{APP_ID}:v{__version__} (Repman review inbox; +https://repman.org)"
OVERLAP = 3600.0  # seconds re-read behind the newest post seen: search indexing lags
OAUTH_INTERVAL = 0.6  # 100 requests a minute per OAuth client


class RedditConnector(Connector):
    kind = "reddit"
    label = "Reddit"
    default_base_url = PUBLIC_BASE
    settings_fields = (
        Field("query", "Search words", 'Words to look for, e.g. "Rosie\'s Bakery" (quotes '
              "keep the words together)"),
        Field("subreddit", "Subreddit", "Only search this community, e.g. Portland (without "
              "r/); leave empty to search all of Reddit", required=False),
    )  # fmt: skip
    secret_fields = (
        Field("token", "Access token", "A Reddit OAuth token with the read and submit scopes, "
              "to search with a higher limit and post replies; without it Repman reads "
              "Reddit's public search, which Reddit limits", required=False),
    )  # fmt: skip
    page_size = 100  # the API's maximum
    min_interval = 6.0  # 10 requests a minute without a token; lowered when there is one
    reply_limit = ReplyLimit(10_000)
    terms_note = (
        "Public posts matched by your search, stored as fetched. Reddit's Data API terms "
        "apply: commercial use needs an agreement with Reddit. Replies are posted publicly "
        "as the token's account."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        merged = dict(settings)
        if not merged.get("base_url"):
            merged["base_url"] = OAUTH_BASE if secrets.get("token") else PUBLIC_BASE
        super().__init__(merged, secrets, http)
        if self.secrets.get("token"):
            self.http.min_interval = min(self.http.min_interval, OAUTH_INTERVAL)
        self.subreddit = _subreddit(str(settings.get("subreddit") or ""))

    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT}
        token = self.secrets.get("token")
        if token:
            headers["Authorization"] = f"bearer {token}"
        return headers

    def _listing(self, after: str | None) -> Fetched:
        path = f"/r/{self.subreddit}/search" if self.subreddit else "/search"
        if not self.secrets.get("token"):
            path += ".json"
        params: dict[str, Any] = {
            "q": self.settings["query"], "sort": "new", "t": "all", "type": "link",
            "limit": self.page_size, "raw_json": 1,
        }  # fmt: skip
        if self.subreddit:
            params["restrict_sr"] = 1
        if after:
            params["after"] = after
        try:
            data = self.http.get_json(self.url(path), params=params, headers=self._headers())
        except AuthExpired:
            if self.secrets.get("token"):
                raise
            raise AuthExpired(
                "Reddit refused to answer without an account: add an access token to this "
                "source (Reddit limits anonymous searches)"
            ) from None
        expect(isinstance(data, dict), self.label, "the listing is not an object")
        _raise_body_error(data, bool(self.secrets.get("token")))
        listing = data.get("data")
        expect(data.get("kind") == "Listing" and isinstance(listing, dict), self.label,
               "not a Listing")  # fmt: skip
        children = listing.get("children")
        expect(isinstance(children, list), self.label, "no 'children' list")
        token = listing.get("after")
        expect(token is None or isinstance(token, str), self.label, "'after' is not text")
        # Every child is read (and checked) as it comes; None for the ones that are no mention.
        return [self._thing(child) for child in children], token or None, None

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        return walk_tokens(
            cursor,
            self._listing,
            lambda thing: thing[0] if thing else None,
            lambda thing: thing[1],
            token="after",
            load=_number,
            after=lambda moment, seen: moment >= seen - OVERLAP,
        )

    def _thing(self, child: Any) -> tuple[float, Item] | None:
        site = self.label
        expect(isinstance(child, dict) and isinstance(child.get("data"), dict), site,
               "a listing child without a data object")  # fmt: skip
        kind = child.get("kind")
        if kind not in ("t1", "t3"):
            return None  # subreddits, users, "more" stubs: not mentions
        data: dict[str, Any] = child["data"]
        name = data.get("name") or (f"{kind}_{data['id']}" if data.get("id") else None)
        expect(isinstance(name, str) and bool(name), site, "a post without a name or id")
        created = _number(data.get("created_utc"))
        expect(created is not None, site, "a post whose created_utc is not a number")
        assert created is not None and isinstance(name, str)
        author = data.get("author")
        author = author if isinstance(author, str) and author not in ("[deleted]", "") else None
        author_id = data.get("author_fullname") if author else None
        edited = data.get("edited")
        edited_at = (
            utc(edited, site)
            if isinstance(edited, (int, float)) and not isinstance(edited, bool) and edited
            else None
        )
        permalink = data.get("permalink")
        if kind == "t3":
            text = _text(data.get("selftext"))
            if not text and not data.get("is_self") and isinstance(data.get("url"), str):
                text = data["url"]
            title = _text(data.get("title")) or None
        else:
            text = _text(data.get("body"))
            title = _text(data.get("link_title")) or None
        item = Item(
            external_id=name,
            kind=ItemKind.MENTION if kind == "t3" else ItemKind.COMMENT,
            text=text,
            title=title,
            author_name=author,
            author_id=author_id if isinstance(author_id, str) else author,
            created_at=utc(created, site),
            updated_at=edited_at,
            url=f"{PUBLIC_BASE}{permalink}" if isinstance(permalink, str) else None,
            raw=dict(data),
        )
        return created, item

    def can_post(self) -> bool:
        return bool(self.secrets.get("token"))

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        if not self.can_post():
            raise RepmanError(
                "Reddit replies need an access token with the submit scope: add one to this "
                "source, or copy the reply to Reddit by hand and record it without --post"
            )
        assert self.reply_limit is not None
        self.reply_limit.check(self.label, body)
        thing = str(item.get("external_id") or "")
        if not re.fullmatch(r"t[13]_[0-9a-z]+", thing):
            raise RepmanError(f"Reddit can only reply to posts and comments, not {thing[:30]!r}")
        # Http never resends a POST that may have reached Reddit (a 5xx, a timeout).
        data = self.http.json(
            "POST",
            self.url("/api/comment"),
            data={"api_type": "json", "thing_id": thing, "text": body},
            headers=self._headers(),
        )
        expect(isinstance(data, dict), self.label, "the reply answer is not an object")
        _raise_body_error(data, True)
        answer = data.get("json")
        inner = answer.get("data") if isinstance(answer, dict) else None
        things = inner.get("things") if isinstance(inner, dict) else None
        first = things[0] if isinstance(things, list) and things else None
        expect(isinstance(first, dict) and isinstance(first.get("data"), dict), self.label,
               "no new comment in the reply answer")  # fmt: skip
        assert isinstance(first, dict)
        new: dict[str, Any] = first["data"]
        new_id = new.get("name") or (f"t1_{new['id']}" if new.get("id") else None)
        created = new.get("created_utc")
        at = utc(created, self.label) if isinstance(created, (int, float)) else to_iso(utcnow())
        return PostedReply(str(new_id) if new_id else None, at)


def _raise_body_error(data: Mapping[str, Any], with_token: bool) -> None:
    """Reddit sometimes answers 200 with the refusal in the body."""
    if "error" in data and not isinstance(data.get("data"), dict):
        code = data.get("error")
        message = str(data.get("message") or data.get("reason") or code)[:100]
        if code in (401, 403) and with_token:
            raise AuthExpired(f"Reddit refused the token ({message}): reconnect this source")
        raise SourceUnavailable(f"Reddit refused the request: {message}")
    answer = data.get("json")
    errors = answer.get("errors") if isinstance(answer, dict) else None
    if errors:
        first = errors[0] if isinstance(errors, list) else errors
        parts = [str(p) for p in first] if isinstance(first, list) else [str(first)]
        code, message = parts[0], " ".join(parts[1:2]) or parts[0]
        if code == "RATELIMIT":
            raise RateLimited(f"Reddit says: {message[:150]}")
        raise RepmanError(f"Reddit refused the reply ({code}): {message[:150]}")


def _subreddit(value: str) -> str:
    name = re.sub(r"^/?r/", "", value.strip()).strip("/")
    if name and not re.fullmatch(r"[A-Za-z0-9_]{2,21}(\+[A-Za-z0-9_]{2,21})*", name):
        raise RepmanError(
            f"Reddit subreddit {value[:40]!r} is not a community name such as Portland"
        )
    return name


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
