"""Crash safety (issue 8): `repman sync` killed with SIGKILL at random moments, again and
again, never leaves a damaged, duplicated or shrunken inbox, and the next sync completes.

The sync runs in a child process against four fake Mastodon instances served by a threaded
http.server in this process, each page answered after a small delay."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from repman.store import Store

SOURCES = 4
PER_SOURCE = 160  # four pages of 40 each
BASE_ID = 114_000_000_000_000_000
KILLS = 20
DELAY = 0.03  # seconds before each page is answered

# The same entry point as `python -m repman`, with Mastodon's 1 s politeness spacing off
# (one loopback host serves every page here).
CHILD = (
    "import sys; from repman.sources.mastodon import MastodonConnector as M; "
    "M.min_interval = 0.0; from repman.cli import main; sys.exit(main(sys.argv[1:]))"
)


def status(tag: str, n: int) -> dict[str, object]:
    return {
        "id": str(BASE_ID + n),
        "created_at": f"2025-04-{1 + n % 28:02d}T10:{n % 60:02d}:00.000Z",
        "content": f"<p>{tag} review {n}</p>",
        "url": f"https://social.example/@a/{tag}/{n}",
        "language": "en",
        "account": {"id": str(n), "acct": f"user{n}@social.example", "display_name": f"U{n}"},
    }


class Timelines(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        import json

        url = urlparse(self.path)
        tag = url.path.rsplit("/", 1)[-1]
        query = parse_qs(url.query)
        limit = int(query.get("limit", ["40"])[0])
        max_id = int(query.get("max_id", [str(BASE_ID + 10**9)])[0])
        numbers = [n for n in range(PER_SOURCE, 0, -1) if BASE_ID + n < max_id][:limit]
        body = json.dumps([status(tag, n) for n in numbers]).encode()
        time.sleep(DELAY)
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the child was killed mid-answer
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def instance() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Timelines)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def inbox(db: Path) -> tuple[str, int, set[tuple[str, str]]]:
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


def run_sync(db: Path, env: dict[str, str], *, errors: bool = False) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, "--db", str(db), "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if errors else subprocess.DEVNULL,
    )


def new_inbox(db: Path, instance: str) -> None:
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)
    with Store.open(db) as store:
        for n in range(SOURCES):
            store.add_source("mastodon", f"m{n}", {"instance": instance, "tag": f"tag{n}"})


def test_sync_killed_at_random_moments(tmp_path: Path, instance: str) -> None:
    db = tmp_path / "inbox.db"
    new_inbox(db, instance)
    expected = {
        (f"m{s}", str(BASE_ID + n)) for s in range(SOURCES) for n in range(1, PER_SOURCE + 1)
    }
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    # A clean run first, to know how long one takes; kills land anywhere inside that span.
    new_inbox(tmp_path / "probe.db", instance)
    started = time.monotonic()
    assert run_sync(tmp_path / "probe.db", env).wait(timeout=60) == 0
    span = max(time.monotonic() - started, 0.5)
    rng = random.Random(8)
    seen: set[tuple[str, str]] = set()
    kills = 0
    deadline = time.monotonic() + 45
    while kills < KILLS and time.monotonic() < deadline:
        child = run_sync(db, env)
        time.sleep(rng.uniform(0.0, span))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait(timeout=30)
        check, duplicates, rows = inbox(db)
        assert check == "ok"
        assert duplicates == 0
        assert seen <= rows, f"{len(seen - rows)} committed items lost"
        assert rows <= expected
        seen = rows
        if rows == expected:  # everything arrived: start over so later kills hit writes
            new_inbox(db, instance)
            seen = set()
    assert kills >= KILLS, f"only {kills} kills landed inside a sync"
    child = run_sync(db, env, errors=True)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 0, err.decode()
    check, duplicates, rows = inbox(db)
    assert (check, duplicates) == ("ok", 0)
    assert rows == expected
    again = run_sync(db, env)
    again.communicate(timeout=60)
    assert again.returncode == 0
    assert inbox(db)[2] == expected
