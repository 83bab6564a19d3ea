"""Folding of text for full-text search in our users' languages.

SQLite's unicode61 tokenizer folds Latin accents only: it splits Arabic words at harakat,
treats hamza forms, taa marbuta and alef maksura as different letters and keeps Greek tonos.
We index a folded copy of the text and fold the query the same way; stored text stays exact.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_LETTER_MAP = str.maketrans(
    {
        "\u0640": None,  # tatweel (a stretching stroke, not a letter)
        "\u0629": "\u0647",  # ة taa marbuta -> ه
        "\u06c3": "\u0647",  # ۃ Urdu taa marbuta goal -> ه
        "\u06c1": "\u0647",  # ہ Urdu heh goal -> ه
        "\u06be": "\u0647",  # ھ Urdu do-chashmi heh -> ه
        "\u06d5": "\u0647",  # ە ae
        "\u0649": "\u064a",  # ى alef maksura -> ي
        "\u06cc": "\u064a",  # ی Farsi/Urdu yeh -> ي
        "\u06d2": "\u064a",  # ے Urdu yeh barree -> ي
        "\u06a9": "\u0643",  # ک keheh -> ك
        "\u0671": "\u0627",  # ٱ alef wasla -> ا
        "\u0621": None,  # a lone hamza is spelled inconsistently; drop it
        "\u200c": None,  # zero-width non-joiner (Urdu/Persian word-internal)
        "\u200d": None,
        "\u00df": "ss",
    }
)
# Arabic-Indic and Extended Arabic-Indic digits -> ASCII, so "٣" finds "3".
_LETTER_MAP.update({0x0660 + d: str(d) for d in range(10)})
_LETTER_MAP.update({0x06F0 + d: str(d) for d in range(10)})

_TOKEN = re.compile(r"\w+")
_ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]")
# Proclitics that attach to an Arabic word: the article and the conjunctions/prepositions
# that precede it. Longest first, so "وال" wins over "و".
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف")


class _FoldTable(dict[int, "str | int | None"]):
    """str.translate table, filled on first sight of each code point: marks (Mn, Me, Cf)
    are dropped, variants mapped by _LETTER_MAP, everything else kept. One C-level pass
    instead of a Python generator call per character."""

    def __missing__(self, cp: int) -> str | int | None:
        if unicodedata.category(chr(cp)) in ("Mn", "Me", "Cf"):
            value: str | int | None = None
        else:
            value = _LETTER_MAP.get(cp, cp)
        self[cp] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Case-, accent- and variant-folded text (one string, same word boundaries)."""
    if text.isascii():
        return text.casefold()  # nothing to decompose, drop or map
    # Dropping marks removes harakat, shadda, hamza above/below (أ إ آ ؤ ئ decompose to a
    # base letter plus a mark), Greek tonos/dialytika and Latin accents in one step.
    return unicodedata.normalize("NFKD", text).translate(_FOLD_TABLE).casefold()


def stem_arabic(token: str) -> str:
    """Strip one leading proclitic from a folded Arabic-script word, keeping a real stem."""
    if not "\u0600" <= token[:1] <= "\u06ff":
        return token
    for prefix in _PROCLITICS:
        rest = token[len(prefix) :]
        # A single-letter clitic (و ف) only goes when three letters remain: "ولد" stays whole
        # while "ونظيف" gives "نظيف"; the article may leave two ("الجو" -> "جو").
        minimum = 3 if len(prefix) == 1 else 2
        if token.startswith(prefix) and len(rest) >= minimum:
            return rest
    return token


@functools.lru_cache(maxsize=1 << 16)
def _index_token(token: str) -> str:
    stem = stem_arabic(token)
    # Both forms: the stem for whole-word queries, the full form for prefixes typed while
    # the user is still writing "الم..."
    return token if stem == token else f"{token} {stem}"


def index_text(*parts: str | None) -> str:
    """The text put in the search index for these fields."""
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        folded = fold(part)
        tokens = _TOKEN.findall(folded)
        if _ARABIC_LETTERS.search(folded):
            out.extend(map(_index_token, tokens))
        else:
            out.extend(tokens)  # no Arabic-script word: nothing to stem
    return " ".join(out)


def query_terms(text: str) -> list[str]:
    """Folded search terms of a user's query."""
    return [stem_arabic(t) for t in _TOKEN.findall(fold(text))]


def fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression: every term must appear; the last may be a prefix.

    Terms are quoted, so FTS5 operators typed by the user (AND, NEAR, *, quotes) are plain
    words. Returns None when the query has no searchable term.
    """
    terms = query_terms(text)
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    # Short prefixes match a large part of the index ("ال"* covers 300k of 1M items and
    # costs 200 ms to merge): a prefix from three letters on, a whole word below that.
    if prefix_last and len(terms[-1]) >= 3:
        quoted[-1] += "*"
    return " ".join(quoted)
