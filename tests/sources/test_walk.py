"""The shared newest-first walks: of offset- and page-numbered listings (Yelp, Tripadvisor,
Trustpilot), and of listings addressed by next-page tokens (follow_tokens: every token walk;
walk_tokens: Reddit, Mastodon, X)."""

from __future__ import annotations

import pytest

from repman.domain import Item, SourceUnavailable
from repman.sources.base import Fetched, follow_tokens, walk_newest_first, walk_tokens
from tests.helpers import make_item


def _page(first: int, n: int) -> list[Item]:
    return [
        make_item(str(k), created_at=f"2026-01-01T00:{59 - k:02d}:00Z")
        for k in range(first, first + n)
    ]


@pytest.mark.parametrize("position", ["offset", "page"])
def test_a_site_that_ignores_the_position_is_not_walked_forever(position: str) -> None:
    asked: list[int] = []

    def fetch(at: int) -> tuple[list[Item], int | None]:
        asked.append(at)
        assert len(asked) < 10, "walked forever"
        return _page(0, 5), None  # always the same page

    pages = list(walk_newest_first(None, 5, fetch, position=position))
    assert len(asked) == 2 and len(pages) == 2


def test_offsets_resume_and_stop_at_what_was_seen() -> None:
    listing = _page(0, 12)

    def fetch(offset: int) -> tuple[list[Item], int | None]:
        return listing[offset : offset + 5], len(listing)

    pages = list(walk_newest_first(None, 5, fetch))
    assert [len(p.items) for p in pages] == [5, 5, 2]
    assert pages[0].cursor["resume"] == {"offset": 5, "run_newest": listing[0].created_at}
    newest = pages[-1].cursor["newest"]
    again = list(walk_newest_first({"newest": listing[3].created_at}, 5, fetch))
    assert len(again) == 1 and newest == listing[0].created_at


def _listing(positions: list[int], size: int = 2) -> dict[str | None, Fetched]:
    """Pages of (position, id) entries, newest first, addressed by tokens "t2", "t4", ..."""
    entries = [(at, f"id{at}") for at in positions]
    pages: dict[str | None, Fetched] = {}
    for start in range(0, max(len(entries), 1), size):
        following = f"t{start + size}" if start + size < len(entries) else None
        pages[f"t{start}" if start else None] = (entries[start : start + size], following, None)
    return pages


def test_follow_tokens_stops_at_a_token_already_followed_and_restarts_a_stale_one() -> None:
    asked: list[str | None] = []

    def echo(token: str | None) -> Fetched:
        asked.append(token)
        assert len(asked) < 10, "walked forever"
        return [token], token or "t1", None  # the site hands back the token it was given

    assert [following for _, following, _ in follow_tokens(None, echo)] == ["t1", None]
    assert asked == [None, "t1"]

    def stale(token: str | None) -> Fetched:
        if token == "old":
            raise SourceUnavailable("Test site refused the page token")
        return ["top"], None, 3

    assert list(follow_tokens("old", stale, restart=True)) == [(["top"], None, 3)]
    with pytest.raises(SourceUnavailable):
        list(follow_tokens("old", stale))


def test_walk_tokens_stops_at_the_mark_and_resumes_where_it_was() -> None:
    pages = _listing([9, 8, 7, 6, 5])

    def walk(cursor: dict[str, object] | None) -> list[tuple[list[str], dict[str, object]]]:
        found = walk_tokens(cursor, pages.__getitem__, lambda e: e[0],
                            lambda e: make_item(e[1]), token="page", mark="top", dump=str)  # fmt: skip
        return [([i.external_id for i in p.items], p.cursor) for p in found]

    first = walk(None)
    assert first[0] == (["id9", "id8"], {"resume": {"page": "t2", "run_newest": "9"}})
    assert first[-1] == (["id5"], {"top": "9"}) and len(first) == 3
    # Seen up to 7: the page holding 7 is the last, and 7 itself is not new.
    assert walk({"top": 7}) == [(["id9", "id8"], {"top": "7", "resume": {"page": "t2", "run_newest": "9"}}),
                                ([], {"top": "9"})]  # fmt: skip
    assert walk({"top": 5, "resume": {"page": "t2", "run_newest": 9}}) == [
        (["id7", "id6"], {"top": "5", "resume": {"page": "t4", "run_newest": "9"}}),
        ([], {"top": "9"})]  # fmt: skip
