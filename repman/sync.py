"""Sync: every enabled source at once, each in its own thread with its own database
connection; pages are stored as they arrive; one source's failure never stops the others."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from repman import secrets
from repman.domain import RepmanError, SecretStoreUnavailable, Source
from repman.opening import assess_for, open_inbox
from repman.sources.base import Connector
from repman.sources.http import HostLimiter, Http, RetryPolicy, new_client
from repman.sources.registry import IMPORT_KIND, connector_class
from repman.store import Store, daily_backup

log = logging.getLogger(__name__)
MAX_PARALLEL = 16


@dataclass
class SourceProgress:
    source: str
    kind: str
    pages: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    total_hint: int | None = None
    done: bool = False
    error: str | None = None
    # What kind of failure, for a UI that words it (e.g. "AuthExpired", "RateLimited",
    # "Cancelled"): the RepmanError subclass name, or "internal" for a bug.
    error_kind: str | None = None


ProgressCallback = Callable[[SourceProgress], None]
SecretLoader = Callable[[str, list[str]], Mapping[str, str]]


@dataclass
class SyncReport:
    sources: list[SourceProgress]

    @property
    def failed(self) -> list[SourceProgress]:
        return [p for p in self.sources if p.error]


@dataclass
class SyncOptions:
    full: bool = False  # ignore resume cursors: walk every page again
    policy: RetryPolicy | None = None
    client_factory: Callable[[], httpx.Client] = new_client
    load_secrets: SecretLoader = secrets.load
    cancel: threading.Event | None = None
    # None: each connector's own spacing. Tests and benchmarks on one loopback host lower it.
    min_interval: float | None = None


def syncable(store: Store, names: list[str] | None = None) -> list[Source]:
    everything = store.sources()
    if names:
        known = {s.name: s for s in everything}
        missing = [n for n in names if n not in known]
        if missing:
            raise RepmanError(f"no source named {', '.join(map(repr, missing))}")
        return [known[n] for n in names if known[n].kind != IMPORT_KIND]
    return [s for s in everything if s.enabled and s.kind != IMPORT_KIND]


def build_connector(
    source: Source, http_for: Callable[[type[Connector]], Http], load_secrets: SecretLoader
) -> Connector:
    cls = connector_class(source.kind)
    keys = [f.name for f in cls.secret_fields]
    try:
        found = dict(load_secrets(source.name, keys)) if keys else {}
    except SecretStoreUnavailable:
        if any(f.required for f in cls.secret_fields):
            raise
        found = {}  # only optional secrets (a token to post with): reading still works
    return cls(source.settings, found, http_for(cls))


def sync(
    db_path: Path,
    names: list[str] | None = None,
    progress: ProgressCallback | None = None,
    options: SyncOptions | None = None,
) -> SyncReport:
    options = options or SyncOptions()
    with Store.open(db_path) as store:
        sources = syncable(store, names)
    daily_backup(db_path)  # at most one a day; a folder listing when today's exists
    limiter = HostLimiter()
    states = [SourceProgress(s.name, s.kind) for s in sources]
    lock = threading.Lock()

    def report(state: SourceProgress) -> None:
        if progress is not None:
            with lock:  # callbacks arrive one at a time, whatever thread sent them
                progress(state)

    with ThreadPoolExecutor(max_workers=max(1, min(len(sources), MAX_PARALLEL))) as pool:
        for source, state in zip(sources, states, strict=True):
            pool.submit(_sync_one, db_path, source, state, limiter, options, report)
    # New items were scored at age 0; everything open has aged since the last sync.
    with open_inbox(db_path) as store:
        store.refresh_priorities()
    return SyncReport(states)


def _sync_one(
    db_path: Path,
    source: Source,
    state: SourceProgress,
    limiter: HostLimiter,
    options: SyncOptions,
    report: ProgressCallback,
) -> None:
    report(state)
    try:
        with options.client_factory() as client, open_inbox(db_path) as store:

            def http_for(cls: type[Connector]) -> Http:
                interval = (
                    cls.min_interval if options.min_interval is None else options.min_interval
                )
                return Http(client, limiter, cls.label, min_interval=interval,
                            policy=options.policy, cancel=options.cancel)  # fmt: skip

            connector = build_connector(source, http_for, options.load_secrets)
            cursor = None if options.full else store.sync_cursor(source.id)
            triage = assess_for(store, source)
            for page in connector.fetch(cursor):
                with store.transaction():
                    result = store.upsert_items(source.id, page.items, triage)
                    store.save_cursor(source.id, page.cursor)
                state.pages += 1
                state.fetched += len(page.items)
                state.new += result.inserted
                state.updated += result.updated
                state.total_hint = page.total_hint or state.total_hint
                report(state)
            store.finish_sync(source.id, None)
    except RepmanError as exc:
        state.error = exc.message
        state.error_kind = type(exc).__name__
    except Exception as exc:  # a bug in one connector must not stop the others
        log.exception("sync of %s failed", source.name)
        state.error = f"internal error ({type(exc).__name__}); details are in the log"
        state.error_kind = "internal"
    if state.error:
        try:
            with Store.open(db_path) as store:
                store.finish_sync(source.id, state.error)
        except RepmanError:
            log.exception("could not record the error of %s", source.name)
    state.done = True
    report(state)


@contextmanager
def open_connector(
    source: Source, load_secrets: SecretLoader = secrets.load
) -> Iterator[Connector]:
    """A connector for one-off calls outside a sync: posting a reply, testing a source."""
    if source.kind == IMPORT_KIND:
        raise RepmanError(
            f"{source.name} holds imported items and has no site connection: copy the reply "
            "to the site by hand, then record it without --post"
        )
    limiter = HostLimiter()
    with new_client() as client:

        def http_for(cls: type[Connector]) -> Http:
            return Http(client, limiter, cls.label, min_interval=0.0)

        yield build_connector(source, http_for, load_secrets)
