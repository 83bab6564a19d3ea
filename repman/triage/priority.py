"""Priority of an item in the inbox: pure arithmetic on its stored fields and the time.

Bands, so that no weighting can reorder them:
  open criticism      200 + urgency
  other open items    100 + urgency
  answered / closed / ignored   0 + a little of the urgency (never 100 or more)
Urgency (0 .. URGENCY_MAX < 100) adds up
  severity   how bad the rating is (1 star worst), or the text's sentiment without a rating,
  age        how far past its response target the item is (targets: 1 h for criticism, 24 h
             otherwise, configurable): it climbs until the target and keeps climbing, slower,
             once overdue, so the oldest unanswered item of a band comes first,
  visibility how many future customers see the site (visibility.json: a Google review more
             than a Hacker News comment).
Age changes the score, so open items need a periodic refresh: the function is cheap enough to
call for every open item (a few multiplications, no I/O once the table is loaded).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from repman.domain import (
    CRITICISM_TARGET_HOURS,
    DEFAULT_TARGET_HOURS,
    OPEN_STATUSES,
    PriorityFn,
    parse_iso,
)
from repman.triage.lexicons import Lazy, read_json

OPEN_CRITICISM = 200.0
OPEN = 100.0
CLOSED_SHARE = 0.3  # closed items keep a little of their urgency, to order the closed band

SEVERITY_MAX = 35.0
AGE_MAX = 35.0
OVERDUE_STEP = 10.0  # reached the target: a visible jump
VISIBILITY_MAX = 19.0
URGENCY_MAX = SEVERITY_MAX + AGE_MAX + VISIBILITY_MAX  # 89 < 100: bands never overlap

_OPEN = frozenset(status.value for status in OPEN_STATUSES)


@dataclass(frozen=True)
class Targets:
    """Response targets in hours (PRODUCT.md: 1 hour for criticism, 24 hours otherwise)."""

    criticism_hours: float = CRITICISM_TARGET_HOURS
    other_hours: float = DEFAULT_TARGET_HOURS

    def hours(self, is_criticism: bool) -> float:
        return self.criticism_hours if is_criticism else self.other_hours


@dataclass(frozen=True)
class Visibility:
    kinds: dict[str, float]
    default: float

    def of(self, kind: str | None) -> float:
        weight = self.kinds.get(kind or "", self.default)
        return min(max(weight, 0.0), 1.0)


def _load_visibility() -> Visibility:
    data = read_json("visibility.json")
    return Visibility(
        kinds={k: float(v) for k, v in data["kinds"].items()}, default=float(data["default"])
    )


VISIBILITY: Lazy[Visibility] = Lazy(_load_visibility)


def severity(rating: int | None, sentiment: float | None) -> float:
    """0 (5 stars, or praise) .. SEVERITY_MAX (1 star, or the most negative text)."""
    if rating is not None:
        stars = min(max(rating, 1), 5)
        return SEVERITY_MAX * (5 - stars) / 4
    if sentiment is not None and sentiment < 0:
        return SEVERITY_MAX * min(-sentiment, 1.0)
    return 0.0


def age_points(age_hours: float, target_hours: float) -> float:
    """0 when new; AGE_MAX/2 + OVERDUE_STEP at the target; creeps towards AGE_MAX after."""
    if age_hours <= 0:
        return 0.0
    ratio = age_hours / max(target_hours, 1e-6)
    if ratio < 1:
        return (AGE_MAX - OVERDUE_STEP) / 2 * ratio
    # Overdue: the rest of the range, filled slowly (half of it at 3x the target).
    rest = AGE_MAX - OVERDUE_STEP - (AGE_MAX - OVERDUE_STEP) / 2
    start = (AGE_MAX - OVERDUE_STEP) / 2 + OVERDUE_STEP
    return start + rest * (1 - math.exp(-(ratio - 1) * math.log(2) / 2))


def priority(
    status: str,
    is_criticism: bool,
    rating: int | None,
    sentiment: float | None,
    created_at: str | datetime,
    source_kind: str | None,
    now: datetime,
    targets: Targets | None = None,
    visibility: Mapping[str, float] | None = None,
) -> float:
    """The inbox order of an item; higher comes first.

    created_at is the stored UTC ISO string (or a datetime); visibility overrides the table
    from visibility.json (kind -> 0..1).
    """
    targets = targets or Targets()
    created = parse_iso(created_at) if isinstance(created_at, str) else created_at
    age_hours = (now - created).total_seconds() / 3600
    if visibility is not None:
        seen = min(max(visibility.get(source_kind or "", VISIBILITY.get().default), 0.0), 1.0)
    else:
        seen = VISIBILITY.get().of(source_kind)
    weight = severity(rating, sentiment) + VISIBILITY_MAX * seen
    if str(status) not in _OPEN:
        return round(CLOSED_SHARE * weight, 2)
    urgency = weight + age_points(age_hours, targets.hours(is_criticism))
    return round((OPEN_CRITICISM if is_criticism else OPEN) + urgency, 2)


def targets_from(settings: Mapping[str, str]) -> Targets:
    """The inbox's response targets (settings table), the product's defaults otherwise."""

    def hours(key: str, default: float) -> float:
        try:
            value = float(settings.get(key) or default)
        except ValueError:
            return default
        return value if value > 0 else default

    return Targets(
        hours("target_criticism_hours", CRITICISM_TARGET_HOURS),
        hours("target_default_hours", DEFAULT_TARGET_HOURS),
    )


def for_inbox(settings: Mapping[str, str]) -> PriorityFn:
    """The store's priority function for an inbox with these settings."""
    targets = targets_from(settings)

    def score(
        status: str,
        is_criticism: bool,
        rating: int | None,
        sentiment: float | None,
        created_at: str,
        source_kind: str | None,
        now: datetime,
    ) -> float:
        return priority(
            status, is_criticism, rating, sentiment, created_at, source_kind, now, targets
        )

    return score
