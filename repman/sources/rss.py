"""RSS and Atom feeds, Google Alerts among them (sources-api.md §12). Read-only.

The `url` setting is the endpoint: the feed is one document, fetched with one GET. `base_url`
means nothing here and is ignored (tests and self-hosted feeds simply give their own url).

Decisions, and what they rest on:
- Formats: RSS 2.0 (`rss/channel/item`), RSS 1.0 (`rdf:RDF/item`) and Atom 1.0 (`feed/entry`),
  matched on element names whatever the namespace prefix.
- Untrusted XML: parsed with the standard library's expat, entity declarations refused. The
  Python 3.11 docs' "XML vulnerabilities" table marks etree as open to billion laughs and
  quadratic blowup unless expat is 2.4.1 or newer (ours: 2.5.0, whose amplification limit only
  trips after megabytes of expansion). So, like defusedxml's default policy, any <!ENTITY>
  declaration stops the parse before anything expands, and external entities and DTDs are never
  fetched. That is the whole of what defusedxml would add for us, in a dozen lines, with no
  dependency. A DOCTYPE without entities (old RSS 0.91 feeds) is still read.
- Text: titles of RSS are plain text; Atom text constructs follow their `type` (text, html,
  xhtml). Bodies come from description / summary, else content:encoded / content, as plain
  text (html_to_text). Google Alerts titles and snippets are HTML with <b> highlights.
- Links: Google Alerts wraps every link as https://www.google.com/url?...&url=<target>&...;
  the `url` parameter is unwrapped (only on Google hosts with path /url).
- Ids: guid / id; else the link; else a hash of title and text.
- Dates: pubDate (RFC 822) or dc:date in RSS; published / updated (RFC 3339) in Atom, all to
  UTC. An unreadable or missing date is not an error (feeds get them wrong often): such an item
  gets the time Repman first saw it; the store keeps created_at from the first sync, so it stays
  "first seen".
- Cursor: {"newest": newest item time seen, "seen": {id: fingerprint}, "etag", "modified"}.
  A feed is a window of its latest entries; a sync yields only entries that are new or whose
  title, text, link or updated time changed since the last sync (the fingerprint), and sends
  If-None-Match / If-Modified-Since (a 304 yields nothing). Support for conditional GET by Google
  Alerts is UNCONFIRMED; a 200 is always read in full.
"""

from __future__ import annotations

import email.utils
import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn
from urllib.parse import parse_qs, urlsplit
from xml.parsers import expat

from repman.domain import Item, ItemKind, RepmanError, SourceUnavailable, to_iso, utcnow
from repman.sources.base import Connector, Cursor, Field, Page, html_to_text, utc
from repman.sources.http import Http

XML_NS = "http://www.w3.org/XML/1998/namespace"
MAX_SEEN = 1000  # fingerprints kept in the cursor: more than any feed's window


class RssConnector(Connector):
    kind = "rss"
    label = "RSS feed"
    default_base_url = ""
    settings_fields = (
        Field("url", "Feed address", "Address of an RSS or Atom feed. For Google Alerts: "
              "create the alert, choose 'Deliver to: RSS feed' and paste the feed's address. "
              "It is stored with the source's settings (not in the keychain): anyone who has "
              "it can read the alert's results", private=True),
    )  # fmt: skip
    min_interval = 1.0  # no documented limits; one feed is one request
    terms_note = (
        "What the feed publishes (often a title and a snippet with a link), stored as fetched; "
        "full articles stay on the publishers' sites. Feeds have no reply API."
    )

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self.feed_url = str(settings.get("url") or "").strip()
        if urlsplit(self.feed_url).scheme not in ("http", "https"):
            raise RepmanError("RSS feed address must start with https:// or http://")

    def fetch(self, cursor: Cursor | None) -> Iterator[Page]:
        cursor = dict(cursor or {})
        headers = {}
        if cursor.get("etag"):
            headers["If-None-Match"] = str(cursor["etag"])
        if cursor.get("modified"):
            headers["If-Modified-Since"] = str(cursor["modified"])
        response, body = self.http.request("GET", self.feed_url, headers=headers)
        if response.status_code == 304:
            yield Page([], cursor)
            return
        entries = _read_feed(parse_xml(body, self.label), self.label)
        seen: dict[str, Any] = cursor["seen"] if isinstance(cursor.get("seen"), dict) else {}
        prints = {item.external_id: _fingerprint(item) for item, _ in entries}
        fresh = [i for i, _ in entries if seen.get(i.external_id) != prints[i.external_id]]
        times = [t for item, dated in entries if dated for t in (item.created_at, item.updated_at)]
        newest = max([str(cursor.get("newest") or ""), *filter(None, times)]) or None
        state: Cursor = {"newest": newest, "seen": dict(list(prints.items())[:MAX_SEEN])}
        for header, key in (("etag", "etag"), ("last-modified", "modified")):
            if response.headers.get(header):
                state[key] = response.headers[header]
        yield Page(fresh, state)


# -- XML -----------------------------------------------------------------------------------


class _Refused(Exception):
    pass


def _refuse(*_: Any) -> NoReturn:
    raise _Refused


def parse_xml(data: bytes, site: str) -> ET.Element:
    """An element tree of untrusted XML; entity declarations and external entities refused."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.StartElementHandler = lambda name, attrs: builder.start(
        _qualified(name), {_qualified(k): v for k, v in attrs.items()}
    )
    parser.EndElementHandler = lambda name: builder.end(_qualified(name))
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
        return builder.close()
    except _Refused:
        raise SourceUnavailable(
            f"{site} sent a feed that declares XML entities; refused, since they can be used "
            "to exhaust memory or read local files"
        ) from None
    except (expat.ExpatError, AssertionError, IndexError):
        raise SourceUnavailable(f"{site} sent a page that is not a well-formed feed") from None


def _qualified(name: str) -> str:
    return "{" + name if "}" in name else name


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: ET.Element, *names: str) -> ET.Element | None:
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                return child
    return None


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _plain(element: ET.Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


# -- feeds ---------------------------------------------------------------------------------


def _read_feed(root: ET.Element, site: str) -> list[tuple[Item, bool]]:
    """Every entry of the feed, each with whether the feed gave it a readable date."""
    kind = _local(root.tag)
    if kind == "feed":
        language = root.get(f"{{{XML_NS}}}lang")
        return [_atom_entry(e, language) for e in _children(root, "entry")]
    if kind == "rss":
        channel = _child(root, "channel")
        if channel is None:
            raise SourceUnavailable(f"{site} sent an RSS feed without a channel")
        language = _plain(_child(channel, "language")) or None
        return [_rss_item(i, language) for i in _children(channel, "item")]
    if kind == "RDF":  # RSS 1.0: items are siblings of the channel
        channel = _child(root, "channel")
        language = _plain(_child(channel, "language")) if channel is not None else None
        return [_rss_item(i, language or None) for i in _children(root, "item")]
    raise SourceUnavailable(f"{site} sent a page that is not an RSS or Atom feed")


def _rss_item(element: ET.Element, language: str | None) -> tuple[Item, bool]:
    title = _plain(_child(element, "title"))
    text = html_to_text(_plain(_child(element, "description")) or _plain(
        _child(element, "encoded")))  # fmt: skip
    link = _unwrap(_plain(_child(element, "link"))) or None
    guid = _plain(_child(element, "guid"))
    author = _plain(_child(element, "creator")) or _rss_author(_plain(_child(element, "author")))
    created = _rfc822(_plain(_child(element, "pubDate"))) or _iso(_plain(_child(element, "date")))
    return _item(element, guid or link, title, text, link, author, created, None, language)


def _atom_entry(element: ET.Element, feed_language: str | None) -> tuple[Item, bool]:
    title = _atom_text(_child(element, "title"))
    text = _atom_text(_child(element, "summary")) or _atom_text(_child(element, "content"))
    link = None
    for candidate in _children(element, "link"):
        if candidate.get("rel") in (None, "alternate") and candidate.get("href"):
            link = _unwrap(candidate.get("href") or "")
            break
    person = _child(element, "author")
    author = _plain(_child(person, "name")) if person is not None else None
    published = _iso(_plain(_child(element, "published")))
    updated = _iso(_plain(_child(element, "updated")))
    language = element.get(f"{{{XML_NS}}}lang") or feed_language
    ident = _plain(_child(element, "id")) or link or ""
    return _item(element, ident, title, text, link, author, published or updated, updated,
                 language)  # fmt: skip


def _item(
    element: ET.Element, ident: str | None, title: str, text: str, link: str | None,
    author: str | None, created: str | None, updated: str | None, language: str | None,
) -> tuple[Item, bool]:  # fmt: skip
    if not ident:
        ident = "sha1:" + hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()
    # The entry's own XML is what the site sent: kept as the raw record.
    raw = {"format": _local(element.tag), "xml": ET.tostring(element, encoding="unicode")}
    item = Item(
        external_id=ident,
        kind=ItemKind.MENTION,
        text=text,
        title=title or None,
        author_name=author or None,
        created_at=created or to_iso(utcnow()),
        updated_at=updated,
        language=language,
        url=link,
        raw=raw,
    )
    return item, created is not None


def _atom_text(element: ET.Element | None) -> str:
    """An Atom text construct (RFC 4287 §3.1) as plain text, whatever its type."""
    if element is None:
        return ""
    kind = element.get("type") or "text"
    if kind == "xhtml":
        for part in element.iter():  # html_to_text knows <p>, not <{xhtml-ns}p>
            part.tag = _local(part.tag)
        markup = "".join(ET.tostring(child, encoding="unicode") for child in element)
        return html_to_text(markup)
    if kind == "html" or kind.endswith("html"):
        return html_to_text(element.text or "")
    return _plain(element)


def _unwrap(link: str) -> str:
    """The real target of a Google redirect link (Google Alerts), else the link itself."""
    parts = urlsplit(link.strip())
    host = (parts.hostname or "").lower()
    if parts.path == "/url" and (host == "google.com" or ".google." in f".{host}"):
        target = parse_qs(parts.query).get("url")
        if target and urlsplit(target[0]).scheme in ("http", "https"):
            return target[0]
    return link.strip()


def _rss_author(value: str) -> str | None:
    """RSS `author` is an e-mail address, often 'mail@example.com (Name)': keep the name."""
    if "(" in value and value.endswith(")"):
        return value[value.index("(") + 1 : -1].strip() or None
    return value or None


def _rfc822(value: str) -> str | None:
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return _iso(value)  # some feeds put ISO times in pubDate
    return _iso(moment.isoformat())


def _iso(value: str) -> str | None:
    if not value:
        return None
    try:
        return utc(value, "feed")
    except SourceUnavailable:
        return None


def _fingerprint(item: Item) -> str:
    parts = (item.title or "", item.text, item.url or "", item.updated_at or "")
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]
