"""The background mechanism: results on the GUI thread, stale results dropped, own Store."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRunnable, QThreadPool

from repman.domain import RepmanError
from repman.store import InboxFilter, Store
from repman.ui.workers import SyncPool, Workers, open_path, use_store


class HeldPool:
    """Keeps tasks until the test runs them, in any order."""

    def __init__(self) -> None:
        self.tasks: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.tasks.append(runnable)

    def waitForDone(self, msecs: int = -1) -> bool:
        return True


def count_items(store: Store) -> int:
    return store.count(InboxFilter())


def test_sync_pool_delivers_before_submit_returns(store: Store, add_item: Any) -> None:
    add_item("one")
    workers = Workers(use_store(store), pool=SyncPool())
    results: list[int] = []
    workers.submit("count", count_items, on_result=results.append)
    assert results == [1]


def test_a_newer_task_makes_the_older_result_stale(store: Store) -> None:
    pool = HeldPool()
    workers = Workers(use_store(store), pool=pool)
    results: list[str] = []
    workers.submit("q", lambda _store, x: x, "old", on_result=results.append)
    workers.submit("q", lambda _store, x: x, "new", on_result=results.append)
    workers.submit("other", lambda _store, x: x, "independent", on_result=results.append)
    new, old = pool.tasks[1], pool.tasks[0]
    new.run()
    old.run()  # finishes last, but a newer query of the same key exists
    pool.tasks[2].run()
    assert results == ["new", "independent"]


def test_a_user_error_goes_to_on_error(store: Store) -> None:
    workers = Workers(use_store(store), pool=SyncPool())

    def fails(_store: Store) -> None:
        raise RepmanError("the inbox is locked")

    errors: list[BaseException] = []
    workers.submit("q", fails, on_result=lambda _r: None, on_error=errors.append)
    assert [e.args[0] for e in errors] == ["the inbox is locked"]


def test_thread_pool_task_uses_its_own_store_and_reports_on_gui_thread(
    qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "inbox.db"
    with Store.open(path) as gui_store:
        gui_store.add_source("google", "Google")
        pool = QThreadPool()
        workers = Workers(open_path(path), pool=pool)
        seen: dict[str, Any] = {}

        def task(store: Store) -> int:
            seen["task_thread"] = threading.get_ident()
            seen["same_store"] = store is gui_store
            return len(store.sources())

        def done(result: int) -> None:
            seen["result"] = result
            seen["result_thread"] = threading.get_ident()

        workers.submit("sources", task, on_result=done)
        qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
        assert pool.waitForDone(5000)
    assert seen["result"] == 1
    assert seen["same_store"] is False
    assert seen["task_thread"] != threading.get_ident()
    assert seen["result_thread"] == threading.get_ident()


def test_a_lent_store_refuses_other_threads(qtbot: Any, store: Store) -> None:
    pool = QThreadPool()
    workers = Workers(use_store(store), pool=pool)
    errors: list[BaseException] = []
    workers.submit("q", count_items, on_result=lambda _r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert pool.waitForDone(5000)
    assert isinstance(errors[0], RuntimeError)
