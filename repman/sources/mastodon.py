"""Mastodon: statuses matching a search or a hashtag on one instance (sources-api.md §9).

Search covers only posts whose authors opted in to search, on instances with full-text search;
a hashtag timeline works everywhere. Status content is HTML: stored as text, raw kept.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from repman.domain import Item, ItemKind, RepmanError
from repman.sources.base import (
    Connector,
    Cursor,
    Fetched,
    Field,
    Page,
    PostedReply,
    ReplyLimit,
    expect,
    html_to_text,
    utc,
    walk_tokens,
)
from repman.sources.http import Http


class MastodonConnector(Connector):
    kind = "mastodon"
    label = "Mastodon"
    default_base_url = "https://mastodon.social"
    settings_fields = (
        Field("instance", "Instance", "Address of the Mastodon server, e.g. https://mastodon.social"),
        Field("query", "Search words", "Words to search for (the instance must offer full-text "
              "search); leave empty to follow a hashtag instead", required=False),
        Field("tag", "Hashtag", "A hashtag to follow, without #", required=False),
    )  # fmt: skip
    secret_fields = (
        Field("token", "Access token", "A user token with read and write:statuses, to post "
              "replies (Preferences > Development > New application)", required=False),
    )  # fmt: skip
    page_size = 40  # the API's maximum
    min_interval = 1.0  # 300 requests per 5 minutes per account and per IP
    reply_limit = ReplyLimit(500)  # the instance default; servers may allow more
    terms_note = "Public posts; stored as fetched. Replies are posted publicly as your account."

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        merged = dict(settings)
        merged.setdefault("base_url", settings.get("instance"))
        super().__init__(merged, secrets, http)
        if not (settings.get("query") or settings.get("tag")):
            raise RepmanError("Mastodon source needs search words or a hashtag")

    def _headers(self) -> dict[str, str]:
        token = self.secrets.get("token")
        return {"Authorization": f"Bearer {token}"} if token else {}

    def _page(self, max_id: str | None) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"limit": self.page_size}
        if max_id:
            params["max_id"] = max_id
        tag = str(self.settings.get("tag") or "").lstrip("#")
        if tag and not self.settings.get("query"):
            data = self.http.get_json(
                self.url(f"/api/v1/timelines/tag/{tag}"), params=params, headers=self._headers()
            )
            expect(isinstance(data, list), self.label, "a hashtag timeline is not a list")
            return list(data)
        params.update(q=self.settings["query"], type="statuses")
        data = self.http.get_json(
            self.url("/api/v2/search"), params=params, headers=self._headers()
        )
        expect(isinstance(data, dict) and isinstance(data.get("statuses"), list), self.label,
               "no 'statuses' list in the search result")  # fmt: skip
        return list(data["statuses"])

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        return walk_tokens(
            cursor,
            self._older,
            lambda status: _id(status, self.label),
            self._item,
            token="max_id",
            mark="newest_id",  # ids grow with time
            load=lambda value: int(value or 0),
            dump=str,
        )

    def _older(self, max_id: str | None) -> Fetched:
        """A page of statuses below max_id, and the max_id of the page after it."""
        statuses = self._page(max_id)
        lowest = min((_id(s, self.label) for s in statuses), default=0)
        if max_id is not None and lowest >= int(max_id):
            # A server that ignores max_id sends the same page again: that is the end too,
            # or the walk would never stop; its statuses came with the page before.
            return [], None, None
        return statuses, str(lowest), None

    def _item(self, status: Mapping[str, Any]) -> Item:
        expect(isinstance(status, dict), self.label, "a status is not an object")
        account = status.get("account") or {}
        expect(isinstance(account, dict), self.label, "a status has no account object")
        spoiler = str(status.get("spoiler_text") or "").strip()
        content = status.get("content")
        expect(
            content is None or isinstance(content, str), self.label, "a status content is not text"
        )
        return Item(
            external_id=str(status["id"]),
            kind=ItemKind.MENTION,
            text=html_to_text(content),
            title=spoiler or None,
            created_at=utc(status.get("created_at"), self.label),
            updated_at=utc(status["edited_at"], self.label) if status.get("edited_at") else None,
            author_name=str(account.get("display_name") or account.get("acct") or "") or None,
            author_id=str(account.get("acct") or account.get("id") or "") or None,
            language=status.get("language") if isinstance(status.get("language"), str) else None,
            url=next(
                (u for u in (status.get("url"), status.get("uri")) if isinstance(u, str) and u),
                None,
            ),
            raw=dict(status),
        )

    def can_post(self) -> bool:
        return bool(self.secrets.get("token"))

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        if not self.can_post():
            return super().post_reply(item, body)
        assert self.reply_limit is not None
        self.reply_limit.check(self.label, body)
        account = (item.get("raw") or {}).get("account") or {}
        handle = account.get("acct")
        text = body if not handle or f"@{handle}" in body else f"@{handle} {body}"
        data = self.http.json(
            "POST",
            self.url("/api/v1/statuses"),
            json={"status": text, "in_reply_to_id": item["external_id"], "visibility": "public"},
            # The same key on a retry makes the server post once, not twice.
            headers={**self._headers(), "Idempotency-Key": str(uuid.uuid4())},
            retry_unsafe=True,
        )
        expect(isinstance(data, dict) and "id" in data, self.label, "no id for the new post")
        return PostedReply(str(data["id"]), utc(data.get("created_at"), self.label))


def _id(status: Any, site: str) -> int:
    expect(isinstance(status, dict) and str(status.get("id", "")).isdecimal(), site,
           "a status without a numeric id")  # fmt: skip
    return int(status["id"])
