"""Status, assignment, replies and follow-ups; every change writes an `events` row."""

from __future__ import annotations

from typing import Any

from repman import event_details as details
from repman.domain import (
    NotFound,
    ReplyState,
    Status,
    check_transition,
    to_iso,
    utcnow,
)
from repman.store.base import StoreBase


class WorkflowMixin(StoreBase):
    # -- helpers -----------------------------------------------------------------------------
    def _item_state(self, item_id: int) -> tuple[Status, bool, int | None, float | None]:
        row = self.db.conn.execute(
            "SELECT status, is_criticism, rating, sentiment FROM items WHERE id = ?", [item_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"no item with id {item_id}")
        return Status(row[0]), bool(row[1]), row[2], row[3]

    def _rescore(self, item_id: int, status: Status) -> float:
        row = self.db.conn.execute(
            "SELECT i.is_criticism, i.rating, i.sentiment, i.created_at, s.kind FROM items i "
            "JOIN sources s ON s.id = i.source_id WHERE i.id = ?",
            [item_id],
        ).fetchone()
        return self._score(status.value, bool(row[0]), row[1], row[2], row[3], row[4])

    def refresh_priorities(self) -> int:
        """Re-score open items, whose score grows with age; returns how many changed."""
        rows = self.db.conn.execute(
            "SELECT i.id, i.status, i.is_criticism, i.rating, i.sentiment, i.created_at, s.kind, "
            "i.priority FROM items i JOIN sources s ON s.id = i.source_id "
            "WHERE i.status IN ('new', 'in_progress')"
        ).fetchall()
        changed = []
        for item_id, status, crit, rating, sentiment, created, kind, old in rows:
            score = self._score(status, bool(crit), rating, sentiment, created, kind)
            if abs(score - old) >= 0.01:
                changed.append((score, item_id))
        if changed:
            with self.transaction():
                self.db.conn.executemany("UPDATE items SET priority = ? WHERE id = ?", changed)
        return len(changed)

    def _event(
        self,
        item_id: int,
        action: str,
        actor: str | None,
        *,
        at: str | None = None,
        from_status: str | None = None,
        to_status: str | None = None,
        detail: str | None = None,
    ) -> None:
        self.db.conn.execute(
            "INSERT INTO events (item_id, at, actor, action, from_status, to_status, detail) "
            "VALUES (?,?,?,?,?,?,?)",
            [item_id, at or to_iso(utcnow()), actor, action, from_status, to_status, detail],
        )

    def _move(
        self, item_id: int, target: Status, actor: str | None, *, at: str | None, detail: str | None
    ) -> None:
        current = self._item_state(item_id)[0]
        check_transition(current, target)
        when = at or to_iso(utcnow())
        score = self._rescore(item_id, target)
        if target is Status.ANSWERED:
            # first_response_at is set by the first move to answered and never changes after.
            self.db.conn.execute(
                "UPDATE items SET status = ?, priority = ?, "
                "first_response_at = COALESCE(first_response_at, ?) WHERE id = ?",
                [target.value, score, when, item_id],
            )
        else:
            self.db.conn.execute(
                "UPDATE items SET status = ?, priority = ? WHERE id = ?",
                [target.value, score, item_id],
            )
        self._event(
            item_id,
            "status",
            actor,
            at=when,
            from_status=current.value,
            to_status=target.value,
            detail=detail,
        )

    def _mark_answered(self, item_id: int, at: str, actor: str, detail: str) -> None:
        current = self._item_state(item_id)[0]
        if current in (Status.NEW, Status.IN_PROGRESS):
            self._move(item_id, Status.ANSWERED, actor, at=at, detail=detail)
        else:
            # Already answered, closed or ignored: the reply still counts as the first
            # response if none was recorded.
            self.db.conn.execute(
                "UPDATE items SET first_response_at = COALESCE(first_response_at, ?) WHERE id = ?",
                [at, item_id],
            )

    # -- public ------------------------------------------------------------------------------
    def set_status(
        self, item_id: int, status: Status, actor: str | None, reason: str | None = None
    ) -> bool:
        """Move an item; returns False when it already had that status (nothing written)."""
        with self.transaction():
            if self._item_state(item_id)[0] is status:
                return False
            self._move(item_id, status, actor, at=None, detail=reason)
        return True

    def set_category(self, item_id: int, category: str | None, actor: str | None) -> None:
        with self.transaction():
            self._item_state(item_id)
            old = self.db.conn.execute(
                "SELECT category FROM items WHERE id = ?", [item_id]
            ).fetchone()[0]
            if old == category:
                return
            self.db.conn.execute("UPDATE items SET category = ? WHERE id = ?", [category, item_id])
            self._event(item_id, "category", actor, detail=details.recategorised(old, category))

    def assign(self, item_id: int, person: str | None, actor: str | None) -> bool:
        with self.transaction():
            self._item_state(item_id)
            old = self.db.conn.execute(
                "SELECT assignee FROM items WHERE id = ?", [item_id]
            ).fetchone()[0]
            if old == person:
                return False
            self.db.conn.execute("UPDATE items SET assignee = ? WHERE id = ?", [person, item_id])
            self._event(item_id, "assign", actor, detail=details.assignment(old, person))
        return True

    def add_reply(
        self,
        item_id: int,
        body: str,
        state: ReplyState,
        by: str | None,
        *,
        template_id: int | None = None,
        external_reply_id: str | None = None,
        at: str | None = None,
    ) -> int:
        """Record a reply. A sent or posted reply answers the item; a draft puts it in progress."""
        when = at or to_iso(utcnow())
        with self.transaction():
            current = self._item_state(item_id)[0]
            sent_at = None if state is ReplyState.DRAFT else when
            cursor = self.db.conn.execute(
                'INSERT INTO replies (item_id, body, state, "by", created_at, sent_at, '
                "external_reply_id, template_id) VALUES (?,?,?,?,?,?,?,?)",
                [item_id, body, state.value, by, when, sent_at, external_reply_id, template_id],
            )
            reply_id = int(cursor.lastrowid or 0)
            if state is ReplyState.DRAFT:
                self._event(item_id, "draft", by, at=when, detail=details.draft(reply_id))
                if current is Status.NEW:
                    self._move(
                        item_id, Status.IN_PROGRESS, by, at=when, detail=details.DRAFT_WRITTEN
                    )
            else:
                detail = details.reply(state.value, reply_id)
                self._event(item_id, "reply", by, at=when, detail=detail)
                self._mark_answered(item_id, when, by or "", detail)
        return reply_id

    def update_draft(self, reply_id: int, body: str) -> None:
        """Autosave: rewrite a draft's text in place (no event; the draft already has one)."""
        with self.transaction():
            changed = self.db.conn.execute(
                "UPDATE replies SET body = ? WHERE id = ? AND state = ?",
                [body, reply_id, ReplyState.DRAFT.value],
            ).rowcount
            if not changed:
                raise NotFound(f"no draft with id {reply_id}")

    def discard_draft(self, reply_id: int) -> bool:
        """Delete a draft once its text went out as a sent or posted reply (or was emptied):
        the reply row keeps the text, so no second copy lingers as "draft". Only drafts are
        ever deleted; False when there was none. The item's status and events stay."""
        with self.transaction():
            deleted = self.db.conn.execute(
                "DELETE FROM replies WHERE id = ? AND state = ?",
                [reply_id, ReplyState.DRAFT.value],
            ).rowcount
        return bool(deleted)

    def add_followup(self, item_id: int, due_at: str, note: str, actor: str | None) -> int:
        with self.transaction():
            self._item_state(item_id)
            cursor = self.db.conn.execute(
                "INSERT INTO followups (item_id, due_at, note, created_at) VALUES (?,?,?,?)",
                [item_id, due_at, note, to_iso(utcnow())],
            )
            followup_id = int(cursor.lastrowid or 0)
            self._event(item_id, "followup", actor, detail=details.followup(due_at, note))
        return followup_id

    def complete_followup(self, followup_id: int, actor: str | None) -> None:
        with self.transaction():
            row = self.db.conn.execute(
                "SELECT item_id, done_at FROM followups WHERE id = ?", [followup_id]
            ).fetchone()
            if row is None:
                raise NotFound(f"no follow-up with id {followup_id}")
            if row[1] is not None:
                return
            now = to_iso(utcnow())
            self.db.conn.execute(
                "UPDATE followups SET done_at = ? WHERE id = ?", [now, followup_id]
            )
            self._event(
                row[0], "followup_done", actor, at=now, detail=details.followup_done(followup_id)
            )

    def replies(self, item_id: int) -> list[dict[str, Any]]:
        return self._dicts(
            'SELECT id, body, state, "by", created_at, sent_at, external_reply_id, template_id '
            "FROM replies WHERE item_id = ? ORDER BY created_at, id",
            [item_id],
        )

    def events(self, item_id: int) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT id, at, actor, action, from_status, to_status, detail FROM events "
            "WHERE item_id = ? ORDER BY at, id",
            [item_id],
        )

    def followups(self, item_id: int) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT id, due_at, note, created_at, done_at FROM followups WHERE item_id = ? "
            "ORDER BY due_at, id",
            [item_id],
        )

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]
