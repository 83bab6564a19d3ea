"""Routing rules: which people, departments and tags an item goes to.

A rule matches when every condition it sets holds (an empty condition matches anything);
every matching rule contributes its actions, so a product complaint can reach both the product
person and customer service. Rules are stored in the `rules` table as
(name, position, match JSON, action JSON, enabled); Rule.from_row / to_row convert.

Item fields used (a mapping, e.g. a stored item row): category, source_kind (or kind of the
source), source (its name), language, rating, is_criticism, title, text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from repman.triage.lexicons import clitics_of, fold_text, strip_clitics

_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")

Words = list[tuple[str, ...]]  # each word of a text with its clitic-stripped forms


def _fold_words(text: str) -> list[str]:
    return _WORD.findall(fold_text(text))


def _forms(word: str) -> tuple[str, ...]:
    """The word and, for Arabic script, what remains without its proclitics (و ب ال ...)."""
    return strip_clitics(word, clitics_of("ar")) if _ARABIC.match(word) else (word,)


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


@dataclass(frozen=True)
class Keyword:
    """A folded keyword or phrase; a trailing * matches any ending ("refund*")."""

    words: tuple[str, ...]
    prefix: bool

    @classmethod
    def parse(cls, text: str) -> Keyword:
        return cls(tuple(_fold_words(text.rstrip("* "))), text.strip().endswith("*"))

    def _word_at(self, forms: tuple[str, ...], k: int) -> bool:
        word = self.words[k]
        if self.prefix and k == len(self.words) - 1:
            return any(form.startswith(word) for form in forms)
        return word in forms

    def found_in(self, words: Words) -> bool:
        size = len(self.words)
        return size > 0 and any(
            all(self._word_at(words[i + k], k) for k in range(size))
            for i in range(len(words) - size + 1)
        )


@dataclass(frozen=True)
class Rule:
    name: str
    # match
    categories: frozenset[str] = frozenset()
    source_kinds: frozenset[str] = frozenset()
    source_names: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    rating_min: int | None = None
    rating_max: int | None = None
    keywords: tuple[str, ...] = ()  # any of them, compared folded
    criticism_only: bool = False
    # actions
    assignees: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # storage
    position: int = 0
    enabled: bool = True
    _parsed: tuple[Keyword, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_parsed", tuple(Keyword.parse(k) for k in self.keywords))

    def matches(self, item: Mapping[str, Any], words: Words | None = None) -> bool:
        if not self.enabled:
            return False
        if self.categories and item.get("category") not in self.categories:
            return False
        kind = item.get("source_kind")
        if self.source_kinds and kind not in self.source_kinds:
            return False
        if self.source_names and item.get("source") not in self.source_names:
            return False
        if self.languages and item.get("language") not in self.languages:
            return False
        if self.criticism_only and not item.get("is_criticism"):
            return False
        if self.rating_min is not None or self.rating_max is not None:
            rating = item.get("rating")
            if rating is None:
                return False  # a rating range asks for a rating
            if self.rating_min is not None and rating < self.rating_min:
                return False
            if self.rating_max is not None and rating > self.rating_max:
                return False
        if self._parsed:
            text_words = words if words is not None else item_words(item)
            if not any(k.found_in(text_words) for k in self._parsed):
                return False
        return True

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Rule:
        """A rule from a `rules` row; match and action may be JSON text or already decoded."""
        match = _decode(row.get("match"))
        action = _decode(row.get("action"))
        rating = match.get("rating") or {}
        return cls(
            name=str(row["name"]),
            categories=frozenset(_strings(match.get("categories"))),
            source_kinds=frozenset(_strings(match.get("source_kinds"))),
            source_names=frozenset(_strings(match.get("source_names"))),
            languages=frozenset(_strings(match.get("languages"))),
            rating_min=_int(rating.get("min")),
            rating_max=_int(rating.get("max")),
            keywords=_strings(match.get("keywords")),
            criticism_only=bool(match.get("criticism_only", False)),
            assignees=_strings(action.get("assignees")),
            departments=_strings(action.get("departments")),
            tags=_strings(action.get("tags")),
            position=int(row.get("position") or 0),
            enabled=bool(row.get("enabled", True)),
        )

    def to_row(self) -> dict[str, Any]:
        match: dict[str, Any] = {}
        if self.categories:
            match["categories"] = sorted(self.categories)
        if self.source_kinds:
            match["source_kinds"] = sorted(self.source_kinds)
        if self.source_names:
            match["source_names"] = sorted(self.source_names)
        if self.languages:
            match["languages"] = sorted(self.languages)
        if self.rating_min is not None or self.rating_max is not None:
            match["rating"] = {"min": self.rating_min, "max": self.rating_max}
        if self.keywords:
            match["keywords"] = list(self.keywords)
        if self.criticism_only:
            match["criticism_only"] = True
        action = {
            "assignees": list(self.assignees),
            "departments": list(self.departments),
            "tags": list(self.tags),
        }
        return {
            "name": self.name,
            "position": self.position,
            "match": json.dumps(match, ensure_ascii=False, sort_keys=True),
            "action": json.dumps(action, ensure_ascii=False),
            "enabled": int(self.enabled),
        }


def _decode(value: Any) -> dict[str, Any]:
    if value is None or value == "":
        return {}
    decoded = json.loads(value) if isinstance(value, str | bytes) else value
    if not isinstance(decoded, dict):
        raise ValueError("a rule's match and action must be JSON objects")
    return decoded


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


@dataclass(frozen=True)
class Routing:
    assignees: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # names of the rules that matched, in order


def item_words(item: Mapping[str, Any]) -> Words:
    """Folded words of the item's title and text, for keyword matching."""
    text = f"{item.get('title') or ''} {item.get('text') or ''}"
    return [_forms(word) for word in _fold_words(text)]


def _add(out: list[str], values: Iterable[str]) -> None:
    for value in values:
        if value not in out:
            out.append(value)


def route(item: Mapping[str, Any], rules: Iterable[Rule]) -> Routing:
    """Every enabled matching rule's actions, in rule order (position, then name), deduplicated."""
    words = item_words(item)
    assignees: list[str] = []
    departments: list[str] = []
    tags: list[str] = []
    names: list[str] = []
    for rule in sorted(rules, key=lambda r: (r.position, r.name)):
        if rule.matches(item, words):
            names.append(rule.name)
            _add(assignees, rule.assignees)
            _add(departments, rule.departments)
            _add(tags, rule.tags)
    return Routing(tuple(assignees), tuple(departments), tuple(tags), tuple(names))
