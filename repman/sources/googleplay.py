"""Google Play: reviews of one app (Google Play Developer API v3, sources-api.md §7), and
replies to them.

Checked against developers.google.com (reviews resource, reviews.list, reviews.reply, the
Reply to Reviews guide) and the .NET/Ruby client docs: a review is {reviewId, authorName,
comments[]}, each comment holding either `userComment` {text, lastModified {seconds (a
string), nanos}, starRating 1-5, reviewerLanguage, originalText, device, ...} or
`developerComment` {text, lastModified}; the list pages with `token` /
`tokenPagination.nextPageToken` and up to 100 `maxResults`; a reply is
`POST .../reviews/{reviewId}:reply` with {"replyText"}, "more than approximately 350
characters will be rejected", answered with {"result": {"replyText", "lastEdited"}}.

What that means here:
- Only production reviews with text, created or edited in about the last week, are listed:
  sync at least daily. Rating-only reviews never arrive.
- The newest change comes first, so the cursor is the newest `lastModified` seen
  (google_oauth.walk_newest_first). There is no creation time: created_at is the first
  `lastModified` we saw (the store keeps it), updated_at the latest.
- A title written separately comes before the text, joined by a tab: split into title/text.
- `text` is the original unless a translation is asked for; we never ask, but prefer
  `originalText` when present. `reviewerLanguage` comes from the device settings, so it may
  not be the language of the text; it is still the site's field and is kept.
- Client issues report `tokenPagination` missing while more reviews exist (UNCONFIRMED):
  without a token we stop, which at worst leaves older reviews of the week out.
- Sign-in: `token` (an access token) as DESIGN.md lists, or, as for Business Profile,
  client_id/client_secret + `repman source connect` (refresh token), so a sync does not stop
  working an hour later. Service-account keys would need an RS256 signer (a crypto library)
  and are not supported.
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

SCOPE = "https://www.googleapis.com/auth/androidpublisher"


class GooglePlayConnector(GoogleApiConnector):
    kind = "googleplay"
    label = "Google Play"
    default_base_url = "https://androidpublisher.googleapis.com/androidpublisher/v3"
    settings_fields = (
        Field("package", "Package name", "Your app's package name as in its Play Store "
              "address, e.g. com.example.bakery"),
    )  # fmt: skip
    secret_fields = (
        Field("token", "Access token", "An OAuth access token with the androidpublisher "
              "permission (it lasts an hour: for trying things out). Leave empty to sign in "
              "with `repman source connect` instead", required=False),
        *google_oauth.OAUTH_SECRETS,
    )  # fmt: skip
    scope = SCOPE  # what `repman source connect` asks Google to allow
    page_size = 100  # the guide's maximum per page
    min_interval = 0.1  # 3,000 queries per minute per quota bucket; no need to go near it
    reply_limit = ReplyLimit(350)
    terms_note = (
        "Reviews of your own app with text, from about the last 7 days only (sync at least "
        "daily). Kept on this computer. Replies appear publicly on Google Play under your "
        "developer name."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self.app = f"applications/{quote(str(settings['package']).strip(), safe='')}"

    def _page(self, page_token: str | None) -> Fetched:
        params: dict[str, Any] = {"maxResults": self.page_size}
        if page_token:
            params["token"] = page_token
        url = self.url(f"{self.app}/reviews")
        data = self.auth.call(lambda h: self.http.get_json(url, params=params, headers=h))
        expect(isinstance(data, dict), self.label, "the answer is not an object")
        reviews = data.get("reviews", [])
        expect(isinstance(reviews, list), self.label, "'reviews' is not a list")
        paging = data.get("tokenPagination") or {}
        expect(isinstance(paging, dict), self.label, "'tokenPagination' is not an object")
        info = data.get("pageInfo") or {}
        total = info.get("totalResults") if isinstance(info, dict) else None
        following = paging.get("nextPageToken")
        return (list(reviews), str(following) if following else None,
                total if isinstance(total, int) else None)  # fmt: skip

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        return google_oauth.walk_newest_first(cursor, self._page, self._item)

    def _item(self, review: Any) -> Item:
        expect(isinstance(review, dict), self.label, "a review is not an object")
        review_id = review.get("reviewId")
        expect(isinstance(review_id, str) and bool(review_id), self.label, "a review has no id")
        comments = review.get("comments")
        expect(isinstance(comments, list) and all(isinstance(c, dict) for c in comments),
               self.label, "'comments' is not a list of objects")  # fmt: skip
        user = next((c["userComment"] for c in comments if "userComment" in c), None)
        expect(isinstance(user, dict), self.label, "a review without a userComment")
        assert isinstance(user, dict)
        text = user.get("originalText") or user.get("text") or ""
        expect(isinstance(text, str), self.label, "a review's text is not text")
        title, tab, body = text.partition("\t")
        if not tab:
            title, body = "", text
        stars = user.get("starRating")
        language = user.get("reviewerLanguage")
        author = review.get("authorName")
        changed = self._time(user.get("lastModified"))
        developer = next((c["developerComment"] for c in comments if "developerComment" in c),
                         None)  # fmt: skip
        return Item(
            external_id=review_id,
            kind=ItemKind.REVIEW,
            text=body,
            title=title.strip() or None,
            created_at=changed,
            updated_at=changed,
            author_name=author if isinstance(author, str) and author else None,
            rating=stars if isinstance(stars, int) and 1 <= stars <= 5 else None,
            language=language if isinstance(language, str) and language else None,
            raw=dict(review),
            site_reply=self._site_reply(developer),
        )

    def _time(self, stamp: Any) -> str:
        expect(isinstance(stamp, dict), self.label, "'lastModified' is not an object")
        return utc(stamp.get("seconds"), self.label)  # epoch seconds, sent as a string

    def _site_reply(self, reply: Any) -> SiteReply | None:
        if reply is None:
            return None
        expect(isinstance(reply, dict), self.label, "'developerComment' is not an object")
        body = reply.get("text")
        if not isinstance(body, str) or not body:
            return None
        return SiteReply(body, self._time(reply.get("lastModified")))

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        data = self._send_reply(
            item, body, "POST", lambda review: f"{self.app}/reviews/{review}:reply",
            {"replyText": body},
        )  # fmt: skip
        result = data.get("result") or {}
        edited = result.get("lastEdited") if isinstance(result, dict) else None
        return PostedReply(None, self._time(edited) if edited else to_iso(utcnow()))
