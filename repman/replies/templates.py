"""The reply template library: built-in templates are data, one JSON file per language under
resources/templates/; users' own templates come from the database as the same type."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from repman.replies._resources import cached, read_json, resource_names

CATEGORIES = (
    "waiting_time",
    "staff_attitude",
    "quality",
    "price_billing",
    "cleanliness",
    "order_accuracy",
    "delivery",
    "booking",
    "other",
)
KINDS = ("criticism", "praise")
PLACEHOLDERS = frozenset({"author", "first_name", "business", "source", "signature", "contact"})
# X allows 280 characters, Google Play 350: a template marked short is written to stay under
# the smaller with typical names and contact details filled in.
SHORT_LENGTH = 280

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Template:
    id: str  # stable: "en.waiting_time.criticism.1"; user templates "user.<db id>"
    name: str
    language: str
    category: str
    kind: str  # "criticism" | "praise"
    body: str
    short: bool = False
    builtin: bool = True
    db_id: int | None = None  # the row id once the template is in the database

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def seed_row(self) -> dict[str, Any]:
        """The mapping Store.seed_templates takes (the stable id becomes the row's key)."""
        return {
            "key": self.id,
            "name": self.name,
            "language": self.language,
            "category": self.category,
            "kind": self.kind,
            "body": self.body,
        }


def template_from_row(row: Mapping[str, Any]) -> Template:
    """A template row from the database (id, key, name, language, category, kind, body,
    builtin) as a Template; a missing kind or category reads as criticism / other."""
    body = str(row["body"])
    key = row.get("key")
    fits = len(body) <= SHORT_LENGTH
    short = cached(("templates", "short"), _short_by_id).get(str(key), fits) if key else fits
    return Template(
        id=str(key) if key else f"user.{row['id']}",
        name=str(row.get("name") or ""),
        language=str(row.get("language") or "en"),
        category=str(row.get("category") or "other"),
        kind=str(row.get("kind") or "criticism"),
        body=body,
        short=bool(short),
        builtin=bool(row.get("builtin")),
        db_id=int(row["id"]) if row.get("id") is not None else None,
    )


def problems(body: str) -> list[str]:
    """What is wrong with a template body: unknown placeholders, unbalanced [[ ]]."""
    out = [
        f"unknown placeholder {{{name}}}"
        for name in _PLACEHOLDER.findall(body)
        if name not in PLACEHOLDERS
    ]
    depth = 0
    for token in re.findall(r"\[\[|\]\]", body):
        depth += 1 if token == "[[" else -1
        if depth not in (0, 1):
            out.append("optional segments [[...]] must not nest or close before they open")
            break
    if depth > 0:
        out.append("an optional segment [[... is not closed with ]]")
    if re.sub(r"\{[^{}]*\}", "", body).count("{") or "}" in re.sub(r"\{[^{}]*\}", "", body):
        out.append("a stray { or }")
    return out


def _load() -> tuple[Template, ...]:
    out: list[Template] = []
    seen: set[str] = set()
    for name in resource_names("templates", ".json"):
        data = read_json("templates", name)
        language = data["language"]
        for raw in data["templates"]:
            template = Template(
                id=raw["id"],
                name=raw["name"],
                language=raw.get("language", language),
                category=raw["category"],
                kind=raw["kind"],
                body=raw["body"],
                short=bool(raw.get("short", False)),
            )
            bad = problems(template.body)
            if template.language != language or template.id in seen or bad:
                raise ValueError(f"template {template.id} in {name}: {bad or 'bad id/language'}")
            seen.add(template.id)
            out.append(template)
    return tuple(out)


def _short_by_id() -> dict[str, bool]:
    return {t.id: t.short for t in builtin_templates()}


def builtin_templates(language: str | None = None) -> list[Template]:
    """The built-in library, all languages or one."""
    every = cached(("templates",), _load)
    return [t for t in every if language is None or t.language == language]
