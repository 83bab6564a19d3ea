"""What every connector is: built from (settings, secrets, http), it yields pages of items
with the cursor to resume from, and may post a reply."""

from __future__ import annotations

import html
import operator
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any, ClassVar, TypeVar

from repman.domain import Item, RepmanError, SourceUnavailable, to_iso
from repman.sources.http import Http

Cursor = dict[str, Any]
# (entries of one page, the next page's token or None, how many the site says exist)
Fetched = tuple[list[Any], str | None, int | None]
K = TypeVar("K", int, float, str)  # a place in a newest-first order: a time or a growing id


@dataclass(frozen=True)
class Field:
    """A setting or secret a source form asks for."""

    name: str
    label: str
    help: str = ""
    required: bool = True
    # A setting that works like a password (a feed address that grants access): listings
    # show it shortened, never whole.
    private: bool = False


@dataclass(frozen=True)
class ReplyLimit:
    """The longest reply a site accepts, counted the way the site counts it."""

    size: int
    unit: str = "characters"  # or "bytes" (UTF-8)

    def measure(self, text: str) -> int:
        return len(text.encode("utf-8")) if self.unit == "bytes" else len(text)

    def check(self, site: str, text: str) -> None:
        used = self.measure(text)
        if used > self.size:
            raise RepmanError(
                f"{site} accepts replies of at most {self.size} {self.unit}; this one has "
                f"{used}. Shorten it and try again"
            )


@dataclass
class Page:
    items: list[Item]
    cursor: Cursor  # store it with the page: a sync interrupted after it resumes from here
    total_hint: int | None = None  # how many items the site says exist, when it says


@dataclass
class PostedReply:
    external_reply_id: str | None
    at: str


@dataclass
class ConnectorInfo:
    kind: str
    label: str
    settings: tuple[Field, ...]
    secrets: tuple[Field, ...]
    can_reply: bool
    terms_note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class Connector(ABC):
    kind: ClassVar[str]
    label: ClassVar[str]  # the site's name as users know it
    default_base_url: ClassVar[str]
    settings_fields: ClassVar[tuple[Field, ...]] = ()
    secret_fields: ClassVar[tuple[Field, ...]] = ()
    page_size: ClassVar[int] = 50
    min_interval: ClassVar[float] = 0.2  # seconds between requests to the same host
    reply_limit: ClassVar[ReplyLimit | None] = None
    # What the site's terms let us keep (sources-api.md); shown in the source form.
    terms_note: ClassVar[str] = ""

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        self.settings = dict(settings)
        self.secrets = dict(secrets)
        self.http = http
        missing = [f.label for f in self.settings_fields if f.required and not settings.get(f.name)]
        missing += [f.label for f in self.secret_fields if f.required and not secrets.get(f.name)]
        if missing:
            raise RepmanError(f"{self.label} source is missing: {', '.join(missing)}")
        self.base_url = str(settings.get("base_url") or self.default_base_url).rstrip("/")

    @abstractmethod
    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        """Pages newest first, down to the end or to what the cursor says was seen before."""

    def can_post(self) -> bool:
        """Whether this source, with the credentials it has, can post replies."""
        return False

    def post_reply(self, item: Mapping[str, Any], body: str) -> PostedReply:
        raise RepmanError(
            f"{self.label} has no reply API for this source: copy the reply to the site by "
            "hand, then record it with `repman reply ID --text ...` (without --post)"
        )

    def check(self) -> str:
        """One cheap call that proves credentials and reachability; returns what it saw."""
        for page in self.fetch(None):
            return f"connected: {len(page.items)} items on the first page"
        return "connected: no items yet"

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    @classmethod
    def info(cls) -> ConnectorInfo:
        return ConnectorInfo(
            cls.kind, cls.label, cls.settings_fields, cls.secret_fields,
            cls.post_reply is not Connector.post_reply, cls.terms_note,
        )  # fmt: skip


# -- helpers shared by connectors ----------------------------------------------------------


def expect(condition: bool, site: str, what: str) -> None:
    """A page of unexpected shape is the site's fault, reported as such (never a KeyError)."""
    if not condition:
        raise SourceUnavailable(f"{site} sent a page of unexpected shape ({what})")


def utc(value: Any, site: str) -> str:
    """Any of the sites' time formats -> stored UTC ISO string."""
    try:
        if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
            moment = datetime.fromtimestamp(float(value), UTC)
        else:
            text = str(value).strip().replace("Z", "+00:00")
            text = re.sub(r"(\.\d{6})\d+", r"\1", text)  # nanoseconds: Python takes micro
            text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)  # Facebook's +0000
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        raise SourceUnavailable(f"{site} sent a time we cannot read: {str(value)[:40]!r}") from None
    return to_iso(moment)


class _TextExtractor(HTMLParser):
    _BREAKS = frozenset({"p", "br", "div", "li", "blockquote", "h1", "h2", "h3", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKS and self.parts:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(markup: str | None) -> str:
    """Text of an HTML fragment (Mastodon content, feed summaries): tags dropped, entities
    decoded. The result is still untrusted text and is shown as plain text."""
    if not markup:
        return ""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # a parser error must not lose the review: fall back to unescaping
        return html.unescape(re.sub(r"<[^>]*>", " ", markup)).strip()
    text = "".join(parser.parts)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+", " ", text)).strip()


def walk_newest_first(
    cursor: Cursor | None,
    page_size: int,
    fetch: Callable[[int], tuple[list[Item], int | None]],
    *,
    position: str = "offset",
) -> Iterator[Page]:
    """Pages of a listing sorted newest first and addressed by offset (advancing by the
    items read) or by page number (from 1): fetch(position) -> (items, total or None).

    Stops at an empty or short page, at the site's total, at the items the last complete
    sync saw (cursor "newest"), or when the site sends the same items again because it
    ignored the position — without that, such a site would be walked forever. The cursor
    of an unfinished walk resumes at the next position."""
    state = dict(cursor or {})
    seen: str | None = state.get("newest")
    resume = state.get("resume") or {}
    at = int(resume.get(position) or (1 if position == "page" else 0))
    run_newest: str | None = resume.get("run_newest")
    delivered: set[str] = set()
    read = 0
    while True:
        items, total = fetch(at)
        fresh = {i.external_id for i in items} - delivered
        delivered |= fresh
        times = [i.created_at for i in items]
        run_newest = max([t for t in (run_newest, *times) if t], default=None)
        at += 1 if position == "page" else len(items)
        read += len(items)
        ended = (
            not items
            or not fresh
            or len(items) < page_size
            or (seen is not None and min(times) <= seen)
            or (total is not None and (at if position == "offset" else read) >= total)
        )
        if ended:
            yield Page(items, {"newest": max([t for t in (run_newest, seen) if t], default=None)})
            return
        yield Page(items, {"newest": seen, "resume": {position: at, "run_newest": run_newest}})


def follow_tokens(
    token: str | None,
    get_page: Callable[[str | None], Fetched],
    *,
    restart: bool = False,
) -> Iterator[Fetched]:
    """The pages of a listing addressed by next-page tokens, from `token` (None: the top)
    on, each with the token of the page after it: None at the end, when the site gives
    none or one already followed (a site that ignores the token would otherwise be walked
    forever). The caller stops when it has read enough. With restart, a resume token the
    site refuses (SourceUnavailable on the first request) starts again from the top."""
    used: set[str] = set()
    resuming = restart and bool(token)
    while True:
        try:
            entries, following, total = get_page(token)
        except SourceUnavailable:
            if not resuming:
                raise
            token, resuming = None, False  # a stale resume token: start again from the top
            continue
        resuming = False
        if token:
            used.add(token)
        following = following if following and following not in used else None
        yield entries, following, total
        if following is None:
            return
        token = following


def walk_tokens(
    cursor: Cursor | None,
    get_page: Callable[[str | None], Fetched],
    position: Callable[[Any], K | None],
    to_item: Callable[[Any], Item | None],
    *,
    token: str,
    mark: str = "newest",
    load: Callable[[Any], K | None] = lambda value: value,
    dump: Callable[[K], Any] = lambda value: value,
    after: Callable[[K, K], bool] = operator.gt,
    restart: bool = False,
) -> Iterator[Page]:
    """Pages of a listing sorted newest first and addressed by next-page tokens
    (follow_tokens), down to the high-water mark of the last complete walk, cursor[mark].

    position(entry) is an entry's place in the order (a time, or an id that grows with
    time), None for an entry that is no item at all (skipped); to_item(entry) makes the Item
    of a new entry, None when there is nothing to store. An entry not after the mark was
    seen by an earlier walk: it is dropped and its page is the last. The walk also ends on
    an empty page or the last token. An unfinished walk's cursor keeps the mark and
    {"resume": {token: next token, "run_newest": newest position so far}}; the last page's
    cursor has the newest position seen as the new mark. Marks are read with load and
    written with dump; a mark that is (or dumps to) None is left out."""
    state = dict(cursor or {})
    seen = load(state.get(mark))
    resume = state.get("resume") or {}
    run_newest = load(resume.get("run_newest"))
    for entries, following, total in follow_tokens(resume.get(token), get_page, restart=restart):
        placed = [(at, entry) for entry in entries if (at := position(entry)) is not None]
        run_newest = _newest(run_newest, *(at for at, _ in placed))
        new = [entry for at, entry in placed if seen is None or after(at, seen)]
        items = [item for item in map(to_item, new) if item is not None]
        if not entries or len(new) < len(placed) or following is None:
            yield Page(items, _marked(mark, dump, _newest(run_newest, seen)), total)
            return
        progress = {
            token: following,
            "run_newest": dump(run_newest) if run_newest is not None else None,
        }
        yield Page(items, {**_marked(mark, dump, seen), "resume": progress}, total)


def _newest(*values: K | None) -> K | None:
    return max((v for v in values if v is not None), default=None)


def _marked(key: str, dump: Callable[[K], Any], value: K | None) -> Cursor:
    dumped = dump(value) if value is not None else None
    return {key: dumped} if dumped is not None else {}
