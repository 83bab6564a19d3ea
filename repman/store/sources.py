"""The sources table: the sites (and import files) items come from. No secrets here."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from repman.domain import NotFound, RepmanError, Source, to_iso, utcnow


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


class SourcesMixin:
    db: Database

    def add_source(self, kind: str, name: str, settings: dict[str, Any] | None = None) -> Source:
        if not name.strip():
            raise RepmanError("a source needs a name")
        with self.db.atomic():
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

    def item_counts_by_source(self) -> dict[int, int]:
        return dict(
            self.db.conn.execute("SELECT source_id, count(*) FROM items GROUP BY source_id")
        )

    def remove_source(self, name: str) -> int:
        """Delete a source with its items, replies, events and follow-ups; returns item count."""
        source = self.source(name)
        with self.db.atomic():
            conn = self.db.conn
            ids = "SELECT id FROM items WHERE source_id = ?"
            conn.execute(f"DELETE FROM items_fts WHERE rowid IN ({ids})", [source.id])
            for table in ("replies", "events", "followups"):
                conn.execute(f"DELETE FROM {table} WHERE item_id IN ({ids})", [source.id])
            removed = conn.execute("DELETE FROM items WHERE source_id = ?", [source.id]).rowcount
            conn.execute("DELETE FROM sources WHERE id = ?", [source.id])
        return int(removed)
