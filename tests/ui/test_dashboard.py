"""The dashboard page: computed in a worker when shown, numbers in tiles, charts that paint."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette

from repman.domain import ReplyState
from repman.reports.trends import Facets
from repman.store import InboxFilter, Store
from repman.ui.dashboard import Dashboard, build_charts
from repman.ui.workers import SyncPool, Workers, use_store

from .conftest import clock, hours_ago
from .windows import HeldPool


@pytest.fixture
def history(store: Store, add_item: Any) -> dict[str, int]:
    ids = {
        "cold": add_item("Cold food", rating=1, created_at=hours_ago(50), language="en"),
        "ok": add_item("Fine", rating=4, created_at=hours_ago(30), language="ar"),
        "late": add_item("Never came", rating=2, created_at=hours_ago(10)),
    }
    store.add_reply(ids["cold"], "Sorry", ReplyState.SENT, "Maya", at=hours_ago(48))  # 2 h
    store.add_reply(ids["ok"], "Thanks", ReplyState.SENT, "Maya", at=hours_ago(26))  # 4 h
    store.set_category(ids["late"], "delivery", "Maya")
    return ids


def make(qtbot: Any, workers: Workers) -> Dashboard:
    dashboard = Dashboard(workers, clock=clock)
    qtbot.addWidget(dashboard)
    dashboard.resize(1100, 900)
    return dashboard


def test_numbers_and_charts_when_shown(
    qtbot: Any, workers: Workers, store: Store, history: dict[str, int]
) -> None:
    dashboard = make(qtbot, workers)
    found: list[Facets] = []
    dashboard.facetsFound.connect(found.append)
    assert dashboard.trends is None  # nothing is computed before the page is shown
    dashboard.show()
    trends = dashboard.trends
    assert trends is not None
    assert dashboard.tiles["rate"].text() == "67%"  # 2 of 3 answered
    assert dashboard.tiles["criticism"].text() == "50%"  # cold answered, late not
    assert dashboard.tiles["median"].text() == "3 h"  # 2 h and 4 h
    assert dashboard.tiles["open"].text() == "1"
    assert int(dashboard.tiles["open"].text()) == store.count(
        InboxFilter(criticism=True, statuses=("new", "in_progress"))
    )
    assert len(trends.weeks) == 12
    assert found and found[0].categories == {"delivery"} and found[0].languages == {"en", "ar"}
    titles = {key: widget.chart.title for key, widget in dashboard.charts.items()}
    assert titles["rate"] == "Response rate by week"
    assert titles["categories"] == "Top complaint categories"
    assert dashboard.charts["categories"].chart.labels == ["Delivery"]
    assert not dashboard.grab().isNull()


def test_computing_happens_in_the_worker(qtbot: Any, store: Store, history: Any) -> None:
    pool = HeldPool()
    dashboard = make(qtbot, Workers(use_store(store), pool=pool))
    dashboard.show()
    assert dashboard.trends is None and dashboard.state.text() == "Computing…"
    assert len(pool.tasks) == 1
    pool.tasks.pop().run()  # the worker's turn (here on this thread: an in-memory store)
    qtbot.waitUntil(lambda: dashboard.trends is not None)
    assert "updated" in dashboard.state.text()


def test_a_change_recomputes_only_when_shown(
    qtbot: Any, store: Store, history: dict[str, int]
) -> None:
    pool = HeldPool()
    dashboard = make(qtbot, Workers(use_store(store), pool=pool))
    dashboard.mark_stale()  # hidden: no work
    assert pool.tasks == []
    dashboard.show()
    assert len(pool.tasks) == 1
    pool.tasks.pop().run()
    qtbot.waitUntil(lambda: dashboard.trends is not None)
    dashboard.mark_stale()  # shown: at once
    assert len(pool.tasks) == 1


def test_closing_stops_a_computation(qtbot: Any, store: Store, history: Any) -> None:
    pool = HeldPool()
    dashboard = make(qtbot, Workers(use_store(store), pool=pool))
    dashboard.show()
    dashboard.stop()  # what the window does when it closes
    pool.tasks.pop().run()  # the worker sees the flag at its first check and gives up
    assert dashboard.trends is None


def test_period_choice(qtbot: Any, workers: Workers, history: Any) -> None:
    dashboard = make(qtbot, workers)
    dashboard.show()
    dashboard.weeks.setCurrentIndex(dashboard.weeks.findData(26))
    assert dashboard.trends is not None and len(dashboard.trends.weeks) == 26


def test_dark_palette_paints(qtbot: Any, store: Store, history: Any) -> None:
    dashboard = make(qtbot, Workers(use_store(store), pool=SyncPool()))
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    dashboard.setPalette(dark)
    dashboard.show()
    chart = dashboard.charts["rate"]
    image = chart.grab().toImage()
    assert image.pixelColor(2, 2) == QColor("#1e1e1e")
    assert any(
        image.pixelColor(x, y).lightnessF() > 0.75
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )


def test_every_chart_is_built(history: Any, store: Store) -> None:
    from repman.reports.trends import trends

    built = build_charts(trends(store, now=clock(), weeks=4))
    assert set(built) == {
        "rate",
        "median",
        "rating",
        "open",
        "sites",
        "site_hours",
        "categories",
        "category_trend",
    }
    assert all(chart.labels for key, (_draw, chart) in built.items() if key != "categories")
