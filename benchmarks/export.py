"""Export benchmark: time and peak memory of writing the response log.

    .venv/bin/python benchmarks/export.py [--db PATH] [--format csv|xlsx|json|pdf]
                                          [--rows N] [--out DIR]

Runs against an existing inbox (by default the 1M-item database benchmarks/search.py builds
under /tmp/repman-bench/), opened read-only: no migration, nothing written to it. --rows
exports only the N oldest items (an `until` filter at the N+1th created_at), e.g. XLSX at
100k. Peak RSS is the whole process's, so run one format per process for clean figures:

    .venv/bin/python benchmarks/export.py --format csv
    .venv/bin/python benchmarks/export.py --format xlsx --rows 100000

Not a test: prints a report and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import peak_rss_mb
from sqlite_utils import Database

from repman.reports.export import export
from repman.store import InboxFilter, Store

DEFAULT_DB = Path("/tmp/repman-bench/search-1000000.db")


def open_read_only(path: Path) -> Store:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    return Store(Database(conn), path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--format", default="csv", choices=["csv", "json", "xlsx", "pdf"])
    parser.add_argument("--rows", type=int, help="only the N oldest items")
    parser.add_argument("--out", type=Path, default=Path("/tmp/repman-bench"))
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"no database at {args.db}: build one with benchmarks/search.py --keep")

    store = open_read_only(args.db)
    f = InboxFilter()
    if args.rows:
        row = store.db.conn.execute(
            "SELECT created_at FROM items ORDER BY created_at, id LIMIT 1 OFFSET ?", [args.rows]
        ).fetchone()
        if row is not None:
            f = InboxFilter(until=row[0])
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"export-bench.{args.format}"
    ticks: list[tuple[float, int]] = []
    start = time.perf_counter()
    count = export(store, out, f, fmt=args.format, progress=lambda n: ticks.append((0.0, n)))
    seconds = time.perf_counter() - start
    size_mb = out.stat().st_size / 2**20
    store.close()
    result = {
        "format": args.format,
        "items": count,
        "seconds": round(seconds, 1),
        "items_per_second": round(count / seconds) if seconds else None,
        "file_mb": round(size_mb, 1),
        "peak_rss_mb": peak_rss_mb(),
        "progress_calls": len(ticks),
    }
    print(
        f"{args.format}: {count:,} items in {seconds:.1f} s "
        f"({result['items_per_second']:,}/s), {size_mb:.0f} MB file, "
        f"peak RSS {result['peak_rss_mb']} MB"
    )
    print(json.dumps(result))
    out.unlink()


if __name__ == "__main__":
    main()
