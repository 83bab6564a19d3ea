"""What every part of the store shares: the connection and write transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlite_utils import Database

from repman.domain import PriorityFn, StorageError, priority_score, utcnow


def storage_error(exc: sqlite3.Error) -> StorageError | None:
    """A clear message for the failures that are the disk's, not a bug: None otherwise."""
    text = str(exc).lower()
    if "database or disk is full" in text:
        return StorageError(
            "the disk is full: this change was not saved (what was saved before is intact); "
            "free some space and try again"
        )
    if "disk i/o error" in text:
        return StorageError(
            "the disk could not be read or written (disk I/O error): this change was not "
            "saved; check the disk and try again"
        )
    return None


class StoreBase:
    db: Database
    # Set by whoever opens the store for the app, the CLI or a sync (triage's priority, with
    # the inbox's response targets); without it the store orders by domain.priority_score.
    priority: PriorityFn | None = None

    def _score(
        self,
        status: str,
        is_criticism: bool,
        rating: int | None,
        sentiment: float | None,
        created_at: str,
        source_kind: str | None,
    ) -> float:
        if self.priority is None:
            return priority_score(status, is_criticism, rating, sentiment)
        return self.priority(
            status, is_criticism, rating, sentiment, created_at, source_kind, utcnow()
        )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that takes the write lock up front (BEGIN IMMEDIATE).

        A deferred BEGIN that reads first and writes later cannot wait for another writer
        under WAL: SQLite answers "database is locked" at once instead of using the busy
        timeout. Sync writes from many threads, so every write starts IMMEDIATE. Nested
        calls become savepoints. A full disk or an I/O error rolls back and becomes a
        StorageError with a message for the user.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    # The first error is the one to report, not a failed rollback after it.
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            mapped = storage_error(exc)
            if mapped is None:
                raise
            raise mapped from exc
