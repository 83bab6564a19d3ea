"""Export benchmark: time and peak memory of writing the response log.

    .venv/bin/python benchmarks/export.py [--db PATH] [--format csv|xlsx|json|pdf]
                                          [--rows N] [--out DIR]

Runs against an existing inbox (by default the 1M-item database benchmarks/search.py builds
under /tmp/repman-bench/), opened read-only: no migration, nothing written to it. --rows
exports only the N oldest items (an `until` filter at the N+1th created_at), e.g. XLSX at
100k. Peak RSS is the whole process's, so run one format per process for clean figures:

    .venv/bin/python benchmarks/export.py --format csv
    .venv/bin/python benchmarks/export.py --format xlsx --rows 100000
    .venv/bin/python benchmarks/export.py --format pdf

PDF: the report counts every item for its figures and weekly charts and lists the newest
--table-rows criticism items (repman.ui.report_pdf.TABLE_ROWS by default); the run also
prints how long each part took and how many pages came out, and --keep leaves the file in
--out to look at (pdftoppm -png -r 100 -f 1 -l 2 FILE page).

Not a test: prints a report and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import peak_rss_mb
from sqlite_utils import Database

from repman.reports.export import PdfWriter, export
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
    parser.add_argument("--table-rows", type=int, help="PDF: criticism rows to list")
    parser.add_argument("--keep", action="store_true", help="leave the exported file")
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
    phases: dict[str, float] = {}
    pdf = pdf_writer(phases, args.table_rows) if args.format == "pdf" else None
    start = time.perf_counter()
    count = export(
        store, out, f, fmt=args.format, progress=lambda n: ticks.append((0.0, n)), pdf_writer=pdf
    )
    seconds = time.perf_counter() - start
    size_mb = out.stat().st_size / 2**20
    store.close()
    result: dict[str, object] = {
        "format": args.format,
        "items": count,
        "seconds": round(seconds, 1),
        "items_per_second": round(count / seconds) if seconds else None,
        "file_mb": round(size_mb, 1),
        "peak_rss_mb": peak_rss_mb(),
        "progress_calls": len(ticks),
    }
    if pdf is not None:
        result["pages"] = pdf_pages(out)
        result["phases_seconds"] = {k: round(v, 1) for k, v in phases.items()}
    print(
        f"{args.format}: {count:,} items in {seconds:.1f} s "
        f"({result['items_per_second']:,}/s), {size_mb:.1f} MB file, "
        f"peak RSS {result['peak_rss_mb']} MB"
    )
    if pdf is not None:
        parts = ", ".join(f"{k} {v:.1f} s" for k, v in phases.items())
        print(f"  {result['pages']} pages; {parts}")
    print(json.dumps(result))
    if args.keep:
        print(f"kept {out}")
    else:
        out.unlink()


def pdf_writer(phases: dict[str, float], table_rows: int | None) -> PdfWriter:
    """repman.ui.report_pdf's writer, with its parts timed. Qt is loaded only for --format pdf."""
    from repman.ui import report_pdf

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - start

        return run

    # The report looks these up in its module when it runs, so wrapping them there times them.
    report_pdf.stats = timed("headline figures", report_pdf.stats)  # type: ignore[assignment]
    report_pdf.weekly = timed("weekly series", report_pdf.weekly)  # type: ignore[assignment]
    report_pdf.draw_table_pages = timed(  # type: ignore[assignment]
        "criticism table", report_pdf.draw_table_pages
    )
    rows = report_pdf.TABLE_ROWS if table_rows is None else table_rows

    def write(
        path: Path, store: Store, f: InboxFilter, period: dict[str, Any], progress: Any
    ) -> int:
        return report_pdf.write_pdf(
            path, store, f, period=period, progress=progress, table_rows=rows
        )

    return timed("whole report", write)


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader  # a dev dependency, like the benchmarks

    return len(PdfReader(str(path)).pages)


if __name__ == "__main__":
    main()
