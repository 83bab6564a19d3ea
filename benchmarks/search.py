"""Search benchmark: inbox search latency on a 1M-item database.

    .venv/bin/python benchmarks/search.py [--rows 1000000] [--db PATH] [--keep]
                                          [--build store|bulk] [--seed 42]

The database is built once and reused: by default it lives under /tmp/repman-bench/ and is
removed after the run unless --keep is given; a --db file that exists (with its
.meta.json from an earlier --keep run) is reused as is and never removed.

Build paths, both on the schema Store.open creates:
  store (default): Store.upsert_items in 500-item batches (sync pages) across 4 sources,
      so the FTS index has the segment structure that real syncs leave;
  bulk: raw executemany of the same items rows and the same folded FTS rows
      (repman.store.textnorm.index_text) in 10,000-row transactions: faster, fewer FTS
      segments (search then looks slightly better than on a synced database).
Either way a workflow history is then simulated: older items mostly answered, closed or
ignored, recent ones mostly open (status and priority set as the store's workflow would).

Measured for ~200 queries (common and rare words, two words, Arabic with and without
article, Greek without accents, prefixes as the user types): (i) first page by priority,
(ii) first page newest first, (iii) count, (iv) inbox_ids, (v) first page with
statuses=new,in_progress and criticism. Target: p95 < 20 ms for the first page.
Not a test: prints a report and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import (
    FTS_INSERT,
    ITEM_INSERT,
    Corpus,
    Timer,
    item_row,
    peak_rss_mb,
)
from _corpus import assess as triage_stand_in
from sqlite_utils import Database

from repman.domain import to_iso, utcnow
from repman.store import InboxFilter, Sort, Store
from repman.store.inbox import where_clause
from repman.store.schema import SCHEMA_VERSION, migrations
from repman.store.textnorm import fts_query, index_text

BUILD_VERSION = 1  # bump when the data or the build changes, so cached files are rebuilt
SOURCES = ("Google — Main St", "Tripadvisor", "Facebook page", "Talabat")
OPEN = ("new", "in_progress")

# -- building -------------------------------------------------------------------------------


def _chunks(corpus: Corpus, n: int, size: int) -> Iterator[tuple[int, list[Any]]]:
    """(first index, items) in arrival order; sources take turns page by page."""
    for start in range(0, n, size):
        yield start, list(corpus.items(start, min(size, n - start), n))


def build_store(path: Path, corpus: Corpus, n: int) -> None:
    with Store.open(path) as store:
        ids = [store.add_source("google", name).id for name in SOURCES]
        done = 0
        t0 = time.perf_counter()
        for page, (_, items) in enumerate(_chunks(corpus, n, 500)):
            store.upsert_items(ids[page % len(ids)], items, triage_stand_in)
            done += len(items)
            if done % 100_000 == 0:
                el = time.perf_counter() - t0
                print(f"  {done:>9,} items  {el:6.1f} s  {done / el:8,.0f} items/s", flush=True)


def build_bulk(path: Path, corpus: Corpus, n: int) -> None:
    with Store.open(path) as store:
        ids = [store.add_source("google", name).id for name in SOURCES]
        conn = store.db.conn
        fetched = to_iso(utcnow())
        t0 = time.perf_counter()
        for start, items in _chunks(corpus, n, 10_000):
            rows = []
            fts = []
            for k, it in enumerate(items):
                item_id = start + k + 1
                # the same source rotation as build_store: 500-item pages take turns
                source_id = ids[((start + k) // 500) % len(ids)]
                rows.append(item_row(source_id, item_id, it, fetched))
                fts.append(
                    (item_id, index_text(it.title), index_text(it.text), index_text(it.author_name))
                )
            conn.execute("BEGIN")
            conn.executemany(ITEM_INSERT, rows)
            conn.executemany(FTS_INSERT, fts)
            conn.execute("COMMIT")
            done = start + len(items)
            if done % 100_000 == 0:
                el = time.perf_counter() - t0
                print(f"  {done:>9,} items  {el:6.1f} s  {done / el:8,.0f} items/s", flush=True)


def simulate_workflow(path: Path) -> dict[str, int]:
    """Statuses as months of use leave them; priority drops by the 100 an open item gets
    (priority_score), exactly as the workflow's status moves set it."""
    with Store.open(path) as store:
        conn = store.db.conn
        last = conn.execute("SELECT max(created_at) FROM items").fetchone()[0]
        recent = conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', ?, '-30 days')", [last])
        cutoff = recent.fetchone()[0]
        top = conn.execute("SELECT max(id) FROM items").fetchone()[0]
        # h: a stable pseudo-random 0..99 per item
        h = "((i.id * 2654435761) % 1000003) % 100"
        status = (
            f"CASE WHEN i.created_at >= :cutoff THEN "
            f"  CASE WHEN {h} < 60 THEN 'new' WHEN {h} < 75 THEN 'in_progress' "
            f"  ELSE 'answered' END "
            f"ELSE CASE WHEN {h} < 6 THEN 'new' WHEN {h} < 8 THEN 'in_progress' "
            f"  WHEN {h} < 53 THEN 'answered' WHEN {h} < 88 THEN 'closed' ELSE 'ignored' END END"
        )
        step = 50_000
        for lo in range(0, top + 1, step):
            with store.db.atomic():
                conn.execute(
                    f"UPDATE items AS i SET status = s.st, "
                    f"priority = i.priority - (CASE WHEN s.st IN ('new','in_progress') "
                    f"THEN 0 ELSE 100 END), "
                    f"first_response_at = CASE WHEN s.st IN ('answered','closed') "
                    f"THEN i.created_at END "
                    f"FROM (SELECT i.id, {status} AS st FROM items i "
                    f"WHERE i.id > :lo AND i.id <= :hi) AS s WHERE i.id = s.id",
                    {"cutoff": cutoff, "lo": lo, "hi": lo + step},
                )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return dict(conn.execute("SELECT status, count(*) FROM items GROUP BY status").fetchall())


def upgrade_in_place(path: Path) -> None:
    """Apply schema migrations added since the file was built, without the backup copy that
    Store.open makes first (a 1.3 GB copy per run): the file is a disposable benchmark."""
    db = Database(sqlite3.connect(str(path), isolation_level=None))
    try:
        if migrations.pending(db):
            print(f"applying {len(migrations.pending(db))} new schema migration(s) in place")
            migrations.apply(db)
            db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        db.conn.close()


def ensure_database(args: argparse.Namespace) -> tuple[Path, dict[str, Any], bool]:
    """The database to query, its metadata, and whether this run built it."""
    path = Path(args.db) if args.db else Path(f"/tmp/repman-bench/search-{args.rows}.db")
    meta_path = path.with_name(path.name + ".meta.json")
    wanted = {"rows": args.rows, "seed": args.seed, "version": BUILD_VERSION}
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if all(meta.get(k) == v for k, v in wanted.items()):
            upgrade_in_place(path)
            print(
                f"reusing {path} (built with --build {meta['build']} in "
                f"{meta['build_seconds']:.0f} s)"
            )
            return path, meta, False
        print(f"{path} was built with other settings: rebuilding")
    if path.exists() and not meta_path.exists() and args.db:
        sys.exit(f"{path} exists and is not a benchmark database (no {meta_path.name})")
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    corpus = Corpus(args.seed)
    print(f"building {args.rows:,} items at {path} (--build {args.build}):")
    with Timer() as t:
        (build_store if args.build == "store" else build_bulk)(path, corpus, args.rows)
    with Timer() as wf:
        statuses = simulate_workflow(path)
    meta = {
        **wanted,
        "build": args.build,
        "build_seconds": round(t.seconds + wf.seconds, 1),
        "insert_seconds": round(t.seconds, 1),
        "workflow_seconds": round(wf.seconds, 1),
        "statuses": statuses,
        "build_peak_rss_mb": peak_rss_mb(),
    }
    meta_path.write_text(json.dumps(meta))
    print(
        f"built in {t.seconds:.1f} s ({args.rows / t.seconds:,.0f} items/s) + workflow "
        f"{wf.seconds:.1f} s; statuses {statuses}"
    )
    return path, meta, True


# -- queries --------------------------------------------------------------------------------


def queries(corpus: Corpus) -> list[tuple[str, str]]:
    """(kind, query): about 200, fixed for a seed."""
    q: list[tuple[str, str]] = []
    common = (
        "food service delicious staff great place delivery cold slow rude price pizza coffee "
        "friendly الطعام طعام الخدمة خدمة لذيذ ممتاز التوصيل بارد φαγητο νοστιμο "
        "εξυπηρετηση πολυ καλο کھانا مزیدار سروس"
    )
    q += [("common", w) for w in common.split()]
    for lang, n in (("en", 12), ("ar", 9), ("el", 6), ("ur", 3)):
        words = corpus.vocab[lang].words
        step = (29_000 - 2_000) // n
        q += [("rare", words[2_000 + i * step]) for i in range(n)]
    two = [
        "cold food",
        "slow service",
        "very good",
        "food delicious",
        "rude staff",
        "never again",
        "delivery late",
        "great place",
        "highly recommend",
        "wrong order",
        "الطعام بارد",
        "خدمة ممتازة",
        "التوصيل متأخر",
        "المطعم نظيف",
        "الموظفين محترمين",
        "πολυ νοστιμο",
        "φαγητο κρυο",
        "εξυπηρετηση αργη",
        "καλες τιμες",
        "θα ξαναερθουμε",
        "بہت اچھا",
        "کھانا ٹھنڈا",
        "سروس خراب",
    ]
    q += [("two words", w) for w in two]
    words = corpus.vocab["en"].words
    q += [("two words", f"pizza {words[3_000 + 997 * i]}") for i in range(4)]
    q += [("two words", f"{words[5_000 + 1_313 * i]} food") for i in range(3)]
    arabic = (
        "المطعم مطعم والطعام بالمطعم للمطعم فالطعام الخدمه خدمه لذيذه لذيذة أنصح انصح "
        "الأسعار الاسعار اسعار الادارة إدارة الإدارة طازج الطازج"
    )
    q += [("arabic article", w) for w in arabic.split()]
    greek = (
        "νοστιμο ΦΑΓΗΤΟ ατμοσφαιρα σουβλακι ευγενικο απαραδεκτο χαλια αψογο εξαιρετικο "
        "παραγγελια μουσακας ποιοτητα υπεροχο προσωπικο ΝΟΣΤΙΜΟ Νόστιμο τζατζικι θεα"
    )
    q += [("greek no accents", w) for w in greek.split()]
    for word in ("delicious", "service", "المطعم", "νοστιμο", "کھانا", "cold food", "rude"):
        q += [("typing", word[:k]) for k in range(1, len(word) + 1)]
    for word in ("friendly", "الخدمة", "εξυπηρετηση"):
        q += [("typing", word[:k]) for k in range(2, min(len(word), 7) + 1)]
    q += [("typing", w) for w in ("deliv", "piz", "pizz", "staf", "ΦΑΓ", "φαγη")]
    q += [("no match", w) for w in ("xyzzyq", "qwertyuiopas", "ζζζζζ", "ضضضضضضض")]
    return q


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def summary(ms: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "max_ms": round(max(ms), 2),
        "mean_ms": round(statistics.fmean(ms), 2),
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return (time.perf_counter() - start) * 1000, value


def plan(store: Store, sql: str, params: list[Any]) -> list[str]:
    rows = store.db.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return [r[3] for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--db", help="database file (reused when it exists)")
    ap.add_argument("--keep", action="store_true", help="keep the database for later runs")
    ap.add_argument("--build", choices=("store", "bulk"), default="store")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--target-ms", type=float, default=20.0)
    args = ap.parse_args()

    path, meta, built = ensure_database(args)
    fig: dict[str, Any] = {
        "benchmark": "search",
        "rows": args.rows,
        "build": meta["build"],
        "build_seconds": meta["build_seconds"],
        "build_peak_rss_mb": meta.get("build_peak_rss_mb"),
        "statuses": meta["statuses"],
    }
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.suffix != ".json")
    fig["db_mb"] = round(size / 2**20, 1)
    try:
        with Store.open(path) as store:
            run(store, corpus=Corpus(args.seed), fig=fig, target=args.target_ms)
    finally:
        if built and not args.keep:
            for p in path.parent.glob(path.name + "*"):
                p.unlink()
            print(f"removed {path} (use --keep to reuse it)")
    fig["peak_rss_mb"] = peak_rss_mb()
    print(
        f"database {fig['db_mb']} MB; build {fig['build_seconds']} s; peak RSS "
        f"{fig['peak_rss_mb']} MB (build {fig['build_peak_rss_mb']} MB)"
    )
    print(json.dumps(fig, ensure_ascii=False))


def run(store: Store, corpus: Corpus, fig: dict[str, Any], target: float) -> None:
    qs = queries(corpus)
    print(f"\n{len(qs)} queries on {fig['rows']:,} items ({fig['db_mb']} MB)")

    # unfiltered reference figures
    unfiltered: dict[str, float] = {}
    for name, fn in (
        ("page_priority", lambda: store.inbox_page(InboxFilter(), Sort.PRIORITY, limit=50)),
        ("count", lambda: store.count(InboxFilter())),
        ("ids_priority", lambda: store.inbox_ids(InboxFilter())),
        ("ids_newest", lambda: store.inbox_ids(InboxFilter(), Sort.NEWEST)),
    ):
        runs = [timed(fn)[0] for _ in range(3)]
        unfiltered[name] = round(statistics.median(runs), 1)
    fig["unfiltered_ms"] = unfiltered
    print(
        f"no search: first page {unfiltered['page_priority']} ms, count "
        f"{unfiltered['count']} ms, inbox_ids {unfiltered['ids_priority']:.0f} ms by priority / "
        f"{unfiltered['ids_newest']:.0f} ms newest first (median of 3)"
    )

    crit = InboxFilter(statuses=OPEN, criticism=True)
    ops: dict[str, Callable[[str], Any]] = {
        "page_priority": lambda q: store.inbox_page(InboxFilter(search=q), Sort.PRIORITY, limit=50),
        "page_newest": lambda q: store.inbox_page(InboxFilter(search=q), Sort.NEWEST, limit=50),
        "count": lambda q: store.count(InboxFilter(search=q)),
        "inbox_ids": lambda q: store.inbox_ids(InboxFilter(search=q)),
        "page_open_criticism": lambda q: store.inbox_page(
            InboxFilter(search=q, statuses=crit.statuses, criticism=True), Sort.PRIORITY, limit=50
        ),
    }
    # warm the OS cache and the statement cache the way a session would
    for _, q in qs[:5]:
        for fn in ops.values():
            fn(q)
    hits: dict[str, int] = {}
    times: dict[str, list[float]] = {name: [] for name in ops}
    per_query: dict[str, dict[str, float]] = {}
    for _, q in qs:
        per_query[q] = {}
        for name, fn in ops.items():
            ms, value = timed(lambda fn=fn, q=q: fn(q))
            times[name].append(ms)
            per_query[q][name] = ms
            if name == "count":
                hits[q] = value
    fig["queries"] = len(qs)
    fig["target_ms"] = target
    fig["ops"] = {}
    print(f"\n{'operation':<26}{'p50':>9}{'p95':>9}{'max':>10}{'mean':>9}   (ms)")
    for name, ms in times.items():
        s = summary(ms)
        fig["ops"][name] = s
        print(
            f"{name:<26}{s['p50_ms']:9.1f}{s['p95_ms']:9.1f}{s['max_ms']:10.1f}{s['mean_ms']:9.1f}"
        )
    first_pages = ("page_priority", "page_newest", "page_open_criticism")
    met = {name: fig["ops"][name]["p95_ms"] < target for name in first_pages}
    fig["target_met"] = met
    print(
        f"target p95 < {target:g} ms for the first page: "
        + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in met.items())
    )

    kinds: dict[str, list[str]] = {}
    for kind, q in qs:
        kinds.setdefault(kind, []).append(q)
    print("\nby kind of query, page_priority p50 / max ms (matches median):")
    for kind, members in kinds.items():
        ms = [per_query[q]["page_priority"] for q in members]
        h = statistics.median(hits[q] for q in members)
        print(
            f"  {kind:<18} n={len(members):<3} {statistics.median(ms):7.1f} / {max(ms):7.1f}"
            f"   ({h:,.0f} matches)"
        )
    distinct = [(kind, q) for q, kind in {q: kind for kind, q in reversed(qs)}.items()]
    slow = sorted(distinct, key=lambda kq: -per_query[kq[1]]["page_priority"])[:8]
    print("\nslowest first pages (priority): query, matches, ms for each operation")
    for kind, q in slow:
        cells = " ".join(f"{name}={per_query[q][name]:.0f}" for name in ops)
        print(f"  {q!r:<22} {kind:<16} {hits[q]:>8,}  {cells}")
    fig["slowest_page_priority"] = [
        {"q": q, "matches": hits[q], **{k: round(v, 1) for k, v in per_query[q].items()}}
        for _, q in slow
    ]
    # the plans behind the numbers
    sample = slow[0][1]
    where, params = where_clause(InboxFilter(search=sample))
    print(f"\nquery plans for {sample!r} (fts {fts_query(sample)!r}):")
    for label, sql in (
        (
            "page_priority",
            f"SELECT i.id FROM items i JOIN sources s ON s.id = i.source_id "
            f"WHERE {where} ORDER BY i.priority DESC, i.id DESC LIMIT 50",
        ),
        (
            "page_newest",
            f"SELECT i.id FROM items i JOIN sources s ON s.id = i.source_id "
            f"WHERE {where} ORDER BY i.created_at DESC, i.id DESC LIMIT 50",
        ),
        ("count", f"SELECT count(*) FROM items i WHERE {where}"),
    ):
        print(f"  {label}: " + " | ".join(plan(store, sql, params)))


if __name__ == "__main__":
    main()
