"""RSS/Atom connector against a local server serving Google Alerts Atom and RSS 2.0 feeds."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from repman.domain import AuthExpired, ItemKind, RepmanError, SourceUnavailable, parse_iso, utcnow
from repman.sources.http import Http
from repman.sources.rss import RssConnector
from tests.sources.conftest import assert_no_reply_api, collect

ALERT = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">
  <id>tag:google.com,2005:reader/user/01234567890123456789/state/com.google/alerts/9876543210987654321</id>
  <title>Google Alert - "Rosie's Bakery"</title>
  <link href="https://www.google.com/alerts/feeds/01234567890123456789/9876543210987654321" rel="self"></link>
  <updated>2025-05-03T07:00:12Z</updated>
  <entry>
    <id>tag:google.com,2013:googlealerts/feed:11122233344455566677</id>
    <title type="html">Best pastries in the Pearl District: &lt;b&gt;Rosie&amp;#39;s Bakery&lt;/b&gt; tops list</title>
    <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://news.example.com/food/best-pastries-2025&amp;ct=ga&amp;cd=CAIyFAKE&amp;usg=AOvVawFAKE"></link>
    <published>2025-05-03T06:41:00Z</published>
    <updated>2025-05-03T06:41:00Z</updated>
    <content type="html">... our judges agreed &lt;b&gt;Rosie&amp;#39;s Bakery&lt;/b&gt; makes the flakiest croissant&amp;nbsp;...</content>
    <author><name></name></author>
  </entry>
  <entry>
    <id>tag:google.com,2013:googlealerts/feed:99988877766655544433</id>
    <title type="html">&lt;b&gt;Rosie&amp;#39;s&lt;/b&gt; مخبز في بورتلاند</title>
    <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https%3A%2F%2Fnews.example%2Far%3Fid%3D7&amp;ct=ga"></link>
    <published>2025-05-02T21:10:00Z</published>
    <updated>2025-05-02T21:10:00Z</updated>
    <content type="html">بہت اچھی بیکری &amp;mdash; Πολύ καλό</content>
    <author><name></name></author>
  </entry>
</feed>"""


def rss(items: str, language: str = "en-us") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Portland Food News</title><link>https://food.example/</link>
    <language>{language}</language><lastBuildDate>Sat, 03 May 2025 08:00:00 GMT</lastBuildDate>
    {items}
  </channel>
</rss>"""


def item(
    n: int,
    description: str = "&lt;p&gt;Rosie&amp;#8217;s Bakery opens a second shop.&lt;/p&gt;",
    extra: str = "",
) -> str:
    return f"""<item><title>News {n}</title><link>https://food.example/news/{n}</link>
      <guid isPermaLink="false">food-{n}</guid><pubDate>Sat, 03 May 2025 0{n}:30:00 -0700</pubDate>
      <dc:creator>Jo Writer</dc:creator><description>{description}</description>{extra}</item>"""


def connector(
    server: HTTPServer, make_http: Callable[..., Http], path: str = "/feed"
) -> RssConnector:
    return RssConnector({"url": server.url_for(path)}, {}, make_http("RSS feed"))


def test_google_alerts_atom(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request("/feed").respond_with_data(ALERT, content_type="application/atom+xml")
    items, cursor = collect(connector(httpserver, make_http))
    first, second = items
    assert first.external_id == "tag:google.com,2013:googlealerts/feed:11122233344455566677"
    assert (first.kind, first.rating, first.author_name) == (ItemKind.MENTION, None, None)
    assert first.title == "Best pastries in the Pearl District: Rosie's Bakery tops list"
    assert first.text == "... our judges agreed Rosie's Bakery makes the flakiest croissant\xa0..."
    assert first.url == "https://news.example.com/food/best-pastries-2025"
    assert first.created_at == first.updated_at == "2025-05-03T06:41:00Z"
    assert (
        first.raw is not None
        and first.raw["format"] == "entry"
        and "googlealerts" in first.raw["xml"]
    )
    assert (second.title, second.text) == ("Rosie's مخبز في بورتلاند", "بہت اچھی بیکری — Πολύ καλό")
    assert second.url == "https://news.example/ar?id=7"
    assert cursor is not None and cursor["newest"] == "2025-05-03T06:41:00Z"
    assert set(cursor["seen"]) == {first.external_id, second.external_id}


def test_rss2_items_fields_and_fallbacks(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    no_guid = "<item><title>Link only</title><link>https://food.example/x</link><author>ed@food.example (Ed Itor)</author></item>"
    bare = '<item><description>=HYPERLINK("x") &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; +1 @cmd</description></item>'
    encoded = "<item><guid>enc</guid><content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded></item>"
    httpserver.expect_request("/feed").respond_with_data(
        rss(item(2) + no_guid + bare + encoded, "el"), content_type="application/rss+xml"
    )
    before = utcnow()
    items, cursor = collect(connector(httpserver, make_http))
    news, link_only, hostile, full = items
    assert (news.external_id, news.title, news.text) == (
        "food-2",
        "News 2",
        "Rosie’s Bakery opens a second shop.",
    )
    assert (news.author_name, news.language, news.url) == (
        "Jo Writer",
        "el",
        "https://food.example/news/2",
    )
    assert news.created_at == "2025-05-03T09:30:00Z" and news.updated_at is None
    assert (link_only.external_id, link_only.author_name) == ("https://food.example/x", "Ed Itor")
    assert hostile.text == '=HYPERLINK("x") <script>alert(1)</script> +1 @cmd'
    assert hostile.external_id.startswith("sha1:") and hostile.title is None and hostile.url is None
    assert full.text == "Full text"
    # Undated items get the time Repman first saw them, and do not move the cursor.
    assert before <= parse_iso(link_only.created_at) <= utcnow()
    assert cursor is not None and cursor["newest"] == "2025-05-03T09:30:00Z"


def test_atom_xhtml_language_and_rss1(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    atom = """<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><entry><id>urn:1</id>
      <title type="text">Ein &lt;b&gt;Test&lt;/b&gt;</title><link rel="self" href="https://a.example/self"/>
      <link rel="alternate" href="https://a.example/1"/><author><name>Anna</name></author>
      <updated>2025-05-01T10:00:00+02:00</updated>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Sehr <b>gut</b></p><p>&lt;script&gt;</p></div></content></entry></feed>"""
    rdf = """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title></channel>
      <item><title>RDF item</title><link>https://r.example/1</link><dc:date>2025-05-01T08:00:00Z</dc:date></item></rdf:RDF>"""
    httpserver.expect_request("/atom").respond_with_data(atom)
    httpserver.expect_request("/rdf").respond_with_data(rdf)
    (entry,), _ = collect(connector(httpserver, make_http, "/atom"))
    assert (entry.title, entry.text, entry.language) == (
        "Ein <b>Test</b>",
        "Sehr gut\n<script>",
        "de",
    )
    assert (entry.url, entry.author_name, entry.created_at) == (
        "https://a.example/1",
        "Anna",
        "2025-05-01T08:00:00Z",
    )
    (rdf_item,), _ = collect(connector(httpserver, make_http, "/rdf"))
    assert (rdf_item.external_id, rdf_item.created_at) == (
        "https://r.example/1",
        "2025-05-01T08:00:00Z",
    )


def test_empty_feed(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request("/feed").respond_with_data(rss(""))
    assert collect(connector(httpserver, make_http)) == ([], {"newest": None, "seen": {}})


def test_resync_yields_only_new_or_edited_items_and_uses_conditional_get(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        rss(item(1) + item(2)),
        headers={"ETag": '"v1"', "Last-Modified": "Sat, 03 May 2025 08:00:00 GMT"},
    )
    c = connector(httpserver, make_http)
    first, cursor = collect(c)
    assert cursor is not None and (cursor["etag"], cursor["modified"]) == (
        '"v1"',
        "Sat, 03 May 2025 08:00:00 GMT",
    )
    httpserver.clear()
    edited = item(1, description="Update: the second shop opens on Monday.")
    httpserver.expect_request("/feed", headers={"If-None-Match": '"v1"', "If-Modified-Since": "Sat, 03 May 2025 08:00:00 GMT"}
                              ).respond_with_data(rss(item(3) + item(2) + edited), headers={"ETag": '"v2"'})  # fmt: skip
    items, cursor2 = collect(c, cursor)
    assert [i.external_id for i in items] == ["food-3", "food-1"]
    assert items[1].text == "Update: the second shop opens on Monday." != first[0].text
    assert (
        cursor2 is not None
        and cursor2["etag"] == '"v2"'
        and set(cursor2["seen"]) == {"food-1", "food-2", "food-3"}
    )
    httpserver.clear()
    httpserver.expect_request("/feed", headers={"If-None-Match": '"v2"'}).respond_with_data(
        "", status=304
    )
    assert collect(c, cursor2) == ([], cursor2)


def test_retries_429_and_500_then_succeeds(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request("/feed").respond_with_data(
        "", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request("/feed").respond_with_data("", status=500)
    httpserver.expect_ordered_request("/feed").respond_with_data(rss(item(1)))
    items, _ = collect(connector(httpserver, make_http))
    assert len(items) == 1 and len(httpserver.log) == 3


def test_401_is_auth_expired(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    httpserver.expect_request("/feed").respond_with_data("", status=401)
    with pytest.raises(AuthExpired):
        collect(connector(httpserver, make_http))


@pytest.mark.parametrize(
    ("body", "message"),
    [(rss(item(1))[:300], "not a well-formed feed"),
     ("<!doctype html><html><body>Sign in</body></html>", "not a well-formed feed"),
     ("<html><body><p>Moved</p></body></html>", "not an RSS or Atom feed"),
     ('<rss version="2.0"><item><title>x</title></item></rss>', "without a channel"),
     ("", "not a well-formed feed")],
)  # fmt: skip
def test_malformed_pages_are_reported(
    httpserver: HTTPServer, make_http: Callable[..., Http], body: str, message: str
) -> None:
    httpserver.expect_request("/feed").respond_with_data(body)
    with pytest.raises(SourceUnavailable, match=message):
        collect(connector(httpserver, make_http))


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><item><guid>1</guid><title>&lol9;</title></item></channel></rss>"""

SMALL_EXPANSION = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY shop "Rosie's Bakery">]>
<rss version="2.0"><channel><item><guid>1</guid><title>&shop;</title></item></channel></rss>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, SMALL_EXPANSION])
def test_entity_declarations_are_refused_before_expanding(
    httpserver: HTTPServer, make_http: Callable[..., Http], document: str
) -> None:
    httpserver.expect_request("/feed").respond_with_data(document)
    started = time.monotonic()
    with pytest.raises(SourceUnavailable, match="declares XML entities") as refused:
        collect(connector(httpserver, make_http))
    assert time.monotonic() - started < 1.0
    assert "lol" not in refused.value.message and "Rosie" not in refused.value.message


def test_external_entities_and_dtds_are_never_read(
    httpserver: HTTPServer, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    xxe = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<rss version="2.0"><channel><item><guid>1</guid><title>&xxe;</title></item></channel></rss>"""
    remote_dtd = f"""<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "{httpserver.url_for("/evil.dtd")}">
<rss version="2.0"><channel><item><guid>1</guid><title>a&ent;b</title></item></channel></rss>"""
    httpserver.expect_request("/xxe").respond_with_data(xxe)
    httpserver.expect_request("/dtd").respond_with_data(remote_dtd)
    httpserver.expect_request("/evil.dtd").respond_with_data('<!ENTITY ent "TOP-SECRET-MARKER">')
    with pytest.raises(SourceUnavailable, match="declares XML entities") as refused:
        collect(connector(httpserver, make_http, "/xxe"))
    assert "TOP-SECRET" not in refused.value.message
    (item_,), _ = collect(connector(httpserver, make_http, "/dtd"))  # an old-style DOCTYPE is fine
    assert item_.title == "ab"
    assert [r.path for r, _ in httpserver.log] == ["/xxe", "/dtd"]  # the DTD was never fetched


def test_settings_and_no_reply_api(httpserver: HTTPServer, make_http: Callable[..., Http]) -> None:
    assert_no_reply_api(connector(httpserver, make_http), "food-1")
    with pytest.raises(RepmanError, match="Feed address"):
        RssConnector({}, {}, make_http())
    with pytest.raises(RepmanError, match="must start with https://"):
        RssConnector({"url": "file:///etc/passwd"}, {}, make_http())
    assert httpserver.log == []
