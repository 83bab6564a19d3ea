"""Filters narrow the inbox exactly as the store counts; saved views apply and persist."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from repman.store import InboxFilter, Store
from repman.ui.filter_bar import ME, OPEN, FilterBar, ViewState, period_since
from repman.ui.main_window import MainWindow
from repman.ui.saved_views import BUILTIN_VIEWS, ViewStore, state_from_json
from repman.ui.workers import Workers

from .conftest import NOW
from .windows import ACTOR, Recorder, fill, ids_shown, make_window


@pytest.fixture
def ids(store: Store, add_item: Any) -> dict[str, int]:
    return fill(store, add_item)


@pytest.fixture
def views_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "views.json"


@pytest.fixture
def window(qtbot: Any, store: Store, workers: Workers, views_path: Path, ids: Any) -> MainWindow:
    return make_window(qtbot, store, workers, views_path, ask_name=Recorder("Yelp criticism"))


def expect(window: MainWindow, store: Store, f: InboxFilter) -> None:
    """The window queries exactly `f`, and shows as many rows as the store counts for it."""
    assert window.model.filter == f
    assert window.model.rowCount() == store.count(f)
    assert window.count_label.text().startswith(str(store.count(f)))


CASES = {
    "site": lambda ids: ("site", (ids["yelp_source"],), {"source_ids": (ids["yelp_source"],)}),
    "rating": lambda ids: ("rating", (1, 2), {"rating_min": 1, "rating_max": 2}),
    "language": lambda ids: ("language", ("ar",), {"languages": ("ar",)}),
    "category": lambda ids: ("category", ("delivery",), {"categories": ("delivery",)}),
    "unassigned": lambda ids: ("assignee", "", {"assignee": ""}),
    "me": lambda ids: ("assignee", ME, {"assignee": ACTOR}),
    "person": lambda ids: ("assignee", "Eleni", {"assignee": "Eleni"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_filter_narrows_the_rows_as_the_store_says(
    window: MainWindow, store: Store, ids: dict[str, int], case: str
) -> None:
    bar = window.filter_bar
    bar.status.setCurrentIndex(0)  # all statuses, so every filter has rows to narrow
    everything = window.model.rowCount()
    name, value, fields = CASES[case](ids)
    choice = bar.choices[name]
    assert not choice.clear.isVisibleTo(bar)
    combo = choice.combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == value))
    expect(window, store, InboxFilter(**fields))
    assert 0 < window.model.rowCount() < everything
    assert choice.clear.isVisibleTo(bar) and choice.combo.font().bold()  # visible and clearable
    choice.clear.click()
    expect(window, store, InboxFilter())
    assert not choice.clear.isVisibleTo(bar)


@pytest.mark.parametrize(("period", "rows"), [("today", None), ("7d", 6), ("30d", 7)])
def test_date_presets_count_back_from_local_midnight(
    window: MainWindow, store: Store, ids: dict[str, int], period: str, rows: int | None
) -> None:
    window.filter_bar.status.setCurrentIndex(0)
    window.filter_bar.period.set_value(period)
    since = period_since(period, NOW)
    expect(window, store, InboxFilter(since=since))
    if rows is not None:  # days away from midnight in any time zone
        assert window.model.rowCount() == rows
    window.filter_bar.period.clear.click()
    assert window.model.filter.since is None


def test_overdue_followups_checkbox(window: MainWindow, store: Store, ids: dict[str, int]) -> None:
    store.add_followup(ids["cold"], "2000-01-01T00:00:00Z", "call back", "Maya")
    store.add_followup(ids["el"], "2999-01-01T00:00:00Z", "refund", "Maya")
    window.filter_bar.overdue.setChecked(True)
    expect(window, store, InboxFilter(statuses=OPEN, overdue_followups=True))
    assert ids_shown(window) == [ids["cold"]]


def test_filters_combine_and_clear_all_resets(
    window: MainWindow, store: Store, ids: dict[str, int]
) -> None:
    bar = window.filter_bar
    assert not bar.clear_all.isEnabled()
    bar.criticism.setChecked(True)
    bar.site.set_value((ids["yelp_source"],))
    bar.category.set_value(("delivery",))
    expect(
        window,
        store,
        InboxFilter(
            statuses=OPEN,
            criticism=True,
            source_ids=(ids["yelp_source"],),
            categories=("delivery",),
        ),
    )
    assert ids_shown(window) == [ids["y1"]]
    assert bar.clear_all.isEnabled()
    bar.clear_all.click()
    expect(window, store, InboxFilter(statuses=OPEN))
    assert not bar.criticism.isChecked() and bar.site.value() is None


def test_choices_come_from_the_inbox(window: MainWindow, ids: dict[str, int]) -> None:
    bar = window.filter_bar

    def labels(name: str) -> list[str]:
        combo = bar.choices[name].combo
        return [combo.itemText(i) for i in range(combo.count())]

    assert labels("site") == ["Any site", "Google", "Yelp"]
    assert {"Arabic", "Greek", "English", "Urdu"} <= set(labels("language"))
    assert labels("category") == ["Any category", "Delivery", "Waiting time"]
    assert labels("assignee") == ["Anyone", "Unassigned", f"Me ({ACTOR})", "Eleni"]


def test_builtin_views_apply_at_once(window: MainWindow, store: Store, ids: dict[str, int]) -> None:
    views = window.views
    assert views.names() == [name for name, _state, _tip in BUILTIN_VIEWS]
    assert views.list.currentItem().text() == "All open"  # the window opens on it
    views.choose("Unanswered criticism")
    expect(window, store, InboxFilter(statuses=OPEN, criticism=True))
    assert window.filter_bar.criticism.isChecked()
    assert views.list.currentItem().text() == "Unanswered criticism"
    window.filter_bar.rating.set_value((1, 2))  # changed by hand: no view matches
    assert views.list.currentItem() is None
    window.filter_bar.rating.clear.click()
    assert views.list.currentItem().text() == "Unanswered criticism"
    store.add_followup(ids["pizza"], "2000-01-01T00:00:00Z", "send voucher", "Maya")
    views.choose("Overdue follow-ups")
    expect(window, store, InboxFilter(overdue_followups=True))
    assert ids_shown(window) == [ids["pizza"]]  # answered, but its promise is overdue


def test_my_items_is_the_actor(window: MainWindow, store: Store, ids: dict[str, int]) -> None:
    window.views.choose("My items")
    expect(window, store, InboxFilter(assignee=ACTOR))
    assert ids_shown(window) == [ids["pizza"]]
    assert window.filter_bar.assignee.combo.currentText() == f"Me ({ACTOR})"


def test_a_saved_view_persists_across_windows(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    workers: Workers,
    views_path: Path,
    ids: dict[str, int],
) -> None:
    bar = window.filter_bar
    window.views.choose("Unanswered criticism")
    bar.site.set_value((ids["yelp_source"],))
    bar.period.set_value("7d")
    bar.assignee.set_value(ME)
    saved = window.model.filter
    window.actions_by_name["save_view"].trigger()
    assert window.views.user_names() == ["Yelp criticism"]
    assert window.statusBar().currentMessage() == "Saved view “Yelp criticism”"
    raw = json.loads(views_path.read_text(encoding="utf-8"))["views"][0]
    assert raw["name"] == "Yelp criticism" and raw["sites"] == ["Yelp"]
    assert raw["period"] == "7d" and "since" not in raw["filter"]  # stays relative
    assert raw["mine"] is True and raw["filter"]["assignee"] is None  # "Me", not a name
    window.close()

    again = make_window(qtbot, store, workers, views_path)
    assert again.views.user_names() == ["Yelp criticism"]
    assert again.model.filter == InboxFilter(statuses=OPEN)
    again.views.choose("Yelp criticism")
    assert again.model.filter == saved
    assert again.model.rowCount() == store.count(saved)
    assert again.views.list.currentItem().text() == "Yelp criticism"


def test_rename_and_delete(window: MainWindow, views_path: Path) -> None:
    window.views.choose("Unanswered criticism")
    window.save_view()  # the same filters as a built-in view: the new one is marked
    views = window.views
    assert views.list.currentItem().text() == "Yelp criticism"
    assert views.rename_button.isEnabled() and views.delete_button.isEnabled()
    views.list.setCurrentRow(0)
    assert not views.rename_button.isEnabled()  # built-in views cannot be renamed
    views.list.setCurrentRow(views.names().index("Yelp criticism") + 1)  # after the heading
    views._ask_name = Recorder("Angry on Yelp")
    views.rename_button.click()
    assert ViewStore(views_path).load()[0][0] == "Angry on Yelp"
    assert views.list.currentItem().text() == "Angry on Yelp"  # still the chosen one
    views.delete_button.click()
    assert ViewStore(views_path).load() == []
    assert views.user_names() == []


def test_builtin_names_are_taken(window: MainWindow) -> None:
    window.views._ask_name = Recorder("My items")
    window.save_view()
    assert window.views.user_names() == []
    assert "built-in" in window.statusBar().currentMessage()


def test_an_unreadable_views_file_is_no_crash(
    qtbot: Any, store: Store, workers: Workers, views_path: Path
) -> None:
    views_path.parent.mkdir(parents=True)
    views_path.write_text("{not json", encoding="utf-8")
    window = make_window(qtbot, store, workers, views_path)
    assert window.views.user_names() == []


@pytest.mark.parametrize(
    "raw",
    [
        {"filter": {"source_ids": ["1"]}},
        {"filter": {"criticism": "yes"}},
        {"filter": {"rating_min": True}},
        {"filter": "statuses=new"},
        {"filter": {}, "period": 7},
    ],
)
def test_views_from_the_file_are_checked(raw: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        state_from_json(raw, {})


def test_a_site_is_found_by_name_in_another_inbox() -> None:
    raw = {"filter": {"source_ids": [7]}, "sites": ["Yelp"], "period": "all", "mine": False}
    assert state_from_json(raw, {"Yelp": 2}).filter.source_ids == (2,)
    assert state_from_json(raw, {}).filter.source_ids == (7,)  # no such name: keep the id
    state = state_from_json({"filter": {"statuses": ["new"]}}, {})
    assert state == replace(ViewState(), filter=InboxFilter(statuses=("new",)))


def test_period_starts_at_local_midnight() -> None:
    karachi = ZoneInfo("Asia/Karachi")  # 01:00 on 9 March there
    late = datetime(2025, 3, 8, 20, 0, tzinfo=UTC)
    assert period_since("today", late, karachi) == "2025-03-08T19:00:00Z"
    assert period_since("7d", late, karachi) == "2025-03-02T19:00:00Z"
    assert period_since("30d", late, UTC) == "2025-02-07T00:00:00Z"
    assert period_since("all", late, karachi) is None


def test_a_date_filter_moves_on_at_midnight(qtbot: Any) -> None:
    now = [datetime(2025, 3, 8, 12, 0, tzinfo=UTC)]
    bar = FilterBar(actor=ACTOR, clock=lambda: now[0])
    qtbot.addWidget(bar)
    seen: list[InboxFilter] = []
    bar.filterChanged.connect(seen.append)
    bar.period.set_value("today")
    assert seen[-1].since == period_since("today", now[0])
    bar.refresh_period()  # the same day: no new query
    assert len(seen) == 1
    now[0] += timedelta(days=1)
    bar.refresh_period()
    assert len(seen) == 2 and seen[-1].since == period_since("today", now[0])
