"""Complaints told as plain facts, with no word of feeling in them.

Customers often complain by stating what happened: "waited 50 minutes for a table", "ordered
two, got one", "وعدوني بنفس اليوم ووصل بعد ثلاث أيام". A sentiment lexicon sees nothing there, so
two patterns of each language's "facts" table (in sentiment.<lang>.json) add evidence:

- delay: a quantity of time ("50 minutes", "نص ساعة", "δέκα μέρες", "ڈیڑھ گھنٹے") of at least
  `delay_minutes`, unless a word of speed stands next to it ("within 10 minutes", "دس منٹ میں").
- broken expectation: something asked for, ordered, booked or promised, and further on in the
  text what came instead ("asked for a trim, got 5 cm taken off"). Only the order of the two
  cues is used, so praise ("ordered a cake, it came out perfect") must outweigh it, which it does
  because these facts weigh about as much as one mild complaint word.

Positions of the sentiment lexicon's neutral phrases ("opening hours", "بدون موعد") are not
read here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from repman.triage.lexicons import Lexicon, Token, weighted, word_set

_DIGITS = re.compile(r"^\d+$")


@dataclass(frozen=True)
class FactLexicon:
    units: Lexicon[float]  # a unit of time -> minutes ("minute*" 1, "hour*" 60)
    durations: Lexicon[float]  # a whole quantity -> minutes ("half an hour", "يومين")
    numbers: dict[str, float]  # number words ("two", "ثلاث", "δέκα", "ڈیڑھ")
    quick_before: frozenset[str]
    quick_after: frozenset[str]
    requests: Lexicon[float]
    outcomes: Lexicon[float]
    kept: frozenset[str]  # right after an outcome: the promise was kept ("came early")
    interrogatives: frozenset[str]  # "how long ..., 2 hours?" asks; "40 minutes for a tea?" mocks
    definite: tuple[str, ...]  # "15 الشهر" is a date, not fifteen months
    delay_minutes: float
    delay_weight: float
    mismatch_weight: float

    @classmethod
    def build(cls, data: Mapping[str, Any]) -> FactLexicon:
        numbers: dict[str, float] = {}
        for word, value in weighted(data.get("numbers", {}), 1.0):
            for folded in word_set([word]):
                numbers[folded] = value
        return cls(
            units=Lexicon.build(weighted(data.get("units", {}), 1.0)),
            durations=Lexicon.build(weighted(data.get("durations", {}), 60.0)),
            numbers=numbers,
            quick_before=word_set(data.get("quick_before", [])),
            quick_after=word_set(data.get("quick_after", [])),
            requests=Lexicon.build((term, 1.0) for term in data.get("requests", [])),
            outcomes=Lexicon.build((term, 1.0) for term in data.get("outcomes", [])),
            kept=word_set(data.get("kept", [])),
            interrogatives=word_set(data.get("interrogatives", [])),
            definite=tuple(data.get("definite", [])),
            delay_minutes=float(data.get("delay_minutes", 25)),
            delay_weight=float(data.get("delay_weight", 1.2)),
            mismatch_weight=float(data.get("mismatch_weight", 1.0)),
        )


def _number(lex: FactLexicon, token: Token) -> float | None:
    if _DIGITS.match(token.text):
        return float(token.text)
    for form in token.forms:
        if form in lex.numbers:
            return lex.numbers[form]
    return None


def _quick(lex: FactLexicon, tokens: Sequence[Token], start: int, end: int) -> bool:
    before = tokens[max(0, start - 2) : start]
    after = tokens[end : end + 1]
    return any(t.text in lex.quick_before for t in before) or any(
        t.text in lex.quick_after for t in after
    )


def _asks(lex: FactLexicon, tokens: Sequence[Token], position: int) -> bool:
    sentence = tokens[position].sentence
    return tokens[position].question and any(
        t.sentence == sentence and t.text in lex.interrogatives for t in tokens
    )


def delays(lex: FactLexicon, tokens: Sequence[Token], skip: set[int]) -> list[int]:
    """Positions of the quantities of time long enough to be a complaint."""
    found: list[int] = []
    i = 0
    while i < len(tokens):
        if i in skip:
            i += 1
            continue
        minutes: float | None = None
        start = i
        end, values = lex.durations.longest(tokens, i)
        if values:
            minutes = max(values)
        else:
            count = _number(lex, tokens[i])
            # A number and then its unit ("50 minutes", "تیس منٹ"); in Arabic a half may follow
            # the unit ("ساعة ونص"), which the durations table spells out.
            if (
                count is not None
                and i + 1 < len(tokens)
                and tokens[i + 1].clause == tokens[i].clause
            ):
                end, units = lex.units.longest(tokens, i + 1)
                dated = tokens[i + 1].text.startswith(lex.definite or ("\0",))
                if units and not dated and i + 1 not in skip:
                    minutes = count * max(units)
        if minutes is None:
            i += 1
            continue
        long_enough = minutes >= lex.delay_minutes
        if long_enough and not _quick(lex, tokens, start, end) and not _asks(lex, tokens, start):
            found.append(start)
        i = max(end, i + 1)
    return found


def broken_expectation(lex: FactLexicon, tokens: Sequence[Token], skip: set[int]) -> int | None:
    """Position of what came instead of what was asked for or promised, if the text says so."""
    requests = [start for start, _end, _v in lex.requests.scan(tokens) if start not in skip]
    if not requests:
        return None
    first = requests[0]
    for start, _end, _v in lex.outcomes.scan(tokens):
        # At least one word between: "ordered two, got one"; never in a question.
        if start <= first + 1 or start in skip or tokens[start].question:
            continue
        after = tokens[start + 1 : start + 3]
        if not any(t.text in lex.kept for t in after):
            return start
    return None


@dataclass(frozen=True)
class Fact:
    position: int
    value: float  # negative: these facts only ever complain
    topic: str  # the category a fact of this kind is about


DELAY_TOPIC = "waiting_time"
MISMATCH_TOPIC = "order_accuracy"


def evidence(lex: FactLexicon, tokens: Sequence[Token], skip: set[int]) -> list[Fact]:
    """Each fact that complains, with its position, value and topic."""
    out = [Fact(p, -lex.delay_weight, DELAY_TOPIC) for p in delays(lex, tokens, skip)]
    outcome = broken_expectation(lex, tokens, skip)
    if outcome is not None:
        out.append(Fact(outcome, -lex.mismatch_weight, MISMATCH_TOPIC))
    return out
