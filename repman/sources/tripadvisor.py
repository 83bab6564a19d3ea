"""Tripadvisor Content API: the most recent reviews of one location (sources-api.md §5).

Read-only: owners answer in Tripadvisor's Management Center; the Content API has no reply.

What the terms let us keep, and what we keep:
Tripadvisor's caching policy (tripadvisor-content-api.readme.io/reference/caching-policy,
bound by its API Master Terms) says: "location_id: unlimited caching allowed ...
All other attributes: No caching, storing or indexing is permitted". A local inbox is
storage, so no review text, title, reviewer name, avatar, place or owner-response text
is ever kept. Each item keeps the minimum that lets the inbox say "a new 2-bubble review on
Tripadvisor, read it there": the review id, its rating, its publication time and
Tripadvisor's link (raw holds only those and the location id). Its text stays empty. An
existing owner response marks the item answered with a placeholder body, its id and time,
never its text. The id, rating, time and link are strictly Tripadvisor content too; they
are the smallest set that still makes the source useful, and the source form says so.
Language is left empty for the same reason (the reviews are fetched in the source's
`language`, English by default, as the API only returns reviews in the language asked for).

The key travels as the `key` query parameter (the API's only documented way). It never
appears in our errors: the shared client's messages carry no URL, and we never echo
Tripadvisor's own error text. httpx's request logging (which prints URLs) is silenced in
repman/logs.py.

Paging: the API returns "up to 5" most recent reviews. `limit`/`offset` appear only in
third-party notes (UNCONFIRMED), so we page with limit=5 and offset and stop on an empty or
short page, or on a page of reviews already seen in this walk (offset ignored). A walk also
stops at the first page holding a review at or before the newest one of the last complete
walk, which keeps calls (5,000 free a month) low.

Cursor: {"newest": UTC time, "resume": {"offset", "run_newest"} while a walk is under way}.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from repman.domain import Item, ItemKind, SiteReply, SourceUnavailable
from repman.sources.base import Connector, Cursor, Field, Page, expect, utc, walk_newest_first
from repman.sources.http import Http

KEPT_FIELDS = ("id", "location_id", "rating", "published_date", "url")
REPLY_PLACEHOLDER = (
    "(An owner response is on Tripadvisor. Tripadvisor's terms do not allow keeping its "
    "text: read it there.)"
)


class TripadvisorConnector(Connector):
    kind = "tripadvisor"
    label = "Tripadvisor"
    default_base_url = "https://api.content.tripadvisor.com"
    settings_fields = (
        Field("location", "Location ID", "The number after -d in your Tripadvisor page "
              "address, e.g. 1234567 in ...-g186338-d1234567-Reviews-..."),
        Field("language", "Review language", "Two-letter code of the reviews to fetch, e.g. "
              "en, ar, el (Tripadvisor returns one language at a time; default en)",
              required=False),
    )  # fmt: skip
    secret_fields = (
        Field("api_key", "API key", "Your Content API key from Tripadvisor's developer "
              "portal (the key may be limited to your computer's IP address there)"),
    )  # fmt: skip
    page_size = 5  # the API's maximum
    min_interval = 0.2  # 50 calls a second are allowed; the monthly allowance is the real cap
    terms_note = (
        "Tripadvisor's terms forbid storing anything but the location ID, so Repman keeps "
        "only each review's rating, date and link, never its text or author: read it on "
        "Tripadvisor. The API shows the 5 most recent reviews. Replies: in Tripadvisor's "
        "Management Center."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self.location = str(self.settings["location"]).strip()
        self.language = str(self.settings.get("language") or "en").strip()

    def _page(self, offset: int) -> list[Any]:
        data = self.http.get_json(
            self.url(f"/api/v1/location/{quote(self.location, safe='')}/reviews"),
            params={"key": self.secrets["api_key"], "language": self.language,
                    "limit": self.page_size, "offset": offset},
            headers={"Accept": "application/json"},
        )  # fmt: skip
        expect(isinstance(data, dict), self.label, "the answer is not an object")
        error = data.get("error")
        if isinstance(error, dict) and not data.get("data"):
            # Never repeat Tripadvisor's own message: we cannot be sure it does not quote the key
            kind = str(error.get("type") or error.get("code") or "unknown")[:40]
            raise SourceUnavailable(f"Tripadvisor reported an error ({kind})")
        reviews = data.get("data")
        expect(isinstance(reviews, list), self.label, "no 'data' list of reviews")
        return list(reviews)

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        return walk_newest_first(
            cursor,
            self.page_size,
            lambda offset: ([self._item(r) for r in self._page(offset)], None),
        )

    def _item(self, review: Any) -> Item:
        expect(isinstance(review, dict), self.label, "a review is not an object")
        review_id = review.get("id")
        expect(isinstance(review_id, (int, str)) and not isinstance(review_id, bool)
               and str(review_id).strip() != "", self.label, "a review without id")  # fmt: skip
        url = review.get("url")
        return Item(
            external_id=str(review_id),
            kind=ItemKind.REVIEW,
            text="",  # nothing but the location id may be stored (module docstring)
            created_at=utc(review.get("published_date"), self.label),
            rating=_bubbles(review.get("rating"), self.label),
            url=url if isinstance(url, str) and url else None,
            raw={key: review[key] for key in KEPT_FIELDS if key in review},
            site_reply=self._owner_response(review.get("owner_response")),
        )

    def _owner_response(self, response: Any) -> SiteReply | None:
        if not isinstance(response, dict) or not response.get("published_date"):
            return None
        reply_id = response.get("id")
        return SiteReply(
            body=REPLY_PLACEHOLDER,
            at=utc(response["published_date"], self.label),
            external_reply_id=None if reply_id is None else str(reply_id),
        )


def _bubbles(value: Any, site: str) -> int | None:
    if value is None:
        return None
    expect(isinstance(value, (int, float)) and not isinstance(value, bool), site,
           "a rating that is not a number")  # fmt: skip
    bubbles = round(value)
    expect(1 <= bubbles <= 5, site, "a rating outside 1-5")
    return int(bubbles)
