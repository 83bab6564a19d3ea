"""Filling a template's {placeholders} for one item; never leaves a raw {...} behind."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def first_name(author: str | None) -> str | None:
    if not author or "@" in author:
        return None
    word = author.split()[0].strip(".,")
    return word if word.isalpha() and len(word) > 1 else None


def render_template(
    body: str, item: Mapping[str, Any], extra: Mapping[str, str | None] | None = None
) -> str:
    values: dict[str, str | None] = {
        "author": item.get("author"),
        "first_name": first_name(item.get("author")),
        "source": item.get("source"),
    }
    values.update(extra or {})

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return value if value else ""

    text = _PLACEHOLDER.sub(fill, body)
    # A greeting whose name went missing ("Dear ,") loses its dangling comma and spaces.
    text = re.sub(r"[ \t]+([,.!?،؟])", r"\1", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"\{[^{}]*\}", "", text).strip()
