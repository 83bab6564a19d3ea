"""How well does triage read text it was not tuned on?

    .venv/bin/python benchmarks/triage_accuracy.py [--errors CORPUS]

Accuracy of language, criticism and category, predicted from the text alone (no rating, no
site language), per language, on every labelled corpus we have:
  dev       tests/data/triage_eval.jsonl, split "dev": the lexicons were written on these
  heldout   the same file, split "heldout": only tests/triage/test_evaluation.py reads them
  tuning    tests/data/triage_tuning.jsonl: written blind to the lexicons, then used to
            extend them (its first reading, 0.75-0.82 criticism, is in the commit history)
  blind     benchmarks/data/triage_blind.jsonl: written blind to the lexicons and never used
            to change them. Do not tune on it, or it stops measuring anything; write a new
            blind corpus instead when this one has been read.
  fresh     benchmarks/data/triage_fresh/<lang>.jsonl: 500 mentions per language, written
            blind to everything as training data for a learned model. No model trains on
            them yet (a logistic regression on their letter n-grams plus the lexicons'
            evidence cross-validated within +-5 points of the lexicons alone, so none
            ships); until one does, they measure generalisation like "blind".
--errors prints the misread rows of one corpus (never use it on heldout or blind).
Not a test: prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from repman.triage import analyse  # noqa: E402

LANGUAGES = ("en", "ar", "ur", "el")
FIELDS = ("language", "criticism", "category")
EVAL = ROOT / "tests" / "data" / "triage_eval.jsonl"
CORPORA = {
    "dev": (EVAL, "dev"),
    "heldout": (EVAL, "heldout"),
    "tuning": (ROOT / "tests" / "data" / "triage_tuning.jsonl", None),
    "blind": (ROOT / "benchmarks" / "data" / "triage_blind.jsonl", None),
}
FRESH = ROOT / "benchmarks" / "data" / "triage_fresh"
SEALED = ("heldout", "blind", "fresh")


def rows(name: str) -> Iterator[dict[str, object]]:
    if name == "fresh":
        for language in LANGUAGES:
            with (FRESH / f"{language}.jsonl").open(encoding="utf-8") as handle:
                yield from (json.loads(line) for line in handle if line.strip())
        return
    path, split = CORPORA[name]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                if split is None or row.get("split") == split:
                    yield row


def measure(name: str, show_errors: bool) -> dict[str, dict[str, float]]:
    right: dict[str, dict[str, int]] = {lang: dict.fromkeys(FIELDS, 0) for lang in LANGUAGES}
    counts = dict.fromkeys(LANGUAGES, 0)
    for row in rows(name):
        language = str(row["language"])
        result = analyse(str(row["text"]))
        got = {
            "language": result.language,
            "criticism": result.is_criticism,
            "category": result.category,
        }
        counts[language] += 1
        for field in FIELDS:
            right[language][field] += got[field] == row[field]
        if show_errors and got["criticism"] != row["criticism"]:
            print(f"{language} criticism={row['criticism']} {result.text}: {row['text']}")
    return {
        lang: {f: right[lang][f] / counts[lang] for f in FIELDS} | {"rows": counts[lang]}
        for lang in LANGUAGES
        if counts[lang]
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", choices=[c for c in CORPORA if c not in SEALED])
    args = parser.parse_args()
    table: dict[str, dict[str, dict[str, float]]] = {}
    print(f"{'corpus':8} {'lang':4} {'rows':>4}  " + "  ".join(f"{f:>9}" for f in FIELDS))
    for name in (*CORPORA, "fresh"):
        table[name] = measure(name, args.errors == name)
        for language, result in table[name].items():
            cells = "  ".join(f"{result[f]:9.3f}" for f in FIELDS)
            print(f"{name:8} {language:4} {int(result['rows']):4}  {cells}")
    print(json.dumps(table))


if __name__ == "__main__":
    main()
