"""Crash safety of `repman import` (issue 8): killed with SIGKILL at random moments, again and
again, it never leaves a damaged, duplicated or shrunken inbox, and importing the file once
more completes with exactly the file's items.

Half of the rows carry no external_id (the importer derives a stable one), and some carry the
owner's reply, so a batch writes items, search rows, replies and events together."""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from repman.store import Store
from tests.kills import Row, checked, inbox, kill_after, wipe

ROWS = 2000  # about 0.7 s to import on a 2-core machine: four batches of 500
KILLS = 20
WORDS = ("great", "service", "slow", "staff", "friendly", "rude", "cold", "food", "tasty", "price",
         "waited", "clean", "dirty")  # fmt: skip


def write_csv(path: Path) -> None:
    rng = random.Random(1)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["source", "external_id", "author", "rating", "text", "created_at",
                      "reply_text", "reply_at"])  # fmt: skip
        for n in range(ROWS):
            day = f"2025-{1 + n % 9:02d}-{1 + n % 28:02d}"
            replied = n % 7 == 0
            out.writerow([
                f"Directory {n % 3}",
                "" if n % 2 else f"e{n}",
                f"Author {n}",
                1 + n % 5,
                " ".join(rng.choice(WORDS) for _ in range(12)) + f" #{n}",
                f"{day}T10:00:00Z",
                f"Thank you, Author {n}" if replied else "",
                f"{day}T12:00:00Z" if replied else "",
            ])  # fmt: skip


def run_import(db: Path, file: Path, *, errors: bool = False) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "repman", "--db", str(db), "import", str(file)],
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if errors else subprocess.DEVNULL,
    )


def new_inbox(db: Path) -> None:
    wipe(db)
    Store.open(db).close()  # an empty inbox: a kill before the file exists proves nothing


def doubled_replies(db: Path) -> int:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return int(
            conn.execute(
                "SELECT count(*) FROM (SELECT item_id FROM replies GROUP BY item_id "
                "HAVING count(*) > 1)"
            ).fetchone()[0]
        )
    finally:
        conn.close()


def test_import_killed_at_random_moments(tmp_path: Path) -> None:
    file = tmp_path / "reviews.csv"
    write_csv(file)
    # A clean run first: what the file holds, and how long one import takes.
    probe = tmp_path / "probe.db"
    new_inbox(probe)
    started = time.monotonic()
    assert run_import(probe, file).wait(timeout=60) == 0
    span = max(time.monotonic() - started, 0.3)
    expected = inbox(probe)[2]
    assert len(expected) == ROWS
    db = tmp_path / "inbox.db"
    new_inbox(db)
    rng = random.Random(8)
    seen: set[Row] = set()
    kills = 0
    deadline = time.monotonic() + 30
    while kills < KILLS and time.monotonic() < deadline:
        kills += kill_after(run_import(db, file), rng.uniform(0.0, span))
        seen = checked(db, seen, expected)
        assert doubled_replies(db) == 0
        if seen == expected:  # everything is in: start over so later kills hit writes
            new_inbox(db)
            seen = set()
    assert kills >= KILLS, f"only {kills} kills landed inside an import"
    child = run_import(db, file, errors=True)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 0, err.decode()
    check, duplicates, rows = inbox(db)
    assert (check, duplicates, rows) == ("ok", 0, expected)
    assert doubled_replies(db) == 0
    again = run_import(db, file)
    assert again.wait(timeout=60) == 0
    assert inbox(db)[2] == expected
