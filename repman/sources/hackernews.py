"""Hacker News: stories and comments matching a search, through Algolia's HN Search API
(sources-api.md §11). Read-only: Hacker News has no API to post with.

`GET {base}/search_by_date?query=…&tags=(story,comment)&hitsPerPage=100&numericFilters=…`,
newest first, no auth. Parentheses in `tags` mean OR; commas in `numericFilters` mean AND
(the hn-search README and public clients agree; the official hn.algolia.com/api page was not
available to read).

Decisions, and what they rest on:
- Paging by time, not by `page`: each request asks for hits at or before the oldest time of the
  previous page (`created_at_i<=T`) and drops the ids already read at exactly T. `page` numbers
  shift while new comments arrive, and Algolia stops paging after about 1,000 hits (third-party
  figure, UNCONFIRMED); a moving time window has neither problem. `nbPages <= 1` (everything left
  fits on this page), an empty page, or a page with nothing new ends the walk.
- Cursor: {"newest": created_at_i of the newest hit seen, "resume": {"before", "skip",
  "run_newest"}}. A resync asks only for `created_at_i>newest-3600`: the index trails the site
  by seconds to minutes, and a comment can be edited for two hours, so the last hour is read
  again (unchanged hits cost the store nothing; edited ones update the text).
- Items: stories -> kind "mention" with their title; comments -> kind "comment" titled with their
  story's title. Text is `comment_text` / `story_text` (HTML) as plain text; a link story without
  text keeps its URL. url = https://news.ycombinator.com/item?id={objectID}. Hits have no
  language. `updated_at` in a hit changes with points and comment counts, not with edits, so it
  is not used as the item's edit time.
- Limits: about 10,000 requests an hour per IP (third-party figure, UNCONFIRMED); no rate headers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from repman.domain import Item, ItemKind
from repman.sources.base import Connector, Cursor, Field, Page, expect, html_to_text, utc

OVERLAP = 3600  # seconds read again behind the newest hit: index lag and edits
ITEM_URL = "https://news.ycombinator.com/item?id="


class HackerNewsConnector(Connector):
    kind = "hackernews"
    label = "Hacker News"
    default_base_url = "https://hn.algolia.com/api/v1"
    settings_fields = (
        Field("query", "Search words", 'Words to look for in stories and comments, e.g. '
              '"Rosie\'s Bakery" (quotes keep the words together)'),
    )  # fmt: skip
    page_size = 100
    min_interval = 0.5  # about 10,000 requests an hour per IP
    terms_note = (
        "Public Hacker News stories and comments found through Algolia's HN Search, stored as "
        "fetched. Hacker News has no reply API: answer on news.ycombinator.com."
    )

    def _page(self, after: int | None, before: int | None) -> dict[str, Any]:
        filters = []
        if after is not None:
            filters.append(f"created_at_i>{after}")
        if before is not None:
            filters.append(f"created_at_i<={before}")
        params: dict[str, Any] = {"query": self.settings["query"], "tags": "(story,comment)",
                                  "hitsPerPage": self.page_size}  # fmt: skip
        if filters:
            params["numericFilters"] = ",".join(filters)
        data = self.http.get_json(self.url("/search_by_date"), params=params)
        expect(isinstance(data, dict) and isinstance(data.get("hits"), list), self.label,
               "no 'hits' list")  # fmt: skip
        return dict(data)

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        cursor = dict(cursor or {})
        seen = _int(cursor.get("newest"))
        after = seen - OVERLAP if seen is not None else None
        resume = cursor.get("resume") or {}
        before = _int(resume.get("before"))
        skip = {str(s) for s in resume.get("skip") or []}
        run_newest = _int(resume.get("run_newest"))
        first = True
        while True:
            data = self._page(after, before)
            hits = [_checked(h, self.label) for h in data["hits"]]
            fresh = [h for h in hits if str(h["objectID"]) not in skip]
            items = [self._item(h) for h in fresh]
            hint = data.get("nbHits") if first and isinstance(data.get("nbHits"), int) else None
            first = False
            if hits:
                run_newest = max(run_newest or 0, *(h["created_at_i"] for h in hits))
            pages = data.get("nbPages")
            last = len(hits) < self.page_size or (isinstance(pages, int) and pages <= 1)
            ended = not fresh or last
            if ended:
                newest = max(filter(None, (run_newest, seen)), default=None)
                yield Page(items, {"newest": newest} if newest else {}, total_hint=hint)
                return
            oldest = min(h["created_at_i"] for h in hits)
            # Hits at the boundary second come again with <=: remember which were read.
            skip = (skip if oldest == before else set()) | {
                str(h["objectID"]) for h in hits if h["created_at_i"] == oldest
            }
            before = oldest
            yield Page(items, {"newest": seen, "resume": {"before": before, "skip": sorted(skip),
                               "run_newest": run_newest}}, total_hint=hint)  # fmt: skip

    def _item(self, hit: Mapping[str, Any]) -> Item:
        tags = hit["_tags"] if isinstance(hit.get("_tags"), list) else []
        is_comment = "comment" in tags or (not tags and hit.get("comment_text") is not None)
        author = hit.get("author")
        if is_comment:
            text = html_to_text(_str(hit.get("comment_text")))
            title = _str(hit.get("story_title")) or None
        else:
            text = html_to_text(_str(hit.get("story_text"))) or _str(hit.get("url"))
            title = _str(hit.get("title")) or None
        return Item(
            external_id=str(hit["objectID"]),
            kind=ItemKind.COMMENT if is_comment else ItemKind.MENTION,
            text=text,
            title=title,
            author_name=author if isinstance(author, str) and author else None,
            author_id=author if isinstance(author, str) and author else None,
            created_at=utc(hit["created_at_i"], self.label),
            url=f"{ITEM_URL}{hit['objectID']}",
            raw=dict(hit),
        )


def _checked(hit: Any, site: str) -> dict[str, Any]:
    expect(isinstance(hit, dict), site, "a hit is not an object")
    object_id = hit.get("objectID")
    expect(isinstance(object_id, (str, int)) and str(object_id).isdigit(), site,
           "a hit without a numeric objectID")  # fmt: skip
    moment = hit.get("created_at_i")
    expect(isinstance(moment, int) and not isinstance(moment, bool), site,
           "a hit whose created_at_i is not a whole number")  # fmt: skip
    return dict(hit)


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""
