"""The one background mechanism (DESIGN.md §7): QThreadPool + QRunnable running plain functions.

A task is a synchronous function `fn(store, *args)`. The worker opens its own Store for it
(sqlite objects are bound to the thread that made them) and the result comes back on the GUI
thread through a signal. Each task has a key; starting a newer task with the same key makes
the older one stale, and its result is dropped when it arrives.

Tests pass SyncPool, which runs every task at once on the calling thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from repman.opening import open_inbox
from repman.store import Store

StoreOpener = Callable[[], AbstractContextManager[Store]]
ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
MIN_THREADS = 4  # threads of the default pool, whatever the number of cores


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...
    def waitForDone(self, msecs: int = -1) -> bool: ...


class SyncPool:
    """Runs each task immediately on the calling thread (tests, previews)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True


def open_path(path: Path) -> StoreOpener:
    """Each task opens (and closes) its own connection to the inbox file."""
    return lambda: open_inbox(path)


def use_store(store: Store) -> StoreOpener:
    """Lend an existing Store to tasks: only with SyncPool, e.g. for an in-memory database."""
    owner = threading.get_ident()

    @contextmanager
    def lend() -> Iterator[Store]:
        if threading.get_ident() != owner:
            raise RuntimeError("a Store cannot be used from another thread; use open_path")
        yield store

    return lend


class _Relay(QObject):
    # key, generation, result, error. Emitted from a pool thread; the receiver lives on the
    # GUI thread, so Qt queues the call there.
    finished = Signal(str, int, object, object)


class _Task(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        key: str,
        generation: int,
        opener: StoreOpener,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
    ) -> None:
        super().__init__()
        self._relay = relay
        self._key = key
        self._generation = generation
        self._opener = opener
        self._fn = fn
        self._args = args

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            with self._opener() as store:
                result = self._fn(store, *self._args)
        except Exception as exc:  # delivered to the GUI thread, which decides
            error = exc
        # RuntimeError: the window closed while the task ran, and nobody is waiting for it.
        with suppress(RuntimeError):
            self._relay.finished.emit(self._key, self._generation, result, error)


class Workers(QObject):
    """Start store tasks in the background and deliver their results on the GUI thread."""

    def __init__(
        self, opener: StoreOpener, pool: Pool | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        if pool is None:
            pool = QThreadPool(self)
            # A sync or a browser sign-in holds a thread for minutes; inbox queries must still
            # find one free on a 2-core machine (the default is one thread per core).
            pool.setMaxThreadCount(max(pool.maxThreadCount(), MIN_THREADS))
        self._pool: Pool = pool
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._generation: dict[str, int] = {}
        self._callbacks: dict[tuple[str, int], tuple[ResultCallback, ErrorCallback | None]] = {}

    def submit(
        self,
        key: str,
        fn: Callable[..., Any],
        *args: Any,
        on_result: ResultCallback,
        on_error: ErrorCallback | None = None,
    ) -> int:
        """Run fn(store, *args) in the pool; returns the task's generation for its key."""
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        # Only the newest task of a key can still deliver: forget the callbacks of older ones.
        for pending in [k for k in self._callbacks if k[0] == key]:
            del self._callbacks[pending]
        self._callbacks[(key, generation)] = (on_result, on_error)
        self._pool.start(_Task(self._relay, key, generation, self._opener, fn, args))
        return generation

    def is_current(self, key: str, generation: int) -> bool:
        return self._generation.get(key) == generation

    def wait(self, msecs: int = -1) -> bool:
        """Block until running tasks end (before closing the window)."""
        return self._pool.waitForDone(msecs)

    @Slot(str, int, object, object)
    def _deliver(self, key: str, generation: int, result: Any, error: Any) -> None:
        callbacks = self._callbacks.pop((key, generation), None)
        if callbacks is None or not self.is_current(key, generation):
            return  # stale: a newer task with this key was started
        on_result, on_error = callbacks
        if error is None:
            on_result(result)
        elif on_error is not None:
            on_error(error)
        else:
            raise error
