"""What every part of the store shares: the connection and write transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


class StoreBase:
    db: Database

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that takes the write lock up front (BEGIN IMMEDIATE).

        A deferred BEGIN that reads first and writes later cannot wait for another writer
        under WAL: SQLite answers "database is locked" at once instead of using the busy
        timeout. Sync writes from many threads, so every write starts IMMEDIATE. Nested
        calls become savepoints.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
