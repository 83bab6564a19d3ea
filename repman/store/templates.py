"""Reply templates and routing rules: small tables the user edits in the app."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from repman.domain import NotFound, ReplyState, RepmanError, to_iso, utcnow
from repman.store.base import StoreBase

_TEMPLATE_COLUMNS = "id, key, name, language, category, kind, body, builtin"


class TemplatesMixin(StoreBase):
    def _template_rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def seed_templates(self, builtins: Iterable[Mapping[str, Any]]) -> int:
        """Copy built-in templates in by key; an existing key (perhaps edited by the user)
        is left alone. Returns how many were added."""
        now = to_iso(utcnow())
        rows = [
            (t["key"], t["name"], t["language"], t.get("category"), t.get("kind"), t["body"], now)
            for t in builtins
        ]
        with self.transaction():
            before = self.db.conn.total_changes
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO templates (key, name, language, category, kind, body, "
                "builtin, created_at) VALUES (?,?,?,?,?,?,1,?)",
                rows,
            )
            return int(self.db.conn.total_changes - before)

    def templates(self, language: str | None = None) -> list[dict[str, Any]]:
        where, params = ("WHERE language = ?", [language]) if language else ("", [])
        return self._template_rows(
            f"SELECT {_TEMPLATE_COLUMNS} FROM templates {where} ORDER BY language, category, id",
            params,
        )

    def template(self, template_id: int) -> dict[str, Any]:
        rows = self._template_rows(
            f"SELECT {_TEMPLATE_COLUMNS} FROM templates WHERE id = ?", [template_id]
        )
        if not rows:
            raise NotFound(f"no template with id {template_id}")
        return rows[0]

    def save_template(
        self, name: str, language: str, body: str, category: str | None, kind: str | None
    ) -> int:
        """A user's own template (or a good reply saved as one)."""
        if not body.strip():
            raise RepmanError("a template needs some text")
        with self.transaction():
            cursor = self.db.conn.execute(
                "INSERT INTO templates (name, language, category, kind, body, builtin, "
                "created_at) VALUES (?,?,?,?,?,0,?)",
                [name, language, category, kind, body, to_iso(utcnow())],
            )
        return int(cursor.lastrowid or 0)

    def sent_reply_bodies(self, limit: int = 5000) -> list[str]:
        """Bodies of the latest replies sent or posted: the tone check's "generic" finding
        counts how often the same text already went out."""
        rows = self.db.conn.execute(
            "SELECT body FROM replies WHERE state != ? ORDER BY id DESC LIMIT ?",
            [ReplyState.DRAFT.value, limit],
        )
        return [row[0] for row in rows]

    # -- routing rules ---------------------------------------------------------------------
    def rules(self, enabled_only: bool = True) -> list[dict[str, Any]]:
        where = "WHERE enabled = 1" if enabled_only else ""
        rows = self._template_rows(
            f"SELECT id, name, position, match, action, enabled FROM rules {where} "
            "ORDER BY position, id",
            [],
        )
        for row in rows:
            row["match"] = json.loads(row["match"] or "{}")
            row["action"] = json.loads(row["action"] or "{}")
            row["enabled"] = bool(row["enabled"])
        return rows

    def add_rule(self, name: str, match: Mapping[str, Any], action: Mapping[str, Any]) -> int:
        with self.transaction():
            position = self.db.conn.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM rules"
            ).fetchone()[0]
            cursor = self.db.conn.execute(
                "INSERT INTO rules (name, position, match, action) VALUES (?,?,?,?)",
                [
                    name,
                    position,
                    json.dumps(match, ensure_ascii=False),
                    json.dumps(action, ensure_ascii=False),
                ],
            )
        return int(cursor.lastrowid or 0)

    def remove_rule(self, rule_id: int) -> None:
        with self.transaction():
            if not self.db.conn.execute("DELETE FROM rules WHERE id = ?", [rule_id]).rowcount:
                raise NotFound(f"no rule with id {rule_id}")


class SettingsMixin(StoreBase):
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else str(row[0])

    def settings(self) -> dict[str, str]:
        return dict(self.db.conn.execute("SELECT key, value FROM settings ORDER BY key"))

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            if value is None:
                self.db.conn.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                self.db.conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
