"""Shared by the crash-safety tests: run a child, SIGKILL it at a chosen moment, then look at
what the inbox file holds with plain sqlite3 (not the store: it must not repair anything)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from pathlib import Path

Row = tuple[str, str]  # (source name, external id)


def wipe(db: Path) -> None:
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)


def inbox(db: Path) -> tuple[str, int, set[Row]]:
    """integrity_check, duplicate count and every (source name, external id)."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        check = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        rows = conn.execute(
            "SELECT s.name, i.external_id FROM items i JOIN sources s ON s.id = i.source_id"
        ).fetchall()
        fts = conn.execute("SELECT count(*) FROM items_fts").fetchone()[0]
    finally:
        conn.close()
    assert fts == len(rows), "search index out of step with the items"
    return check, len(rows) - len(set(rows)), set(rows)


def checked(db: Path, seen: set[Row], expected: set[Row]) -> set[Row]:
    """The rows after a kill, once they pass: sound file, no duplicates, nothing committed
    before lost, nothing that should not be there."""
    check, duplicates, rows = inbox(db)
    assert check == "ok"
    assert duplicates == 0
    assert seen <= rows, f"{len(seen - rows)} committed items lost"
    assert rows <= expected, f"{len(rows - expected)} unexpected items"
    return rows


def kill(child: subprocess.Popen[bytes]) -> bool:
    """SIGKILL the child unless it already ended; True when the kill landed mid-run."""
    if child.poll() is not None:
        return False
    child.send_signal(signal.SIGKILL)
    # It may have ended on its own between poll() and the signal: only a kill counts.
    return child.wait(timeout=30) == -signal.SIGKILL


def kill_after(child: subprocess.Popen[bytes], seconds: float) -> bool:
    try:
        child.wait(timeout=seconds)  # a child that ends sooner is not waited for in vain
    except subprocess.TimeoutExpired:
        return kill(child)
    return False
