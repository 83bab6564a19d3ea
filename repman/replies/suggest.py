"""Reply suggestions for an item: the templates that fit it best, already personalised.

Order (DESIGN.md §5, PRODUCT.md point 2):
1. the right kind: criticism gets calm criticism replies, praise gets a thank-you;
2. the item's language, then English (other languages only when the item's is unknown);
3. the item's category, then "other" as the fallback; unrelated categories last;
4. within those, replies that fit the site's length limit before those that do not;
5. user templates and saved good replies alongside built-ins of the same fit (first on a tie:
   the team wrote them); then short ones when the site is short, full ones otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from repman.replies.lexicon import base_language
from repman.replies.render import context, render
from repman.replies.templates import Template
from repman.replies.tone import LengthLimit, _measure

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Suggestion:
    template: Template
    text: str  # rendered for this item
    length: int  # measured the way the site counts (characters without a limit)
    fits: bool  # within the site's limit (True without a limit)
    match: str  # "best", "fallback_category", "fallback_language", ... for the UI

    def to_json(self) -> dict[str, Any]:
        return {
            "template_id": self.template.db_id,
            "template_key": self.template.id,
            "name": self.template.name,
            "language": self.template.language,
            "category": self.template.category,
            "kind": self.template.kind,
            "builtin": self.template.builtin,
            "short": self.template.short,
            "text": self.text,
            "length": self.length,
            "fits": self.fits,
            "match": self.match,
        }


@dataclass(frozen=True)
class _Limit:
    size: int
    unit: str = "characters"


def wanted_kind(item: Mapping[str, Any]) -> str | None:
    """ "criticism", "praise", or None when nothing says which."""
    if item.get("is_criticism"):
        return "criticism"
    rating = item.get("rating")
    if rating is not None:
        return "criticism" if int(rating) <= 3 else "praise"
    if item.get("is_criticism") is not None:
        return "praise"
    sentiment = item.get("sentiment")
    if sentiment is not None:
        return "criticism" if float(sentiment) < 0 else "praise"
    return None


def suggest(
    item: Mapping[str, Any],
    templates: Sequence[Template],
    *,
    business: str | None,
    signature: str | None,
    contact: str | None,
    limit: int | None = None,
    max_length: LengthLimit | int | None = None,
) -> list[Suggestion]:
    """Templates ranked for the item and rendered for it; ``limit`` caps how many,
    ``max_length`` is the site's reply limit (a ReplyLimit, or a number of characters)."""
    kind = wanted_kind(item)
    language = base_language(item.get("language"))
    category = item.get("category") or "other"
    site_limit: LengthLimit | None = (
        _Limit(max_length) if isinstance(max_length, int) else max_length
    )
    values = context(item, business=business, signature=signature, contact=contact)
    ranked: list[tuple[tuple[int, ...], str, Suggestion]] = []
    for template in templates:
        t_lang = base_language(template.language)
        if t_lang == language:
            lang_rank = 0
        elif t_lang == FALLBACK_LANGUAGE:
            lang_rank = 1
        elif not language:
            lang_rank = 2
        else:
            continue  # a reply the customer may not read is no suggestion
        kind_rank = 0 if kind is None or template.kind == kind else 1
        cat_rank = 0 if template.category == category else 1 if template.category == "other" else 2
        text = render(template.body, values)
        length = _measure(site_limit, text) if site_limit else len(text)
        fits = site_limit is None or length <= site_limit.size
        short_rank = int(template.short) if site_limit is None else int(not template.short)
        key = (
            kind_rank,
            lang_rank,
            int(cat_rank == 2),
            int(not fits),
            cat_rank,
            int(template.builtin),
            short_rank,
        )
        match = (
            "other_kind"
            if kind_rank
            else "fallback_language"
            if lang_rank
            else "other_category"
            if cat_rank == 2
            else "fallback_category"
            if cat_rank == 1
            else "best"
        )
        ranked.append((key, template.id, Suggestion(template, text, length, fits, match)))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    out = [entry[2] for entry in ranked]
    return out[:limit] if limit is not None else out
