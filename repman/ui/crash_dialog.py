"""What the user sees when Repman hits a bug (DESIGN.md §7, "Errors"): a short plain message,
a report to copy (traceback, version, platform) and the log folder, while the app keeps
running. A RepmanError is not a bug: its message is shown as it is, with no report.

The hooks (sys.excepthook for the GUI thread and Qt slots, threading.excepthook for workers'
threads) only describe the error and emit a signal; the dialog is made on the GUI thread.
Reports and the log never carry secrets: token, key, secret and password values in URLs,
headers and keyword arguments, bearer tokens, passwords in URLs and JWTs are scrubbed, and
the home folder becomes ~.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repman import __version__
from repman.domain import RepmanError
from repman.logs import log_path
from repman.scrub import scrub
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating

log = logging.getLogger("repman.crash")
OpenUrl = Callable[[QUrl], Any]
MESSAGE = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "Something went wrong inside Repman ({kind}). Your inbox is safe and the app keeps "
    "running; if something looks wrong, close and reopen it. To help us fix it, send the "
    "report below: passwords and tokens are removed from it.",
)
MAX_REPORTS = 5  # a bug in a repeating timer must not pile up dialogs or memory


def crash_report(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, thread: str
) -> str:
    lines = [
        f"Repman {__version__} — unexpected error",
        f"Time: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S UTC')}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"Platform: {platform.platform()}",
        f"Thread: {thread}",
        "",
        *traceback.format_exception(kind, value, tb),
    ]
    return scrub("\n".join(line.rstrip("\n") for line in lines))


class CrashDialog(Retranslating, QDialog):
    def __init__(self, open_url: OpenUrl, log_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self._open_url = open_url
        self._log_folder = log_folder
        self.reports: list[str] = []
        self._kind = ""  # of the newest problem
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_report)
        self.log_button = QPushButton(self)
        self.log_button.setToolTip(str(log_folder))
        self.log_button.clicked.connect(self.open_log_folder)
        self.close_button = close = QPushButton(self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        column.addWidget(self.report, 1)
        column.addLayout(buttons)
        bold = QFont(self.message.font())
        bold.setBold(True)
        self.message.setFont(bold)
        self.resize(720, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Repman — something went wrong"))
        self.copy_button.setText(self.tr("Copy report"))
        self.log_button.setText(self.tr("Open log folder"))
        self.close_button.setText(self.tr("Close"))
        self._show_message()

    def _show_message(self) -> None:
        self.message.setText(self.tr(MESSAGE).format(kind=self._kind) if self._kind else "")

    def add_report(self, kind: str, report: str) -> None:
        """The newest problem first; earlier ones of this session stay below it."""
        self.reports = [report, *self.reports][:MAX_REPORTS]
        self._kind = kind
        self._show_message()
        self.report.setPlainText(self.report_text())

    def report_text(self) -> str:
        return ("\n\n" + "-" * 60 + "\n\n").join(self.reports)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        with suppress(OSError):  # the file manager says so itself
            self._log_folder.mkdir(parents=True, exist_ok=True)
        self._open_url(QUrl.fromLocalFile(str(self._log_folder)))


class CrashHandler(QObject):
    """Installs the hooks; shows problems on the GUI thread, one dialog at a time."""

    _problem = Signal(str, str, bool)  # kind, text (report or message), is_bug

    def __init__(
        self,
        *,
        open_url: OpenUrl | None = None,
        log_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_url = open_url or QDesktopServices.openUrl
        self._log_folder = log_folder or log_path().parent
        self.dialog: CrashDialog | None = None
        self.message_box: QMessageBox | None = None
        self._previous: tuple[Any, Any] | None = None
        self._problem.connect(self._show)  # queued when emitted from another thread

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.handle(kind, value, tb, threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(
            args.exc_type,
            args.exc_value,
            args.exc_traceback,
            args.thread.name if args.thread else "?",
        )

    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None,
        thread: str = "MainThread",
    ) -> None:  # fmt: skip
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()  # Ctrl+C in the terminal: leave, do not report
            return
        if isinstance(value, RepmanError):
            log.info("%s: %s", kind.__name__, scrub(value.message))
            self._problem.emit(kind.__name__, scrub(value.message), False)
            return
        report = crash_report(kind, value, tb, thread)
        log.error("Unexpected error\n%s", report)
        self._problem.emit(kind.__name__, report, True)

    def _show(self, kind: str, text: str, is_bug: bool) -> None:
        try:
            self._present(kind, text, is_bug)
        except Exception:  # raised on: the hook would call us again, forever
            log.exception("the crash dialog itself failed")

    def _present(self, kind: str, text: str, is_bug: bool) -> None:
        # Top-level windows of their own: a dialog that was active when it happened may be
        # gone by the next problem.
        if not is_bug:
            if self.message_box is None:
                self.message_box = QMessageBox(
                    QMessageBox.Icon.Warning, "Repman", "", QMessageBox.StandardButton.Ok
                )
                self.message_box.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a site
            self.message_box.setText(text[:1].upper() + text[1:])
            self.message_box.show()
            return
        if self.dialog is None:
            self.dialog = CrashDialog(self._open_url, self._log_folder)
        self.dialog.add_report(kind, text)
        self.dialog.show()
        self.dialog.raise_()
