"""The detail pane's customer history (the author's items on other sites) and follow-ups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from repman.store import InboxFilter, Store
from repman.ui.main_window import MainWindow
from repman.ui.workers import Workers

from .windows import ACTOR, fill, ids_shown, make_window


@pytest.fixture
def ids(store: Store, add_item: Any) -> dict[str, int]:
    return fill(store, add_item)


@pytest.fixture
def window(qtbot: Any, store: Store, workers: Workers, tmp_path: Path, ids: Any) -> MainWindow:
    return make_window(qtbot, store, workers, tmp_path / "views.json")


def click_entry(qtbot: Any, window: MainWindow, row: int) -> None:
    history = window.item_view.customer
    rect = history.visualItemRect(history.item(row))
    qtbot.mouseClick(history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_history_shows_the_same_author_on_another_site(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    window.table.select_id(ids["cold"])  # Sam on Google
    view = window.item_view
    assert view.customer_title.text() == "Other items by this author (1)"
    assert view.customer.isVisibleTo(view)
    entry = view.customer.item(0)
    assert "Yelp" in entry.text() and "Still cold, second time" in entry.text()
    assert entry.data(Qt.ItemDataRole.UserRole) == ids["y1"]
    click_entry(qtbot, window, 0)
    assert window.table.current_id() == ids["y1"]  # selected in the inbox
    assert view.item_id == ids["y1"]
    assert "Google" in view.customer.item(0).text()  # and back the other way


def test_an_item_outside_the_view_is_shown_on_its_own(
    qtbot: Any, window: MainWindow, store: Store, ids: dict[str, int]
) -> None:
    window.filter_bar.site.set_value((ids["yelp_source"],))
    window.table.select_id(ids["y1"])
    click_entry(qtbot, window, 0)  # Sam's Google review is not in a Yelp-only inbox
    assert window.item_view.item_id == ids["cold"]
    assert window.table.current_id() is None
    assert "not in this view" in window.statusBar().currentMessage()
    assert ids["cold"] not in ids_shown(window)


def test_no_history_for_a_one_time_author(window: MainWindow, ids: dict[str, int]) -> None:
    window.table.select_id(ids["el"])
    view = window.item_view
    assert view.customer.count() == 0
    assert not view.customer.isVisibleTo(view) and not view.customer_title.isVisibleTo(view)


def test_followup_done_marks_it_done_in_the_store(
    qtbot: Any, window: MainWindow, store: Store, ids: dict[str, int]
) -> None:
    late = store.add_followup(ids["cold"], "2000-01-01T00:00:00Z", "Call Sam back", "Maya")
    store.add_followup(ids["cold"], "2999-01-01T00:00:00Z", "Send a voucher", "Maya")
    window.filter_bar.overdue.setChecked(True)
    window.table.select_id(ids["cold"])
    view = window.item_view
    labels = {label.text(): label for label in view.findChildren(QLabel)}
    late_text = next(t for t in labels if t.startswith("Due ") and "Call Sam back" in t)
    assert late_text.endswith("· overdue")
    assert any(
        t.startswith("Due ") and "Send a voucher" in t and "overdue" not in t for t in labels
    )
    assert len([b for b in view.findChildren(QPushButton) if b.text() == "Done"]) == 2
    done = labels[late_text].parent().findChild(QPushButton)  # the button on its line
    assert done.text() == "Done"
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    row = next(f for f in store.followups(ids["cold"]) if f["id"] == late)
    assert row["done_at"] is not None
    assert store.events(ids["cold"])[-1]["action"] == "followup_done"
    assert store.events(ids["cold"])[-1]["actor"] == ACTOR
    assert window.statusBar().currentMessage() == "Follow-up done"
    # The inbox follows: no overdue follow-up left on this item.
    assert (
        window.model.rowCount()
        == store.count(InboxFilter(statuses=("new", "in_progress"), overdue_followups=True))
        == 0
    )
    assert view.item_id is None  # it left the "overdue follow-ups" inbox
    assert store.followups(ids["cold"])[1]["done_at"] is None  # the other one is still open


def test_followup_notes_are_plain_text(
    window: MainWindow, store: Store, ids: dict[str, int]
) -> None:
    store.add_followup(ids["slow"], "2999-01-01T00:00:00Z", '<img src="file:///x">', "Maya")
    window.filter_bar.status.setCurrentIndex(0)
    window.table.select_id(ids["slow"])
    labels = window.item_view.findChildren(QLabel)
    assert any('<img src="file:///x">' in label.text() for label in labels)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
