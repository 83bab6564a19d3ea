"""A main window over a small inbox on two sites, for the filter, view and triage tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from repman.domain import Item, ItemKind, Status, criticism_from_rating
from repman.store import Store
from repman.ui.main_window import MainWindow
from repman.ui.workers import Workers

from .conftest import clock, hours_ago

ACTOR = "alice"


class Recorder:
    """Stands in for a dialog or the URL opener: remembers calls, gives a fixed answer."""

    def __init__(self, answer: Any = None) -> None:
        self.calls: list[Any] = []
        self.answer = answer

    def __call__(self, *args: Any) -> Any:
        self.calls.append(args[0] if len(args) == 1 else args)
        return self.answer


class HeldPool:
    """Keeps tasks until the test runs them: shows what waits for a worker."""

    def __init__(self) -> None:
        self.tasks: list[Any] = []

    def start(self, runnable: Any) -> None:
        self.tasks.append(runnable)

    def waitForDone(self, msecs: int = -1) -> bool:
        return True


def fill(store: Store, add_item: Any) -> dict[str, int]:
    """Google (add_item's source) and Yelp; Sam writes on both."""
    ids = {
        "cold": add_item(
            "Cold food and rude staff",
            rating=1,
            author_name="Sam",
            language="en",
            url="https://maps.example.com/review/1",
        ),
        "pizza": add_item(
            "Best pizza in town", rating=5, author_name="Jo", created_at=hours_ago(72)
        ),
        "slow": add_item("Slow service", rating=2, author_name="Lee", created_at=hours_ago(480)),
        "ar": add_item(
            "البيتزا وصلت باردة",
            rating=2,
            author_name="أحمد",
            language="ar",
            created_at=hours_ago(1440),
        ),
        "el": add_item("Ωραίο φαγητό", rating=4, author_name="Νίκος", language="el"),
        "local": add_item("A file link", rating=3, url="file:///etc/passwd"),
    }
    yelp = store.add_source("yelp", "Yelp")
    store.upsert_items(
        yelp.id,
        [
            Item("y1", ItemKind.REVIEW, "Still cold, second time", hours_ago(30), "Sam", rating=1),
            Item("y2", ItemKind.REVIEW, "Lovely evening", hours_ago(1), "Kim", rating=5),
        ],
        assess=lambda i: criticism_from_rating(i.rating),
    )
    ids["y1"] = store.item_id(yelp.id, "y1")
    ids["y2"] = store.item_id(yelp.id, "y2")
    ids["yelp_source"] = yelp.id
    store.set_category(ids["cold"], "delivery", "Maya")
    store.set_category(ids["y1"], "delivery", "Maya")
    store.set_category(ids["slow"], "waiting_time", "Maya")
    store.assign(ids["slow"], "Eleni", "Maya")
    store.assign(ids["pizza"], ACTOR, "Maya")
    store.set_status(ids["pizza"], Status.ANSWERED, ACTOR)
    return ids


def make_window(
    qtbot: Any, store: Store, workers: Workers, views_path: Path, **kwargs: Any
) -> MainWindow:
    kwargs.setdefault("ask_reason", Recorder("spam"))
    window = MainWindow(store, workers, actor=ACTOR, clock=clock, views_path=views_path, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def ids_shown(window: MainWindow) -> list[int]:
    model = window.model
    return [i for r in range(model.rowCount()) if (i := model.id_at(r)) is not None]
