from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from hypothesis import settings as hypothesis_settings

from repman.store import Store
from tests.memkeyring import MemoryKeyring

# CI replays the same examples every run so a landing never fails on a new random draw;
# developers' runs keep drawing new ones, which is how fresh bugs are found.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked slow are opt-in: they run only with REPMAN_SLOW=1 (`make test` skips them)."""
    if os.environ.get("REPMAN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: set REPMAN_SLOW=1 to run it")
    for item in items:
        if item.get_closest_marker("slow") is not None:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def mem_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring, never the developer's real one."""
    old = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(old)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the developer's real data, config, database or log."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))  # the log file
    monkeypatch.delenv("REPMAN_DB", raising=False)
    monkeypatch.setenv("REPMAN_USER", "tester")
    yield
    # cli.main() installs the log file once per process: without this, every later test
    # would log into the first one's home, and a test that reads its own log finds nothing.
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "repman", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "inbox.db") as s:
        yield s
