"""Triage of incoming items: language, criticism, category, priority, routing.

This first version uses the star rating and the script of the text; the lexicon-based
text analysis comes with the calm-replies work.
"""

from __future__ import annotations

import re

from repman.domain import Assessment, Item, criticism_from_rating

# Letters that Urdu uses and Arabic does not (tech-notes §5): with any of them, it is Urdu.
_URDU_ONLY = re.compile(
    "[\u06d2\u06ba\u06c1\u0679\u0688\u0691\u06be\u06cc\u06a9\u06af\u067e\u0686]"
)
_ARABIC = re.compile("[\u0600-\u06ff]")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_LATIN = re.compile("[A-Za-z]")


def guess_language(text: str) -> str | None:
    """A script-based guess, good enough to route; returns None when unsure."""
    arabic = len(_ARABIC.findall(text))
    greek = len(_GREEK.findall(text))
    latin = len(_LATIN.findall(text))
    if not (arabic or greek or latin):
        return None
    if arabic >= max(greek, latin):
        return "ur" if _URDU_ONLY.search(text) else "ar"
    if greek >= latin:
        return "el"
    return "en"


def assess(item: Item) -> Assessment:
    by_rating = criticism_from_rating(item.rating)
    language = item.language or guess_language(f"{item.title or ''} {item.text}")
    if by_rating is None:
        return Assessment(language=language)
    return Assessment(
        language=language,
        is_criticism=by_rating.is_criticism,
        sentiment=by_rating.sentiment,
    )
