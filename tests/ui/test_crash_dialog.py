"""An unexpected exception shows a dialog with a scrubbed report and the app keeps running;
a RepmanError is a message, not a crash."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QGuiApplication

from repman import __version__
from repman.domain import RepmanError
from repman.ui.crash_dialog import CrashHandler, scrub

from .windows import Recorder

# The dialog is raised to the front: the offscreen platform cannot (nor size hints).
offscreen = pytest.mark.qt_log_ignore("This plugin does not support")
SECRET_MESSAGE = "sync failed: GET https://api.example/v1/reviews?page=2&access_token=SECRET123"


@pytest.fixture
def opened() -> Recorder:
    return Recorder()


@pytest.fixture
def handler(qtbot: Any, tmp_path: Path, opened: Recorder) -> Iterator[CrashHandler]:
    made = CrashHandler(open_url=opened, log_folder=tmp_path / "logs")
    made.install()
    yield made
    made.uninstall()
    for widget in (made.dialog, made.message_box):
        if widget is not None:
            widget.close()
            widget.deleteLater()


def fail(message: str) -> None:
    raise ValueError(message)


@offscreen
def test_a_crash_shows_a_scrubbed_report_and_logs_it(
    handler: CrashHandler, opened: Recorder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert sys.excepthook == handler.excepthook
    assert threading.excepthook == handler.thread_excepthook
    caplog.set_level(logging.INFO, "repman.crash")
    try:
        fail(SECRET_MESSAGE)
    except ValueError:
        sys.excepthook(*sys.exc_info())  # what Python and Qt call for an uncaught error
    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    report = dialog.report.toPlainText()
    assert "SECRET123" not in report and "SECRET123" not in dialog.message.text()
    assert "access_token=***" in report
    assert f"Repman {__version__}" in report and "Platform: " in report
    assert "Traceback (most recent call last)" in report and "in fail" in report
    assert "ValueError" in dialog.message.text() and "keeps running" in dialog.message.text()

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    dialog.log_button.click()
    assert opened.calls == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    assert (tmp_path / "logs").is_dir()
    assert "ValueError" in caplog.text and "SECRET123" not in caplog.text


@offscreen
def test_a_bug_in_a_slot_or_a_thread_leaves_the_app_running(
    qtbot: Any, handler: CrashHandler
) -> None:
    QTimer.singleShot(0, lambda: fail("in a slot, password=hunter2"))
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    worker = threading.Thread(target=fail, args=("token=abc123 in a thread",), name="worker-7")
    worker.start()
    worker.join()
    dialog = handler.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.reports) == 2)  # queued to the GUI thread
    newest, first = dialog.reports
    assert "Thread: worker-7" in newest and "abc123" not in newest
    assert "hunter2" not in first
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True])  # the event loop goes on


def test_a_repman_error_is_a_message_not_a_crash(handler: CrashHandler) -> None:
    error = RepmanError("the site is down for maintenance <b>today</b>")
    handler.excepthook(RepmanError, error, None)
    assert handler.dialog is None
    box = handler.message_box
    assert box is not None and box.isVisible()
    assert box.text() == "The site is down for maintenance <b>today</b>"
    assert box.textFormat().name == "PlainText"


def test_uninstall_restores_the_previous_hooks(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    handler = CrashHandler(log_folder=tmp_path)
    handler.install()
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("https://x.example/a?key=K1&q=cedar", "https://x.example/a?key=***&q=cedar"),
        ("{'Authorization': 'Bearer abc.def-123', 'Accept': 'json'}",
         "{'Authorization': ***, 'Accept': 'json'}"),
        ("X-Api-Key: k-998877\nHost: api.example", "X-Api-Key: ***\nHost: api.example"),
        ("post(token='tok', password=\"pw\", page=2)", "post(token=***, password=***, page=2)"),
        ("client_secret=abc&client_id=xyz", "client_secret=***&client_id=xyz"),
        ("https://maya:hunter2@example.com/feed", "https://maya:***@example.com/feed"),
        ("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "Bearer ***"),
        ("KeyError: 'id'", "KeyError: 'id'"),
    ],
)  # fmt: skip
def test_scrub_removes_credentials(text: str, scrubbed: str) -> None:
    assert scrub(text) == scrubbed
