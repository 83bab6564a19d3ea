"""Offline spelling for reply drafts: hunspell dictionaries from Debian (en_US + en_GB, ar,
el), converted by ``dictbuild`` and checked by ``affixdict`` in pure Python, so it works
installed, frozen and without a network. There is no Urdu dictionary anywhere we can ship
(Debian has none): Urdu drafts get no spelling findings and ``spelling_available("ur")`` is
False so the UI can say so.

Words are checked with the dictionary of their script: Latin words in an Arabic or Greek
reply against English, Greek words against Greek, Arabic-script words against Arabic only
in Arabic replies. Words in capitals, with digits, single letters, URLs, e-mail addresses,
@handles and #tags are skipped, and so are ``known_words`` (names).
"""

from __future__ import annotations

import functools
import lzma
import re
from collections.abc import Collection

from repman.replies._resources import cached, resource
from repman.replies.affixdict import AffixDictionary
from repman.replies.findings import Finding
from repman.replies.folding import fold_text
from repman.replies.lexicon import base_language, common_explanations

# language -> dictionaries (a word is right if any of them knows it)
DICTIONARIES: dict[str, tuple[str, ...]] = {"en": ("en_US", "en_GB"), "ar": ("ar",), "el": ("el",)}
UNAVAILABLE_NOTE = {
    "ur": "No Urdu spelling dictionary exists that Repman can ship; Urdu replies are not "
    "spell-checked.",
}

_MARKS = "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
_WORD = re.compile(rf"(?:[^\W\d_][{_MARKS}]*)+(?:['’](?:[^\W\d_][{_MARKS}]*)+)*")
_SKIP = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+|[@#]\w+|\w*\d\w*")
_ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz'",
    "el": "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
    "ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
}


def _script(ch: str) -> str:
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "en"
    if 0x370 <= code < 0x400 or 0x1F00 <= code < 0x2000:
        return "el"
    if 0x600 <= code < 0x780 or 0x8A0 <= code < 0x900 or 0xFB50 <= code < 0xFF00:
        return "ar"
    return ""


def spelling_available(language: str | None) -> bool:
    return base_language(language) in DICTIONARIES


def _load(name: str) -> AffixDictionary:
    data = resource("dictionaries", f"{name}.dic.xz").read_bytes()
    return AffixDictionary(lzma.decompress(data).decode("utf-8"))


def dictionary(name: str) -> AffixDictionary:
    return cached(("dictionary", name), lambda: _load(name))


def warm_up(language: str | None) -> None:
    """Load a language's dictionaries (a worker thread can do this before the first check)."""
    for name in DICTIONARIES.get(base_language(language), ()):
        dictionary(name)


@functools.lru_cache(maxsize=65536)
def is_known(word: str, script: str) -> bool:
    """Whether any dictionary of the script knows the word as written or in the case it
    would have at the start of a sentence."""
    for name in DICTIONARIES.get(script, ()):
        d = dictionary(name)
        prepared = d.prepare(word.replace("’", "'"))
        forms = [prepared]
        if prepared[:1].isupper():
            forms.append(prepared[:1].lower() + prepared[1:])
        if any(d.check(form) for form in forms):
            return True
    return False


def misspelled(
    text: str, language: str | None, known_words: Collection[str] = ()
) -> list[tuple[int, int]]:
    """Spans of the words no dictionary of the reply's language knows."""
    lang = base_language(language)
    if lang not in DICTIONARIES:
        return []
    skipped = [m.span() for m in _SKIP.finditer(text)]
    known = {w.casefold() for name in known_words for w in _WORD.findall(name)}
    out: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = match.group().strip("'’")
        script = _script(word[0]) if word else ""
        if script not in DICTIONARIES or (script == "ar" and lang != "ar"):
            continue
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2 or word.isupper() or word.casefold() in known:
            continue
        if any(s <= match.start() < e for s, e in skipped):
            continue
        if not is_known(word, script):
            out.append(match.span())
    return out


def check_spelling(
    text: str, language: str | None, known_words: Collection[str] = ()
) -> list[Finding]:
    explanation = common_explanations()["spelling"]
    return [
        Finding(s, e, "spelling", explanation) for s, e in misspelled(text, language, known_words)
    ]


def suggestions(word: str, language: str | None, limit: int = 5) -> list[str]:
    """Dictionary words one edit away (a letter missing, extra, wrong or swapped), accent
    and hamza fixes first."""
    script = _script(word[0]) if word else ""
    alphabet = _ALPHABETS.get(script, "")
    if not alphabet or base_language(language) not in DICTIONARIES:
        return []
    lower = word.lower()
    splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    candidates = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    candidates += [a + c + b[1:] for a, b in splits if b for c in alphabet]
    candidates += [a + b[1:] for a, b in splits if b]
    candidates += [a + c + b for a, b in splits for c in alphabet]
    key = fold_text(lower)
    ranked = sorted(dict.fromkeys(candidates), key=lambda c: fold_text(c) != key)
    out: list[str] = []
    for candidate in ranked:
        if candidate != lower and is_known(candidate, script):
            out.append(
                word[:1] + candidate[1:]
                if word[:1].isupper() and candidate[:1] == lower[:1]
                else candidate
            )
            if len(out) >= limit:
                break
    return out
