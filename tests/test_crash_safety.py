"""Crash safety (issue 8): `repman sync` killed with SIGKILL at random moments, again and
again, never leaves a damaged, duplicated or shrunken inbox, never a cursor past items that
were not stored, and the next sync completes.

The sync runs in a child process against four fake Mastodon instances served by a threaded
http.server in this process, each page answered after a small delay. Half of the kills land
anywhere in a run; the other half land just after a page was served, while the child is
storing it: the moment where a cursor saved apart from its page would lose that page."""

from __future__ import annotations

import json
import os
import random
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
from tests.kills import Row, checked, inbox, kill, kill_after, wipe

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
            return
        server: Instance = self.server  # type: ignore[assignment]
        with server.served:
            server.pages += 1
            server.served.notify_all()

    def log_message(self, *args: object) -> None:
        pass


class Instance(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Timelines)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.pages = 0
        self.served = threading.Condition()

    def kill_after_pages(self, child: subprocess.Popen[bytes], pages: int, extra: float) -> bool:
        """Kill the child `extra` seconds after `pages` more pages were served to it."""
        with self.served:
            target = self.pages + pages
            while self.pages < target and child.poll() is None:
                self.served.wait(timeout=0.05)
        time.sleep(extra)
        return kill(child)


@pytest.fixture
def instance() -> Iterator[Instance]:
    server = Instance()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def claimed(db: Path) -> set[Row]:
    """What the stored cursors say is already stored: the next sync never asks for it again.

    A resume cursor claims the ids from its max_id up to the newest of the walk in progress,
    plus everything up to newest_id from walks before; a finished cursor claims up to
    newest_id (MastodonConnector.fetch)."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        cursors = conn.execute("SELECT name, cursor FROM sources").fetchall()
    finally:
        conn.close()
    found: set[Row] = set()
    for name, text in cursors:
        cursor = json.loads(text) if text else {}
        seen = int(cursor.get("newest_id") or 0)
        resume = cursor.get("resume") or {}
        low, high = int(resume.get("max_id") or 0), int(resume.get("run_newest") or 0)
        for n in range(1, PER_SOURCE + 1):
            if BASE_ID + n <= seen or (resume and low <= BASE_ID + n <= high):
                found.add((name, str(BASE_ID + n)))
    return found


def run_sync(db: Path, env: dict[str, str], *, errors: bool = False) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, "--db", str(db), "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if errors else subprocess.DEVNULL,
    )


def new_inbox(db: Path, instance: Instance) -> None:
    wipe(db)
    with Store.open(db) as store:
        for n in range(SOURCES):
            store.add_source("mastodon", f"m{n}", {"instance": instance.url, "tag": f"tag{n}"})


def test_sync_killed_at_random_moments(tmp_path: Path, instance: Instance) -> None:
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
    pages = instance.pages
    rng = random.Random(8)
    seen: set[Row] = set()
    kills = turns = 0
    deadline = time.monotonic() + 45
    while kills < KILLS and time.monotonic() < deadline:
        child = run_sync(db, env)
        if turns % 2:
            kills += kill_after(child, rng.uniform(0.0, span))
        else:
            kills += instance.kill_after_pages(child, rng.randint(1, pages), rng.uniform(0, DELAY))
        turns += 1
        seen = checked(db, seen, expected)
        lost = claimed(db) - seen
        assert not lost, f"a cursor is past {len(lost)} items that were never stored"
        if seen == expected:  # everything arrived: start over so later kills hit writes
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
