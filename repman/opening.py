"""Opening the inbox for real work: the store with triage's priority (age against this
inbox's response targets, site visibility) attached. Tools and tests that need neither
open Store directly."""

from __future__ import annotations

from pathlib import Path

from repman.store import Store
from repman.triage.priority import for_inbox


def open_inbox(path: Path | str) -> Store:
    store = Store.open(path)
    store.priority = for_inbox(store.settings())
    return store
