"""Sync in the background against a real local HTTP server: items arrive, one failure stays
with its source, cancel stops it, the timer starts it, and never two run at once."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QWidget
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from repman.sources.http import RetryPolicy
from repman.store import InboxFilter, Store
from repman.sync import SourceProgress, SyncOptions
from repman.ui.main_window import MainWindow
from repman.ui.sync_controller import (
    AUTO_KEY,
    DEFAULT_AUTO_MINUTES,
    SyncController,
    SyncResult,
)
from repman.ui.tray import SyncTray, criticism_notice
from repman.ui.workers import Workers, open_path
from tests.sources.test_appstore import APP, feed, review
from tests.sources.test_appstore import path as appstore_path
from tests.sources.test_mastodon import status

FAST = SyncOptions(policy=RetryPolicy(attempts=2, base_delay=0.01, max_wait=2), min_interval=0)
BASE_ID = 114380000000000000
WAIT_MS = 15_000


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "inbox.db"
    Store.open(path).close()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def workers(qtbot: Any, db: Path) -> Iterator[Workers]:
    """A real thread pool: the sync runs off the GUI thread, as in the app."""
    pool = QThreadPool()
    w = Workers(open_path(db), pool=pool)
    yield w
    w.wait()


@pytest.fixture
def controller(workers: Workers, db: Path, settings: QSettings) -> SyncController:
    return SyncController(workers, db, options=FAST, settings=settings)


def base(server: HTTPServer) -> str:
    return server.url_for("/").rstrip("/")


def add_mastodon(db: Path, server: HTTPServer, name: str, tag: str) -> None:
    with Store.open(db) as store:
        store.add_source("mastodon", name, {"instance": base(server), "tag": tag})


def serve_tag(server: HTTPServer, tag: str, statuses: list[dict[str, Any]]) -> None:
    url = f"/api/v1/timelines/tag/{tag}"
    server.expect_request(url, query_string={"limit": "40"}).respond_with_json(statuses)
    if statuses:
        server.expect_request(
            url, query_string={"limit": "40", "max_id": statuses[-1]["id"]}
        ).respond_with_json([])


def run(qtbot: Any, controller: SyncController, **kwargs: Any) -> SyncResult:
    with qtbot.waitSignal(controller.finished, timeout=WAIT_MS) as blocker:
        assert controller.start(**kwargs)
    result: SyncResult = blocker.args[0]
    return result


def test_a_source_syncs_in_the_background_and_its_items_appear_in_the_inbox(
    qtbot: Any, httpserver: HTTPServer, db: Path, workers: Workers
) -> None:
    serve_tag(httpserver, "cedar", [status(n) for n in (3, 2, 1)])
    add_mastodon(db, httpserver, "Cedar on Mastodon", "cedar")
    with Store.open(db) as store:
        window = MainWindow(store, workers, actor="alice")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.count_label.text() == "0 items")
        controller = window.sync.controller
        assert window.sync.actions["sync"].shortcut().toString() == "F5"
        assert window.sync.actions["sources"].shortcut().toString() == "Ctrl+,"
        seen: list[SourceProgress] = []
        controller.progress.connect(seen.append)
        with qtbot.waitSignal(controller.finished, timeout=WAIT_MS):
            window.sync.actions["sync"].trigger()
            assert controller.is_running and not window.sync.actions["sync"].isEnabled()
        assert window.sync.dock.isVisibleTo(window)  # a sync the user asked for shows itself
        qtbot.waitUntil(lambda: window.model.rowCount() == 3)  # the inbox was refreshed
        assert window.count_label.text() == "3 items"
        assert window.sync.actions["sync"].isEnabled()
        assert seen and seen[-1].done and seen[-1].new == 3  # progress came as signals
        row = window.sync.panel.rows["Cedar on Mastodon"]
        assert (row.counts.text(), row.status.text()) == ("3 fetched, 3 new", "Up to date")
        assert "3 new items" in window.statusBar().currentMessage()
        window.close()


def test_reconnect_opens_the_sources_page_on_the_expired_source(
    qtbot: Any, httpserver: HTTPServer, db: Path, workers: Workers
) -> None:
    httpserver.expect_request("/api/v1/timelines/tag/expired").respond_with_data("", status=401)
    add_mastodon(db, httpserver, "Expired", "expired")
    add_mastodon(db, httpserver, "Other", "other")
    with Store.open(db) as store:
        window = MainWindow(store, workers, actor="alice")
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.sync.controller.finished, timeout=WAIT_MS):
            window.sync.controller.start(["Expired"], manual=False)
        assert window.sync.dock.isVisibleTo(window)  # a failed automatic sync shows itself
        window.sync.panel.rows["Expired"].reconnect.click()
        page = window.sync.sources_page
        assert page is not None and page.isVisible()
        assert page.heading.text() == "Expired" and page.name.text() == "Expired"
        assert "rejected the login" in page.state.text()  # the last problem, in words
        window.close()


def test_a_failing_source_is_worded_while_the_other_succeeds(
    qtbot: Any, httpserver: HTTPServer, db: Path, controller: SyncController
) -> None:
    serve_tag(httpserver, "good", [status(2), status(1)])
    httpserver.expect_request("/api/v1/timelines/tag/expired").respond_with_data("", status=401)
    add_mastodon(db, httpserver, "Good", "good")
    add_mastodon(db, httpserver, "Expired", "expired")
    result = run(qtbot, controller)
    by_name = {p.source: p for p in result.report.sources}
    assert by_name["Good"].error is None and by_name["Good"].new == 2
    assert by_name["Expired"].error_kind == "AuthExpired"
    assert "rejected the login" in str(by_name["Expired"].error)
    assert result.manual and not controller.is_running
    with Store.open(db) as store:
        assert store.count(InboxFilter()) == 2


def endless(request: Request) -> Response:
    """A hashtag with no end: every page 40 older posts, each a little slow."""
    time.sleep(0.15)
    top = int(request.args.get("max_id", BASE_ID + 100_000)) - BASE_ID
    page = [status(n) for n in range(top - 1, top - 41, -1)]
    return Response(json.dumps(page), content_type="application/json")


def test_cancel_stops_the_sync_and_keeps_what_was_fetched(
    qtbot: Any, httpserver: HTTPServer, db: Path, controller: SyncController
) -> None:
    httpserver.expect_request("/api/v1/timelines/tag/busy").respond_with_handler(endless)
    add_mastodon(db, httpserver, "Busy", "busy")
    with qtbot.waitSignal(controller.finished, timeout=WAIT_MS) as finished:
        with qtbot.waitSignal(
            controller.progress, timeout=WAIT_MS, check_params_cb=lambda p: p.pages >= 1
        ):
            assert controller.start()
        controller.cancel()
    (busy,) = finished.args[0].report.sources
    assert busy.error_kind == "Cancelled"
    assert 1 <= busy.pages <= 6  # stopped soon after the page in flight: the tag never ends
    with Store.open(db) as store:
        assert store.count(InboxFilter()) == busy.fetched  # pages already fetched are kept


def test_never_two_syncs_at_once(
    qtbot: Any, httpserver: HTTPServer, db: Path, controller: SyncController
) -> None:
    httpserver.expect_request("/api/v1/timelines/tag/busy").respond_with_handler(endless)
    add_mastodon(db, httpserver, "Busy", "busy")
    starts: list[bool] = []
    controller.started.connect(starts.append)
    with qtbot.waitSignal(controller.finished, timeout=WAIT_MS):
        assert controller.start()
        assert not controller.start()  # the button, the timer and a retry all go through here
        controller.auto_sync()
        assert starts == [True]
        controller.cancel()
    assert not controller.is_running
    httpserver.clear()
    assert run(qtbot, controller)  # once it is over, the next one may start


def test_the_auto_sync_timer_starts_a_sync_and_its_interval_is_remembered(
    qtbot: Any, httpserver: HTTPServer, db: Path, workers: Workers, settings: QSettings
) -> None:
    serve_tag(httpserver, "t", [status(1)])
    add_mastodon(db, httpserver, "M", "t")
    controller = SyncController(workers, db, options=FAST, settings=settings)
    assert controller.auto_minutes() == DEFAULT_AUTO_MINUTES == 30
    assert controller.timer.isActive() and controller.timer.interval() == 30 * 60_000
    controller.set_auto_minutes(1)
    assert controller.timer.interval() == 60_000
    with qtbot.waitSignal(controller.finished, timeout=WAIT_MS) as finished:
        controller.timer.timeout.emit()  # the minute is up
    assert not finished.args[0].manual
    assert finished.args[0].report.sources[0].new == 1
    controller.set_auto_minutes(0)
    assert not controller.timer.isActive()
    assert settings.value(AUTO_KEY) in (0, "0")
    again = SyncController(workers, db, options=FAST, settings=settings)
    assert again.auto_minutes() == 0 and not again.timer.isActive()


def test_a_site_that_asks_to_slow_down_is_retried_later(
    qtbot: Any, httpserver: HTTPServer, db: Path, controller: SyncController
) -> None:
    httpserver.expect_request("/api/v1/timelines/tag/slow").respond_with_data(
        "", status=429, headers={"Retry-After": "3600"}
    )
    add_mastodon(db, httpserver, "Slow", "slow")
    result = run(qtbot, controller)
    assert result.report.sources[0].error_kind == "RateLimited"
    assert controller.retry_timer.isActive()
    httpserver.clear()
    serve_tag(httpserver, "slow", [status(1)])
    with qtbot.waitSignal(controller.finished, timeout=WAIT_MS) as finished:
        controller.retry_timer.timeout.emit()
    assert [p.source for p in finished.args[0].report.sources] == ["Slow"]
    assert finished.args[0].report.sources[0].new == 1


def test_new_criticism_is_counted_and_the_tray_says_so(
    qtbot: Any, httpserver: HTTPServer, db: Path, controller: SyncController
) -> None:
    # ratings 5, 2 and 1 stars: two new pieces of criticism
    reviews = [review(9, day=20), review(6, day=19), review(5, day=18)]
    httpserver.expect_request(appstore_path(1)).respond_with_json(feed(reviews))
    httpserver.expect_request(appstore_path(2)).respond_with_json(feed(None))
    with Store.open(db) as store:
        store.add_source("appstore", "App Store", {"app": APP, "base_url": base(httpserver)})
    result = run(qtbot, controller)
    assert result.new_criticism == 2
    assert criticism_notice(2) == "2 new complaints are waiting for an answer."
    assert criticism_notice(1) == "1 new complaint is waiting for an answer."
    assert criticism_notice(0) is None
    window = QWidget()
    qtbot.addWidget(window)
    tray = SyncTray(controller, window)
    shown: list[tuple[Any, ...]] = []
    tray.showMessage = lambda *args: shown.append(args)  # type: ignore[method-assign]
    tray.sync_finished(result)
    assert shown and shown[0][1] == "2 new complaints are waiting for an answer."
    shown.clear()
    again = run(qtbot, controller)  # nothing new the second time
    assert again.new_criticism == 0 and shown == []


def test_without_an_inbox_file_sync_says_why(
    qtbot: Any, workers: Workers, settings: QSettings
) -> None:
    controller = SyncController(workers, None, settings=settings)
    assert not controller.can_sync and not controller.timer.isActive()
    with qtbot.waitSignal(controller.failed) as failed:
        assert not controller.start()
    assert "not stored in a file" in failed.args[0]
