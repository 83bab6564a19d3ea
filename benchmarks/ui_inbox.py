"""The inbox window at scale: start to first painted rows, filter change to first rows,
scroll to the bottom, and memory, on a large database (offscreen).

    .venv/bin/python benchmarks/ui_inbox.py [--db /tmp/repman-bench/search-1000000.db]

Start time is measured from before `import PySide6` in a fresh process (the interpreter's
own start is reported separately by the parent), for the window as `repman gui` makes it
(with the reply composer, which it builds on first use). Not a test: prints a report and
one JSON line. Targets (issue 5): start < 400 ms, < 150 MB RSS; filter change < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

CHILD = r"""
import time, json, os, resource, sys
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from repman.store import InboxFilter, Store
from repman.ui.app import application
from repman.ui.main_window import MainWindow
from repman.ui.workers import Workers, open_path

db = Path(sys.argv[1])
app = application([])
store = Store.open(db)
workers = Workers(open_path(db))
window = MainWindow(store, workers, actor="bench", reply_composer=True)
window.resize(1400, 900)
window.show()

def wait_loaded(timeout=60.0):
    loop = QEventLoop()
    window.model.loaded.connect(loop.quit)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    window.model.loaded.disconnect(loop.quit)

window.grab()  # the first rows are in before the full snapshot: paint them
first_paint = time.perf_counter() - t0
wait_loaded()
full_snapshot = time.perf_counter() - t0
rows = window.model.rowCount()
rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

timings = {}
full = {}
for name, f in [("all items", InboxFilter()),
                ("criticism", InboxFilter(criticism=True)),
                ("rating <= 2", InboxFilter(rating_max=2)),
                ("answered", InboxFilter(statuses=("answered",))),
                ("search 'cold'", InboxFilter(search="cold"))]:
    start = time.perf_counter()
    window.model.set_filter(f)
    window.table.viewport().grab()  # the first page, shown while the snapshot loads
    timings[name] = round((time.perf_counter() - start) * 1000, 1)
    wait_loaded()
    full[name] = round((time.perf_counter() - start) * 1000, 1)

start = time.perf_counter()
window.model.set_filter(InboxFilter())
wait_loaded()
window.table.scrollToBottom()
window.table.viewport().grab()
bottom = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"first_paint_ms": round(first_paint * 1000, 1), "rows": rows,
                  "rss_mb_after_first_paint": round(rss_start, 1),
                  "full_snapshot_ms": round(full_snapshot * 1000, 1),
                  "filter_to_rows_ms": timings, "filter_to_full_snapshot_ms": full,
                  "reset_and_scroll_bottom_ms": round(bottom * 1000, 1),
                  "peak_rss_mb": round(peak, 1)}))
os._exit(0)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/repman-bench/search-1000000.db")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, args.db], env=env, check=True, capture_output=True, text=True
    ).stdout
    wall = time.perf_counter() - started
    result = json.loads(out.strip().splitlines()[-1])
    result["process_wall_s"] = round(wall, 2)
    print(
        f"{result['rows']:,} rows shown; first paint {result['first_paint_ms']} ms after "
        f"import, RSS {result['rss_mb_after_first_paint']} MB"
    )
    print(f"  full id snapshot in after {result['full_snapshot_ms']} ms")
    for name, ms in result["filter_to_rows_ms"].items():
        done = result["filter_to_full_snapshot_ms"][name]
        print(f"  filter '{name}' -> first rows painted: {ms} ms; full snapshot {done} ms")
    print(
        f"  reset + scroll to bottom: {result['reset_and_scroll_bottom_ms']} ms; "
        f"peak RSS {result['peak_rss_mb']} MB"
    )
    _ = resource  # the child measures its own RSS
    print(json.dumps(result))


if __name__ == "__main__":
    main()
