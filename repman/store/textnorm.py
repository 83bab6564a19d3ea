"""Folding of text for full-text search in our users' languages.

SQLite's unicode61 tokenizer folds Latin accents only: it splits Arabic words at harakat,
treats hamza forms, taa marbuta and alef maksura as different letters and keeps Greek tonos.
We index a folded copy of the text and fold the query the same way; stored text stays exact.
"""

from __future__ import annotations

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


def fold(text: str) -> str:
    """Case-, accent- and variant-folded text (one string, same word boundaries)."""
    decomposed = unicodedata.normalize("NFKD", text)
    # Dropping marks removes harakat, shadda, hamza above/below (أ إ آ ؤ ئ decompose to a
    # base letter plus a mark), Greek tonos/dialytika and Latin accents in one step.
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) not in ("Mn", "Me", "Cf"))
    return bare.translate(_LETTER_MAP).casefold()


def stem_arabic(token: str) -> str:
    """Strip one leading proclitic from a folded Arabic-script word, keeping a real stem."""
    if not _ARABIC_LETTERS.match(token):
        return token
    for prefix in _PROCLITICS:
        rest = token[len(prefix) :]
        # A single-letter clitic (و ف) only goes when three letters remain: "ولد" stays whole
        # while "ونظيف" gives "نظيف"; the article may leave two ("الجو" -> "جو").
        minimum = 3 if len(prefix) == 1 else 2
        if token.startswith(prefix) and len(rest) >= minimum:
            return rest
    return token


def index_text(*parts: str | None) -> str:
    """The text put in the search index for these fields."""
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        for token in _TOKEN.findall(fold(part)):
            out.append(token)
            stem = stem_arabic(token)
            if stem != token:
                # Both forms: the stem for whole-word queries, the full form for prefixes
                # typed while the user is still writing "الم..."
                out.append(stem)
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
    # A one-letter prefix matches most of the index: only worth it from two letters on.
    if prefix_last and len(terms[-1]) >= 2:
        quoted[-1] += "*"
    return " ".join(quoted)
