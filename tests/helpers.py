"""Builders shared by tests."""

from __future__ import annotations

from typing import Any

from repman.domain import Assessment, Item, ItemKind, criticism_from_rating


def make_item(external_id: str, text: str = "text", **fields: Any) -> Item:
    fields.setdefault("created_at", "2026-01-01T00:00:00Z")
    kind = fields.pop("kind", ItemKind.REVIEW)
    return Item(external_id=external_id, kind=kind, text=text, **fields)


def by_rating(item: Item) -> Assessment:
    return criticism_from_rating(item.rating) or Assessment()
