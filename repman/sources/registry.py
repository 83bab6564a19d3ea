"""The kinds of source Repman knows, each in its own module, imported on first use."""

from __future__ import annotations

import importlib

from repman.domain import RepmanError
from repman.sources.base import Connector

_KINDS = {
    "google": "repman.sources.google:GoogleConnector",
    "yelp": "repman.sources.yelp:YelpConnector",
    "facebook": "repman.sources.facebook:FacebookConnector",
    "trustpilot": "repman.sources.trustpilot:TrustpilotConnector",
    "tripadvisor": "repman.sources.tripadvisor:TripadvisorConnector",
    "appstore": "repman.sources.appstore:AppStoreConnector",
    "googleplay": "repman.sources.googleplay:GooglePlayConnector",
    "reddit": "repman.sources.reddit:RedditConnector",
    "mastodon": "repman.sources.mastodon:MastodonConnector",
    "bluesky": "repman.sources.bluesky:BlueskyConnector",
    "hackernews": "repman.sources.hackernews:HackerNewsConnector",
    "rss": "repman.sources.rss:RssConnector",
    "x": "repman.sources.x:XConnector",
}
# Items that arrive by file import have a source of this kind: no connector, never synced.
IMPORT_KIND = "import"


def kinds() -> list[str]:
    return list(_KINDS)


def connector_class(kind: str) -> type[Connector]:
    target = _KINDS.get(kind)
    if target is None:
        known = ", ".join(_KINDS)
        raise RepmanError(f"unknown source kind {kind!r} (known kinds: {known})")
    module_name, class_name = target.split(":")
    cls: type[Connector] = getattr(importlib.import_module(module_name), class_name)
    return cls
