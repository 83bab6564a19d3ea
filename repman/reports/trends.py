"""Weekly trends for the dashboard, computed from streamed items and status events.

Definitions follow metrics.py (response rate leaves out items deliberately ignored and never
answered; response time is first_response_at - created_at). Weeks start on Monday at 00:00 in
the user's time zone, so an item written on Sunday night in Karachi is in the week it was
Sunday there, not the week UTC says; DST shifts are taken from the zone at each moment.

- Rates, median response time and average rating of week W are over the items created in W.
- Open criticism at the end of W counts criticism items open (new / in progress) at that
  moment: +1 when one is created, -1 when it leaves an open status, +1 when it is reopened,
  replayed from the events log. For the current week that is the count now.
- Top complaint categories are the categories of criticism items created in the window.

Memory stays bounded by the window and the number of sites and categories (the response times
of the window's answered items are kept for exact medians); the items themselves are streamed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from repman.domain import OPEN_STATUSES, parse_iso, utcnow
from repman.reports.metrics import Tally, week_start
from repman.store import InboxFilter, Sort, Store

_OPEN = frozenset(s.value for s in OPEN_STATUSES)
TOP_CATEGORIES = 5
FACET_SAMPLE = 2000
_CHECK_EVERY = 2000  # rows between looks at the stop flag


class Stopped(Exception):
    """The caller asked the computation to stop (the window is closing); no result."""


@dataclass(frozen=True)
class Summary:
    items: int
    response_rate: float | None
    criticism_response_rate: float | None
    median_hours: float | None
    average_rating: float | None


@dataclass(frozen=True)
class SiteTrend(Summary):
    weekly_response_rate: list[float | None]


@dataclass(frozen=True)
class Facets:
    """The values the inbox filters can offer: what the items actually hold."""

    languages: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    assignees: frozenset[str] = frozenset()

    def merged(self, other: Facets) -> Facets:
        return Facets(
            self.languages | other.languages,
            self.categories | other.categories,
            self.assignees | other.assignees,
        )


@dataclass(frozen=True)
class Trends:
    weeks: list[date]  # the Monday of each week, oldest first; the last holds `now`
    response_rate: list[float | None]
    criticism_response_rate: list[float | None]
    median_hours: list[float | None]
    average_rating: list[float | None]
    open_criticism: list[int]
    categories: dict[str, list[int]]  # top complaint categories, most frequent first
    by_site: dict[str, SiteTrend]
    total: Summary
    facets: Facets


def _summary(t: Tally) -> Summary:
    return Summary(
        t.items,
        t.response_rate(),
        t.criticism_response_rate(),
        t.median_hours(),
        t.average_rating(),
    )


class _Weeks:
    def __init__(self, now: datetime, weeks: int, tz: tzinfo | None) -> None:
        self.tz = tz
        last = week_start(now, tz)
        self.starts = [last - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]

    def index(self, iso: str | None) -> int | None:
        """The week of a stored time: its index, -1 before the window, None after or unknown."""
        if not iso:
            return None
        try:
            moment = parse_iso(iso)
        except ValueError:
            return None
        n = (week_start(moment, self.tz) - self.starts[0]).days // 7
        if n < 0:
            return -1
        return n if n < len(self.starts) else None


class _FacetSets:
    def __init__(self) -> None:
        self.sets: dict[str, set[str]] = {"language": set(), "category": set(), "assignee": set()}

    def add(self, item: dict[str, Any]) -> None:
        for key, values in self.sets.items():
            if item.get(key):
                values.add(str(item[key]))

    def facets(self) -> Facets:
        s = self.sets
        return Facets(frozenset(s["language"]), frozenset(s["category"]), frozenset(s["assignee"]))


def facets(items: Iterable[dict[str, Any]]) -> Facets:
    found = _FacetSets()
    for item in items:
        found.add(item)
    return found.facets()


def compute(
    items: Iterable[dict[str, Any]],
    criticism_events: Iterable[dict[str, Any]],
    *,
    now: datetime,
    weeks: int = 12,
    tz: tzinfo | None = None,
    top: int = TOP_CATEGORIES,
    stop: Callable[[], bool] | None = None,
) -> Trends:
    """`items`: every item (any order); `criticism_events`: the events of criticism items.

    `stop` is asked now and then; when it says True, Stopped is raised.
    """
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    calendar = _Weeks(now, weeks, tz)
    n = len(calendar.starts)
    per_week = [Tally() for _ in range(n)]
    total = Tally()
    sites: dict[str, tuple[Tally, list[Tally]]] = {}
    category_weeks: dict[str, list[int]] = {}
    open_delta = [0] * n
    open_before = 0
    found = _FacetSets()

    def shift(week: int | None, delta: int) -> None:
        nonlocal open_before
        if week == -1:
            open_before += delta
        elif week is not None:
            open_delta[week] += delta

    for seen, item in enumerate(items):
        if stop is not None and seen % _CHECK_EVERY == 0 and stop():
            raise Stopped
        found.add(item)
        week = calendar.index(item.get("created_at"))
        criticism = bool(item.get("is_criticism"))
        if criticism:
            shift(week, 1)  # every item starts as new, an open status
        if week is None or week < 0:
            continue
        per_week[week].add(item)
        total.add(item)
        site_total, site_weeks = sites.setdefault(
            str(item.get("source") or ""), (Tally(), [Tally() for _ in range(n)])
        )
        site_total.add(item)
        site_weeks[week].add(item)
        if criticism and item.get("category"):
            category_weeks.setdefault(str(item["category"]), [0] * n)[week] += 1

    for seen, event in enumerate(criticism_events):
        if stop is not None and seen % _CHECK_EVERY == 0 and stop():
            raise Stopped
        if event.get("action") != "status":
            continue
        delta = (event.get("to_status") in _OPEN) - (event.get("from_status") in _OPEN)
        if delta:
            shift(calendar.index(event.get("at")), delta)

    open_counts, running = [], open_before
    for delta in open_delta:
        running += delta
        open_counts.append(running)
    ranked = sorted(category_weeks.items(), key=lambda kv: (-sum(kv[1]), kv[0]))[:top]
    return Trends(
        weeks=calendar.starts,
        response_rate=[t.response_rate() for t in per_week],
        criticism_response_rate=[t.criticism_response_rate() for t in per_week],
        median_hours=[t.median_hours() for t in per_week],
        average_rating=[t.average_rating() for t in per_week],
        open_criticism=open_counts,
        categories=dict(ranked),
        by_site={
            name: SiteTrend(
                **asdict(_summary(site_total)),
                weekly_response_rate=[t.response_rate() for t in site_weeks],
            )
            for name, (site_total, site_weeks) in sorted(sites.items())
        },
        total=_summary(total),
        facets=found.facets(),
    )


def trends(
    store: Store,
    *,
    now: datetime | None = None,
    weeks: int = 12,
    tz: tzinfo | None = None,
    stop: Callable[[], bool] | None = None,
) -> Trends:
    """The dashboard's numbers: one streamed pass over the items, one over criticism events."""
    return compute(
        store.iter_items(InboxFilter()),
        store.events_log(InboxFilter(criticism=True)),
        now=now or utcnow(),
        weeks=weeks,
        tz=tz,
        stop=stop,
    )


def recent_facets(store: Store, sample: int = FACET_SAMPLE) -> Facets:
    """Filter choices from the newest items: one indexed page, cheap enough for startup.

    The dashboard's full pass adds what older items hold.
    """
    rows, _ = store.inbox_page(InboxFilter(), Sort.NEWEST, limit=sample)
    return facets(rows)
