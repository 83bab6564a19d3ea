"""Writing items that connectors and importers deliver: upsert keyed on (source, external_id).

Bulk path: plain executemany with tuples inside one transaction per batch (sqlite-utils'
upsert_all is ~3x slower, tech-notes §4), and the search index updated per batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from repman import event_details as details
from repman.domain import (
    Assessment,
    Item,
    ReplyState,
    Status,
    to_iso,
    utcnow,
)
from repman.store.textnorm import index_text
from repman.store.workflow import WorkflowMixin

Assess = Callable[[Item], Assessment]

_CHUNK = 500  # bound on host parameters per IN (...) query


@dataclass
class UpsertResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    replies_found: int = 0

    def __iadd__(self, other: UpsertResult) -> UpsertResult:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.replies_found += other.replies_found
        return self


def _fingerprint(item: Item) -> tuple[object, ...]:
    return (item.text, item.rating, item.title, item.author_name, item.url, item.updated_at)


def _raw(item: Item) -> str | None:
    return None if item.raw is None else json.dumps(item.raw, ensure_ascii=False)


class IngestMixin(WorkflowMixin):
    def upsert_items(
        self, source_id: int, items: Sequence[Item], assess: Assess | None = None
    ) -> UpsertResult:
        """Insert new items, update edited ones, leave unchanged ones untouched.

        An edit changes text, rating, title and updated_at but never status, replies or
        assignment. assess (triage) runs only for new or edited items.
        """
        result = UpsertResult()
        unique: dict[str, Item] = {}
        for item in items:
            unique[item.external_id] = item  # the last copy of a duplicate in a batch wins
        batch = list(unique.values())
        with self.transaction():
            for start in range(0, len(batch), _CHUNK):
                result += self._upsert_chunk(source_id, batch[start : start + _CHUNK], assess)
        return result

    def _upsert_chunk(
        self, source_id: int, items: list[Item], assess: Assess | None
    ) -> UpsertResult:
        conn = self.db.conn
        now = to_iso(utcnow())
        marks = ",".join("?" * len(items))
        kind_row = conn.execute("SELECT kind FROM sources WHERE id = ?", [source_id]).fetchone()
        source_kind = kind_row[0] if kind_row else None
        existing = {
            row[1]: row
            for row in conn.execute(
                "SELECT id, external_id, text, rating, title, author_name, url, updated_at, "
                f"status FROM items WHERE source_id = ? AND external_id IN ({marks})",
                [source_id, *(i.external_id for i in items)],
            )
        }
        new_rows: list[tuple[object, ...]] = []
        new_items: list[Item] = []
        routed: list[tuple[str, Assessment]] = []
        changed_rows: list[tuple[object, ...]] = []
        changed: list[tuple[int, Item]] = []
        result = UpsertResult()
        for item in items:
            old = existing.get(item.external_id)
            if old is not None and tuple(old[2:8]) == _fingerprint(item):
                result.unchanged += 1
                continue
            verdict = assess(item) if assess else Assessment(language=item.language)
            language = item.language or verdict.language
            status = Status.NEW if old is None else old[8]
            score = self._score(
                status,
                verdict.is_criticism,
                item.rating,
                verdict.sentiment,
                item.created_at,
                source_kind,
            )
            if old is None:
                new_items.append(item)
                if verdict.assignee or verdict.tags:
                    routed.append((item.external_id, verdict))
                new_rows.append(
                    (
                        source_id,
                        item.external_id,
                        item.kind.value,
                        item.author_name,
                        item.author_id,
                        item.rating,
                        item.title,
                        item.text,
                        language,
                        item.url,
                        item.created_at,
                        item.updated_at,
                        now,
                        _raw(item),
                        verdict.category,
                        verdict.sentiment,
                        int(verdict.is_criticism),
                        score,
                        verdict.assignee,
                        json.dumps(list(verdict.tags), ensure_ascii=False)
                        if verdict.tags
                        else None,
                    )
                )
            else:
                changed.append((old[0], item))
                changed_rows.append(
                    (
                        item.text,
                        item.rating,
                        item.title,
                        item.author_name,
                        item.url,
                        item.updated_at,
                        now,
                        _raw(item),
                        language,
                        verdict.category,
                        verdict.sentiment,
                        int(verdict.is_criticism),
                        score,
                        old[0],
                    )
                )
        if new_rows:
            conn.executemany(
                "INSERT INTO items (source_id, external_id, kind, author_name, author_id, "
                "rating, title, text, language, url, created_at, updated_at, fetched_at, raw, "
                "category, sentiment, is_criticism, priority, assignee, tags) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                new_rows,
            )
            result.inserted = len(new_rows)
        if changed_rows:
            conn.executemany(
                "UPDATE items SET text=?, rating=?, title=?, author_name=?, url=?, updated_at=?, "
                "fetched_at=?, raw=?, language=?, category=?, sentiment=?, is_criticism=?, "
                "priority=? WHERE id=?",
                changed_rows,
            )
            result.updated = len(changed_rows)
        ids = {ext: row[0] for ext, row in existing.items()}
        ids.update(self._ids_of(source_id, [i.external_id for i in new_items]))
        self._index(
            [item_id for item_id, _ in changed],
            changed + [(ids[i.external_id], i) for i in new_items],
        )
        for external_id, verdict in routed:
            detail = details.assignment(None, verdict.assignee, verdict.routed_by, verdict.tags)
            self._event(ids[external_id], "assign", "routing", at=now, detail=detail)
        for item in items:
            if item.site_reply is not None:
                result.replies_found += self._record_site_reply(ids[item.external_id], item)
        return result

    def _ids_of(self, source_id: int, external_ids: list[str]) -> dict[str, int]:
        if not external_ids:
            return {}
        marks = ",".join("?" * len(external_ids))
        rows = self.db.conn.execute(
            f"SELECT external_id, id FROM items WHERE source_id = ? AND external_id IN ({marks})",
            [source_id, *external_ids],
        )
        return {ext: item_id for ext, item_id in rows}

    def _index(self, stale_ids: list[int], rows: list[tuple[int, Item]]) -> None:
        conn = self.db.conn
        if stale_ids:
            marks = ",".join("?" * len(stale_ids))
            conn.execute(f"DELETE FROM items_fts WHERE rowid IN ({marks})", stale_ids)
        conn.executemany(
            "INSERT INTO items_fts (rowid, title, text, author) VALUES (?,?,?,?)",
            [
                (item_id, index_text(i.title), index_text(i.text), index_text(i.author_name))
                for item_id, i in rows
            ],
        )

    def _record_site_reply(self, item_id: int, item: Item) -> int:
        """Record an owner reply found on the site once; the item is then answered."""
        reply = item.site_reply
        assert reply is not None
        conn = self.db.conn
        seen = conn.execute(
            "SELECT 1 FROM replies WHERE item_id = ? AND state = ? AND "
            "(external_reply_id = ? OR (body = ? AND sent_at = ?))",
            [item_id, ReplyState.POSTED.value, reply.external_reply_id, reply.body, reply.at],
        ).fetchone()
        if seen:
            return 0
        cursor = conn.execute(
            'INSERT INTO replies (item_id, body, state, "by", created_at, sent_at, '
            "external_reply_id) VALUES (?,?,?,?,?,?,?)",
            [
                item_id,
                reply.body,
                ReplyState.POSTED.value,
                reply.by,
                reply.at,
                reply.at,
                reply.external_reply_id,
            ],
        )
        actor = reply.by or "site"
        detail = f"posted reply {cursor.lastrowid} (found on the site)"
        self._event(item_id, "reply", actor, at=reply.at, detail=detail)
        self._mark_answered(item_id, reply.at, actor, "reply found on the site")
        return 1
