"""The shared newest-first walk of offset- and page-numbered listings (Yelp, Tripadvisor,
Trustpilot)."""

from __future__ import annotations

import pytest

from repman.domain import Item
from repman.sources.base import walk_newest_first
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
