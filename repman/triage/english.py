"""VADER for English, word by word.

polarity_scores() only returns a normalised total; triage needs each word's valence (to keep
praise and criticism apart in mixed reviews, and to let our phrases replace VADER's reading of
their words). This repeats the loop of polarity_scores (vaderSentiment 3.3.2) without the final
summing, the "but" rule and punctuation emphasis, which sentiment.py applies in its own way.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Any

from repman.triage.lexicons import Token

_ANALYZER: dict[str, Any] = {}
_LOCK = threading.Lock()


def analyzer(additions: Mapping[str, float]) -> Any:
    """The shared VADER analyzer with our review words added to its lexicon (built once)."""
    with _LOCK:
        if "vader" not in _ANALYZER:
            # vaderSentiment ships no type information.
            from vaderSentiment.vaderSentiment import (  # type: ignore[import-untyped]
                SentimentIntensityAnalyzer,
            )

            vader = SentimentIntensityAnalyzer()
            vader.lexicon.update(additions)
            _ANALYZER["vader"] = vader
        return _ANALYZER["vader"]


def valences(additions: Mapping[str, float], tokens: Sequence[Token]) -> list[float]:
    """VADER's valence of each token (0 for most), computed clause by clause."""
    from vaderSentiment.vaderSentiment import (
        BOOSTER_DICT,
        SentiText,
    )

    vader = analyzer(additions)
    out: list[float] = []
    start = 0
    while start < len(tokens):
        end = start
        while end < len(tokens) and tokens[end].clause == tokens[start].clause:
            end += 1
        # Tokens hold no whitespace, so SentiText's split gives them back one to one.
        senti = SentiText(" ".join(t.text for t in tokens[start:end]))
        items = senti.words_and_emoticons
        clause: list[float] = []
        for i, item in enumerate(items):
            lower = item.lower()
            if lower in BOOSTER_DICT or (
                lower == "kind" and i + 1 < len(items) and items[i + 1].lower() == "of"
            ):
                clause.append(0.0)
                continue
            clause = vader.sentiment_valence(0.0, senti, item, i, clause)
        out.extend(float(v) for v in clause)
        start = end
    return out
