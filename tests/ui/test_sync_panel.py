"""The sync panel as an owner reads it: a bar per source, counts, errors in plain words, a
Reconnect button for an expired login, Cancel, and the auto-sync interval."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from pytest_httpserver import HTTPServer

from repman.store import Store
from repman.sync import SourceProgress, SyncReport
from repman.ui.display import FSI, PDI
from repman.ui.sync_controller import SyncController, SyncResult
from repman.ui.sync_panel import SyncPanel
from repman.ui.workers import Workers, open_path
from tests.sources.test_mastodon import status

from .test_sync_controller import FAST, WAIT_MS, add_mastodon, endless, serve_tag


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "inbox.db"
    Store.open(path).close()
    return path


@pytest.fixture
def controller(qtbot: Any, db: Path, tmp_path: Path) -> Iterator[SyncController]:
    workers = Workers(open_path(db), pool=QThreadPool())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield SyncController(workers, db, options=FAST, settings=settings)
    workers.wait()


@pytest.fixture
def panel(qtbot: Any, controller: SyncController) -> SyncPanel:
    widget = SyncPanel(controller)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_failed_login_offers_reconnect_while_the_other_source_succeeds(
    qtbot: Any, httpserver: HTTPServer, db: Path, controller: SyncController, panel: SyncPanel
) -> None:
    serve_tag(httpserver, "good", [status(2), status(1)])
    httpserver.expect_request("/api/v1/timelines/tag/expired").respond_with_data("", status=401)
    add_mastodon(db, httpserver, "Good", "good")
    add_mastodon(db, httpserver, "Expired", "expired")
    with qtbot.waitSignal(controller.finished, timeout=WAIT_MS):
        controller.start()
        assert panel.cancel_button.isEnabled()
    good, expired = panel.rows["Good"], panel.rows["Expired"]
    assert (good.counts.text(), good.status.text()) == ("2 fetched, 2 new", "Up to date")
    assert not good.reconnect.isVisibleTo(panel)
    assert (good.bar.maximum(), good.bar.value(), good.bar.format()) == (1, 1, "Done")
    assert expired.status.text() == "Login expired —"
    assert expired.reconnect.isVisibleTo(panel) and expired.reconnect.text() == "Reconnect"
    assert "rejected the login" in expired.status.toolTip()  # the site's own words on hover
    assert expired.bar.format() == "Failed"
    assert panel.summary.text().endswith("2 new items; 1 source needs attention.")
    assert not panel.cancel_button.isEnabled()
    with qtbot.waitSignal(panel.reconnectRequested) as asked:
        expired.reconnect.click()
    assert asked.args == ["Expired"]


def progress(name: str, **fields: Any) -> SourceProgress:
    return SourceProgress(name, "mastodon", **fields)


def test_bars_are_busy_until_the_site_gives_a_total_and_errors_read_plainly(
    panel: SyncPanel,
) -> None:
    panel.show_progress(progress("Feed"))
    bar = panel.rows["Feed"].bar
    assert (bar.minimum(), bar.maximum()) == (0, 0)  # busy: no total yet
    assert panel.rows["Feed"].status.text() == "Connecting…"
    panel.show_progress(progress("Feed", pages=1, fetched=40, new=12, total_hint=120))
    assert (bar.maximum(), bar.value()) == (120, 40)
    assert panel.rows["Feed"].counts.text() == "40 fetched, 12 new"
    assert panel.rows["Feed"].status.text() == "Fetching…"
    slow = progress("Slow", done=True, error="Mastodon kept answering 'too many requests'",
                    error_kind="RateLimited")  # fmt: skip
    down = progress("Down", done=True, error="Mastodon is having problems (HTTP 503) (tried 2 times)",
                    error_kind="SourceUnavailable")  # fmt: skip
    hostile = progress('<b>Evil</b>\u202e', done=True, error='<img src="file:///etc/passwd">',
                       error_kind="SourceUnavailable")  # fmt: skip
    for p in (slow, down, hostile):
        panel.show_progress(p)
    assert panel.rows["Slow"].status.text() == "The site asked us to slow down — will retry later"
    assert panel.rows["Down"].status.text() == (
        "Mastodon is having problems (HTTP 503) (tried 2 times)"
    )
    evil = panel.rows["<b>Evil</b>\u202e"]
    # bidi override stripped, the name isolated from the site's name, markup literal
    assert evil.name.text() == f"{FSI}<b>Evil</b>{PDI} (Mastodon)"
    assert evil.status.text() == '<img src="file:///etc/passwd">'
    for row in panel.rows.values():
        for label in (row.name, row.counts, row.status):
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;img" in evil.status.toolTip()  # tooltips are rich text: escaped


def test_cancel_button_stops_the_sync(
    qtbot: Any, httpserver: HTTPServer, db: Path, controller: SyncController, panel: SyncPanel
) -> None:
    httpserver.expect_request("/api/v1/timelines/tag/busy").respond_with_handler(endless)
    add_mastodon(db, httpserver, "Busy", "busy")
    with qtbot.waitSignal(controller.finished, timeout=WAIT_MS):
        with qtbot.waitSignal(
            controller.progress, timeout=WAIT_MS, check_params_cb=lambda p: p.pages >= 1
        ):
            controller.start()
        assert panel.summary.text() == "Syncing…"
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert panel.summary.text().startswith("Stopping…")
    row = panel.rows["Busy"]
    assert row.status.text() == "Stopped" and row.bar.format() == "Stopped"
    assert panel.summary.text().startswith("Sync stopped at ")
    assert panel.summary.text().endswith("new items kept.")


def test_no_sources_says_how_to_add_one_and_the_interval_is_editable(
    panel: SyncPanel, controller: SyncController
) -> None:
    panel.show_result(SyncResult(SyncReport([]), 0, manual=True))
    assert "add a source" in panel.summary.text()
    assert panel.auto.value() == 30 and panel.auto.specialValueText() == "Off"
    panel.auto.setValue(0)
    assert controller.auto_minutes() == 0 and not controller.timer.isActive()
    panel.auto.setValue(45)
    assert controller.timer.interval() == 45 * 60_000
