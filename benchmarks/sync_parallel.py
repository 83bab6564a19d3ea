"""Sync of many sources at once: wall time should track the slowest source, not the sum.

Twelve fake Mastodon instances, each on its own loopback address (the limiter spaces calls
per host, as it would for twelve different sites), answer every page after LATENCY seconds;
each serves PAGES pages of 40 statuses. We time one source alone, then all twelve together.

    .venv/bin/python benchmarks/sync_parallel.py [--sources 12] [--pages 5] [--latency 0.3]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from repman.store import Store
from repman.sync import sync

PER_PAGE = 40


def make_handler(pages: int, latency: float) -> type[BaseHTTPRequestHandler]:
    top = pages * PER_PAGE

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(latency)
            query = parse_qs(urlparse(self.path).query)
            start = int(query.get("max_id", [str(top + 1)])[0]) - 1
            ids = [n for n in range(start, max(start - PER_PAGE, 0), -1)]
            body = json.dumps(
                [
                    {
                        "id": str(n),
                        "created_at": "2026-01-01T00:00:00Z",
                        "content": f"<p>post {n}</p>",
                        "url": f"https://social.example/@a/{n}",
                        "language": "en",
                        "account": {"id": "1", "acct": "a@social.example", "display_name": "A"},
                    }
                    for n in ids
                ]
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


def run(db: Path, names: list[str] | None) -> float:
    started = time.perf_counter()
    report = sync(db, names)
    elapsed = time.perf_counter() - started
    failed = [p.error for p in report.sources if p.error]
    if failed:
        raise SystemExit(f"sync failed: {failed}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=12)
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--latency", type=float, default=0.3)
    args = parser.parse_args()
    servers = []
    for n in range(args.sources):
        server = ThreadingHTTPServer(
            (f"127.0.0.{n + 2}", 0), make_handler(args.pages, args.latency)
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store.open(db) as store:
            for n, server in enumerate(servers):
                host, port = server.server_address[:2]
                store.add_source(
                    "mastodon", f"M{n}", {"instance": f"http://{host}:{port}", "tag": "t"}
                )
        single = run(db, ["M0"])
        with Store.open(db) as store:  # the next runs must fetch everything again
            store.db.conn.execute("UPDATE sources SET cursor = NULL")
            store.db.conn.execute("DELETE FROM items")
            store.db.conn.execute("DELETE FROM items_fts")
        together = run(db, None)
        with Store.open(db) as store:
            count = store.db.conn.execute("SELECT count(*) FROM items").fetchone()[0]
    for server in servers:
        server.shutdown()
    expected = args.sources * args.pages * PER_PAGE
    print(f"one source, {args.pages} pages at {args.latency * 1000:.0f} ms: {single:.2f} s")
    print(
        f"{args.sources} sources at once: {together:.2f} s ({together / single:.2f}x one source; "
        f"sum would be {single * args.sources:.1f} s); {count} of {expected} items stored"
    )
    print(
        json.dumps(
            {
                "single_s": round(single, 3),
                "all_s": round(together, 3),
                "ratio": round(together / single, 3),
                "items": count,
            }
        )
    )


if __name__ == "__main__":
    main()
