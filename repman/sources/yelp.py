"""Yelp Places (formerly Fusion) API: the reviews of one business (sources-api.md §2).

Read-only: Yelp's "Respond to Reviews" API is for contracted partners and takes review ids
from its full-text feeds, never from this endpoint, so there is no post_reply.

What Yelp's terms let us keep, and what we keep:
- Yelp's API terms and its Places FAQ allow caching Yelp content for at most 24 hours; only
  Yelp business IDs may be stored indefinitely. A local inbox keeps items for good and the
  store has no expiry, so the review excerpt, the reviewer's name and photo are never
  stored. Each item keeps the minimum an inbox needs to say "a new 2-star review on Yelp,
  read it there": the review id, its star rating, its time and Yelp's link (raw holds only
  those four fields). The text stays empty and the link opens the review on Yelp.
  The id, rating, time and link are strictly Yelp content too; they are the smallest set
  that still makes the source useful. If Yelp grants more (a partner agreement), _item is
  the one place to change.
- The endpoint returns excerpts only, at most three reviews on the base plans, sorted
  with sort_by=newest (a parameter seen in client code; its maxima are UNCONFIRMED, so
  page_size stays at the 20 clients use).

Time: `time_created` is "YYYY-MM-DD HH:MM:SS" without a zone. Yelp's own schema text
("The time that the review was created in PST", repeated in generated clients and quoted by
a Yelp dataset issue) says Pacific time. We read it as US Pacific local time
(America/Los_Angeles, so PDT in summer), which is what "PST" means in Yelp's other
descriptions; if the zone database is missing (a Windows build without tzdata) we fall back
to a fixed UTC-8, at worst an hour off in summer.

Rate limits (docs.developer.yelp.com/docs/places-rate-limiting): both the per-second and the
daily limit answer HTTP 429 with {"error": {"code": "TOO_MANY_REQUESTS_PER_SECOND" |
"ACCESS_LIMIT_REACHED"}}. The shared client handles the 429 (RateLimit-Remaining 0 with
RateLimit-ResetTime at midnight UTC fails at once with the wait); it does not show us the
body, so we add what Yelp's limits are to its message. An error body on a 2xx answer is
mapped by code.

Cursor: {"newest": UTC time of the newest review of the last complete walk, "resume":
{"offset", "run_newest"} while a walk is under way}. A walk stops at the first page that
holds a review at or before "newest"; that page is delivered whole, so an edited rating on
it is picked up.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from repman.domain import Item, ItemKind, RateLimited, SourceUnavailable, to_iso
from repman.sources.base import Connector, Cursor, Field, Page, expect, utc, walk_newest_first
from repman.sources.http import Http

KEPT_FIELDS = ("id", "rating", "time_created", "url")  # all that the terms let us keep


def _pacific() -> tzinfo:
    try:
        return ZoneInfo("America/Los_Angeles")
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=-8), "PST")


PACIFIC = _pacific()
LIMITS_HINT = (
    "Yelp limits calls per second and per day (the daily allowance of your API plan "
    "resets at midnight UTC)"
)


class YelpConnector(Connector):
    kind = "yelp"
    label = "Yelp"
    default_base_url = "https://api.yelp.com"
    settings_fields = (
        Field("business", "Business ID or alias", "The part after /biz/ in your Yelp page "
              "address, e.g. rosies-bakery-portland"),
        Field("locale", "Language", "Yelp locale of the reviews to show, e.g. en_US or "
              "fr_FR (Yelp's default when empty)", required=False),
    )  # fmt: skip
    secret_fields = (
        Field("api_key", "API key", "The API key of an app you create at "
              "yelp.com/developers (Manage App)"),
    )  # fmt: skip
    page_size = 20
    min_interval = 0.5  # per-second limits are undisclosed; the daily allowance is the real cap
    terms_note = (
        "Yelp's terms allow keeping its content for 24 hours only, so Repman keeps just each "
        "review's star rating, time and link; read the text on Yelp. The API shows at most "
        "3 recent review excerpts on basic plans. Replies: on Yelp for Business."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self.business = str(self.settings["business"]).strip()

    def _page(self, offset: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": self.page_size, "offset": offset, "sort_by": "newest"}
        if self.settings.get("locale"):
            params["locale"] = str(self.settings["locale"])
        try:
            data = self.http.get_json(
                self.url(f"/v3/businesses/{quote(self.business, safe='')}/reviews"),
                params=params,
                headers={"Authorization": f"Bearer {self.secrets['api_key']}"},
            )
        except RateLimited as exc:
            raise RateLimited(f"{exc.message}. {LIMITS_HINT}") from None
        expect(isinstance(data, dict), self.label, "the answer is not an object")
        _raise_for_error_body(data)
        expect(isinstance(data.get("reviews"), list), self.label, "no 'reviews' list")
        return dict(data)

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        def page(offset: int) -> tuple[list[Item], int | None]:
            data = self._page(offset)
            total = data.get("total")
            items = [self._item(r) for r in data["reviews"]]
            return items, total if isinstance(total, int) and not isinstance(total, bool) else None

        return walk_newest_first(cursor, self.page_size, page)

    def _item(self, review: Any) -> Item:
        expect(isinstance(review, dict), self.label, "a review is not an object")
        review_id = review.get("id")
        expect(isinstance(review_id, str) and bool(review_id), self.label, "a review without id")
        url = review.get("url")
        return Item(
            external_id=review_id,
            kind=ItemKind.REVIEW,
            text="",  # the excerpt may not be kept (see the module docstring)
            created_at=_pacific_time(review.get("time_created"), self.label),
            rating=_stars(review.get("rating"), self.label),
            url=url if isinstance(url, str) and url else None,
            raw={key: review[key] for key in KEPT_FIELDS if key in review},
        )


def _pacific_time(value: Any, site: str) -> str:
    expect(isinstance(value, str), site, "a review without time_created")
    try:
        naive = datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return utc(value, site)  # a time with its own zone, should Yelp ever send one
    return to_iso(naive.replace(tzinfo=PACIFIC))


def _stars(value: Any, site: str) -> int | None:
    if value is None:
        return None
    expect(isinstance(value, (int, float)) and not isinstance(value, bool), site,
           "a rating that is not a number")  # fmt: skip
    stars = round(value)
    expect(1 <= stars <= 5, site, "a rating outside 1-5")
    return int(stars)


def _raise_for_error_body(data: Mapping[str, Any]) -> None:
    error = data.get("error")
    if not isinstance(error, dict):
        return
    code = str(error.get("code") or "")
    if code == "ACCESS_LIMIT_REACHED":
        raise RateLimited(
            "Yelp says the daily allowance of this API key is used up; it resets at midnight UTC"
        )
    if code == "TOO_MANY_REQUESTS_PER_SECOND":
        raise RateLimited("Yelp says we called it too often in one second; try again shortly")
    raise SourceUnavailable(f"Yelp reported an error ({code[:60] or 'without a code'})")
