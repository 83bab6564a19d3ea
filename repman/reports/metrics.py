"""Response metrics. Definitions (also in README.md):

- items: items created in the period (and matching the filters).
- answered: those with a first response (first_response_at set), whenever it came.
- response_rate: answered / (items - ignored items that were never answered); an item
  deliberately ignored needs no reply and does not count against the team.
- criticism_response_rate: the same over criticism only.
- median/p90_first_response_hours: over answered items, first_response_at - created_at.
- within_target_rate: answered items whose first response came within the target
  (1 h for criticism, 24 h otherwise), over items needing a response.
- overdue: open items (new / in progress) older than their target now, plus items with an open
  follow-up past its due date (each item counted once).
- open_followups: follow-ups not done, on the matching items.
"""

from __future__ import annotations

import statistics
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from repman.domain import (
    CRITICISM_TARGET_HOURS,
    DEFAULT_TARGET_HOURS,
    OPEN_STATUSES,
    Status,
    parse_iso,
    to_iso,
    utcnow,
)
from repman.store import InboxFilter, Store


@dataclass
class Tally:
    items: int = 0
    criticism: int = 0
    answered: int = 0
    criticism_answered: int = 0
    ignored: int = 0
    criticism_ignored: int = 0
    within_target: int = 0
    # Every response time is kept for exact medians: as C doubles, 8 bytes each instead of
    # a 32-byte float object (at 1M items, ~115 MB less for the four tallies an item is in).
    hours: array[float] = field(default_factory=lambda: array("d"))
    rated: int = 0
    rating_sum: int = 0

    def add(self, item: dict[str, Any]) -> None:
        criticism = bool(item.get("is_criticism"))
        hours = response_hours(item)
        self.items += 1
        self.criticism += criticism
        if item.get("rating") is not None:
            self.rated += 1
            self.rating_sum += int(item["rating"])
        if hours is None:
            if item.get("status") == Status.IGNORED:
                self.ignored += 1
                self.criticism_ignored += criticism
            return
        self.answered += 1
        self.criticism_answered += criticism
        self.hours.append(hours)
        if hours <= target_hours(criticism):
            self.within_target += 1

    def response_rate(self) -> float | None:
        return _ratio(self.answered, self.items - self.ignored)

    def criticism_response_rate(self) -> float | None:
        return _ratio(self.criticism_answered, self.criticism - self.criticism_ignored)

    def median_hours(self) -> float | None:
        return _quantile(self.hours, 0.5)

    def average_rating(self) -> float | None:
        return round(self.rating_sum / self.rated, 2) if self.rated else None


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole > 0 else None


def _quantile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 2)
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1], 2)


def response_hours(item: dict[str, Any]) -> float | None:
    if not item.get("first_response_at"):
        return None
    delta = parse_iso(item["first_response_at"]) - parse_iso(item["created_at"])
    return max(delta.total_seconds() / 3600, 0.0)


def target_hours(is_criticism: bool) -> float:
    return CRITICISM_TARGET_HOURS if is_criticism else DEFAULT_TARGET_HOURS


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of a moment in `tz`, or in the system's local zone when None."""
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def week_start(moment: datetime, tz: tzinfo | None = None) -> date:
    """The Monday of the local week that holds `moment`."""
    day = local_date(moment, tz)
    return day - timedelta(days=day.weekday())


def is_overdue(item: dict[str, Any], now: datetime) -> bool:
    """Open and older than its response target."""
    if item["status"] not in OPEN_STATUSES:
        return False
    age = (now - parse_iso(item["created_at"])).total_seconds() / 3600
    return age > target_hours(bool(item["is_criticism"]))


@dataclass
class Breakdown:
    overall: Tally = field(default_factory=Tally)
    by_source: dict[str, Tally] = field(default_factory=dict)
    # The person who sent the first response (items nobody answered are not anyone's).
    by_person: dict[str, Tally] = field(default_factory=dict)
    by_week: dict[str, Tally] = field(default_factory=dict)  # Monday of the local week
    categories: dict[str, int] = field(default_factory=dict)  # criticism per category
    overdue: set[int] = field(default_factory=set)


def compute(items: Iterable[dict[str, Any]], now: datetime, tz: tzinfo | None = None) -> Breakdown:
    out = Breakdown()
    for item in items:
        out.overall.add(item)
        out.by_source.setdefault(item["source"], Tally()).add(item)
        week = week_start(parse_iso(item["created_at"]), tz).isoformat()
        out.by_week.setdefault(week, Tally()).add(item)
        if item.get("first_reply_by"):
            out.by_person.setdefault(str(item["first_reply_by"]), Tally()).add(item)
        if item.get("is_criticism"):
            category = item.get("category") or "other"
            out.categories[category] = out.categories.get(category, 0) + 1
        if is_overdue(item, now):
            out.overdue.add(item["id"])
    return out


def _counted(
    items: Iterable[dict[str, Any]], progress: Callable[[int], None] | None
) -> Iterator[Any]:
    for count, item in enumerate(items, start=1):
        if progress and count % 1000 == 0:
            progress(count)
        yield item


def _summary(t: Tally) -> dict[str, Any]:
    return {
        "items": t.items,
        "answered": t.answered,
        "response_rate": t.response_rate(),
        "criticism_response_rate": t.criticism_response_rate(),
        "median_first_response_hours": t.median_hours(),
        "p90_first_response_hours": _quantile(t.hours, 0.9),
        "average_rating": t.average_rating(),
    }


def stats(
    store: Store,
    f: InboxFilter,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """The metrics of README.md; weeks are local weeks (Monday first) in tz, else the
    computer's own zone. `progress` is told every 1000 items read."""
    now = now or utcnow()
    found = compute(_counted(store.response_log(f), progress), now, tz)
    overall, by_source, overdue = found.overall, found.by_source, found.overdue
    overdue |= store.items_with_overdue_followups(f, to_iso(now))
    open_followups, overdue_followups = store.followup_counts(f, to_iso(now))
    return {
        "items": overall.items,
        "criticism": overall.criticism,
        "answered": overall.answered,
        "ignored": overall.ignored,
        "response_rate": overall.response_rate(),
        "criticism_response_rate": overall.criticism_response_rate(),
        "median_first_response_hours": overall.median_hours(),
        "p90_first_response_hours": _quantile(overall.hours, 0.9),
        "within_target_rate": _ratio(overall.within_target, overall.items - overall.ignored),
        "overdue": len(overdue),
        "open_followups": open_followups,
        "overdue_followups": overdue_followups,
        "average_rating": overall.average_rating(),
        "by_source": {
            name: {
                "items": t.items,
                "answered": t.answered,
                "response_rate": t.response_rate(),
                "median_first_response_hours": t.median_hours(),
            }
            for name, t in sorted(by_source.items())
        },
        "by_person": {name: _summary(t) for name, t in sorted(found.by_person.items())},
        "by_week": {week: _summary(t) for week, t in sorted(found.by_week.items())},
        "top_categories": dict(sorted(found.categories.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
