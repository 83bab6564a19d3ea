"""Reading the inbox: filters, sort orders, keyset pages, id snapshots and counts."""

from __future__ import annotations

import enum
import json
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from repman.domain import OPEN_STATUSES, NotFound, to_iso, utcnow
from repman.store.base import StoreBase
from repman.store.textnorm import fts_query

ITEM_COLUMNS = (
    "i.id, s.name AS source, s.kind AS source_kind, i.external_id, i.kind, "
    "i.author_name AS author, i.rating, i.title, i.text, i.language, i.url, i.created_at, "
    "i.updated_at, i.status, i.assignee, i.category, i.sentiment, i.is_criticism, i.priority, "
    "i.first_response_at"
)


class Sort(enum.StrEnum):
    PRIORITY = "priority"
    NEWEST = "newest"
    OLDEST = "oldest"


# column, direction: every order ends in id so that keyset pages never skip or repeat a row.
_ORDER = {
    Sort.PRIORITY: ("priority", "DESC"),
    Sort.NEWEST: ("created_at", "DESC"),
    Sort.OLDEST: ("created_at", "ASC"),
}


# The covering index that walks each order (schema.py). A search page names it: without
# statistics the planner may pick idx_items_status and sort everything that passes.
_SORT_INDEX = {
    Sort.PRIORITY: "idx_items_priority",
    Sort.NEWEST: "idx_items_created",
    Sort.OLDEST: "idx_items_created",
}
# Search pages choose between plans with these costs (µs, measured on 1M items, 2 cores).
_FEW_MATCHES = 5000  # up to this many matches, all of them are fetched and sorted
_MATCH_US = 1.3  # a match looked up in items, filtered and sorted
_LIST_US = 0.2  # a match put in a list that an index walk checks against
_KEPT_US = 0.5  # a window entry that passes the filter
_SKIPPED_US = 0.06  # a window entry that does not
_STREAM_US = 0.07  # a match read past the window's candidates
_WINDOW_MIN = 1000
_SAMPLE = 400  # items sampled to estimate how many pass the filter


@dataclass(frozen=True)
class InboxFilter:
    statuses: tuple[str, ...] = ()
    source_ids: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    rating_min: int | None = None
    rating_max: int | None = None
    criticism: bool | None = None
    languages: tuple[str, ...] = ()
    assignee: str | None = None  # "" means unassigned
    since: str | None = None  # created_at >= since (UTC ISO)
    until: str | None = None  # created_at < until
    search: str | None = None
    categories: tuple[str, ...] = ()
    # Only items with a follow-up not done and past its due time (measured when the query runs).
    overdue_followups: bool = False

    def without_status(self) -> InboxFilter:
        return replace(self, statuses=())


@dataclass(frozen=True)
class Cursor:
    """Where the next keyset page starts: the sort key and id of the last row shown."""

    key: Any
    id: int


def _in(column: str, values: tuple[Any, ...], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({','.join('?' * len(values))})"


def where_clause(f: InboxFilter) -> tuple[str, list[Any]]:
    """SQL condition over items aliased `i`, and its parameters. Empty filter: '1'."""
    parts: list[str] = []
    params: list[Any] = []
    if f.statuses:
        parts.append(_in("i.status", f.statuses, params))
    if f.source_ids:
        parts.append(_in("i.source_id", f.source_ids, params))
    if f.kinds:
        parts.append(_in("i.kind", f.kinds, params))
    if f.languages:
        parts.append(_in("i.language", f.languages, params))
    if f.categories:
        # Not in the covering indexes (a schema change): this filter reads the item rows.
        parts.append(_in("i.category", f.categories, params))
    if f.rating_min is not None:
        parts.append("i.rating >= ?")
        params.append(f.rating_min)
    if f.rating_max is not None:
        parts.append("i.rating <= ?")
        params.append(f.rating_max)
    if f.criticism is not None:
        parts.append("i.is_criticism = ?")
        params.append(int(f.criticism))
    if f.assignee is not None:
        if f.assignee == "":
            parts.append("i.assignee IS NULL")
        else:
            parts.append("i.assignee = ?")
            params.append(f.assignee)
    if f.since:
        parts.append("i.created_at >= ?")
        params.append(f.since)
    if f.until:
        parts.append("i.created_at < ?")
        params.append(f.until)
    if f.overdue_followups:
        parts.append("i.id IN (SELECT item_id FROM followups WHERE done_at IS NULL AND due_at < ?)")
        params.append(to_iso(utcnow()))
    if f.search:
        match = fts_query(f.search)
        if match is None:
            parts.append("0")  # only punctuation typed: nothing can match
        else:
            parts.append("i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
            params.append(match)
    return (" AND ".join(parts) or "1"), params


class InboxMixin(StoreBase):
    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def inbox_page(
        self,
        f: InboxFilter,
        sort: Sort = Sort.PRIORITY,
        after: Cursor | None = None,
        limit: int = 50,
    ) -> tuple[list[dict[str, Any]], Cursor | None]:
        """One page of items in order, and the cursor of the next page (None at the end)."""
        column, direction = _ORDER[sort]
        match = fts_query(f.search) if f.search else None
        if match is not None:
            rows = self._search_page(match, replace(f, search=None), sort, after, limit)
        else:
            where, params = where_clause(f)
            if after is not None:
                op = "<" if direction == "DESC" else ">"
                where += f" AND (i.{column}, i.id) {op} (?, ?)"
                params += [after.key, after.id]
            # A page walks the order's covering index and stops after `limit` rows. Left
            # alone, the planner may pick the status index and sort every answered item
            # first: 2.1 s vs 52 ms at 1M items (benchmarks/ui_inbox.py, "answered").
            index = _SORT_INDEX[sort]
            rows = self._rows(
                f"SELECT {ITEM_COLUMNS} FROM items i INDEXED BY {index} "
                f"JOIN sources s ON s.id = i.source_id "
                f"WHERE {where} ORDER BY i.{column} {direction}, i.id {direction} LIMIT ?",
                [*params, limit],
            )
        if len(rows) < limit:
            return rows, None
        last = rows[-1]
        return rows, Cursor(last[column], last["id"])

    def _search_page(
        self, match: str, f: InboxFilter, sort: Sort, after: Cursor | None, limit: int
    ) -> list[dict[str, Any]]:
        """A page of the items that match an FTS query and pass f, by the cheaper of:

        - all matches: look each match up, filter and sort them (the planner's plan for
          `id IN (matches)`; it may walk an index that serves f instead);
        - a window: the page lies among the first entries of the order's covering index
          that pass f. Take k of them, enough to hold `limit` matches at the estimated
          density, and keep those among the matches in one pass over the FTS index,
          limited to the window's rowid range. It costs about the same for a word in every
          fifth review as for a rare one, where sorting all matches grows with their number.
        """
        conn = self.db.conn
        column, direction = _ORDER[sort]
        where, params = where_clause(f)
        keyset, keys = "1", []
        if after is not None:
            op = "<" if direction == "DESC" else ">"
            keyset, keys = f"(i.{column}, i.id) {op} (?, ?)", [after.key, after.id]
        select = f"SELECT {ITEM_COLUMNS} FROM items i JOIN sources s ON s.id = i.source_id"
        order = f"ORDER BY i.{column} {direction}, i.id {direction}"
        first = [
            row[0]
            for row in conn.execute(
                "SELECT rowid FROM items_fts WHERE items_fts MATCH ? LIMIT ?",
                [match, _FEW_MATCHES + 1],
            )
        ]
        if len(first) <= _FEW_MATCHES:  # a rare word, two words: every match is at hand
            if not first:
                return []
            marks = ",".join("?" * len(first))
            return self._rows(
                f"{select} WHERE i.id IN ({marks}) AND {where} AND {keyset} {order} LIMIT ?",
                [*first, *params, *keys, limit],
            )
        top = conn.execute("SELECT max(id) FROM items").fetchone()[0] or 1
        density = len(first) / first[-1]  # rowids come in ascending order
        matches = density * top
        passing = 1.0
        if where != "1":  # the share of items that pass f, from evenly spaced ids
            step = max(top // _SAMPLE, 1)
            sample = list(range(step // 2 + 1, top + 1, step))
            marks = ",".join("?" * len(sample))
            seen, passed = conn.execute(
                f"SELECT count(*), total({where}) FROM items i WHERE i.id IN ({marks})",
                [*params, *sample],
            ).fetchone()
            passing = max(passed, 0.5) / max(seen, 1)
        index = _SORT_INDEX[sort]
        k = max(_WINDOW_MIN, int(3 * limit / density))  # f and the words independent
        while True:
            kept = min(k, passing * top)
            window = kept * _KEPT_US + max(k / passing - kept, 0) * _SKIPPED_US
            window += matches * _STREAM_US
            planner = min(matches * _MATCH_US, matches * _LIST_US + passing * top * _KEPT_US)
            if planner <= window:
                return self._rows(
                    f"{select} WHERE i.id IN (SELECT rowid FROM items_fts WHERE items_fts "
                    f"MATCH ?) AND {where} AND {keyset} {order} LIMIT ?",
                    [match, *params, *keys, limit],
                )
            whole = kept < k  # the window would hold every item that passes f
            rows = self._rows(
                f"WITH c AS MATERIALIZED (SELECT i.id FROM items i INDEXED BY {index} "
                f"WHERE {where} AND {keyset} {order} LIMIT ?) "
                f"{select} WHERE i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ? "
                f"AND +rowid IN c AND rowid >= (SELECT min(id) FROM c) "
                f"AND rowid <= (SELECT max(id) FROM c)) {order} LIMIT ?",
                [*params, *keys, -1 if whole else k, match, limit],
            )
            if len(rows) >= limit or whole:
                return rows
            held = conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM items i INDEXED BY {index} "
                f"WHERE {where} AND {keyset} LIMIT ?)",
                [*params, *keys, k],
            ).fetchone()[0]
            if held < k:
                return rows  # the window held every item that passes f
            # Fewer matches than estimated (f and the words go together): size the next
            # window from what this one found.
            k = max(2 * k, int(3 * limit * k / max(len(rows), 0.5)))

    def inbox_ids(self, f: InboxFilter, sort: Sort = Sort.PRIORITY) -> array[int]:
        """Every matching id in order (8 bytes each): the inbox view's row snapshot."""
        column, direction = _ORDER[sort]
        where, params = where_clause(f)
        ids: array[int] = array("q")
        cursor = self.db.conn.execute(
            f"SELECT i.id FROM items i WHERE {where} "
            f"ORDER BY i.{column} {direction}, i.id {direction}",
            params,
        )
        while chunk := cursor.fetchmany(10_000):
            ids.extend(row[0] for row in chunk)
        return ids

    def items_by_ids(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._rows(
            f"SELECT {ITEM_COLUMNS} FROM items i JOIN sources s ON s.id = i.source_id "
            f"WHERE i.id IN ({marks})",
            list(ids),
        )
        return {row["id"]: row for row in rows}

    def item(self, item_id: int) -> dict[str, Any]:
        row = self.items_by_ids([item_id]).get(item_id)
        if row is None:
            raise NotFound(f"no item with id {item_id}")
        return row

    def item_raw(self, item_id: int) -> dict[str, Any] | None:
        """The site's own JSON for an item, as it was fetched."""
        row = self.db.conn.execute("SELECT raw FROM items WHERE id = ?", [item_id]).fetchone()
        if row is None:
            raise NotFound(f"no item with id {item_id}")
        value: dict[str, Any] | None = json.loads(row[0]) if row[0] else None
        return value

    def item_id(self, source_id: int, external_id: str) -> int:
        row = self.db.conn.execute(
            "SELECT id FROM items WHERE source_id = ? AND external_id = ?", [source_id, external_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no item {external_id!r} in source {source_id}")
        return int(row[0])

    def count(self, f: InboxFilter) -> int:
        if f.search and replace(f, search=None) == InboxFilter():
            # A search alone: items_fts holds one row per item, so FTS5 counts by itself
            # instead of looking every match up in items.
            match = fts_query(f.search)
            if match is None:
                return 0
            sql, params = "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", [match]
        else:
            where, params = where_clause(f)
            sql = f"SELECT count(*) FROM items i WHERE {where}"
        return int(self.db.conn.execute(sql, params).fetchone()[0])

    def status_counts(self, f: InboxFilter) -> dict[str, int]:
        where, params = where_clause(f.without_status())
        return {
            status: n
            for status, n in self.db.conn.execute(
                f"SELECT i.status, count(*) FROM items i WHERE {where} GROUP BY i.status", params
            )
        }

    def iter_items(self, f: InboxFilter, sort: Sort = Sort.OLDEST) -> Iterator[dict[str, Any]]:
        """Every matching item, streamed page by page (constant memory)."""
        after: Cursor | None = None
        while True:
            rows, after = self.inbox_page(f, sort, after, limit=1000)
            yield from rows
            if after is None:
                return

    def author_items(self, author: str, exclude_id: int | None = None) -> list[dict[str, Any]]:
        """A customer's history: items by the same author name on any site."""
        return self._rows(
            f"SELECT {ITEM_COLUMNS} FROM items i JOIN sources s ON s.id = i.source_id "
            "WHERE i.author_name = ? AND i.id IS NOT ? ORDER BY i.created_at DESC LIMIT 100",
            [author, exclude_id],
        )


OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))
