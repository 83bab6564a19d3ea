"""Ingest benchmark: the store's upsert path against raw executemany, on fresh files.

    .venv/bin/python benchmarks/ingest.py [--rows 100000] [--batch 500] [--seed 42]

(a) Store.upsert_items in batches (sync pages), FTS kept with folded text;
(b) raw executemany into the same items table, one transaction per batch, no FTS;
(c) raw executemany into items and of the folded text into items_fts, done by hand: the
    fair baseline (c0: the same with the folding done before the clock starts);
(d) the same items upserted again, all unchanged: must write nothing;
(e) the same items again with 10% edited.
Then a profiled run of (a) shows where the time goes. Not a test: prints a report and one
JSON line. Issue target: (a) >= 0.5x the raw rate at 100k rows.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import FTS_INSERT, ITEM_INSERT, Corpus, Timer, assess, item_row, peak_rss_mb

import repman.store.ingest as ingest_module
from repman.domain import Item, to_iso, utcnow
from repman.store import Store, UpsertResult
from repman.store.textnorm import index_text


def batches(seq: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [seq[i : i + size] for i in range(0, len(seq), size)]


def store_upsert(store: Store, source_id: int, items: Sequence[Item], size: int) -> UpsertResult:
    total = UpsertResult()
    for batch in batches(items, size):
        total += store.upsert_items(source_id, batch, assess)
    return total


def fresh_store(folder: Path, name: str) -> tuple[Store, int]:
    store = Store.open(folder / f"{name}.db")
    return store, store.add_source("google", "Bench place").id


def raw_insert(
    store: Store, rows: list[tuple[Any, ...]], fts: Callable[[int], Any] | None, size: int
) -> None:
    """Plain executemany per batch inside BEGIN/COMMIT on the store's own connection (same
    pragmas: WAL, synchronous=NORMAL, foreign_keys=ON). fts(i) gives the items_fts rows of
    batch i (folded inside or outside the clock, as the caller decides)."""
    conn = store.db.conn
    for i, batch in enumerate(batches(rows, size)):
        conn.execute("BEGIN")
        conn.executemany(ITEM_INSERT, batch)
        if fts is not None:
            conn.executemany(FTS_INSERT, fts(i))
        conn.execute("COMMIT")


def fts_rows(items: Sequence[Item], first_id: int) -> list[tuple[Any, ...]]:
    return [
        (first_id + n, index_text(it.title), index_text(it.text), index_text(it.author_name))
        for n, it in enumerate(items)
    ]


def edited(items: list[Item], every: int = 10) -> tuple[list[Item], int]:
    """A copy where every `every`-th item was edited on the site (text, sometimes rating)."""
    out: list[Item] = []
    n = 0
    stamp = to_iso(utcnow())
    for k, it in enumerate(items):
        if k % every == 3:
            n += 1
            rating = it.rating if it.rating is None or k % 20 != 3 else max(1, it.rating - 1)
            it = dataclasses.replace(
                it, text=it.text + " (edit: update)", rating=rating, updated_at=stamp
            )
        out.append(it)
    return out, n


# -- profiling ------------------------------------------------------------------------------
class TimedConnection:
    """Wraps the store's sqlite3 connection: time per kind of statement (negligible cost)."""

    def __init__(self, conn: Any, phases: dict[str, float]) -> None:
        self._conn = conn
        self._phases = phases

    @staticmethod
    def _kind(sql: str) -> str:
        s = " ".join(sql.split()[:3]).upper()
        if s.startswith("INSERT INTO ITEMS_FTS"):
            return "sql: INSERT items_fts"
        if s.startswith("INSERT INTO ITEMS"):
            return "sql: INSERT items"
        if s.startswith("SELECT ID, EXTERNAL_ID"):
            return "sql: SELECT existing rows"
        if s.startswith("SELECT EXTERNAL_ID, ID"):
            return "sql: SELECT new ids (_ids_of)"
        if s.startswith(("COMMIT", "RELEASE", "BEGIN", "SAVEPOINT")):
            return "sql: BEGIN/COMMIT"
        return "sql: " + s[:30]

    def execute(self, sql: str, *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return self._conn.execute(sql, *args)
        finally:
            self._phases[self._kind(sql)] += time.perf_counter() - start

    def executemany(self, sql: str, *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return self._conn.executemany(sql, *args)
        finally:
            self._phases[self._kind(sql)] += time.perf_counter() - start

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def profile_store(folder: Path, items: list[Item], size: int) -> dict[str, Any]:
    """Two more runs of (a), each on a fresh file: phase times by instrumentation (cheap,
    so the split is faithful), then the hottest functions by pyinstrument's sampling
    (cProfile if pyinstrument is not installed; both slow the run down)."""
    store, source_id = fresh_store(folder, "profiled_phases")
    phases: dict[str, float] = defaultdict(float)
    real_conn = store.db.conn
    store.db.conn = TimedConnection(real_conn, phases)
    real_index_text = ingest_module.index_text

    def timed_index_text(*parts: str | None) -> str:
        start = time.perf_counter()
        try:
            return real_index_text(*parts)
        finally:
            phases["python: index_text (fold, tokenise, stem)"] += time.perf_counter() - start

    ingest_module.index_text = timed_index_text
    try:
        with Timer() as t:
            store_upsert(store, source_id, items, size)
    finally:
        ingest_module.index_text = real_index_text
        store.db.conn = real_conn
        store.close()
    measured = sum(phases.values())
    phases["python: rest (dedupe, compare, assess, tuples, json)"] = t.seconds - measured

    store, source_id = fresh_store(folder, "profiled_sampled")
    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None
    try:
        if Profiler is not None:
            tool = "pyinstrument"
            profiler = Profiler(interval=0.001)
            profiler.start()
            store_upsert(store, source_id, items, size)
            profiler.stop()
            hot = _pyinstrument_flat(profiler)
        else:
            import cProfile
            import pstats

            tool = "cProfile"
            prof = cProfile.Profile()
            prof.runcall(store_upsert, store, source_id, items, size)
            stats: Any = pstats.Stats(prof)
            total = stats.total_tt
            rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:12]
            hot = [(f"{f[2]} ({Path(f[0]).name}:{f[1]})", v[2] / total) for f, v in rows]
    finally:
        store.close()
    return {"tool": tool, "seconds": t.seconds, "phases": dict(phases), "hot": hot}


def _pyinstrument_flat(profiler: Any) -> list[tuple[str, float]]:
    """Share of self time per function; a built-in (executemany...) is named with its caller."""
    shares: dict[str, float] = defaultdict(float)

    def walk(frame: Any, parent: str, parent_fn: str) -> None:
        if frame.is_synthetic_leaf:  # pyinstrument's "[self]": time spent in the parent
            shares[parent] += frame.time
            return
        if frame.file_path in (None, "<built-in>") or frame.line_no == 0:
            name = f"{frame.function} (called by {parent_fn})"
        else:
            name = f"{frame.function} ({Path(frame.file_path).name}:{frame.line_no})"
        if not frame.children:
            shares[name] += frame.time
        for child in frame.children:
            walk(child, name, frame.function)

    root = profiler.last_session.root_frame()
    if root is not None:
        walk(root, "<root>", "<root>")
    total = sum(shares.values()) or 1.0
    return sorted(((k, v / total) for k, v in shares.items()), key=lambda kv: -kv[1])[:12]


# -- main -----------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500, help="items per upsert call (sync page)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the temporary databases")
    args = ap.parse_args()
    n, size = args.rows, args.batch

    folder = Path(tempfile.mkdtemp(prefix="repman-bench-ingest-"))
    fig: dict[str, Any] = {"benchmark": "ingest", "rows": n, "batch": size, "seed": args.seed}
    try:
        with Timer() as t:
            items = list(Corpus(args.seed).items(0, n, n))
        chars = sum(len(i.text) for i in items)
        print(f"generated {n:,} items in {t.seconds:.1f} s (mean text {chars / n:.0f} chars)")
        rate: dict[str, float] = {}

        def report(key: str, label: str, seconds: float, count: int = n) -> None:
            rate[key] = count / seconds
            fig[f"{key}_seconds"] = round(seconds, 3)
            fig[f"{key}_rows_per_s"] = round(rate[key])
            print(f"  {label:<58} {seconds:7.2f} s  {rate[key]:>9,.0f} rows/s")

        print(f"\nfresh database per path, {size}-row batches, one transaction per batch:")
        # (b) raw, no FTS
        store, source_id = fresh_store(folder, "raw_items")
        fetched = to_iso(utcnow())
        rows = [item_row(source_id, k + 1, it, fetched) for k, it in enumerate(items)]
        with Timer() as t:
            raw_insert(store, rows, None, size)
        store.close()
        report("raw_items", "(b) raw executemany items, no FTS", t.seconds)

        # (c) raw items + folded FTS, folding inside the clock
        store, source_id = fresh_store(folder, "raw_items_fts")
        item_batches = batches(items, size)
        with Timer() as t:
            raw_insert(store, rows, lambda i: fts_rows(item_batches[i], i * size + 1), size)
        raw_fts_count = store.db.conn.execute("SELECT count(*) FROM items_fts").fetchone()[0]
        probe = store.db.conn.execute(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'food'"
        ).fetchone()[0]
        store.close()
        report("raw_items_fts", "(c) raw items + raw items_fts, folding in the clock", t.seconds)

        # (c0) the same with the folding done beforehand: SQLite's share alone
        with Timer() as fold_t:
            folded = [fts_rows(b, i * size + 1) for i, b in enumerate(item_batches)]
        store, source_id = fresh_store(folder, "raw_items_fts_prefolded")
        with Timer() as t:
            raw_insert(store, rows, lambda i: folded[i], size)
        store.close()
        report("raw_items_fts_prefolded", "(c0) same, text folded before the clock", t.seconds)
        report("fold_only", "     folding alone (index_text x3 per item)", fold_t.seconds)

        # (a) the store
        store, source_id = fresh_store(folder, "store")
        with Timer() as t:
            res = store_upsert(store, source_id, items, size)
        report("store", "(a) Store.upsert_items (FTS included)", t.seconds)
        assert res.inserted == n, res
        conn = store.db.conn
        fts_count = conn.execute("SELECT count(*) FROM items_fts").fetchone()[0]
        store_probe = conn.execute(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'food'"
        ).fetchone()[0]
        assert (fts_count, store_probe) == (raw_fts_count, probe), "FTS differs from baseline"

        # (d) all unchanged
        before = conn.total_changes
        with Timer() as t:
            res = store_upsert(store, source_id, items, size)
        writes = conn.total_changes - before
        report("reupsert_unchanged", "(d) re-upsert, all unchanged", t.seconds)
        fig["reupsert_unchanged_writes"] = writes
        print(f"      result {res}; rows written: {writes}")
        assert res.unchanged == n and writes == 0

        # (e) 10% edited
        changed, n_edit = edited(items)
        with Timer() as t:
            res = store_upsert(store, source_id, changed, size)
        report("edit10", "(e) re-upsert, 10% edited", t.seconds)
        fig["edit10_updated"] = res.updated
        print(f"      result {res}; {n_edit / t.seconds:,.0f} edited items/s")
        assert res.updated == n_edit and res.unchanged == n - n_edit
        size_mb = sum(p.stat().st_size for p in folder.glob("store.db*")) / 2**20
        fig["store_db_mb"] = round(size_mb, 1)
        store.close()

        fig["ratio_store_vs_raw_items"] = round(rate["store"] / rate["raw_items"], 3)
        fig["ratio_store_vs_raw_items_fts"] = round(rate["store"] / rate["raw_items_fts"], 3)
        fig["ratio_store_vs_raw_items_fts_prefolded"] = round(
            rate["store"] / rate["raw_items_fts_prefolded"], 3
        )
        fig["target_met_vs_raw_items"] = fig["ratio_store_vs_raw_items"] >= 0.5
        fig["target_met_vs_raw_items_fts"] = fig["ratio_store_vs_raw_items_fts"] >= 0.5
        print("\nstore / raw:")
        print(f"  vs (b) raw items, no FTS        {fig['ratio_store_vs_raw_items']:.2f}x")
        print(f"  vs (c) raw items + FTS (fair)   {fig['ratio_store_vs_raw_items_fts']:.2f}x")
        prefolded = fig["ratio_store_vs_raw_items_fts_prefolded"]
        print(f"  vs (c0) same, pre-folded        {prefolded:.2f}x")
        print(
            f"  target >= 0.5x: vs (b) {'met' if fig['target_met_vs_raw_items'] else 'MISSED'}, "
            f"vs (c) {'met' if fig['target_met_vs_raw_items_fts'] else 'MISSED'}"
        )

        if not args.no_profile:
            prof = profile_store(folder, items, size)
            total = prof["seconds"]
            print(f"\nwhere (a) spends its time (instrumented run, {total:.2f} s):")
            for name, secs in sorted(prof["phases"].items(), key=lambda kv: -kv[1]):
                print(f"  {name:<58} {secs:6.2f} s {100 * secs / total:5.1f}%")
            print(f"  hottest functions, share of self time ({prof['tool']}, another run):")
            for name, share in prof["hot"][:10]:
                print(f"    {name:<72} {100 * share:5.1f}%")
            fig["profile_tool"] = prof["tool"]
            fig["profile_hot_share"] = {k: round(v, 3) for k, v in prof["hot"][:8]}
            fig["profile_phases_s"] = {k: round(v, 3) for k, v in prof["phases"].items()}
        fig["peak_rss_mb"] = peak_rss_mb()
        print(f"\npeak RSS {fig['peak_rss_mb']} MB; store database {fig['store_db_mb']} MB")
    finally:
        if args.keep:
            print(f"databases kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(fig))


if __name__ == "__main__":
    main()
