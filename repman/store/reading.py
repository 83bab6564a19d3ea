"""Reads for reports: the response log streamed page by page, events, follow-up counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from repman.store.inbox import Cursor, InboxFilter, InboxMixin, Sort, where_clause


class ReadingMixin(InboxMixin):
    def response_log(self, f: InboxFilter, sort: Sort = Sort.OLDEST) -> Iterator[dict[str, Any]]:
        """Items oldest first (or in `sort` order), each with its first response and its
        reply count."""
        after: Cursor | None = None
        while True:
            rows, after = self.inbox_page(f, sort, after, limit=1000)
            if not rows:
                return
            marks = ",".join("?" * len(rows))
            firsts: dict[int, tuple[Any, ...]] = {}
            counts: dict[int, int] = {}
            for item_id, body, by, sent_at, state in self.db.conn.execute(
                f'SELECT item_id, body, "by", sent_at, state FROM replies '
                f"WHERE item_id IN ({marks}) AND state != 'draft' ORDER BY sent_at DESC, id DESC",
                [r["id"] for r in rows],
            ):
                firsts[item_id] = (body, by, sent_at, state)  # the earliest wins (last written)
                counts[item_id] = counts.get(item_id, 0) + 1
            for row in rows:
                body, by, sent_at, state = firsts.get(row["id"], (None, None, None, None))
                row.update(
                    first_reply_text=body,
                    first_reply_by=by,
                    first_reply_at=sent_at,
                    first_reply_state=state,
                    replies_sent=counts.get(row["id"], 0),
                )
                yield row
            if after is None:
                return

    def events_log(self, f: InboxFilter) -> Iterator[dict[str, Any]]:
        """Events of the matching items, in time order."""
        where, params = where_clause(f)
        cursor = self.db.conn.execute(
            "SELECT e.id, e.item_id, s.name AS source, e.at, e.actor, e.action, e.from_status, "
            "e.to_status, e.detail FROM events e JOIN items i ON i.id = e.item_id "
            f"JOIN sources s ON s.id = i.source_id WHERE {where} ORDER BY e.at, e.id",
            params,
        )
        names = [d[0] for d in cursor.description]
        while chunk := cursor.fetchmany(1000):
            for row in chunk:
                yield dict(zip(names, row, strict=True))

    def followup_counts(self, f: InboxFilter, now: str) -> tuple[int, int]:
        """(open follow-ups, overdue open follow-ups) on the matching items."""
        where, params = where_clause(f)
        row = self.db.conn.execute(
            "SELECT count(*), coalesce(sum(fu.due_at < ?), 0) FROM followups fu "
            f"JOIN items i ON i.id = fu.item_id WHERE fu.done_at IS NULL AND {where}",
            [now, *params],
        ).fetchone()
        return int(row[0]), int(row[1])

    def items_with_overdue_followups(self, f: InboxFilter, now: str) -> set[int]:
        where, params = where_clause(f)
        return {
            row[0]
            for row in self.db.conn.execute(
                "SELECT DISTINCT fu.item_id FROM followups fu JOIN items i ON i.id = fu.item_id "
                f"WHERE fu.done_at IS NULL AND fu.due_at < ? AND {where}",
                [now, *params],
            )
        }
