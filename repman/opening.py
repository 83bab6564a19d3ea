"""Opening the inbox for real work: the store with triage's priority (age against this
inbox's response targets, site visibility) attached. Tools and tests that need neither
open Store directly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from repman.domain import Assessment, Item, Source
from repman.store import Store
from repman.store.ingest import Assess
from repman.triage import assess
from repman.triage.priority import for_inbox
from repman.triage.routing import Rule, route


def open_inbox(path: Path | str) -> Store:
    store = Store.open(path)
    store.priority = for_inbox(store.settings())
    return store


def assess_for(store: Store, source: Source) -> Assess:
    """Triage for items of one source, with the inbox's routing rules applied: the first
    assignee takes the item; departments, further assignees and tags become its tags."""
    rules = [Rule.from_row(row) for row in store.rules()]
    if not rules:
        return assess

    def assess_and_route(item: Item) -> Assessment:
        verdict = assess(item)
        fields = {
            "source": source.name,
            "source_kind": source.kind,
            "category": verdict.category,
            "language": item.language or verdict.language,
            "rating": item.rating,
            "is_criticism": verdict.is_criticism,
            "title": item.title,
            "text": item.text,
        }
        routing = route(fields, rules)
        if not routing.rules:
            return verdict
        tags = [f"dept:{d}" for d in routing.departments]
        tags += [f"cc:{a}" for a in routing.assignees[1:]] + list(routing.tags)
        return replace(
            verdict,
            assignee=routing.assignees[0] if routing.assignees else None,
            tags=tuple(tags),
            routed_by=", ".join(routing.rules),
        )

    return assess_and_route
