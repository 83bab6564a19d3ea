"""The tone check's phrase lists (resources/tone/<language>.json), compiled for folded text.

Phrase syntax (resources/tone/README.md): words are matched whole, folded (case, accents,
harakat, hamza and alef variants, Urdu/Arabic letter variants ignored), with any whitespace
between them; a word ending in ``*`` matches any word starting so; an entry starting with
``re:`` is a regular expression over folded text (its letters are folded for you).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from repman.replies._resources import cached, read_json, resource_names
from repman.replies.folding import fold_pattern, fold_text

PHRASE_KINDS = ("defensive", "blame", "dismissive", "promise")


@dataclass(frozen=True)
class Rule:
    kind: str
    explanation: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    language: str
    rules: tuple[Rule, ...]
    apology: re.Pattern[str] | None
    thanks: re.Pattern[str] | None
    shouting_allow: frozenset[str]
    explanations: dict[str, str]


def _phrase_regex(phrase: str) -> str:
    if phrase.startswith("re:"):
        return f"(?:{fold_pattern(phrase[3:])})"
    words = []
    for word in fold_text(phrase).split():
        if word.endswith("*"):
            words.append(re.escape(word[:-1]) + r"\w*")
        else:
            words.append(re.escape(word) + r"(?!\w)")
    return r"\s+".join(words)


def compile_phrases(phrases: list[str], proclitics: str = "") -> re.Pattern[str] | None:
    """One pattern for a list of phrases, longest first, whole words only; ``proclitics``
    are letters that may be glued to the first word (Arabic و ف) without being matched."""
    if not phrases:
        return None
    body = "|".join(_phrase_regex(p) for p in sorted(phrases, key=len, reverse=True))
    left = r"(?<!\w)"
    if proclitics:
        left = rf"(?:(?<!\w)|(?<=(?<!\w)[{re.escape(fold_text(proclitics))}]))"
    return re.compile(f"{left}(?:{body})")


def _load(language: str) -> Lexicon | None:
    if language == "common" or f"{language}.json" not in resource_names("tone", ".json"):
        return None
    common = read_json("tone", "common.json")
    data = read_json("tone", f"{language}.json")
    proclitics = data.get("proclitics", "")
    rules: list[Rule] = []
    for kind in PHRASE_KINDS:
        for group in data.get("kinds", {}).get(kind, []):
            pattern = compile_phrases(group["phrases"], proclitics)
            if pattern is not None:
                rules.append(Rule(kind, group["explanation"], pattern))
    markers = data.get("markers", {})
    explanations = dict(common["explanations"])
    explanations.update(data.get("explanations", {}))
    return Lexicon(
        language=language,
        rules=tuple(rules),
        apology=compile_phrases(markers.get("apology", []), proclitics),
        thanks=compile_phrases(markers.get("thanks", []), proclitics),
        shouting_allow=frozenset(w.upper() for w in data.get("shouting_allow", [])),
        explanations=explanations,
    )


def base_language(language: str | None) -> str:
    """ "en-GB" / "el_GR" / "EN" -> "en"; None -> ""."""
    return re.split(r"[-_]", language or "")[0].lower()


def lexicon(language: str | None) -> Lexicon | None:
    """The compiled lexicon of a language, or None when there is no file for it."""
    lang = base_language(language)
    return cached(("tone", lang), lambda: _load(lang)) if lang else None


def common_explanations() -> dict[str, str]:
    data = cached(("tone", "common"), lambda: read_json("tone", "common.json"))
    return dict(data["explanations"])
