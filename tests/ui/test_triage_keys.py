"""Keyboard triage: m, o, e/Enter, ?, the menus that show the keys, and the dashboard page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from repman.store import Store
from repman.ui.main_window import COMPOSER_PENDING, DASHBOARD_PAGE, ITEM_ACTIONS, MainWindow
from repman.ui.shortcuts_dialog import keys_text
from repman.ui.workers import Workers

from .windows import ACTOR, Recorder, fill, make_window


@pytest.fixture
def ids(store: Store, add_item: Any) -> dict[str, int]:
    return fill(store, add_item)


@pytest.fixture
def opened() -> Recorder:
    return Recorder()


@pytest.fixture
def window(
    qtbot: Any, store: Store, workers: Workers, tmp_path: Path, ids: Any, opened: Recorder
) -> MainWindow:
    # Without the composer: these tests check the compose signal itself.
    return make_window(
        qtbot, store, workers, tmp_path / "views.json", open_url=opened, reply_composer=False
    )


def test_m_assigns_the_item_to_the_actor(
    window: MainWindow, store: Store, ids: dict[str, int]
) -> None:
    window.table.select_id(ids["cold"])
    window.actions_by_name["assign_me"].trigger()
    assert store.item(ids["cold"])["assignee"] == ACTOR
    assert store.events(ids["cold"])[-1]["actor"] == ACTOR
    assert window.statusBar().currentMessage() == "Assigned to you"
    assert window.item_view.fields["assignee"].text() == ACTOR
    window.actions_by_name["assign_me"].trigger()
    assert window.statusBar().currentMessage() == "Already assigned to you"
    window.views.choose("My items")  # the inbox knows at once
    assert ids["cold"] in [window.model.id_at(r) for r in range(window.model.rowCount())]


def test_o_opens_web_pages_only(window: MainWindow, ids: dict[str, int], opened: Recorder) -> None:
    window.table.select_id(ids["cold"])
    window.actions_by_name["open"].trigger()
    assert opened.calls == [QUrl("https://maps.example.com/review/1")]
    window.table.select_id(ids["local"])  # file:///etc/passwd
    window.actions_by_name["open"].trigger()
    window.table.select_id(ids["y1"])  # no address at all
    window.actions_by_name["open"].trigger()
    assert len(opened.calls) == 1
    assert window.statusBar().currentMessage() == "This item has no web address to open"


def test_e_and_enter_ask_for_the_composer(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    window.table.select_id(ids["slow"])
    with qtbot.waitSignal(window.compose_requested) as asked:
        window.actions_by_name["compose"].trigger()
    assert asked.args == [ids["slow"]]
    assert window.statusBar().currentMessage() == COMPOSER_PENDING  # nobody listens yet
    composer = Recorder()
    window.compose_requested.connect(composer)
    window.statusBar().clearMessage()
    window.table.activated.emit(window.table.currentIndex())  # Enter or a double-click
    assert composer.calls == [ids["slow"]]
    assert window.statusBar().currentMessage() == ""


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise() either
def test_question_mark_lists_every_shortcut(window: MainWindow) -> None:
    extra = QAction("Sync now", window)  # e.g. a menu another panel adds
    extra.setShortcut("F5")
    window.menuBar().addMenu("&Sources").addAction(extra)
    window.actions_by_name["shortcuts"].trigger()
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    listed = dialog.listed()
    with_keys = [a for a in window.findChildren(QAction) if keys_text(a)]
    assert with_keys
    for action in with_keys:
        assert listed[action.text().replace("&", "")] == keys_text(action)
    assert listed["Assign to me"] == "M"
    assert listed["Keyboard shortcuts"] == "?, F1"
    assert listed["Sync now"] == "F5"
    assert listed["Reply (in the list)"] == "Enter, double-click"


def test_menus_show_the_actions_and_their_keys(window: MainWindow) -> None:
    menus = {
        m.title().replace("&", ""): m for m in window.menuBar().findChildren(QMenu) if m.title()
    }
    item_menu = {a.text(): keys_text(a) for a in menus["Item"].actions() if a.text()}
    assert item_menu["Mark answered"] == "A"
    assert item_menu["Ignore…"] == "I"
    assert item_menu["Open on site"] == "O"
    assert item_menu["Reply…"] == "E"
    view_menu = {a.text(): keys_text(a) for a in menus["View"].actions() if a.text()}
    assert view_menu["Search"] == "Ctrl+F"
    assert view_menu["Dashboard"] == "Ctrl+2"


def test_item_keys_rest_while_the_dashboard_shows(
    window: MainWindow, store: Store, ids: dict[str, int]
) -> None:
    window.table.select_id(ids["cold"])
    window.actions_by_name["dashboard"].trigger()
    assert window.pages.currentIndex() == DASHBOARD_PAGE
    assert window.dashboard.trends is not None  # computed when first shown
    assert not any(window.actions_by_name[name].isEnabled() for name in ITEM_ACTIONS)
    window.actions_by_name["search"].trigger()  # Ctrl+F goes back to the inbox
    assert window.pages.currentIndex() == 0
    assert all(window.actions_by_name[name].isEnabled() for name in ITEM_ACTIONS)
