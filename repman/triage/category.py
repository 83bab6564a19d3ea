"""What an item is about: waiting time, staff, quality, price, cleanliness, order accuracy,
delivery, booking, or other.

Each language has category.<lang>.json: per category, words, stems (word*) and phrases with a
weight (1 when given as a list). The category with the highest weighted count wins; "other" when
nothing reaches MIN_SCORE. For criticism, words in the clauses that complain count double: in
"the food was lovely but the waiter was rude" the complaint is about the staff. For praise the
praised clauses count more in the same way. Ties go to the order of the categories in the file.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from repman.triage.lexicons import Lexicon, Token, has_resource, read_json, weighted

CATEGORIES = (
    "waiting_time",
    "staff_attitude",
    "quality",
    "price_billing",
    "cleanliness",
    "order_accuracy",
    "delivery",
    "booking",
    "other",
)
OTHER = "other"
MIN_SCORE = 1.0
FOCUS_WEIGHT = 2.0  # words in the clauses that carry the item's tone
# Topics people rarely mention without a reason: a statement about them with no praise at all
# ("got a beef burger, I'm vegetarian", "bins overflowing", "charged for the minibar") is taken
# as a complaint when the words alone did not decide (no rating; never for questions).
COMPLAINT_TOPICS = frozenset({"order_accuracy", "cleanliness", "price_billing"})
COMPLAINT_TOPIC_MIN = 2.0


@dataclass(frozen=True)
class CategoryLexicon:
    language: str
    terms: Lexicon[tuple[str, float]]
    order: tuple[str, ...]


def _build(language: str, data: Mapping[str, Any]) -> CategoryLexicon:
    entries: list[tuple[str, tuple[str, float]]] = []
    order: list[str] = []
    for category, table in data["categories"].items():
        if category not in CATEGORIES:
            raise ValueError(f"category.{language}.json: unknown category {category!r}")
        order.append(category)
        entries += [(term, (category, w)) for term, w in weighted(table, 1.0)]
    order += [c for c in CATEGORIES if c not in order]
    return CategoryLexicon(language, Lexicon.build(entries), tuple(order))


_LEXICONS: dict[str, CategoryLexicon | None] = {}
_LOCK = threading.Lock()


def category_lexicon(language: str | None) -> CategoryLexicon | None:
    if not language:
        return None
    if language in _LEXICONS:
        return _LEXICONS[language]
    with _LOCK:
        if language not in _LEXICONS:
            name = f"category.{language}.json"
            _LEXICONS[language] = _build(language, read_json(name)) if has_resource(name) else None
        return _LEXICONS[language]


def category_scores(
    tokens: Sequence[Token],
    language: str | None,
    clauses: Mapping[int, float] | None = None,
    criticism: bool = False,
) -> dict[str, float]:
    """Weighted topic counts per category (only categories with a hit)."""
    lex = category_lexicon(language)
    if lex is None:
        return {}
    tone = clauses or {}
    scores: dict[str, float] = {}
    for start, _end, values in lex.terms.scan(tokens):
        value = tone.get(tokens[start].clause, 0.0)
        focus = value < 0 if criticism else value > 0
        factor = FOCUS_WEIGHT if focus else 1.0
        seen: set[str] = set()
        for category, weight in sorted(values, key=lambda cw: -cw[1]):
            if category in seen:
                continue
            seen.add(category)
            scores[category] = scores.get(category, 0.0) + weight * factor
    return scores


def categorize(
    tokens: Sequence[Token],
    language: str | None,
    clauses: Mapping[int, float] | None = None,
    criticism: bool = False,
    topics: Mapping[str, float] | None = None,
) -> str | None:
    """The item's category; None when the language has no category lexicon. `topics` are
    facts sentiment found ("waited 50 minutes" is about waiting), counted as topic words."""
    lex = category_lexicon(language)
    if lex is None:
        return None
    scores = category_scores(tokens, language, clauses, criticism)
    for topic, weight in (topics or {}).items():
        scores[topic] = scores.get(topic, 0.0) + weight
    if not scores:
        return OTHER
    best = max(lex.order, key=lambda c: (scores.get(c, 0.0), -lex.order.index(c)))
    return best if scores.get(best, 0.0) >= MIN_SCORE else OTHER


def complaint_topic(
    tokens: Sequence[Token], language: str | None, clauses: Mapping[int, float] | None = None
) -> bool:
    """True when a praise-free statement is about a topic that is mentioned to complain."""
    if not tokens or any(t.question for t in tokens):
        return False
    scores = category_scores(tokens, language, clauses, criticism=False)
    if not scores:
        return False
    best = max(scores, key=lambda c: scores[c])
    return best in COMPLAINT_TOPICS and scores[best] >= COMPLAINT_TOPIC_MIN
