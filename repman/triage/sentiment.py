"""Sentiment and criticism from the words and emoji of a text, and from the star rating.

Text: our lexicons (sentiment.<lang>.json) for every language, plus VADER for English.
- Entries are folded words and phrases with a weight on VADER's scale (about 1 weak .. 3 strong);
  phrases win over their words ("لن أعود", "never again", "δεν ξανα*").
- A negator up to `window` words before an entry in the same clause flips it; a few languages
  also negate after the word (Urdu "اچھا نہیں"). Praise turns into criticism at -0.9, criticism
  into mild praise at -0.5 ("not bad" is not "good").
- `expected` entries are things a customer expects (arrived, answered, apologised, soap): neutral
  alone, criticism when negated ("never arrived", "δεν απάντησαν", "ما حدا رد").
- Intensifiers and diminishers next to an entry scale it; emoji (emoji.json) count in any language.
- English runs VADER word by word on each clause (its own negation and boosters), with the domain
  words VADER lacks added to its lexicon from sentiment.en.json ("vader").
- Complaints told as plain facts (a long wait, "ordered two, got one") come from facts.py.
The result is keyword- and emoji-based, not a model: the UI should say so.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from repman.triage import english, facts
from repman.triage.lexicons import (
    Lazy,
    Lexicon,
    Token,
    has_resource,
    read_json,
    weighted,
    word_set,
)

NEGATED_PRAISE = -0.9
NEGATED_CRITICISM = -0.5
ALPHA = 15.0  # VADER's normalisation: score = total / sqrt(total^2 + ALPHA)
EMOJI_REPEAT_CAP = 3
BUT_AFTER = 1.5  # VADER's "but" rule: what follows counts more, what precedes less
BUT_BEFORE = 0.5
CONCESSIVE = 0.5  # praise in "although ..." clauses counts less

# Criticism from text (thresholds measured on the dev split and the demo inbox): the text
# complains when its negative weight reaches COMPLAINT_MIN and is not outweighed by praise.
COMPLAINT_MIN = 1.0
COMPLAINT_RATIO = 1.0
# A 4-5 star review counts as criticism only when the text clearly complains.
CLEAR_COMPLAINT_SCORE = -0.5
RATING_WEIGHT = 0.6  # share of the rating in the sentiment when there is text evidence too


@dataclass(frozen=True)
class SentimentLexicon:
    language: str
    terms: Lexicon[float]
    expected: Lexicon[float]
    sarcasm: Lexicon[float]
    negators: frozenset[str]
    post_negators: frozenset[str]
    intensifiers: dict[str, float]
    but: frozenset[str]
    although: frozenset[str]
    contrast: frozenset[str]  # every word that starts a clause
    question_marks: str
    window: int
    post_window: int
    free_negation: float  # a negator that negates none of our entries ("it didn't work")
    quantity_question: float  # a question with a number in it ("20 minutes for a coffee?")
    vader: dict[str, float] = field(default_factory=dict)
    fact_table: facts.FactLexicon | None = None


def _build(language: str, data: Mapping[str, Any]) -> SentimentLexicon:
    entries = weighted(data.get("positive", {}), 2.0)
    entries += [(term, -w) for term, w in weighted(data.get("negative", {}), 2.0)]
    entries += [(term, 0.0) for term in data.get("neutral", [])]
    intensifiers: dict[str, float] = {}
    for term, factor in weighted(data.get("intensifiers", {}), 1.3):
        for word in word_set([term]):
            intensifiers[word] = factor
    but = word_set(data.get("but", []))
    although = word_set(data.get("although", []))
    return SentimentLexicon(
        language=language,
        terms=Lexicon.build(entries),
        expected=Lexicon.build(weighted(data.get("expected", {}), 1.5)),
        sarcasm=Lexicon.build((term, 1.0) for term in data.get("sarcasm", [])),
        negators=word_set(data.get("negators", [])),
        post_negators=word_set(data.get("post_negators", [])),
        intensifiers=intensifiers,
        but=but,
        although=although,
        contrast=but | although | word_set(data.get("contrast", [])),
        question_marks=str(data.get("question_marks", "?\u061f")),
        window=int(data.get("window", 3)),
        post_window=int(data.get("post_window", 0)),
        free_negation=float(data.get("free_negation", 0.0)),
        quantity_question=float(data.get("quantity_question", 0.0)),
        vader={k.lower(): float(v) for k, v in data.get("vader", {}).items()},
        fact_table=facts.FactLexicon.build(data["facts"]) if "facts" in data else None,
    )


_LEXICONS: dict[str, SentimentLexicon | None] = {}
_LEXICONS_LOCK = threading.Lock()


def sentiment_lexicon(language: str | None) -> SentimentLexicon | None:
    """The language's lexicon, loaded on first use; None when we have none."""
    if not language:
        return None
    if language in _LEXICONS:
        return _LEXICONS[language]
    with _LEXICONS_LOCK:
        if language not in _LEXICONS:
            name = f"sentiment.{language}.json"
            _LEXICONS[language] = _build(language, read_json(name)) if has_resource(name) else None
        return _LEXICONS[language]


# --- emoji -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmojiTable:
    symbols: dict[str, float]  # single code points (skin tones and VS16 are ignored)
    emoticons: dict[str, float]  # ":)" and friends, as whitespace-separated tokens
    sarcasm: frozenset[str]


def _load_emoji() -> EmojiTable:
    data = read_json("emoji.json")
    return EmojiTable(
        symbols={k: float(v) for k, v in data["emoji"].items()},
        emoticons={k: float(v) for k, v in data.get("emoticons", {}).items()},
        sarcasm=frozenset(data.get("sarcasm", [])),
    )


EMOJI: Lazy[EmojiTable] = Lazy(_load_emoji)


def emoji_values(text: str) -> list[float]:
    table = EMOJI.get()
    counts: dict[str, int] = {}
    for char in text:
        if char in table.symbols:
            counts[char] = counts.get(char, 0) + 1
    for word in text.split():
        if word in table.emoticons:
            counts[word] = counts.get(word, 0) + 1
    values: list[float] = []
    for symbol, count in counts.items():
        value = table.symbols.get(symbol, table.emoticons.get(symbol, 0.0))
        values.extend([value] * min(count, EMOJI_REPEAT_CAP))
    return values


def _sarcastic(text: str, lex: SentimentLexicon | None, tokens: Sequence[Token]) -> bool:
    if any(mark in text for mark in EMOJI.get().sarcasm):
        return True
    return lex is not None and bool(lex.sarcasm.scan(tokens))


# --- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextSentiment:
    """What the words of a text say. score is None when the text could not be analysed."""

    score: float | None
    positive: float = 0.0
    negative: float = 0.0
    hits: int = 0
    clauses: dict[int, float] = field(default_factory=dict)  # clause -> net value
    topics: dict[str, float] = field(default_factory=dict)  # category -> facts about it

    @property
    def complains(self) -> bool:
        return self.negative >= COMPLAINT_MIN and self.negative * COMPLAINT_RATIO >= self.positive

    @property
    def clearly_complains(self) -> bool:
        return (
            self.score is not None
            and self.score <= CLEAR_COMPLAINT_SCORE
            and self.negative >= 2 * self.positive
        )


def normalize(total: float) -> float:
    return total / math.sqrt(total * total + ALPHA)


def _is_word(token: Token, words: frozenset[str]) -> bool:
    return any(form in words for form in token.forms)


def _negator(
    lex: SentimentLexicon,
    tokens: Sequence[Token],
    start: int,
    end: int,
    skip: set[int],
    occupied: set[int],
    terms: set[int],
) -> int | None:
    """The negator that negates tokens[start:end]: up to `window` words before it, in the
    same clause, with no other entry in between; or (Urdu) up to `post_window` words after
    it, where an expected word may stand between ("اچھا کام نہیں")."""
    clause = tokens[start].clause
    for j in range(start - 1, max(-1, start - 1 - lex.window), -1):
        if tokens[j].clause != clause or (j in occupied and j not in skip):
            break
        if j not in skip and _is_word(tokens[j], lex.negators):
            return j
    for j in range(end, min(len(tokens), end + lex.post_window)):
        if tokens[j].clause != clause or j in terms:
            break
        if j not in skip and _is_word(tokens[j], lex.post_negators):
            return j
    return None


def _intensity(lex: SentimentLexicon, tokens: Sequence[Token], start: int, end: int) -> float:
    factor = 1.0
    clause = tokens[start].clause
    for j in (start - 2, start - 1, end, end + 1):
        if 0 <= j < len(tokens) and tokens[j].clause == clause:
            factor *= lex.intensifiers.get(tokens[j].text, 1.0)
    return min(max(factor, 0.5), 2.0)


def _values(
    lex: SentimentLexicon, tokens: Sequence[Token]
) -> tuple[list[tuple[int, float]], dict[str, float]]:
    """(token position, value) of every piece of evidence in the words; the topics of the facts
    among them (a long wait is about waiting time)."""
    hits = lex.terms.scan(tokens)
    used = {k for start, end, _ in hits for k in range(start, end)}
    expected = [
        hit for hit in lex.expected.scan(tokens) if not any(k in used for k in range(*hit[:2]))
    ]
    occupied = used | {k for start, end, _ in expected for k in range(start, end)}
    negating: set[int] = set()
    out: list[tuple[int, float]] = []
    topics: dict[str, float] = {}
    for start, end, found in hits:
        value = max(found, key=abs)
        if value == 0.0:
            continue
        negator = _negator(lex, tokens, start, end, used, occupied, used - set(range(start, end)))
        if negator is not None:
            negating.add(negator)
            value *= NEGATED_PRAISE if value > 0 else NEGATED_CRITICISM
        out.append((start, value * _intensity(lex, tokens, start, end)))
    for start, end, found in expected:
        # A negator already spent on an entry does not also negate what we expected.
        negator = _negator(lex, tokens, start, end, used | negating, occupied, used)
        if negator is not None:
            negating.add(negator)
            out.append((start, -abs(max(found, key=abs))))
    if lex.vader:
        for i, value in enumerate(english.valences(lex.vader, tokens)):
            if value and i not in used:
                out.append((i, value))
                # VADER applied its own negation to this word.
                negating.update(range(max(0, i - 3), i))
    if lex.fact_table is not None:
        neutral = {k for start, end, found in hits if not any(found) for k in range(start, end)}
        for fact in facts.evidence(lex.fact_table, tokens, neutral):
            out.append((fact.position, fact.value))
            topics[fact.topic] = topics.get(fact.topic, 0.0) + 1.0
    if lex.free_negation:
        # Negative concord ("δεν ... ποτέ τίποτα", "nobody ... never"): one negation per clause.
        negated_clauses = {tokens[j].clause for j in negating}
        for i, token in enumerate(tokens):
            if i in used or token.clause in negated_clauses:
                continue
            if _is_word(token, lex.negators):
                negated_clauses.add(token.clause)
                out.append((i, -lex.free_negation))
    if lex.quantity_question:
        asked: set[int] = set()
        for i, token in enumerate(tokens):
            if token.question and token.text.isdigit() and token.clause not in asked:
                asked.add(token.clause)
                out.append((i, -lex.quantity_question))
    return out, topics


def _clause_weights(
    lex: SentimentLexicon, tokens: Sequence[Token]
) -> tuple[dict[int, float], set[int]]:
    """Weights of "but" clauses and those before them; the clauses "although" starts."""
    weights: dict[int, float] = {}
    concessive: set[int] = set()
    for i, token in enumerate(tokens):
        starts_clause = i == 0 or tokens[i - 1].clause != token.clause
        if not starts_clause:
            continue
        if token.text in lex.but:
            weights[token.clause] = weights.get(token.clause, 1.0) * BUT_AFTER
            for earlier in tokens[:i]:
                if earlier.sentence == token.sentence and earlier.clause not in weights:
                    weights[earlier.clause] = BUT_BEFORE
        elif token.text in lex.although:
            concessive.add(token.clause)
    return weights, concessive


def text_sentiment(text: str, tokens: Sequence[Token], language: str | None) -> TextSentiment:
    """Score of a text already tokenized for its language (see lexicons.tokenize)."""
    lex = sentiment_lexicon(language)
    emoji = emoji_values(text)
    if lex is None and not emoji:
        return TextSentiment(score=None)
    values: list[tuple[int, float]] = [(-1, v) for v in emoji]
    weights: dict[int, float] = {}
    concessive: set[int] = set()
    topics: dict[str, float] = {}
    if lex is not None:
        found, topics = _values(lex, tokens)
        values += found
        weights, concessive = _clause_weights(lex, tokens)
    sarcastic = _sarcastic(text, lex, tokens)
    positive = negative = 0.0
    clauses: dict[int, float] = {}
    for position, raw in values:
        clause = tokens[position].clause if position >= 0 else -1
        value = raw * weights.get(clause, 1.0)
        if value > 0 and clause in concessive:
            # "Although the food was good, ...": the praise is conceded, not the point. What
            # went wrong stays whole ("charged us, although we never opened the minibar").
            value *= CONCESSIVE
        if sarcastic and value > 0:
            value = -value  # "Oh great, another hour 🙃": the praise is the complaint
        if value > 0:
            positive += value
        else:
            negative -= value
        clauses[clause] = clauses.get(clause, 0.0) + value
    return TextSentiment(
        score=round(normalize(positive - negative), 4),
        positive=round(positive, 4),
        negative=round(negative, 4),
        hits=len(values),
        clauses=clauses,
        topics=topics,
    )


def judge(rating: int | None, text: TextSentiment) -> tuple[bool, float | None]:
    """(is_criticism, sentiment -1..1) from the rating and the text.

    The rating is the primary signal. 1-2 stars: criticism whatever the text says. 3 stars:
    criticism when the text complains. 4-5 stars: criticism only when the text clearly
    complains (wrong star pressed, or "5 stars for the food but the manager was rude to us").
    No rating: the text decides. The sentiment blends rating and text when both exist.
    """
    if rating is None:
        return (text.complains if text.score is not None else False), text.score
    by_rating = (rating - 3) / 2
    if text.score is None or text.hits == 0:
        sentiment = by_rating
    else:
        sentiment = RATING_WEIGHT * by_rating + (1 - RATING_WEIGHT) * text.score
    if rating <= 2:
        criticism = True
    elif rating == 3:
        criticism = text.complains
    else:
        criticism = text.clearly_complains
    return criticism, round(max(-1.0, min(1.0, sentiment)), 4)
