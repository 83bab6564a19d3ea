"""Google Business Profile: reviews of one verified location (My Business API v4,
sources-api.md §1), and replies to them.

Checked against developers.google.com (accounts.locations.reviews resource, list and
updateReply pages): `reviewer.{displayName, isAnonymous}`, `starRating` ONE..FIVE or
STAR_RATING_UNSPECIFIED, `comment` absent on rating-only reviews, `createTime`/`updateTime`
RFC 3339 with 0-9 fractional digits (or an offset), `reviewReply.{comment, updateTime}`,
`orderBy=updateTime desc`, `pageSize` at most 50, `nextPageToken` absent on the last page;
a reply is `PUT .../reviews/{id}/reply` with {"comment"} of at most 4096 bytes.

Decisions where the docs are silent (UNCONFIRMED in the reference):
- No language field: left empty for triage to detect. Translated reviews reportedly carry
  "(Translated by Google)" and the original inside `comment`; we keep `comment` verbatim.
- No per-review link exists in the resource: url stays empty.
- An anonymous reviewer keeps whatever `displayName` Google sends (its placeholder), or none.
- Whether an owner reply made elsewhere moves `updateTime` is not documented; if it does
  not, such a reply is picked up when the review next changes or on a full sync.
- Sorting by `updateTime desc` brings edited reviews back to the top, so the cursor is the
  newest change time seen (google_oauth.walk_newest_first).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from repman.domain import Item, ItemKind, SiteReply, to_iso, utcnow
from repman.sources import google_oauth
from repman.sources.base import (
    Cursor,
    Fetched,
    Field,
    Page,
    PostedReply,
    ReplyLimit,
    expect,
    utc,
)
from repman.sources.google_oauth import GoogleApiConnector
from repman.sources.http import Http

SCOPE = "https://www.googleapis.com/auth/business.manage"
_STARS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}


class GoogleConnector(GoogleApiConnector):
    kind = "google"
    label = "Google Business Profile"
    default_base_url = "https://mybusiness.googleapis.com/v4"
    settings_fields = (
        Field("account", "Account ID", "The number after accounts/ in your Business Profile "
              "account name, e.g. 1029384756"),
        Field("location", "Location ID", "The number after locations/ for this business, "
              "e.g. 5647382910 (the location must be verified)"),
    )  # fmt: skip
    secret_fields = (
        Field("token", "Access token", "An OAuth access token with the business.manage "
              "permission (it lasts an hour: for trying things out). Leave empty to sign in "
              "with `repman source connect` instead", required=False),
        *google_oauth.OAUTH_SECRETS,
    )  # fmt: skip
    scope = SCOPE  # what `repman source connect` asks Google to allow
    page_size = 50  # the API's maximum
    min_interval = 0.2  # 300 queries per minute per project
    reply_limit = ReplyLimit(4096, "bytes")
    terms_note = (
        "Reviews of your own verified location, through the Business Profile API (Google must "
        "approve your project's API access first). Kept on this computer. Replies appear "
        "publicly under your business name."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        account = str(settings["account"]).strip().removeprefix("accounts/")
        location = str(settings["location"]).strip().split("/")[-1]
        self.parent = f"accounts/{quote(account, safe='')}/locations/{quote(location, safe='')}"

    def _list(self, page_token: str | None, size: int) -> dict[str, Any]:
        params: dict[str, Any] = {"pageSize": size, "orderBy": "updateTime desc"}
        if page_token:
            params["pageToken"] = page_token
        url = self.url(f"{self.parent}/reviews")
        data = self.auth.call(lambda h: self.http.get_json(url, params=params, headers=h))
        # A location without reviews may answer {} (proto3 leaves empty lists out).
        expect(isinstance(data, dict), self.label, "the answer is not an object")
        expect(isinstance(data.get("reviews", []), list), self.label, "'reviews' is not a list")
        return dict(data)

    def _page(self, page_token: str | None) -> Fetched:
        data = self._list(page_token, self.page_size)
        following = data.get("nextPageToken")
        expect(following is None or isinstance(following, str), self.label,
               "'nextPageToken' is not text")  # fmt: skip
        total = data.get("totalReviewCount")
        return (list(data.get("reviews", [])), str(following) if following else None,
                total if isinstance(total, int) else None)  # fmt: skip

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        return google_oauth.walk_newest_first(cursor, self._page, self._item)

    def check(self) -> str:
        data = self._list(None, 1)
        total, average = data.get("totalReviewCount"), data.get("averageRating")
        if isinstance(total, int) and isinstance(average, (int, float)):
            return f"connected: {total} reviews, average {average:.1f} stars"
        return "connected: no reviews yet" if not data.get("reviews") else "connected"

    def _item(self, review: Any) -> Item:
        expect(isinstance(review, dict), self.label, "a review is not an object")
        review_id = review.get("reviewId") or str(review.get("name") or "").rpartition("/")[2]
        expect(isinstance(review_id, str) and bool(review_id), self.label, "a review has no id")
        reviewer = review.get("reviewer") or {}
        expect(isinstance(reviewer, dict), self.label, "'reviewer' is not an object")
        comment = review.get("comment")
        expect(comment is None or isinstance(comment, str), self.label, "'comment' is not text")
        created = utc(review.get("createTime"), self.label)
        updated = utc(review["updateTime"], self.label) if review.get("updateTime") else None
        name = reviewer.get("displayName")
        return Item(
            external_id=review_id,
            kind=ItemKind.REVIEW,
            text=comment or "",  # rating-only reviews have no comment
            created_at=created,
            updated_at=updated if updated != created else None,
            author_name=name if isinstance(name, str) and name else None,
            rating=_STARS.get(str(review.get("starRating"))),  # UNSPECIFIED -> None
            raw=dict(review),
            site_reply=self._site_reply(review.get("reviewReply")),
        )

    def _site_reply(self, reply: Any) -> SiteReply | None:
        if not reply:
            return None
        expect(isinstance(reply, dict), self.label, "'reviewReply' is not an object")
        body = reply.get("comment")
        if not isinstance(body, str) or not body:
            return None
        return SiteReply(body, utc(reply.get("updateTime"), self.label))

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        # Built from the settings, not from the stored raw `name`: the path stays ours.
        data = self._send_reply(
            item, body, "PUT", lambda review: f"{self.parent}/reviews/{review}/reply",
            {"comment": body},
        )  # fmt: skip
        at = data.get("updateTime")
        return PostedReply(None, utc(at, self.label) if at else to_iso(utcnow()))
