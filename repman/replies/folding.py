"""Folded text with a map back to the original, so matches on folded text become spans of
what the user typed (Arabic harakat, Greek accents and all)."""

from __future__ import annotations

import re

from repman.store.textnorm import fold

# Typographic apostrophes fold to the ASCII one, so "we’ll" matches "we'll".
_EXTRA = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"})
_char_cache: dict[str, str] = {}


def fold_char(ch: str) -> str:
    folded = _char_cache.get(ch)
    if folded is None:
        folded = fold(ch.translate(_EXTRA))
        _char_cache[ch] = folded
    return folded


def fold_text(text: str) -> str:
    """The same folding as fold_with_map, without the map."""
    return fold(text.translate(_EXTRA))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """(folded text, index in ``text`` of each folded character)."""
    cache = _char_cache
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = cache.get(ch)
        if folded is None:
            folded = fold_char(ch)
        if folded:
            pieces.append(folded)
            origin.extend([i] * len(folded))
    return "".join(pieces), origin


def original_span(text: str, origin: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` that folded[start:end] came from, with the marks that follow the
    last letter (harakat, tatweel, a final hamza) included."""
    begin = origin[start]
    stop = origin[end - 1] + 1
    while stop < len(text) and not fold_char(text[stop]):
        stop += 1
    return begin, stop


def fold_pattern(pattern: str) -> str:
    """Fold the letters of a regular expression, leaving its escapes (\\w, \\S ...) alone."""
    parts = re.split(r"(\\.)", pattern)
    return "".join(p if p.startswith("\\") else fold_text(p) for p in parts)
