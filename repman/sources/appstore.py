"""Apple App Store: the public customer-reviews feed of one app in one storefront
(sources-api.md §6a).

`GET {base}/{country}/rss/customerreviews/page={1..10}/id={app}/sortby=mostrecent/json`, no auth.
Every value in an entry is wrapped as {"label": ...}; `im:rating` is a string "1"-"5".

Decisions, and what they rest on:
- Older feeds put the app itself in the first entry of page 1: entries without `im:rating` are
  skipped (the reference's rule; public clients do the same). A page holding one review may give
  `entry` as an object instead of a list: both are read.
- The feed has one time per review, `updated` (local offset, converted to UTC). It is stored as
  both created_at and updated_at, so an edited review (same id, new text, new `updated`) shows as
  an edit. The feed is sorted by that time, so an edit comes back at the top and is picked up.
- Cursor: {"newest": UTC time of the newest review seen, "resume": {"page", "run_newest"}}. A
  sync stops at the first review older than `newest` minus one day: Apple publishes reviews
  after moderation, so one may appear with a time a little older than one already seen
  (the delay is our assumption, not documented). Reviews re-read inside that day are unchanged
  and the store skips them. Pages are numbers over a list that grows at the top, so resuming an
  interrupted sync at page N can repeat reviews but never skips one.
- The end: an empty page, or page 10 (Apple serves about the 500 newest; the page size of about
  50 is UNCONFIRMED). The feed's "last" link says page=10 whatever the number of reviews
  (seen in public captures), so it is not used.
- No language field: language is left to triage. No per-review URL: the entry's link (the
  app's review page) is kept.
- Replies: the feed shows no developer responses and has no write API. Answering through the
  App Store Connect API needs the developer's .p8 private key to sign tokens on this computer;
  that is out of scope for this source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import timedelta
from typing import Any

from repman.domain import Item, ItemKind, RepmanError, parse_iso, to_iso
from repman.sources.base import Connector, Cursor, Field, Page, expect, html_to_text, utc
from repman.sources.http import Http

LAST_PAGE = 10  # Apple serves pages 1..10 of the newest reviews
OVERLAP = timedelta(days=1)  # reviews may be published some time after they were written


class AppStoreConnector(Connector):
    kind = "appstore"
    label = "App Store"
    default_base_url = "https://itunes.apple.com"
    settings_fields = (
        Field("app", "App ID", "The number in your app's App Store address, e.g. 1234567890 "
              "from https://apps.apple.com/us/app/your-app/id1234567890"),
        Field("country", "Country", "Two-letter App Store country whose reviews to read, e.g. "
              "us, gb, de (default us). Add one source per country", required=False),
    )  # fmt: skip
    page_size = 50  # what Apple serves per page (about; not documented)
    min_interval = 1.0  # no documented limit: one request a second is polite
    terms_note = (
        "Public reviews from Apple's customer-reviews feed (about the 500 newest per country), "
        "stored as fetched. The feed has no owner replies; answering through App Store Connect "
        "needs your .p8 API key, which Repman does not use: reply in App Store Connect."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self.app = _app_id(str(settings.get("app") or ""))
        country = str(settings.get("country") or "us").strip().lower()
        if not re.fullmatch(r"[a-z]{2}", country):
            raise RepmanError(f"App Store country must be two letters such as us or gb, "
                              f"not {country[:20]!r}")  # fmt: skip
        self.country = country

    def _page(self, number: int) -> tuple[list[dict[str, Any]], str | None]:
        path = (f"/{self.country}/rss/customerreviews/page={number}/id={self.app}"
                "/sortby=mostrecent/json")  # fmt: skip
        data = self.http.get_json(self.url(path))
        expect(isinstance(data, dict) and isinstance(data.get("feed"), dict), self.label,
               "no 'feed' object")  # fmt: skip
        feed = data["feed"]
        entries = feed.get("entry")
        if entries is None:
            entries = []
        elif isinstance(entries, dict):  # a page with a single review
            entries = [entries]
        expect(isinstance(entries, list), self.label, "'entry' is neither a list nor an object")
        for entry in entries:
            expect(isinstance(entry, dict), self.label, "an entry is not an object")
        reviews = [e for e in entries if "im:rating" in e]  # the app's own entry has no rating
        feed_time = _label(feed, "updated", self.label)
        return reviews, feed_time

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        cursor = dict(cursor or {})
        seen = cursor.get("newest")
        stop_before = to_iso(parse_iso(seen) - OVERLAP) if isinstance(seen, str) else None
        resume = cursor.get("resume") or {}
        number = int(resume.get("page") or 1)
        run_newest: str | None = resume.get("run_newest")
        previous_ids: list[str] = []
        while True:
            entries, feed_time = self._page(number)
            items = [self._item(e, feed_time) for e in entries]
            ids = [i.external_id for i in items]
            if items:
                run_newest = max(run_newest or "", *(i.created_at for i in items))
            fresh = [i for i in items if stop_before is None or i.created_at >= stop_before]
            ended = (
                not items
                or len(fresh) < len(items)
                or number >= LAST_PAGE
                or ids == previous_ids  # a feed repeating itself has nothing more
            )
            if ended:
                newest = max(filter(None, (run_newest, seen)), default=None)
                yield Page(fresh, {"newest": newest} if newest else {})
                return
            previous_ids = ids
            number += 1
            yield Page(fresh, {"newest": seen, "resume": {
                "page": number, "run_newest": run_newest}})  # fmt: skip

    def _item(self, entry: Mapping[str, Any], feed_time: str | None) -> Item:
        site = self.label
        review_id = _label(entry, "id", site)
        expect(bool(review_id), site, "a review without an id")
        stars = _label(entry, "im:rating", site) or ""
        expect(stars.isdecimal() and 1 <= int(stars) <= 5, site, "a rating that is not 1-5")
        author = entry.get("author") or {}
        expect(isinstance(author, dict), site, "an author that is not an object")
        content = entry.get("content") or {}
        expect(isinstance(content, dict), site, "a content that is not an object")
        text = _label(entry, "content", site) or ""
        attributes = content.get("attributes")
        if isinstance(attributes, dict) and attributes.get("type") == "html":
            text = html_to_text(text)
        # Some older JSON captures lack `updated`; the feed's own time is the nearest we have.
        moment = utc(_label(entry, "updated", site) or feed_time, site)
        link = entry.get("link")
        link_attributes = link.get("attributes") if isinstance(link, dict) else None
        href = link_attributes.get("href") if isinstance(link_attributes, dict) else None
        return Item(
            external_id=str(review_id),
            kind=ItemKind.REVIEW,
            rating=int(stars),
            title=_label(entry, "title", site) or None,
            text=text,
            author_name=_label(author, "name", site) or None,
            author_id=_label(author, "uri", site) or None,
            created_at=moment,
            updated_at=moment,
            url=href if isinstance(href, str) else None,
            raw=dict(entry),
        )


def _label(obj: Mapping[str, Any], key: str, site: str) -> str | None:
    """The value of one {"label": ...} wrapper; None when the key is absent."""
    wrapped = obj.get(key)
    if wrapped is None:
        return None
    expect(isinstance(wrapped, dict), site, f"'{key}' is not a {{label}} object")
    value = wrapped.get("label")
    expect(value is None or isinstance(value, str), site, f"'{key}' label is not text")
    return str(value) if value is not None else None


def _app_id(value: str) -> str:
    """The numeric app id, also from a pasted store address (…/id1234567890) or 'id123…'."""
    text = value.strip()
    if text.isdigit():
        return text
    found = re.search(r"\bid(\d{5,})\b", text)
    if found:
        return found.group(1)
    raise RepmanError(
        "App Store app ID must be the number from the app's store address, e.g. 1234567890"
    )
