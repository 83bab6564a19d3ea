"""The main window as a user drives it: filters, counts, triage buttons and shortcuts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel

from repman.domain import Status
from repman.store import InboxFilter, Store
from repman.ui.display import FSI, PDI
from repman.ui.filter_bar import STATUS_CHOICES
from repman.ui.inbox_model import Column
from repman.ui.main_window import DEMO_BANNER, MainWindow
from repman.ui.workers import Workers

from .conftest import clock

OPEN = (Status.NEW.value, Status.IN_PROGRESS.value)


class Reason:
    def __init__(self, answer: str | None) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self, _parent: Any) -> str | None:
        self.asked += 1
        return self.answer


@pytest.fixture
def items(store: Store, add_item: Any) -> dict[str, int]:
    ids = {
        "cold": add_item("Cold food and rude staff", rating=1, author_name="Sam"),
        "pizza": add_item("Best pizza in town", rating=5, author_name="Jo"),
        "slow": add_item("Slow service", rating=2, author_name="Lee"),
        "ar": add_item("البيتزا لذيذة جدا", rating=5, author_name="أحمد", language="ar"),
        "html": add_item('<b>x</b><img src="file:///etc/passwd">', rating=3),
    }
    store.set_status(ids["pizza"], Status.ANSWERED, "me")
    return ids


@pytest.fixture
def make_window(qtbot: Any, store: Store, workers: Workers, tmp_path: Any) -> Any:
    def make(**kwargs: Any) -> MainWindow:
        kwargs.setdefault("ask_reason", Reason("spam"))
        kwargs.setdefault("views_path", tmp_path / "views.json")
        window = MainWindow(store, workers, actor="alice", clock=clock, **kwargs)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def ids_shown(window: MainWindow) -> list[int]:
    model = window.model
    return [i for r in range(model.rowCount()) if (i := model.id_at(r)) is not None]


def choose_status(window: MainWindow, label: str) -> None:
    labels = [choice for choice, _ in STATUS_CHOICES]
    window.filter_bar.status.setCurrentIndex(labels.index(label))


def test_opens_on_open_items_with_counts(
    make_window: Any, store: Store, items: dict[str, int]
) -> None:
    window = make_window()
    open_count = store.count(InboxFilter(statuses=OPEN))
    assert window.model.rowCount() == open_count == 4
    assert window.count_label.text() == "4 items"
    texts = [window.filter_bar.status.itemText(i) for i in range(len(STATUS_CHOICES))]
    assert texts[:3] == ["All (5)", "Open (4)", "New (4)"]
    assert "Answered (1)" in texts
    assert window.windowTitle() == "Repman"
    assert not window.banner.isVisibleTo(window)


def test_demo_mode_says_so(make_window: Any, items: dict[str, int]) -> None:
    window = make_window(demo=True)
    assert "demo" in window.windowTitle().lower()
    assert window.banner.isVisibleTo(window)
    assert window.banner.text() == DEMO_BANNER


def test_status_filter_and_criticism_toggle(
    make_window: Any, store: Store, items: dict[str, int]
) -> None:
    window = make_window()
    choose_status(window, "Answered")
    assert ids_shown(window) == [items["pizza"]]
    assert window.count_label.text() == "1 item"
    choose_status(window, "All")
    window.filter_bar.criticism.setChecked(True)
    assert set(ids_shown(window)) == {items["cold"], items["slow"]}
    assert window.model.rowCount() == store.count(InboxFilter(criticism=True))


def test_search_as_you_type_waits_for_a_pause(
    qtbot: Any, make_window: Any, items: dict[str, int]
) -> None:
    window = make_window()
    choose_status(window, "All")
    with qtbot.waitSignal(window.filter_bar.filterChanged, timeout=2000):
        window.filter_bar.search.setText("pizza")
        assert window.model.rowCount() == 5  # not yet: the search is debounced
    assert ids_shown(window) == [items["pizza"]]
    # Arabic typed in (set as text: key clicks cannot type non-Latin letters).
    window.filter_bar.search.setText("البيتزا")
    window.filter_bar.flush()
    assert ids_shown(window) == [items["ar"]]
    window.filter_bar.search.clear()
    window.filter_bar.flush()
    assert window.model.rowCount() == 5


def test_selecting_a_row_shows_the_item_as_plain_text(
    make_window: Any, items: dict[str, int]
) -> None:
    window = make_window()
    assert window.table.select_id(items["html"])
    view = window.item_view
    assert view.item_id == items["html"]
    assert view.text.text() == '<b>x</b><img src="file:///etc/passwd">'
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in window.findChildren(QLabel)
    )


def test_answered_button_updates_store_and_row(
    qtbot: Any, make_window: Any, store: Store, items: dict[str, int]
) -> None:
    window = make_window()
    choose_status(window, "All")
    window.table.select_id(items["cold"])
    qtbot.mouseClick(window.item_view.buttons[Status.ANSWERED], Qt.MouseButton.LeftButton)
    assert store.item(items["cold"])["status"] == Status.ANSWERED
    row = window.model.row_of(items["cold"])
    status = window.model.data(window.model.index(row, Column.STATUS))
    assert status == f"{FSI}Answered{PDI}"
    assert window.table.current_id() == items["cold"]  # the selection followed the item
    assert window.statusBar().currentMessage() == "Marked answered"


def test_answering_in_the_open_view_moves_on_to_the_next_item(
    make_window: Any, store: Store, items: dict[str, int]
) -> None:
    window = make_window()
    window.table.select_row(0)
    first, second = ids_shown(window)[:2]
    window.actions_by_name["answered"].trigger()  # the A shortcut
    assert store.item(first)["status"] == Status.ANSWERED
    assert first not in ids_shown(window)
    assert window.table.current_id() == second
    assert window.item_view.item_id == second
    assert window.count_label.text() == "3 items"


def test_an_invalid_transition_shows_a_message(
    make_window: Any, store: Store, items: dict[str, int]
) -> None:
    window = make_window()
    choose_status(window, "Answered")
    window.table.select_id(items["pizza"])
    window.actions_by_name["ignore"].trigger()  # answered -> ignored is not allowed
    message = window.statusBar().currentMessage()
    assert "cannot change status from answered to ignored" in message.lower()
    assert store.item(items["pizza"])["status"] == Status.ANSWERED


def test_ignore_and_reopen_from_the_keyboard(
    make_window: Any, store: Store, items: dict[str, int]
) -> None:
    reason = Reason("a competitor's fake review")
    window = make_window(ask_reason=reason)
    choose_status(window, "All")
    window.table.select_id(items["slow"])
    window.actions_by_name["ignore"].trigger()
    assert reason.asked == 1
    assert store.item(items["slow"])["status"] == Status.IGNORED
    assert store.events(items["slow"])[-1]["detail"] == "a competitor's fake review"
    assert store.events(items["slow"])[-1]["actor"] == "alice"
    window.actions_by_name["reopen"].trigger()
    assert store.item(items["slow"])["status"] == Status.NEW


def test_j_and_k_move_through_the_rows(make_window: Any, items: dict[str, int]) -> None:
    window = make_window()
    order = ids_shown(window)
    window.table.select_row(0)
    window.actions_by_name["next"].trigger()
    window.actions_by_name["next"].trigger()
    assert window.table.current_id() == order[2]
    window.actions_by_name["previous"].trigger()
    assert window.item_view.item_id == order[1]
    for _ in range(10):
        window.actions_by_name["next"].trigger()
    assert window.table.current_id() == order[-1]  # stops at the end


def test_shortcuts_are_the_documented_keys(make_window: Any, items: dict[str, int]) -> None:
    window = make_window()
    keys = {
        name: ", ".join(k.toString() for k in a.shortcuts())
        for name, a in window.actions_by_name.items()
    }
    assert keys == {
        "next": "J",
        "previous": "K",
        "compose": "E",
        "answered": "A",
        "ignore": "I",
        "reopen": "R",
        "assign_me": "M",
        "open": "O",
        "search": "Ctrl+F",
        "clear_filters": "Ctrl+Shift+L",
        "save_view": "",
        "inbox": "Ctrl+1",
        "dashboard": "Ctrl+2",
        "shortcuts": "?, F1",
    }


def test_selection_is_kept_by_id_when_the_rows_change(
    make_window: Any, items: dict[str, int]
) -> None:
    window = make_window()
    choose_status(window, "All")
    window.table.select_id(items["slow"])
    window.filter_bar.criticism.setChecked(True)  # fewer rows, other positions
    assert window.table.current_id() == items["slow"]
    window.filter_bar.criticism.setChecked(False)
    assert window.table.current_id() == items["slow"]


def test_table_rows_have_a_fixed_height(make_window: Any, items: dict[str, int]) -> None:
    window = make_window()
    rows = window.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    heights = {rows.sectionSize(r) for r in range(window.model.rowCount())}
    assert heights == {rows.defaultSectionSize()}
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.PRIORITY
    modes = {header.sectionResizeMode(c) for c in range(len(Column))}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes


def test_the_clock_re_scores_open_items_as_they_age(qtbot, tmp_path) -> None:
    from datetime import timedelta

    from repman.domain import to_iso, utcnow
    from repman.opening import open_inbox
    from repman.ui.main_window import PRIORITY_EVERY_TICKS
    from repman.ui.workers import SyncPool, Workers, use_store
    from tests.helpers import by_rating, make_item

    store = open_inbox(tmp_path / "inbox.db")  # with triage's priority attached
    source = store.add_source("google", "Google")
    fresh = to_iso(utcnow() - timedelta(minutes=10))
    store.upsert_items(source.id, [make_item("a", rating=2, created_at=fresh)], by_rating)
    before = store.item(1)["priority"]
    store.db.conn.execute(
        "UPDATE items SET created_at = ?", [to_iso(utcnow() - timedelta(hours=5))]
    )
    window = MainWindow(
        store,
        Workers(use_store(store), pool=SyncPool()),
        actor="me",
        views_path=tmp_path / "views.json",
        reply_composer=False,
    )
    qtbot.addWidget(window)
    for _ in range(PRIORITY_EVERY_TICKS):
        window._on_tick()
    assert store.item(1)["priority"] > before  # now overdue: climbed the inbox
    store.close()


def test_help_menu_exports_diagnostics_of_the_open_inbox(
    make_window: Any, store: Store, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from repman.ui import diagnostics_dialog
    from repman.ui.window_menus import HELP_MENU

    window = make_window()
    asked: list[tuple[Any, Any]] = []
    monkeypatch.setattr(
        diagnostics_dialog,
        "export_diagnostics",
        lambda parent, *, database: asked.append((parent, database)),
    )
    actions = {a.text(): a for a in window.menu(HELP_MENU).actions()}
    actions["Export diagnostics…"].trigger()
    assert asked == [(window, store.path)]
