"""Trustpilot: the service reviews of one business unit, and replies to them
(sources-api.md §4).

Reading uses the public endpoint `GET /v1/business-units/{id}/reviews` with the API key in
the `apikey` header (the docs allow the header or `?apikey=`; the header keeps the key out
of URLs). The private endpoint would add consumers' e-mail addresses and order ids, which
an inbox does not need, so it is not used.

Checked against developers.trustpilot.com (business-units-api, service-reviews-api):
- `page` (from 1; "a page past the end returns an empty array"), `perPage` 1-100,
  `orderBy=createdat.desc`. We stop on an empty page and also on a short one (one call
  fewer against the yearly allowance), never following `links`, whose paging `rel` name is
  UNCONFIRMED.
- Review fields: id, consumer{id, displayName}, stars, title, text (plain text, kept
  verbatim), language, createdAt, updatedAt, companyReply{text, createdAt}. Client code also
  shows companyReply.{updatedAt, authorBusinessUserId, authorBusinessUserName}; we use the
  name when present.
- Reply: `POST /v1/private/reviews/{reviewId}/reply` with a business user's Bearer token and
  {"authorBusinessUserId", "message", "submittedAt"}. Trustpilot's maintainers answered a
  client issue with {"message"} alone, so authorBusinessUserId is sent only when the
  optional `business_user_id` setting is filled (needed with client-credentials tokens), and
  submittedAt is left to Trustpilot's clock. The response (201 with {"reply": {"message",
  "createdAt"}} in a third-party example) is UNCONFIRMED: we read createdAt if present.
- Reply length: no limit is documented anywhere we looked (UNCONFIRMED). We refuse replies
  over 2,000 characters before sending, so a long reply gets a clear message rather than
  an opaque HTTP 400; raise REPLY_LIMIT if Trustpilot is found to accept more.
- The public review page `https://www.trustpilot.com/reviews/{id}` is what client code links
  to (the API's own links point at the API); UNCONFIRMED in the docs.
- Rate limits: Trustpilot asks for at most 833 calls per 5 minutes (min_interval 0.4 s);
  how it signals throttling is UNCONFIRMED, the shared client handles 429 and 5xx.

Cursor: {"newest": UTC createdAt of the newest review of the last complete walk, "resume":
{"page", "run_newest"} while a walk is under way}. Reviews arriving mid-walk push older ones
to later pages, so resuming by page number can repeat reviews but never skips one. A walk
stops at the first page holding a review at or before "newest"; that page is delivered
whole, so edits and company replies on it are picked up.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from repman.domain import Item, ItemKind, RepmanError, SiteReply, to_iso, utcnow
from repman.sources.base import (
    Connector,
    Cursor,
    Field,
    Page,
    PostedReply,
    ReplyLimit,
    expect,
    utc,
    walk_newest_first,
)
from repman.sources.http import Http

PUBLIC_REVIEW_URL = "https://www.trustpilot.com/reviews/{id}"
REPLY_LIMIT = 2000


class TrustpilotConnector(Connector):
    kind = "trustpilot"
    label = "Trustpilot"
    default_base_url = "https://api.trustpilot.com"
    settings_fields = (
        Field("business_unit", "Business unit ID", "Your business unit ID (24 letters and "
              "digits); find it with Trustpilot's business-units/find call for your domain"),
        Field("business_user_id", "Business user ID", "The ID of the Trustpilot Business "
              "user replies are posted as (needed only with client-credentials tokens)",
              required=False),
    )  # fmt: skip
    secret_fields = (
        Field("api_key", "API key", "The API key of your Trustpilot API application "
              "(Trustpilot Business > Integrations > API)"),
        Field("access_token", "Access token", "A business user access token, to post "
              "replies (it lasts about 100 hours)", required=False),
    )  # fmt: skip
    page_size = 100  # the API's maximum
    min_interval = 0.4  # Trustpilot asks for at most 833 calls per 5 minutes
    reply_limit = ReplyLimit(REPLY_LIMIT)
    terms_note = (
        "Public reviews, stored as fetched. Every API call counts against your Trustpilot "
        "API module's yearly allowance. Replies are posted publicly as your business."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self.business_unit = str(self.settings["business_unit"]).strip()

    def _page(self, number: int) -> list[Any]:
        data = self.http.get_json(
            self.url(f"/v1/business-units/{quote(self.business_unit, safe='')}/reviews"),
            params={"page": number, "perPage": self.page_size, "orderBy": "createdat.desc"},
            headers={"apikey": self.secrets["api_key"]},
        )
        expect(isinstance(data, dict) and isinstance(data.get("reviews"), list), self.label,
               "no 'reviews' list")  # fmt: skip
        return list(data["reviews"])

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        return walk_newest_first(
            cursor,
            self.page_size,
            lambda number: ([self._item(r) for r in self._page(number)], None),
            position="page",
        )

    def _item(self, review: Any) -> Item:
        expect(isinstance(review, dict), self.label, "a review is not an object")
        review_id = review.get("id")
        expect(isinstance(review_id, str) and bool(review_id), self.label, "a review without id")
        consumer = review.get("consumer") or {}
        expect(isinstance(consumer, dict), self.label, "a review's consumer is not an object")
        stars = review.get("stars")
        expect(stars is None or (isinstance(stars, int) and not isinstance(stars, bool)
                                 and 1 <= stars <= 5), self.label, "stars outside 1-5")  # fmt: skip
        return Item(
            external_id=review_id,
            kind=ItemKind.REVIEW,
            text=_text(review.get("text")),
            title=_text(review.get("title")) or None,
            created_at=utc(review.get("createdAt"), self.label),
            updated_at=utc(review["updatedAt"], self.label) if review.get("updatedAt") else None,
            author_name=_text(consumer.get("displayName")) or None,
            author_id=_text(consumer.get("id")) or None,
            rating=stars,
            language=_text(review.get("language")) or None,
            url=PUBLIC_REVIEW_URL.format(id=quote(review_id, safe="")),
            raw=dict(review),
            site_reply=self._company_reply(review.get("companyReply")),
        )

    def _company_reply(self, reply: Any) -> SiteReply | None:
        if not isinstance(reply, dict) or not _text(reply.get("text")):
            return None
        return SiteReply(
            body=_text(reply.get("text")),
            at=utc(reply.get("createdAt"), self.label),
            by=_text(reply.get("authorBusinessUserName")) or None,
        )

    def can_post(self) -> bool:
        return bool(self.secrets.get("access_token"))

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        if not self.can_post():
            raise RepmanError(
                "Trustpilot replies need a business user access token: add one to this "
                "source, or copy the reply to Trustpilot by hand and record it with "
                "`repman reply ID --text ...` (without --post)"
            )
        assert self.reply_limit is not None
        self.reply_limit.check(self.label, body)
        payload = {"message": body}
        if self.settings.get("business_user_id"):
            payload["authorBusinessUserId"] = str(self.settings["business_user_id"])
        review_id = quote(str(item["external_id"]), safe="")
        data = self.http.json(
            "POST",
            self.url(f"/v1/private/reviews/{review_id}/reply"),
            json=payload,
            headers={"Authorization": f"Bearer {self.secrets['access_token']}"},
        )
        reply = data.get("reply") if isinstance(data, dict) else None
        if isinstance(reply, dict) and reply.get("createdAt"):
            return PostedReply(None, utc(reply["createdAt"], self.label))
        return PostedReply(None, to_iso(utcnow()))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
