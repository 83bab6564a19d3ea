"""How fast is the tone check the composer runs on every keystroke?

    .venv/bin/python benchmarks/tone.py [--runs 300]

For drafts of 100, 500 and 2000 characters in each language it simulates typing (each run
changes one character, so caches are as warm as in the composer) and reports p50/p95 of
check() without spelling, with spelling (dictionaries loaded, per-word cache warm except the
word being typed), and of a spelling pass over a whole draft nobody has checked before
(per-word cache cleared). It also reports dictionary load time and memory, and, when
pyenchant with the system hunspell dictionaries is installed, how often our pure-Python
checker agrees with real hunspell on the words of the demo inbox.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

from repman.replies import spelling
from repman.replies.render import context, render
from repman.replies.templates import builtin_templates
from repman.replies.tone import check

LANGUAGES = ("en", "ar", "ur", "el")
SIZES = (100, 500, 2000)
# A few problems in each language so the check has findings to build.
SPICE = {
    "en": "With all due respect, that never happened!!! We'll refund you. ",
    "ar": "مع احترامي، هذا لم يحدث!!! سنعيد لكم المبلغ. ",
    "ur": "آپ غلط ہیں!!! ہم آپ سے رابطہ کریں گے۔ ",
    "el": "Με όλο τον σεβασμό, αυτό δεν συνέβη!!! Θα σας καλέσουμε. ",
}


def rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * 4096 / 1e6
    except OSError:  # not Linux: peak RSS is the best we have
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus(language: str) -> str:
    values = context(
        {"author": "Sam"}, business="Cedar & Olive", signature="Maya", contact="020 7946 0000"
    )
    bodies = [render(t.body, values) for t in builtin_templates(language)]
    return SPICE[language] + " ".join(bodies)


def draft(language: str, size: int) -> str:
    text = corpus(language)
    while len(text) < size:
        text += " " + text
    return text[:size]


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1e3, ordered[int(len(ordered) * 0.95) - 1] * 1e3


def typing(text: str, runs: int, call: Callable[[str], object]) -> list[float]:
    """Time call() on the draft as it is typed: each run changes one character."""
    letters = [ch for ch in text if ch.isalpha()] or ["a"]
    out = []
    for i in range(runs):
        at = (i * 7919) % len(text)
        edited = text[:at] + letters[i % len(letters)] + text[at + 1 :]
        start = time.perf_counter()
        call(edited)
        out.append(time.perf_counter() - start)
    return out


def shipped_size(name: str) -> int:
    return len((files("repman.resources") / "dictionaries" / f"{name}.dic.xz").read_bytes())


def dictionary_costs() -> dict[str, dict[str, float]]:
    costs = {}
    for language, names in spelling.DICTIONARIES.items():
        gc.collect()
        before, start = rss_mb(), time.perf_counter()
        spelling.warm_up(language)
        costs[language] = {
            "dictionaries": len(names),
            "load_s": round(time.perf_counter() - start, 3),
            "rss_mb": round(rss_mb() - before, 1),
            "shipped_mb": round(sum(shipped_size(n) for n in names) / 1e6, 2),
        }
    return costs


def agreement_with_hunspell() -> dict[str, object] | None:
    try:
        import enchant  # type: ignore[import-not-found]
    except ImportError:
        return None
    import re

    texts: dict[str, list[str]] = {}
    demo = files("repman.resources") / "demo" / "items.jsonl"
    for line in demo.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        chunks = [record.get("text") or ""] + [r["body"] for r in record.get("replies", [])]
        texts.setdefault(record.get("language") or "", []).extend(chunks)
    tags = {"en": ["en_US", "en_GB"], "ar": ["ar"], "el": ["el_GR"]}
    out: dict[str, object] = {}
    for language, tag_list in tags.items():
        dicts = [enchant.Dict(t) for t in tag_list]
        words = {
            w
            for text in texts.get(language, [])
            for w in re.findall(r"[^\W\d_]{2,}", text)
            if not w.isupper() and spelling._script(w[0]) == language
        }
        differ = [
            w
            for w in sorted(words)
            if spelling.is_known(w, language) != any(d.check(w) for d in dicts)
        ]
        out[language] = {"words": len(words), "disagree": len(differ), "examples": differ[:8]}
    return out


def measure(language: str, size: int, runs: int) -> dict[str, list[float]]:
    """p50/p95 in ms: typing without spelling, typing with spelling, spelling a new draft."""
    text = draft(language, size)

    def without_spelling(t: str) -> object:
        return check(t, language, answering_criticism=True, spelling=False)

    def with_spelling(t: str) -> object:
        return check(t, language, answering_criticism=True)

    with_spelling(text)  # compile the phrases, load the dictionaries
    cold = []
    for i in range(max(5, runs // 30)):
        spelling.is_known.cache_clear()
        start = time.perf_counter()
        spelling.check_spelling(text + "x" * i, language)
        cold.append(time.perf_counter() - start)
    return {
        "no_spelling_ms": [round(v, 2) for v in percentiles(typing(text, runs, without_spelling))],
        "with_spelling_ms": [round(v, 2) for v in percentiles(typing(text, runs, with_spelling))],
        "spelling_cold_ms": [round(v, 2) for v in percentiles(cold)],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    costs = dictionary_costs()
    rows = {(lang, size): measure(lang, size, args.runs) for lang in LANGUAGES for size in SIZES}
    agreement = agreement_with_hunspell()
    if args.json:
        table = [{"language": k[0], "chars": k[1], **v} for k, v in rows.items()]
        out = {"dictionaries": costs, "check": table, "agreement_with_hunspell": agreement}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    print("dictionaries (each loads once, lazily):")
    for language, cost in costs.items():
        print(f"  {language}: {cost}")
    print("\nlang chars   p50 / p95 ms: no spelling | with spelling | spelling, cold cache")
    for (language, size), row in rows.items():
        cells = (row["no_spelling_ms"], row["with_spelling_ms"], row["spelling_cold_ms"])
        shown = " | ".join(f"{c[0]:6.2f} /{c[1]:6.2f}" for c in cells)
        print(f"{language:4} {size:>5}   {shown}")
    print("\nagreement with hunspell (pyenchant) on demo-inbox words:", agreement)


if __name__ == "__main__":
    main()
