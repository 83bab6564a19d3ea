"""Crash safety of a schema upgrade (issue 8): an inbox written by an older Repman is opened by
this one in a child process, which is killed with SIGKILL at a random point of the upgrade.

What the store guarantees (repman/store/database.py): every migration step commits together
with its record, so after a kill the file holds whole steps only, all items intact, and the
next open applies the rest; the copy made before migrating exists under its name only once
complete. The child runs on a simulated slow disk: every SQL statement and every 64 pages of
the backup print a line and take a moment, and the parent kills after a random one of them,
so kills spread over the backup and between the upgrade's statements instead of landing
mostly in Python's start-up."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlite_utils import Migrations

from repman.store import Store, quick_check
from repman.store.database import open_database
from repman.store.schema import MIGRATION_SET, SCHEMA_VERSION, migrations
from tests.kills import inbox, kill_after

ITEMS = 3000
KILLS = 12
STEP = 0.002  # seconds each statement or backup step takes on the "slow disk"

CHILD = f"""
import sqlite3, sys, time

class SlowDisk(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_trace_callback(tick)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.25):
        super().backup(target, pages=64, progress=lambda *_: tick("backup"), name=name)

def tick(what):
    print(" ".join(what.split())[:60], flush=True)
    time.sleep({STEP})

connect = sqlite3.connect
sqlite3.connect = lambda *args, **kwargs: connect(*args, factory=SlowDisk, **kwargs)
from repman.cli import main
sys.exit(main(sys.argv[1:]))
"""


def names() -> list[str]:
    return [m.name for m in migrations._migrations]


def older_inbox(path: Path) -> set[tuple[str, str]]:
    """An inbox as the first release left it (schema 1), with items in it."""
    first = Migrations(MIGRATION_SET)
    first._migrations = migrations._migrations[:1]
    conn = open_database(path, steps=first).conn
    # Raw SQL: today's store writes columns that schema 1 does not have.
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO sources (id, kind, name, created_at) "
        "VALUES (1, 'import', 'Files', '2025-01-01T00:00:00Z')"
    )
    rows = [(n, f"e{n}", f"review {n} " + "lorem ipsum " * 80) for n in range(1, ITEMS + 1)]
    conn.executemany(
        "INSERT INTO items (id, source_id, external_id, kind, text, created_at, fetched_at) "
        "VALUES (?, 1, ?, 'review', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
        rows,
    )
    conn.executemany(
        "INSERT INTO items_fts (rowid, title, text, author) VALUES (?, '', ?, '')",
        [(n, text) for n, _, text in rows],
    )
    conn.execute("COMMIT")
    conn.close()  # the last connection: the WAL is folded in and removed
    assert not Path(f"{path}-wal").exists()
    return inbox(path)[2]


def schema(db: Path) -> tuple[list[str], int]:
    conn = sqlite3.connect(db)
    try:
        applied = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                [MIGRATION_SET],
            )
        ]
        return applied, conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def upgrade(db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, "--db", str(db), "source", "list"],
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def kill_after_line(child: subprocess.Popen[str], line: int, rng: random.Random) -> bool:
    assert child.stdout is not None
    with child:  # closes the pipe however this ends
        for _ in range(line):
            if not child.stdout.readline():
                break  # it ended first
        return kill_after(child, rng.uniform(0, STEP))


def test_upgrade_killed_at_random_points(tmp_path: Path) -> None:
    template = tmp_path / "older.db"
    items = older_inbox(template)
    assert schema(template) == (names()[:1], 1)
    # A clean run first: its lines say where the backup starts and the upgrade ends.
    probe = tmp_path / "probe" / "inbox.db"
    probe.parent.mkdir()
    shutil.copy(template, probe)
    out, _ = upgrade(probe).communicate(timeout=60)
    lines = out.splitlines()
    first = lines.index("backup")
    last = max(i for i, text in enumerate(lines) if text.startswith("PRAGMA user_version ="))
    assert schema(probe) == (names(), SCHEMA_VERSION)
    rng = random.Random(8)
    kills = turn = 0
    while kills < KILLS and turn < 2 * KILLS:
        turn += 1
        folder = tmp_path / f"turn{turn}"
        folder.mkdir()
        db = folder / "inbox.db"
        shutil.copy(template, db)
        kills += kill_after_line(upgrade(db), rng.randint(first - 2, last + 2), rng)
        # What the kill left, before anything opens it with the store.
        check, duplicates, rows = inbox(db)
        assert (check, duplicates, rows) == ("ok", 0, items)
        applied, _ = schema(db)
        assert applied == names()[: len(applied)]
        for copy in folder.glob("*.bak"):  # a pre-upgrade copy is complete, or not there
            assert quick_check(copy) == "ok", copy.name
            assert inbox(copy)[2] == items
        # The next open finishes the upgrade.
        Store.open(db).close()
        assert schema(db) == (names(), SCHEMA_VERSION)
        assert inbox(db)[2] == items
        assert not list(folder.glob(".*partial*")), "a half-made copy was left behind"
    assert kills >= KILLS, f"only {kills} kills landed inside an upgrade"
