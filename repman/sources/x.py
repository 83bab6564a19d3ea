"""X (Twitter): posts matching a recent search, API v2 (sources-api.md §13).

Decisions (UNCONFIRMED items noted):
- Reading uses the app-only Bearer token; posting needs `user_token`, an OAuth 2.0
  user-context access token with tweet.read, tweet.write and users.read. Such tokens expire
  after two hours; Repman does not refresh them, so posting then asks for a new one.
- Recent search covers the last 7 days. The cursor keeps the newest post id of the last
  complete run and the next run asks with `since_id`; X refuses a `since_id` older than 7 days
  (HTTP 400, seen in client issues), so an id that old (read from the id's own timestamp) is
  dropped and the whole window is read again. `next_token` resumes an interrupted run; a token
  X no longer takes restarts the run from the top, which loses nothing.
- A 200 answer can carry an "errors" array next to "data" (e.g. an author who is suspended):
  the posts are kept, a missing author is stored as unknown. An answer with errors and neither
  data nor meta is an error.
- Post text arrives with &, < and > as HTML entities (documented by X's community, not the
  reference); it is unescaped once, so the stored text is what the author typed. Long posts
  carry their full text in `note_tweet` (requested in tweet.fields).
- Edits (allowed for 30 minutes, up to 5 times): each edit is a new post id, and
  `edit_history_tweet_ids` lists every version, original first. The original id is the item's
  external_id, so an edit updates the stored item (text, updated_at = the edit's time) instead
  of adding a second one; created_at stays the original's time (read from its id). The API
  mostly returns the newest version; an older one (its id is not last in the list) is skipped
  so it cannot put back replaced text. Replies go to the newest version seen.
- The web link https://x.com/{username}/status/{id} is a convention (UNCONFIRMED as documented).
- Language codes und, zxx and X's q.. codes (media, hashtags only, ...) are stored as unknown.
- Owner replies are not detected: that needs your account id and referenced_tweets, and each
  extra post read is billed.
- Reply length: 280, counted the way twitter-text (config v3) does: NFC, weight 1 for code
  points up to U+10FF and some punctuation, 2 for the rest (CJK, emoji), 23 per link, one emoji
  sequence counts 2. Links are found by scheme, "www." or a common top-level domain; twitter-text
  knows every TLD, so an unusual bare domain may be counted by its own length.
"""

from __future__ import annotations

import html
import re
import time
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from repman.domain import (
    AuthExpired,
    Item,
    ItemKind,
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

TWITTER_EPOCH_MS = 1288834974657  # snowflake ids carry milliseconds since this moment
SEARCH_WINDOW = 7 * 24 * 3600 - 3600  # seconds; an hour's margin before X refuses since_id
FIELDS = {
    "tweet.fields": "created_at,lang,author_id,conversation_id,edit_history_tweet_ids,note_tweet",
    "expansions": "author_id",
    "user.fields": "username,name",
}
_END = r"[^\s.,!?;:)\]'\"…]"  # a link stops before the sentence's closing punctuation
_TLD = (r"(?:com|net|org|info|biz|io|co|app|dev|shop|store|online|site|xyz|me|us|uk|ca|au|de"
        r"|fr|es|it|nl|gr|pk|ae|sa|eg|in|ly|to|gl|be)")  # fmt: skip
_LINK = re.compile(
    rf"\bhttps?://\S*{_END}|\bwww\.\S*{_END}"
    rf"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.{_TLD}\b(?:/(?:\S*{_END})?)?",
    re.IGNORECASE,
)
_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))  # weight 1; the rest weigh 2


@dataclass(frozen=True)
class WeightedLimit(ReplyLimit):
    """X's 280, counted with twitter-text's weights."""

    def measure(self, text: str) -> int:
        return weighted_length(text)

    def check(self, site: str, text: str) -> None:
        used = self.measure(text)
        if used > self.size:
            raise RepmanError(
                f"{site} accepts replies of at most {self.size} characters; this one counts "
                f"{used} (each link counts 23, Chinese, Japanese or Korean characters and emoji "
                "count 2). Shorten it and try again"
            )


class XConnector(Connector):
    kind = "x"
    label = "X"
    default_base_url = "https://api.x.com"
    settings_fields = (
        Field("query", "Search", "An X search, e.g. \"Rosie's Bakery\" OR @rosiesbakery "
              "-is:retweet (X searches only the last 7 days)"),
    )  # fmt: skip
    secret_fields = (
        Field("bearer_token", "Bearer token", "The Bearer token of your app in the X Developer "
              "Console (Apps > Keys and tokens); it can read, not post"),
        Field("user_token", "User access token", "Optional, to post replies: an OAuth 2.0 user "
              "access token of your business account with tweet.read, tweet.write and "
              "users.read. It lasts two hours", required=False),
    )  # fmt: skip
    page_size = 100  # the API's maximum
    min_interval = 2.0  # recent search: 450 requests / 15 min per app
    reply_limit = WeightedLimit(280)
    terms_note = (
        "X bills every post the API returns: pay-per-use credits (about $0.005 a post), or a "
        "small monthly cap on the older plans (Basic: 10,000-15,000 posts; Free: next to none), "
        "so keep the search narrow and sync sparingly. Search covers only the last 7 days. "
        "Posts are stored as fetched; X's developer terms expect posts deleted on X to be "
        "deleted here too, which Repman cannot see: delete them by hand. Replies are posted "
        "publicly as your account."
    )

    def _search(self, since_id: int | None, token: str | None, size: int) -> Any:
        params: dict[str, Any] = {"query": self.settings["query"], "max_results": size, **FIELDS}
        if since_id:
            params["since_id"] = str(since_id)
        if token:
            params["next_token"] = token
        headers = {"Authorization": f"Bearer {self.secrets['bearer_token']}"}
        return self.http.get_json(self.url("/2/tweets/search/recent"), params=params,
                                  headers=headers)  # fmt: skip

    def check(self) -> str:
        # the smallest page X allows: every post returned is billed
        tweets, _, _ = self._parse(self._search(None, None, 10))
        return f"connected: the search answered with {len(tweets)} posts"

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        seen = _number((cursor or {}).get("newest_id"))
        since_id = seen if seen and time.time() - _posted(seen) < SEARCH_WINDOW else None

        def search(token: str | None) -> Fetched:
            tweets, users, meta = self._parse(self._search(since_id, token, self.page_size))
            following = meta.get("next_token")
            return (
                [(t, users) for t in tweets],
                following if isinstance(following, str) else None,
                None,
            )

        def newest_version(entry: tuple[dict[str, Any], dict[str, Any]]) -> Item | None:
            tweet, users = entry
            # An older version of an edited post lists the newer ids after its own: skip it,
            # or it would put back the text its author replaced.
            return self._item(tweet, users) if _history(tweet)[-1] == str(tweet["id"]) else None

        return walk_tokens(
            cursor,
            search,
            lambda entry: _id(entry[0], self.label),
            newest_version,
            token="next_token",
            mark="newest_id",
            load=_number,
            dump=lambda newest: str(newest) if newest else None,
            restart=True,  # X no longer takes the saved token: start again from the top
        )

    def _parse(self, data: Any) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any]]:
        expect(isinstance(data, dict), self.label, "the answer is not an object")
        meta = data.get("meta")
        errors = data.get("errors")
        if "data" not in data and errors and not isinstance(meta, dict):
            first = errors[0] if isinstance(errors, list) and errors else {}
            title = first.get("title") if isinstance(first, dict) else None
            raise SourceUnavailable(
                f"X answered with an error instead of posts: {str(title or 'no details')[:80]}"
            )
        tweets = data.get("data", [])
        includes = data.get("includes", {})
        expect(isinstance(tweets, list) and all(isinstance(t, dict) for t in tweets),
               self.label, "'data' is not a list of posts")  # fmt: skip
        expect(isinstance(includes, dict) and isinstance(includes.get("users", []), list),
               self.label, "'includes' has no list of users")  # fmt: skip
        users = {str(u.get("id")): u for u in includes.get("users", []) if isinstance(u, dict)}
        return tweets, users, meta if isinstance(meta, dict) else {}

    def _item(self, tweet: Mapping[str, Any], users: Mapping[str, Any]) -> Item:
        tid = str(tweet["id"])
        original = _original(tweet)
        user = users.get(str(tweet.get("author_id")))
        user = user if isinstance(user, dict) else {}
        username = user.get("username") if isinstance(user.get("username"), str) else None
        name = user.get("name") if isinstance(user.get("name"), str) else None
        note = tweet.get("note_tweet")
        text: Any = note.get("text") if isinstance(note, dict) else None
        if not isinstance(text, str):
            text = tweet.get("text")
            expect(isinstance(text, str), self.label, "a post without text")
        at = utc(tweet["created_at"], self.label) if tweet.get("created_at") else None
        this_version = at or to_iso(_moment(int(tid)))
        lang = tweet.get("lang")
        unknown = not isinstance(lang, str) or lang in ("und", "zxx") or (
            len(lang) == 3 and lang.startswith("q"))  # fmt: skip
        return Item(
            external_id=original,
            kind=ItemKind.MENTION,
            text=html.unescape(text),
            created_at=this_version if original == tid else to_iso(_moment(int(original))),
            updated_at=None if original == tid else this_version,
            author_name=name or username,
            author_id=username or (str(tweet["author_id"]) if tweet.get("author_id") else None),
            language=None if unknown else lang,
            url=f"https://x.com/{username or 'i/web'}/status/{tid}",
            raw=dict(tweet),
        )

    # -- replying --------------------------------------------------------------------------
    def can_post(self) -> bool:
        return bool(self.secrets.get("user_token"))

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        if not self.can_post():
            return super().post_reply(item, body)
        assert self.reply_limit is not None
        self.reply_limit.check(self.label, body)
        raw = item.get("raw") or {}
        target = str(raw.get("id") or item["external_id"])  # the newest version seen
        if not target.isdigit():
            raise RepmanError("this X post has no usable id; sync the source again, then reply")
        try:
            data = self.http.json(
                "POST",
                self.url("/2/tweets"),
                json={"text": body, "reply": {"in_reply_to_tweet_id": target}},
                headers={"Authorization": f"Bearer {self.secrets['user_token']}"},
            )
        except AuthExpired:
            raise AuthExpired(
                "X refused the reply: the user access token may have expired (they last two "
                "hours) or lack tweet.write, or the author limits who can reply. Enter a fresh "
                "token, or reply on X by hand"
            ) from None
        posted = data.get("data") if isinstance(data, dict) else None
        expect(isinstance(posted, dict) and str(posted.get("id", "")).isdecimal(), self.label,
               "no id for the new post")  # fmt: skip
        assert isinstance(posted, dict)
        return PostedReply(str(posted["id"]), to_iso(utcnow()))


def _number(value: Any) -> int:
    return int(value) if isinstance(value, (str, int)) and str(value).isdecimal() else 0


def _id(tweet: Mapping[str, Any], site: str) -> int:
    expect(str(tweet.get("id", "")).isdecimal(), site, "a post without a numeric id")
    return int(tweet["id"])


def _history(tweet: Mapping[str, Any]) -> list[str]:
    """Ids of every version of a post, oldest first (just its own id when never edited)."""
    history = tweet.get("edit_history_tweet_ids")
    if isinstance(history, list) and history and all(str(i).isdigit() for i in history):
        return [str(i) for i in history]
    return [str(tweet["id"])]


def _original(tweet: Mapping[str, Any]) -> str:
    """The id of a post's first version: the stable identity of an edited post."""
    return _history(tweet)[0]


def _moment(snowflake: int) -> datetime:
    return datetime.fromtimestamp(((snowflake >> 22) + TWITTER_EPOCH_MS) / 1000, UTC)


def _posted(snowflake: int) -> float:
    return _moment(snowflake).timestamp()


# -- weighted length (twitter-text config v3, see the module docstring) ---------------------


def _emoji(cp: int) -> bool:
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2300 <= cp <= 0x23FF
            or 0x2B00 <= cp <= 0x2BFF)  # fmt: skip


def _weigh(text: str) -> int:
    units = 0
    in_emoji = joined = False
    flag_half = False  # the first of two regional indicators was counted
    for ch in text:
        cp = ord(ch)
        if 0xFE00 <= cp <= 0xFE0F:
            continue  # variation selectors only choose how the previous character looks
        if cp == 0x20E3:
            units += 1  # a keycap makes its digit an emoji: 2 in all
            continue
        if in_emoji and (0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F):
            continue  # skin tones and flag tags belong to the emoji before them
        if in_emoji and cp == 0x200D:
            joined = True
            continue
        if _emoji(cp):
            regional = 0x1F1E6 <= cp <= 0x1F1FF
            if joined or (regional and flag_half):
                flag_half = joined = False
                continue
            units += 2
            in_emoji, flag_half = True, regional
            continue
        if joined:
            units += 1  # a joiner not followed by an emoji is an ordinary character
        in_emoji = joined = flag_half = False
        units += 1 if any(low <= cp <= high for low, high in _LIGHT) else 2
    return units


def weighted_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    total = position = 0
    for link in _LINK.finditer(text):
        total += _weigh(text[position : link.start()]) + 23
        position = link.end()
    return total + _weigh(text[position:])
