"""The sources table: the sites (and import files) items come from. No secrets here."""

from __future__ import annotations

import json
from typing import Any

from repman.domain import NotFound, RepmanError, Source, to_iso, utcnow
from repman.store.base import StoreBase


def _source(row: tuple[Any, ...]) -> Source:
    return Source(
        id=row[0],
        kind=row[1],
        name=row[2],
        settings=json.loads(row[3] or "{}"),
        enabled=bool(row[4]),
        last_sync_at=row[5],
        last_error=row[6],
    )


_COLUMNS = "id, kind, name, settings, enabled, last_sync_at, last_error"


class SourcesMixin(StoreBase):
    def add_source(self, kind: str, name: str, settings: dict[str, Any] | None = None) -> Source:
        if not name.strip():
            raise RepmanError("a source needs a name")
        with self.transaction():
            if self.find_source(name) is not None:
                raise RepmanError(f"a source named {name!r} already exists")
            self.db.conn.execute(
                "INSERT INTO sources (kind, name, settings, created_at) VALUES (?,?,?,?)",
                [kind, name, json.dumps(settings or {}, ensure_ascii=False), to_iso(utcnow())],
            )
        return self.source(name)

    def find_source(self, name: str) -> Source | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM sources WHERE name = ?", [name]
        ).fetchone()
        return None if row is None else _source(row)

    def source(self, name: str) -> Source:
        found = self.find_source(name)
        if found is None:
            raise NotFound(f"no source named {name!r} (see `repman source list`)")
        return found

    def ensure_source(self, name: str, kind: str, settings: dict[str, Any] | None = None) -> Source:
        found = self.find_source(name)
        return found if found is not None else self.add_source(kind, name, settings)

    def sources(self) -> list[Source]:
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM sources ORDER BY name").fetchall()
        return [_source(row) for row in rows]

    def sync_cursor(self, source_id: int) -> dict[str, Any] | None:
        row = self.db.conn.execute(
            "SELECT cursor FROM sources WHERE id = ?", [source_id]
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def save_cursor(self, source_id: int, cursor: dict[str, Any] | None) -> None:
        """Called inside the page's transaction: the items and the cursor land together."""
        self.db.conn.execute(
            "UPDATE sources SET cursor = ? WHERE id = ?",
            [None if cursor is None else json.dumps(cursor, ensure_ascii=False), source_id],
        )

    def finish_sync(self, source_id: int, error: str | None) -> None:
        """Record the outcome: last_sync_at moves only on success; the error is kept until
        the next successful sync."""
        if error is None:
            self.db.conn.execute(
                "UPDATE sources SET last_sync_at = ?, last_error = NULL WHERE id = ?",
                [to_iso(utcnow()), source_id],
            )
        else:
            self.db.conn.execute(
                "UPDATE sources SET last_error = ? WHERE id = ?", [error, source_id]
            )

    def update_source(
        self, name: str, *, settings: dict[str, Any] | None = None, enabled: bool | None = None
    ) -> Source:
        source = self.source(name)
        if settings is not None:
            self.db.conn.execute(
                "UPDATE sources SET settings = ?, cursor = NULL WHERE id = ?",
                [json.dumps(settings, ensure_ascii=False), source.id],
            )
        if enabled is not None:
            self.db.conn.execute(
                "UPDATE sources SET enabled = ? WHERE id = ?", [int(enabled), source.id]
            )
        return self.source(name)

    def item_counts_by_source(self) -> dict[int, int]:
        return dict(
            self.db.conn.execute("SELECT source_id, count(*) FROM items GROUP BY source_id")
        )

    def remove_source(self, name: str) -> int:
        """Delete a source with its items, replies, events and follow-ups; returns item count."""
        source = self.source(name)
        with self.transaction():
            conn = self.db.conn
            ids = "SELECT id FROM items WHERE source_id = ?"
            conn.execute(f"DELETE FROM items_fts WHERE rowid IN ({ids})", [source.id])
            for table in ("replies", "events", "followups"):
                conn.execute(f"DELETE FROM {table} WHERE item_id IN ({ids})", [source.id])
            removed = conn.execute("DELETE FROM items WHERE source_id = ?", [source.id]).rowcount
            conn.execute("DELETE FROM sources WHERE id = ?", [source.id])
        return int(removed)
