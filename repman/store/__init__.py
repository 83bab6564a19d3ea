"""The SQLite inbox: the only package that speaks SQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from repman.domain import StorageError
from repman.store.backup import (
    daily_backup,
    damaged_hint,
    list_backups,
    make_backup,
    newest_good_backup,
    quick_check,
    restore_backup,
)
from repman.store.database import UpgradeFailed, open_database
from repman.store.inbox import Cursor, InboxFilter, Sort
from repman.store.ingest import IngestMixin, UpsertResult
from repman.store.reading import ReadingMixin
from repman.store.sources import SourcesMixin
from repman.store.templates import SettingsMixin, TemplatesMixin

__all__ = [
    "Cursor",
    "InboxFilter",
    "Sort",
    "Store",
    "UpsertResult",
    "daily_backup",
    "damaged_hint",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "quick_check",
    "restore_backup",
]


class Store(IngestMixin, SourcesMixin, ReadingMixin, TemplatesMixin, SettingsMixin):
    """One connection to the inbox file. Open one Store per thread (sqlite3 objects are
    bound to the thread that made them)."""

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self.priority = None

    @classmethod
    def open(cls, path: Path | str) -> Store:
        try:
            return cls(open_database(Path(path)), Path(path))
        except UpgradeFailed:
            raise  # its own words: a failed upgrade is not damage, and it names the copy
        except StorageError as exc:
            if "disk I/O error" in exc.message or "disk is full" in exc.message:
                # Not damage: SQLite cannot create its -shm/-wal files on a full disk.
                raise StorageError(
                    f"cannot open {path}: the disk is full or cannot be written "
                    "(disk I/O error); free some space and try again"
                ) from None
            if "damaged" not in exc.message:
                raise
            # No quick_check at every open (seconds on a big inbox); only when opening
            # failed does the user learn which backup to go back to.
            raise StorageError(f"{exc.message}; {damaged_hint(Path(path))}") from None

    @classmethod
    def memory(cls) -> Store:
        """A throwaway database, for tests and previews."""
        from repman.store.schema import SCHEMA_VERSION, migrations

        db = Database(sqlite3.connect(":memory:", isolation_level=None))
        migrations.apply(db)
        db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return cls(db, None)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
