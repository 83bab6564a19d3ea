"""Triage against the labelled evaluation set tests/data/triage_eval.jsonl.

Each row: text, language, criticism, category, split ("dev" or "heldout"). Lexicons were
written and measured on the dev rows only; the heldout rows are the test. Every field is
predicted from the text alone, end to end as assess() does it (no rating, no site language).
Run with -s to see the table; failures carry it too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from repman.triage import analyse

DATA = Path(__file__).resolve().parents[1] / "data" / "triage_eval.jsonl"
# Written without seeing the lexicons, then used to extend them: a regression guard, not a test.
TUNING = DATA.with_name("triage_tuning.jsonl")
TUNING_FLOOR = 0.93  # criticism, per language; measured 0.96-0.99 when the lexicons were extended
LANGUAGES = ("en", "ar", "ur", "el")
FIELDS = ("language", "criticism", "category")
THRESHOLDS = {"language": 0.95, "criticism": 0.90, "category": 0.75}  # on heldout, per language


@dataclass
class Tally:
    rows: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.rows if self.rows else 0.0


@dataclass
class Report:
    tallies: dict[tuple[str, str], Tally]

    def table(self) -> str:
        lines = [f"{'split':8} {'lang':4} {'rows':>4}  " + "  ".join(f"{f:>9}" for f in FIELDS)]
        for split in ("dev", "heldout"):
            for language in LANGUAGES:
                tally = self.tallies.get((split, language), Tally())
                cells = "  ".join(f"{tally.accuracy(f):9.3f}" for f in FIELDS)
                lines.append(f"{split:8} {language:4} {tally.rows:4}  {cells}")
        limits = ", ".join(f"{f} >= {t}" for f, t in THRESHOLDS.items())
        return "\n".join([*lines, f"required on heldout, per language: {limits}"])


def _rows(path: Path = DATA) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


@pytest.fixture(scope="module")
def report() -> Report:
    if not DATA.exists():
        pytest.fail(f"{DATA} is missing: the evaluation set is part of the repository")
    tallies: dict[tuple[str, str], Tally] = {}
    for row in _rows():
        key = (str(row["split"]), str(row["language"]))
        tally = tallies.setdefault(key, Tally())
        result = analyse(str(row["text"]))  # text only: no rating, no language hint
        tally.rows += 1
        tally.right["language"] += result.language == row["language"]
        tally.right["criticism"] += result.is_criticism == row["criticism"]
        tally.right["category"] += result.category == row["category"]
    built = Report(tallies)
    print("\ntriage evaluation (accuracy)\n" + built.table())
    return built


def test_the_set_has_both_splits_in_every_language(report: Report) -> None:
    for split in ("dev", "heldout"):
        for language in LANGUAGES:
            assert report.tallies.get((split, language), Tally()).rows > 0, report.table()


# Known gap, kept visible rather than hidden. Heldout criticism was 0.89 en, 0.79 ar, 0.89 ur,
# 0.71 el with dev at 0.98-1.00: the lexicons fitted the dev rows. A second corpus written blind
# to the lexicons (triage_tuning.jsonl) measured 0.75-0.82, confirming it; extending the lexicons
# and adding facts.py on that corpus brought it to 0.96-0.99 but heldout only to 0.89 en, 0.79 ar,
# 0.89 ur, 0.82 el. strict=True: the day a language reaches 0.90 this fails, and its marker must go.
_CRITICISM_GAP = pytest.mark.xfail(
    strict=True, reason="criticism from text alone is below 0.90 on heldout (open in issue 4)"
)


@pytest.mark.parametrize(
    "name", [pytest.param(f, marks=_CRITICISM_GAP) if f == "criticism" else f for f in FIELDS]
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_heldout_accuracy(report: Report, language: str, name: str) -> None:
    tally = report.tallies[("heldout", language)]
    accuracy = tally.accuracy(name)
    assert accuracy >= THRESHOLDS[name], (
        f"{name} accuracy on heldout {language} is {accuracy:.3f} "
        f"(< {THRESHOLDS[name]})\n{report.table()}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_edits_keep_the_tuning_corpus(language: str) -> None:
    rows = [row for row in _rows(TUNING) if row["language"] == language]
    right = sum(analyse(str(row["text"])).is_criticism == row["criticism"] for row in rows)
    accuracy = right / len(rows)
    print(f"\ntuning corpus, {language}: criticism {accuracy:.3f} on {len(rows)} rows")
    assert accuracy >= TUNING_FLOOR, (
        f"criticism on the tuning corpus ({language}) fell to {accuracy:.3f}"
    )
