"""What an inbox file is, for a diagnostics bundle: its schema and how many sources and items
of each kind it holds. Read-only: the file is never created, upgraded or written, so a bundle
can describe a damaged or newer inbox too. Names, texts and settings are never read."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from repman.store.schema import MIGRATION_SET

SQLITE_VERSION = sqlite3.sqlite_version


def inbox_facts(path: Path) -> dict[str, Any]:
    path = Path(path)
    if not path.is_file():
        return {"exists": False}
    facts: dict[str, Any] = {"exists": True, "bytes": path.stat().st_size}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            facts["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
            facts["journal_mode"] = conn.execute("PRAGMA journal_mode").fetchone()[0]
            facts["migrations"] = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    [MIGRATION_SET],
                )
            ]
            facts["sources_by_kind"] = dict(
                conn.execute("SELECT kind, count(*) FROM sources GROUP BY kind ORDER BY kind")
            )
            facts["items_by_kind"] = dict(
                conn.execute(
                    "SELECT s.kind, count(*) FROM items i JOIN sources s ON s.id = i.source_id "
                    "GROUP BY s.kind ORDER BY s.kind"
                )
            )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        facts["error"] = str(exc)  # e.g. not a Repman file, or damaged: worth knowing too
    return facts
