"""A small hunspell-compatible word checker over the files ``dictbuild`` writes.

It answers one question, "is this a word of the dictionary?", the way hunspell's affix check
does for the features our dictionaries use: bare stems, one prefix, up to two suffixes,
prefix/suffix cross products, continuation classes, NEEDAFFIX, FORBIDDENWORD and
ONLYINCOMPOUND. Compounding is not implemented (en uses it only for ordinal numbers, which
the tokenizer never checks). Stems live in sorted blocks of text, about the size of the
compressed-free word list instead of one Python object per word.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

_BLOCK = 64
_BLOCKS = re.compile(f"(?:[^\\n]*\\n){{1,{_BLOCK}}}")
_BARE = -1


@dataclass(frozen=True)
class _Rule:
    flag: str
    strip: str
    cross: bool
    cont: frozenset[str]
    cond: re.Pattern[str] | None


_Index = dict[str, dict[str, list["_Rule"]]]


def _condition(condition: str, prefix: bool) -> re.Pattern[str] | None:
    if condition == ".":
        return None
    body = condition.replace("-", r"\-")
    return re.compile(f"^(?:{body})" if prefix else f"(?:{body})$")


class AffixDictionary:
    """The words of one converted hunspell dictionary."""

    def __init__(self, text: str) -> None:
        header_line, _, body = text.partition("\n")
        header = json.loads(header_line)
        self.flagsets: list[frozenset[str]] = [frozenset(f) for f in header["flagsets"]]
        self.needaffix: str | None = header.get("needaffix")
        self.forbidden: str | None = header.get("forbiddenword")
        self.onlyincompound: str | None = header.get("onlyincompound")
        self.ignore = str.maketrans("", "", header.get("ignore", ""))
        self.iconv: list[tuple[str, str]] = [(a, b) for a, b in header.get("iconv", [])]
        # add -> strip -> rules: a word's endings find their rules by dict lookup, and rules that
        # share (add, strip) share one stem lookup, which is what most candidates fail.
        self.suffixes: _Index = {}
        self.prefixes: _Index = {}
        # outer suffix flag -> the suffixes that may carry it (two-suffix words)
        self.inner: dict[str, _Index] = {}
        for table, index, is_prefix in (
            ("sfx", self.suffixes, False),
            ("pfx", self.prefixes, True),
        ):
            for flag, strip, add, cond, cross, cont in header[table]:
                rule = _Rule(flag, strip, cross, frozenset(cont), _condition(cond, is_prefix))
                index.setdefault(add, {}).setdefault(strip, []).append(rule)
                if not is_prefix:
                    for outer in cont:
                        inner = self.inner.setdefault(outer, {})
                        inner.setdefault(add, {}).setdefault(strip, []).append(rule)
        self.max_suffix = max((len(a) for a in self.suffixes), default=0)
        self.max_prefix = max((len(a) for a in self.prefixes), default=0)
        # Blocks are cut by one regex pass, so no Python string exists per word (828k for
        # Greek): memory stays near the size of the word list itself.
        if body and not body.endswith("\n"):
            body += "\n"
        self._blocks = ["\n" + m.group() for m in _BLOCKS.finditer(body)]
        self._heads = [block[1 : block.index("\n", 1)].split("\t", 1)[0] for block in self._blocks]
        self.size = body.count("\n")

    # -- stems ---------------------------------------------------------------------------

    def _entries(self, stem: str) -> tuple[int, ...]:
        """Flag-set numbers of a stem (``_BARE`` for a bare entry); empty when absent."""
        if not stem:
            return ()
        at = bisect.bisect_right(self._heads, stem) - 1
        if at < 0:
            return ()
        block = self._blocks[at]
        for end in ("\n", "\t"):
            pos = block.find("\n" + stem + end)
            if pos >= 0:
                if end == "\n":
                    return (_BARE,)
                start = pos + len(stem) + 2
                return tuple(int(n) for n in block[start : block.index("\n", start)].split(","))
        return ()

    def _flags(self, stem: str) -> list[frozenset[str]]:
        return [frozenset() if n == _BARE else self.flagsets[n] for n in self._entries(stem)]

    # -- the check -----------------------------------------------------------------------

    def prepare(self, word: str) -> str:
        for old, new in self.iconv:
            word = word.replace(old, new)
        return word.translate(self.ignore)

    def check(self, word: str) -> bool:
        """Whether the word (already prepared, case as written) is in the dictionary."""
        blocked = {f for f in (self.forbidden, self.onlyincompound) if f}
        for flags in self._flags(word):
            if self.forbidden and self.forbidden in flags:
                return False  # a forbidden entry rejects the word however it could be built
            if not (flags & blocked) and not (self.needaffix and self.needaffix in flags):
                return True
        return (
            self._suffixed(word, None, blocked)
            or self._prefixed(word, blocked)
            or self._two_suffixes(word, None, blocked)
        )

    def _candidates(self, word: str, index: _Index) -> Iterator[tuple[str, list[_Rule]]]:
        """(stem, rules) for every suffix of ``index`` the word ends with."""
        for size in range(0, min(self.max_suffix, len(word) - 1) + 1):
            groups = index.get(word[len(word) - size :] if size else "")
            if groups:
                base = word[: len(word) - size]
                for strip, rules in groups.items():
                    yield base + strip, rules

    def _suffixed(self, word: str, prefix: _Rule | None, blocked: set[str]) -> bool:
        for stem, rules in self._candidates(word, self.suffixes):
            entries = self._flags(stem)
            if not entries:
                continue
            for rule in rules:
                if prefix is not None and not rule.cross:
                    continue
                if rule.cond is not None and not rule.cond.search(stem):
                    continue
                # A suffix that itself needs another affix only counts with a prefix.
                if self.needaffix and self.needaffix in rule.cont and prefix is None:
                    continue
                for flags in entries:
                    if flags & blocked:
                        continue
                    if rule.flag not in flags and not (prefix and rule.flag in prefix.cont):
                        continue
                    if prefix is None or prefix.flag in flags or prefix.flag in rule.cont:
                        return True
        return False

    def _two_suffixes(self, word: str, prefix: _Rule | None, blocked: set[str]) -> bool:
        for middle, outers in self._candidates(word, self.suffixes):
            for outer in outers:
                inner_index = self.inner.get(outer.flag)
                if inner_index is None or (prefix is not None and not outer.cross):
                    continue
                if outer.cond is not None and not outer.cond.search(middle):
                    continue
                for stem, inners in self._candidates(middle, inner_index):
                    entries = self._flags(stem)
                    if not entries:
                        continue
                    for inner in inners:
                        if inner.cond is not None and not inner.cond.search(stem):
                            continue
                        for flags in entries:
                            if flags & blocked or inner.flag not in flags:
                                continue
                            if prefix is None or prefix.flag in flags or prefix.flag in inner.cont:
                                return True
        return False

    def _prefixed(self, word: str, blocked: set[str]) -> bool:
        for size in range(0, min(self.max_prefix, len(word) - 1) + 1):
            for strip, rules in self.prefixes.get(word[:size], {}).items():
                for rule in rules:
                    stem = strip + word[size:]
                    if rule.cond is not None and not rule.cond.search(stem):
                        continue
                    if not (self.needaffix and self.needaffix in rule.cont):
                        for flags in self._flags(stem):
                            if rule.flag in flags and not flags & blocked:
                                return True
                    if rule.cross and (
                        self._suffixed(stem, rule, blocked)
                        or self._two_suffixes(stem, rule, blocked)
                    ):
                        return True
        return False
