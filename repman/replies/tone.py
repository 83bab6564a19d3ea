"""The tone check the composer runs on every keystroke: defensive, blaming or dismissive
wording, shouting, a missing apology or thanks when answering criticism, a reply longer
than the site allows, the same text sent to many customers, promises, and spelling.

Phrases are data (resources/tone/<language>.json); matching runs on folded text and every
span is reported in the original text. Spelling is the slow part (dictionaries load once,
then words are cached): the composer can pass ``spelling=False`` on keystrokes and call
``repman.replies.spelling.check_spelling`` after a pause.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Protocol

from repman.replies.findings import Finding
from repman.replies.folding import fold_text, fold_with_map, original_span
from repman.replies.lexicon import Lexicon, base_language, common_explanations, lexicon
from repman.replies.spelling import check_spelling

__all__ = ["GENERIC_THRESHOLD", "Finding", "LengthLimit", "check", "normalise_for_generic"]

# The same text sent to this many customers before reads as copy-paste.
GENERIC_THRESHOLD = 3

_LETTERS = re.compile(r"[^\W\d_]+")
_PUNCTUATION_RUN = re.compile(r"[!?؟！？‼⁉]{2,}")


class LengthLimit(Protocol):
    """What sources.base.ReplyLimit offers: a size and its unit ("characters" or "bytes")."""

    @property
    def size(self) -> int: ...

    @property
    def unit(self) -> str: ...


def _measure(limit: LengthLimit, text: str) -> int:
    measure = getattr(limit, "measure", None)
    if callable(measure):
        return int(measure(text))
    return len(text.encode("utf-8")) if limit.unit == "bytes" else len(text)


def overflow_start(text: str, limit: LengthLimit) -> int | None:
    """Index of the first character beyond the limit, or None when the text fits."""
    if _measure(limit, text) <= limit.size:
        return None
    low, high = 0, len(text)  # measure(text[:low]) fits, measure(text[:high]) does not
    while high - low > 1:
        middle = (low + high) // 2
        if _measure(limit, text[:middle]) <= limit.size:
            low = middle
        else:
            high = middle
    return low


def _phrases(text: str, lex: Lexicon, kinds: Collection[str] | None) -> list[Finding]:
    folded, origin = fold_with_map(text)
    out: list[Finding] = []
    for rule in lex.rules:
        if kinds is not None and rule.kind not in kinds:
            continue
        for match in rule.pattern.finditer(folded):
            if match.end() > match.start():
                start, end = original_span(text, origin, match.start(), match.end())
                out.append(Finding(start, end, rule.kind, rule.explanation))
    return out


def phrase_findings(
    text: str, language: str | None, kinds: Collection[str] | None = None
) -> list[Finding]:
    lex = lexicon(language)
    return _phrases(text, lex, kinds) if lex else []


def _shouting(text: str, allow: frozenset[str], explanation: str) -> list[Finding]:
    out: list[Finding] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        loud = [m for m in run if len(m.group()) >= 4 and m.group() not in allow]
        wide = [m for m in run if len(m.group()) >= 2 and m.group() not in allow]
        if loud or len(wide) >= 3:
            out.append(Finding(run[0].start(), run[-1].end(), "shouting", explanation))
        run.clear()

    for match in _LETTERS.finditer(text):
        word = match.group()
        if word.isupper():
            gap = text[run[-1].end() : match.start()] if run else ""
            if run and (len(gap) > 3 or any(ch.isalnum() for ch in gap)):
                close()
            run.append(match)
        elif run:
            close()
    if run:
        close()
    out.extend(
        Finding(m.start(), m.end(), "shouting", explanation)
        for m in _PUNCTUATION_RUN.finditer(text)
    )
    return out


def normalise_for_generic(text: str) -> str:
    """The text that decides whether two replies are "the same": folded, without
    punctuation, numbers as 0, and without a short greeting ("Hi Tom,") or signature ("Maya")
    so that changing only the name does not make a reply personal."""
    folded = fold_text(text).strip()
    greeting = re.match(r"^([^,،.!?\n]{0,40})[,،!]", folded)
    if greeting and len(greeting.group(1).split()) <= 4:
        folded = folded[greeting.end() :]
    last = re.search(r"[.!?؟۔]([^.!?؟۔]*)$", folded)
    if last and 0 < len(last.group(1).split()) <= 3:
        folded = folded[: last.start()]
    words = re.findall(r"\w+", re.sub(r"\d+", "0", folded))
    return " ".join(words)


def check(
    text: str,
    language: str | None,
    *,
    answering_criticism: bool,
    max_length: LengthLimit | None = None,
    sent_before: Mapping[str, int] | None = None,
    spelling: bool = True,
    known_words: Collection[str] = (),
) -> list[Finding]:
    """Findings for a draft reply, sorted by position. ``known_words`` (the customer's and
    the business's names ...) are never spelling mistakes."""
    if not text.strip():
        return []
    lang = base_language(language)
    lex = lexicon(lang)
    explain = lex.explanations if lex else common_explanations()
    findings: list[Finding] = []
    if lex:
        findings.extend(_phrases(text, lex, None))
        folded = fold_with_map(text)[0]
        if answering_criticism:
            if lex.apology is not None and not lex.apology.search(folded):
                findings.append(
                    Finding(0, len(text), "missing_apology", explain["missing_apology"])
                )
            if lex.thanks is not None and not lex.thanks.search(folded):
                findings.append(Finding(0, len(text), "missing_thanks", explain["missing_thanks"]))
    findings.extend(
        _shouting(text, lex.shouting_allow if lex else frozenset(), explain["shouting"])
    )
    if max_length is not None:
        start = overflow_start(text, max_length)
        if start is not None:
            note = explain["too_long"].format(size=max_length.size, unit=max_length.unit)
            findings.append(Finding(start, len(text), "too_long", note))
    if sent_before:
        count = sent_before.get(normalise_for_generic(text), 0)
        if count >= GENERIC_THRESHOLD:
            note = explain["generic"].format(count=count)
            findings.append(Finding(0, len(text), "generic", note))
    if spelling:
        findings.extend(check_spelling(text, lang, known_words=known_words))
    return sorted(findings)
