"""Filling a template for one item; never leaves a raw {...} behind.

Template syntax (resources/templates/README.md has the long version):

- ``{author}``, ``{first_name}``, ``{business}``, ``{source}``, ``{signature}``,
  ``{contact}`` are replaced by their values;
- ``[[ ... ]]`` is an optional segment: it is kept only when every placeholder inside it
  has a value, otherwise it is dropped whole (so "Call me on {contact}." never becomes
  "Call me on ." );
- ``[[A||B||C]]`` keeps the first alternative whose placeholders all have values, e.g.
  ``[[Dear {first_name},||Hello,]]``; when none has, the segment is dropped;
- anything else is literal text. Segments do not nest. Braces never survive rendering.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

_PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")
_SEGMENT = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
# Bidi overrides/isolates in a name could reorder the reply around it (DESIGN.md §8).
_BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F])
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam"}
# Arabic names whose first word is not a name by itself: أبو فادي, عبد الله, أم علي.
_JOINED = {"ابو", "أبو", "ام", "أم", "عبد", "ابن", "بن", "بنت"}


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).translate(_BIDI).replace("{", "").replace("}", "").split())
    return text or None


def _is_name_word(word: str) -> bool:
    letters = [ch for ch in word if unicodedata.category(ch)[0] != "M"]
    return len(letters) > 1 and all(ch.isalpha() for ch in letters)


def _unshout(name: str) -> str:
    """An all-capitals name reads as shouting in a reply: "ΔΗΜΗΤΡΗΣ" -> "Δημητρης"."""
    return " ".join(
        w[:1] + w[1:].lower() if w.isupper() and len(w) > 1 else w for w in name.split()
    )


def first_name(author: str | None) -> str | None:
    """The name to greet someone by, or None when the author field is a handle, an e-mail
    address, a title or not a name; the name is used as given (no vocative or case forms)."""
    clean = _clean(author)
    if not clean or "@" in clean:
        return None
    words = [w.strip(".,") for w in clean.split()]
    word = words[0]
    if word.casefold() in _TITLES:
        return None
    if word in _JOINED and len(words) > 1 and _is_name_word(words[1]):
        word = f"{word} {words[1]}"
        return _unshout(word)
    return _unshout(word) if _is_name_word(word) else None


def context(
    item: Mapping[str, Any],
    *,
    business: str | None = None,
    signature: str | None = None,
    contact: str | None = None,
) -> dict[str, str | None]:
    """The placeholder values for an item (store rows say "author", domain Items
    "author_name")."""
    author = _clean(item.get("author") or item.get("author_name"))
    return {
        "author": _unshout(author) if author else None,
        "first_name": first_name(author),
        "source": _clean(item.get("source")),
        "business": _clean(business),
        "signature": _clean(signature),
        "contact": _clean(contact),
    }


def render(body: str, values: Mapping[str, str | None]) -> str:
    """The template body with its placeholders and optional segments resolved."""

    def value(name: str) -> str | None:
        return _clean(values.get(name))

    def segment(match: re.Match[str]) -> str:
        for alternative in match.group(1).split("||"):
            if all(value(n) for n in _PLACEHOLDER.findall(alternative)):
                return alternative
        return ""

    text = _SEGMENT.sub(segment, body)
    text = _PLACEHOLDER.sub(lambda m: value(m.group(1)) or "", text)
    text = text.replace("{", "").replace("}", "").replace("[[", "").replace("]]", "")
    return tidy(text)


def tidy(text: str) -> str:
    """Spacing left by dropped segments: no space before punctuation, no doubled spaces,
    no blank lines at the ends."""
    text = re.sub(r"[ \t]+([,.!?;:،؛؟۔])", r"\1", text)
    text = re.sub(r"([,،])(?:\s*[,،])+", r"\1", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n[ \t]+", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def render_template(
    body: str, item: Mapping[str, Any], extra: Mapping[str, str | None] | None = None
) -> str:
    """Render for an item, with business/signature/contact (or overrides) in ``extra``."""
    values = context(item)
    values.update({k: _clean(v) for k, v in (extra or {}).items()})
    return render(body, values)
