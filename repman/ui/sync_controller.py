"""Sync in the background: `repman.sync.sync` as one task of the Workers pool (the one
background mechanism, DESIGN.md §7), its progress callback turned into Qt signals, cancel
through a threading.Event, and an automatic sync every N minutes while the app is open.

The core calls `progress` from its own threads; the relay's signal is queued to the GUI
thread, where progress of a run that is no longer current is dropped. Never two syncs at
once: `start` refuses while one runs (a manual press, the timer, a retry all go through it).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal, Slot

from repman.domain import RepmanError, Status
from repman.store import InboxFilter, Store
from repman.ui.workers import Workers

if TYPE_CHECKING:  # repman.sync loads every connector: imported when a sync runs
    from repman.sync import SourceProgress, SyncOptions, SyncReport

log = logging.getLogger(__name__)

AUTO_KEY = "sync/auto_minutes"
DEFAULT_AUTO_MINUTES = 30
MAX_AUTO_MINUTES = 24 * 60
RETRY_LATER_MINUTES = 15  # a site that asked us to slow down is tried again after this
TASK_KEY = "sync"
_NEW_CRITICISM = InboxFilter(statuses=(Status.NEW.value,), criticism=True)

# SourceProgress.error_kind values the UI words differently from the core's message.
AUTH_EXPIRED = "AuthExpired"
RATE_LIMITED = "RateLimited"
CANCELLED = "Cancelled"


@dataclass
class SyncResult:
    report: SyncReport
    new_criticism: int  # new, unanswered criticism that this sync brought in
    manual: bool  # the user asked for it (the timer and retries do not)


def describe_exception(exc: BaseException) -> str:
    """An error from a task in words for the user; a bug is logged and named only by type."""
    if isinstance(exc, RepmanError):
        return exc.message
    log.error("background task failed", exc_info=exc)
    return QCoreApplication.translate(
        "SyncController",
        "Something went wrong inside Repman ({error}); details are in the log.",
    ).format(error=type(exc).__name__)


def describe_problem(progress: SourceProgress) -> str:
    """One source's failure in words an owner understands ('' when it did not fail)."""
    if not progress.error:
        return ""
    if progress.error_kind == AUTH_EXPIRED:
        return QCoreApplication.translate("SyncController", "Login expired —")  # + Reconnect
    if progress.error_kind == RATE_LIMITED:
        return QCoreApplication.translate(
            "SyncController", "The site asked us to slow down — will retry later"
        )
    if progress.error_kind == CANCELLED:
        return QCoreApplication.translate("SyncController", "Stopped")
    return progress.error


class _Relay(QObject):
    # run number, a copy of the SourceProgress. Emitted from the core's sync threads.
    progress = Signal(int, object)


def _run_sync(
    store: Store,
    db_path: Path,
    names: list[str] | None,
    options: SyncOptions,
    relay: _Relay,
    run: int,
) -> tuple[SyncReport, int]:
    """The pool task: the whole sync, then how much new criticism it brought."""
    from repman.sync import sync

    before = set(store.inbox_ids(_NEW_CRITICISM))

    def progress(state: SourceProgress) -> None:
        # A copy: the core keeps mutating its state after the call. RuntimeError: the
        # window closed while the sync ran, and nobody listens any more.
        with suppress(RuntimeError):
            relay.progress.emit(run, dataclasses.replace(state))

    report = sync(db_path, names, progress, options)
    after = store.inbox_ids(_NEW_CRITICISM)
    return report, sum(1 for item_id in after if item_id not in before)


class SyncController(QObject):
    started = Signal(bool)  # a sync began; True when the user asked for it
    progress = Signal(object)  # SourceProgress of the current sync, on the GUI thread
    finished = Signal(object)  # SyncResult
    failed = Signal(str)  # the sync as a whole could not run (message for the user)
    runningChanged = Signal(bool)

    def __init__(
        self,
        workers: Workers,
        db_path: Path | None,
        *,
        options: SyncOptions | None = None,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workers = workers
        self._db_path = db_path
        self._options = options  # None: the defaults
        self._settings = settings if settings is not None else QSettings()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._run = 0
        self._running = False
        self._manual = False
        self._cancel: threading.Event | None = None
        self._retry_names: list[str] = []

        self.timer = QTimer(self)  # auto-sync
        self.timer.timeout.connect(self.auto_sync)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_LATER_MINUTES * 60_000)
        self.retry_timer.timeout.connect(self._retry_later)
        self._apply_auto(self.auto_minutes())

    # -- state -----------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def can_sync(self) -> bool:
        return self._db_path is not None

    def auto_minutes(self) -> int:
        value = self._settings.value(AUTO_KEY, DEFAULT_AUTO_MINUTES)
        try:
            minutes = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            minutes = DEFAULT_AUTO_MINUTES
        return max(0, min(MAX_AUTO_MINUTES, minutes))

    def set_auto_minutes(self, minutes: int) -> None:
        """Sync every `minutes` while the app is open; 0 turns it off. Remembered."""
        minutes = max(0, min(MAX_AUTO_MINUTES, int(minutes)))
        self._settings.setValue(AUTO_KEY, minutes)
        self._apply_auto(minutes)

    def _apply_auto(self, minutes: int) -> None:
        self.timer.stop()
        if minutes > 0 and self.can_sync:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    # -- commands --------------------------------------------------------------------------
    def start(self, names: list[str] | None = None, *, manual: bool = True) -> bool:
        """Start a sync of the named sources (all enabled ones by default). False when one
        is already running or there is no inbox file to sync into."""
        if self._running:
            return False
        if self._db_path is None:
            self.failed.emit(self.tr("This inbox is not stored in a file, so it cannot be synced."))
            return False
        self._run += 1
        self._running = True
        self._manual = manual
        self._cancel = threading.Event()
        from repman.sync import SyncOptions

        options = dataclasses.replace(self._options or SyncOptions(), cancel=self._cancel)
        self.runningChanged.emit(True)
        self.started.emit(manual)
        self._workers.submit(
            TASK_KEY,
            _run_sync,
            self._db_path,
            names,
            options,
            self._relay,
            self._run,
            on_result=self._done,
            on_error=self._error,
        )
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop; pages already fetched are kept."""
        if self._cancel is not None:
            self._cancel.set()

    def stop(self) -> None:
        """Before the window closes: no new syncs, and the running one told to stop."""
        self.timer.stop()
        self.retry_timer.stop()
        self.cancel()

    @Slot()
    def auto_sync(self) -> None:
        self.start(manual=False)

    @Slot()
    def _retry_later(self) -> None:
        if self._running:  # the sync that runs now may not include them: look again soon
            self.retry_timer.start(60_000)
            return
        names, self._retry_names = self._retry_names, []
        if names:
            self.start(names, manual=False)

    # -- results ---------------------------------------------------------------------------
    @Slot(int, object)
    def _on_progress(self, run: int, state: SourceProgress) -> None:
        if run == self._run and self._running:
            self.progress.emit(state)

    def _finish(self) -> None:
        self._running = False
        self._cancel = None
        self.runningChanged.emit(False)

    def _done(self, result: tuple[SyncReport, int]) -> None:
        report, new_criticism = result
        self._finish()
        limited = [p.source for p in report.sources if p.error_kind == RATE_LIMITED]
        if limited:
            self._retry_names = sorted({*self._retry_names, *limited})
            self.retry_timer.start(RETRY_LATER_MINUTES * 60_000)
        self.finished.emit(SyncResult(report, new_criticism, self._manual))

    def _error(self, exc: BaseException) -> None:
        self._finish()
        self.failed.emit(
            self.tr("Sync could not run: {reason}").format(reason=describe_exception(exc))
        )
