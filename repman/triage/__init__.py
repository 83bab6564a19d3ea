"""Triage of incoming items: language, criticism, category, priority, routing.

assess(item) is called by the store for every new or edited item, from several sync threads at
once: every table and model it uses is loaded once, lazily, under a lock (lexicons.Lazy), and
nothing else is shared. warm_up() loads everything ahead of time (e.g. in a worker at start-up).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from repman.domain import Assessment, Item
from repman.triage.category import categorize, category_lexicon, complaint_topic
from repman.triage.language import detect, load_model
from repman.triage.lexicons import clitics_of, language_table, tokenize
from repman.triage.sentiment import (
    EMOJI,
    TextSentiment,
    judge,
    sentiment_lexicon,
    text_sentiment,
)

__all__ = ["Analysis", "analyse", "assess", "guess_language", "warm_up"]

TOPIC_SENTIMENT = -0.2  # a complaint recognised by its topic alone is mildly negative


@dataclass(frozen=True)
class Analysis:
    """Everything triage concluded, with the evidence behind it (Assessment is what is stored)."""

    language: str | None
    language_confidence: float
    language_method: str
    text: TextSentiment
    is_criticism: bool
    sentiment: float | None
    category: str | None
    # A 4-5 star review whose text complains, or a 1-2 star review whose text only praises.
    mismatch: bool

    def assessment(self) -> Assessment:
        return Assessment(
            language=self.language,
            is_criticism=self.is_criticism,
            sentiment=self.sentiment,
            category=self.category,
        )


def analyse(text: str, rating: int | None = None, language: str | None = None) -> Analysis:
    """Language, tone and topic of a text; `language` when the site already told us."""
    found = detect(text)
    given = _primary_subtag(language)
    detected_language: str | None
    if given and (given in language_table().languages or found.language is None):
        detected_language, confidence, method = given, 1.0, "given"
    else:
        detected_language, confidence, method = found.language, found.confidence, found.method
    lex = sentiment_lexicon(detected_language)
    tokens = tokenize(
        text,
        clitics_of(detected_language),
        lex.contrast if lex else frozenset(),
        lex.question_marks if lex else "?\u061f",
    )
    tone = text_sentiment(text, tokens, detected_language)
    criticism, sentiment = judge(rating, tone)
    if (
        rating is None
        and not criticism
        and tone.score is not None
        and tone.positive == 0
        and complaint_topic(tokens, detected_language, tone.clauses)
    ):
        criticism, sentiment = True, min(sentiment or 0.0, TOPIC_SENTIMENT)
    category = categorize(tokens, detected_language, tone.clauses, criticism, tone.topics)
    mismatch = rating is not None and (
        (rating >= 4 and tone.complains) or (rating <= 2 and tone.hits > 0 and tone.negative == 0)
    )
    return Analysis(
        language=detected_language,
        language_confidence=confidence,
        language_method=method,
        text=tone,
        is_criticism=criticism,
        sentiment=sentiment,
        category=category,
        mismatch=mismatch,
    )


def _primary_subtag(language: str | None) -> str | None:
    """ "en-GB" / "ar_SA" -> "en" / "ar"."""
    if not language:
        return None
    return language.replace("_", "-").split("-")[0].strip().lower() or None


def assess(item: Item) -> Assessment:
    text = f"{item.title}\n{item.text}" if item.title else item.text
    return analyse(text, item.rating, item.language).assessment()


def guess_language(text: str) -> str | None:
    """The language of a text (kept for callers of the first, script-only version)."""
    return detect(text).language


def warm_up() -> float:
    """Load every table and the language model now; returns the seconds it took."""
    start = time.perf_counter()
    load_model()
    EMOJI.get()
    for code in language_table().languages:
        sentiment_lexicon(code)
        category_lexicon(code)
    analyse("warm up", None, "en")
    return time.perf_counter() - start
