"""Lazy, cached, thread-safe loading of the data under resources/ (works frozen too)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.RLock()
_cache: dict[tuple[str, ...], Any] = {}


def resource(folder: str, name: str) -> Traversable:
    return files("repman.resources") / folder / name


def resource_names(folder: str, suffix: str) -> list[str]:
    base = files("repman.resources") / folder
    return sorted(p.name for p in base.iterdir() if p.name.endswith(suffix))


def cached(key: tuple[str, ...], load: Callable[[], T]) -> T:
    """load() once per key, even when several threads ask at the same moment."""
    try:
        return _cache[key]  # type: ignore[no-any-return]
    except KeyError:
        pass
    with _lock:
        if key not in _cache:
            _cache[key] = load()
        return _cache[key]  # type: ignore[no-any-return]


def read_json(folder: str, name: str) -> Any:
    return json.loads(resource(folder, name).read_text(encoding="utf-8"))
