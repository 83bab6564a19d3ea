"""Triage data and the matcher that reads text with it.

All knowledge about languages lives as JSON under resources/triage/ (shipped as the package
repman.resources.triage): languages.json (scripts, marker letters, clitics),
sentiment.<lang>.json, category.<lang>.json, emoji.json and visibility.json. A language is added
by adding its entry to languages.json and its two lexicon files: no code changes.

Lexicon entries are written in natural spelling and folded with the store's search folding
(repman.store.textnorm.fold), so harakat, hamza forms, Greek accents and case never matter.
A token written with a trailing `*` matches by prefix ("απαραδεκτ*" covers every ending);
entries of several words are phrases, matched on consecutive words of one clause.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Generic, TypeVar

from repman.store.textnorm import fold

PACKAGE = "repman.resources"
FOLDER = "triage"

T = TypeVar("T")
V = TypeVar("V")

# Beyond the store's folding: Urdu noon ghunna is often typed as a plain noon, and curly
# apostrophes as straight ones ("didn’t").
_EXTRA_FOLD = str.maketrans({"\u06ba": "\u0646", "\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# A word (with inner apostrophes, for English contractions), a currency sign, or a run of
# clause punctuation (Arabic comma, semicolon and question mark, Urdu full stop included).
_TOKEN = re.compile(
    r"(?P<word>\w+(?:'\w+)*|[$£€¥₹₨﷼])|[.!?;:,\n\u060c\u061b\u061f\u06d4\u00b7\u2026]+"
)
_LETTER_RUN = re.compile(r"([^\W\d_])\1{2,}")


def read_json(name: str) -> Any:
    """A JSON file from resources/triage/."""
    return json.loads((resources.files(PACKAGE) / FOLDER / name).read_text("utf-8"))


def has_resource(name: str) -> bool:
    return (resources.files(PACKAGE) / FOLDER / name).is_file()


def _squeeze(match: re.Match[str]) -> str:
    # "sooo goood" -> "soo good", "حلووو" -> "حلو": Latin keeps doubled letters.
    char = match.group(1)
    return char * 2 if char.isascii() else char


def fold_text(text: str) -> str:
    """Folded, squeezed text: the form every lexicon entry and keyword is compared in."""
    return _LETTER_RUN.sub(_squeeze, fold(text).translate(_EXTRA_FOLD))


@dataclass(frozen=True)
class Token:
    text: str
    forms: tuple[str, ...]  # the word and its clitic-stripped variants
    clause: int  # punctuation and contrast words ("but") start a new clause
    sentence: int = 0
    question: bool = False  # its clause ends with a question mark


def strip_clitics(word: str, clitics: Sequence[str]) -> tuple[str, ...]:
    """The word and what remains after each proclitic it starts with (longest first)."""
    forms = [word]
    for clitic in clitics:
        rest = word[len(clitic) :]
        # One-letter clitics (و ف ب ل ك) leave at least three letters, longer ones two, as
        # in the store's search stemming: "ولد" stays whole, "وكان" gives "كان".
        minimum = 3 if len(clitic) == 1 else 2
        if word.startswith(clitic) and len(rest) >= minimum and rest not in forms:
            forms.append(rest)
    return tuple(forms)


_SENTENCE_END = frozenset(".!?;\n\u061f\u06d4")


def tokenize(
    text: str,
    clitics: Sequence[str] = (),
    contrast: frozenset[str] = frozenset(),
    question_marks: str = "?\u061f",
) -> list[Token]:
    """Words of the folded text with their clause and sentence numbers."""
    words: list[tuple[str, int, int]] = []
    questions: set[int] = set()
    clause = sentence = 0
    for match in _TOKEN.finditer(fold_text(text)):
        word = match.group("word")
        if word is None:
            punctuation = match.group()
            if any(ch in question_marks for ch in punctuation):
                questions.add(clause)
            if any(ch in _SENTENCE_END for ch in punctuation):
                sentence += 1
            clause += 1
            continue
        if word in contrast:
            clause += 1
        words.append((word, clause, sentence))
    return [
        Token(word, strip_clitics(word, clitics) if clitics else (word,), c, s, c in questions)
        for word, c, s in words
    ]


@dataclass(frozen=True)
class _Pattern(Generic[V]):
    words: tuple[str, ...]
    prefix: tuple[bool, ...]
    value: V

    @property
    def size(self) -> tuple[int, int]:
        return len(self.words), sum(map(len, self.words))


def _pattern_words(entry: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    words: list[str] = []
    prefix: list[bool] = []
    for raw in entry.split():
        star = raw.endswith("*")
        for match in _TOKEN.finditer(fold_text(raw.rstrip("*"))):
            if match.group("word"):
                words.append(match.group("word"))
                prefix.append(False)
        if star and prefix:
            prefix[-1] = True
    return tuple(words), tuple(prefix)


@dataclass
class Lexicon(Generic[V]):
    """Words and phrases with a value each, found at a position of a token list."""

    exact: dict[str, list[_Pattern[V]]] = field(default_factory=dict)
    prefixes: dict[str, list[_Pattern[V]]] = field(default_factory=dict)
    prefix_lengths: set[int] = field(default_factory=set)

    @classmethod
    def build(cls, entries: Iterable[tuple[str, V]]) -> Lexicon[V]:
        lexicon: Lexicon[V] = cls()
        for entry, value in entries:
            words, prefix = _pattern_words(entry)
            if not words:
                continue
            pattern = _Pattern(words, prefix, value)
            if prefix[0]:
                lexicon.prefixes.setdefault(words[0], []).append(pattern)
                lexicon.prefix_lengths.add(len(words[0]))
            else:
                lexicon.exact.setdefault(words[0], []).append(pattern)
        return lexicon

    def __len__(self) -> int:
        return sum(map(len, self.exact.values())) + sum(map(len, self.prefixes.values()))

    def _candidates(self, token: Token) -> Iterable[_Pattern[V]]:
        for form in token.forms:
            yield from self.exact.get(form, ())
            for length in self.prefix_lengths:
                if length <= len(form):
                    yield from self.prefixes.get(form[:length], ())

    def longest(self, tokens: Sequence[Token], start: int) -> tuple[int, list[V]]:
        """(end, values) of the longest entries matching at start; (start, []) if none."""
        best: tuple[int, int] = (0, 0)
        found: list[V] = []
        first = tokens[start]
        for pattern in self._candidates(first):
            count = len(pattern.words)
            end = start + count
            if end > len(tokens) or tokens[end - 1].clause != first.clause:
                continue
            if all(
                _word_matches(tokens[start + k], pattern.words[k], pattern.prefix[k])
                for k in range(1, count)
            ):
                size = pattern.size
                if size > best:
                    best, found = size, [pattern.value]
                elif size == best:
                    found.append(pattern.value)
        return start + best[0], found

    def scan(self, tokens: Sequence[Token]) -> list[tuple[int, int, list[V]]]:
        """Non-overlapping longest matches, left to right: (start, end, values)."""
        hits: list[tuple[int, int, list[V]]] = []
        i = 0
        while i < len(tokens):
            end, values = self.longest(tokens, i)
            if values:
                hits.append((i, end, values))
                i = end
            else:
                i += 1
        return hits


def _word_matches(token: Token, word: str, prefix: bool) -> bool:
    if prefix:
        return any(form.startswith(word) for form in token.forms)
    return word in token.forms


def word_set(words: Iterable[str]) -> frozenset[str]:
    """Folded single words (negators, contrast words) as a set."""
    out: set[str] = set()
    for word in words:
        out.update(_pattern_words(word)[0])
    return frozenset(out)


def weighted(table: Mapping[str, float] | Sequence[str], default: float) -> list[tuple[str, float]]:
    """Entries given as {"term": weight} or as a plain list (all of weight `default`)."""
    if isinstance(table, Mapping):
        return [(term, float(weight)) for term, weight in table.items()]
    return [(term, default) for term in table]


class Lazy(Generic[T]):
    """A value built once on first use, safe when several threads ask at the same time."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._value: T | None = None

    def get(self) -> T:
        value = self._value
        if value is None:
            with self._lock:
                value = self._value
                if value is None:
                    value = self._value = self._build()
        return value

    @property
    def loaded(self) -> bool:
        return self._value is not None


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    name: str
    script: str
    markers: frozenset[str]
    clitics: tuple[str, ...]
    model_labels: tuple[str, ...]


@dataclass(frozen=True)
class LanguageTable:
    languages: dict[str, LanguageInfo]
    scripts: dict[str, tuple[tuple[int, int], ...]]
    foreign_min_confidence: float
    foreign_min_words: int

    def script_of(self, char: str) -> str | None:
        point = ord(char)
        for script, ranges in self.scripts.items():
            for low, high in ranges:
                if low <= point <= high:
                    return script
        return None


def _load_languages() -> LanguageTable:
    data = read_json("languages.json")
    scripts = {
        name: tuple((int(low, 16), int(high, 16)) for low, high in ranges)
        for name, ranges in data["scripts"].items()
    }
    languages: dict[str, LanguageInfo] = {}
    for code, entry in data["languages"].items():
        clitics = sorted((fold_text(c) for c in entry.get("clitics", [])), key=len, reverse=True)
        languages[code] = LanguageInfo(
            code=code,
            name=entry["name"],
            script=entry["script"],
            markers=frozenset(entry.get("markers", "")),
            clitics=tuple(clitics),
            model_labels=tuple(entry.get("model_labels", [code])),
        )
    detection = data.get("detection", {})
    return LanguageTable(
        languages=languages,
        scripts=scripts,
        foreign_min_confidence=float(detection.get("foreign_min_confidence", 0.8)),
        foreign_min_words=int(detection.get("foreign_min_words", 3)),
    )


LANGUAGES: Lazy[LanguageTable] = Lazy(_load_languages)


def language_table() -> LanguageTable:
    return LANGUAGES.get()


def clitics_of(language: str | None) -> tuple[str, ...]:
    info = language_table().languages.get(language or "")
    return info.clitics if info else ()
