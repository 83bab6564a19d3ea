"""The inbox model: an id snapshot from the store, rows fetched a page at a time."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from repman.domain import Item, ItemKind, Status, criticism_from_rating
from repman.store import InboxFilter, Sort, Store
from repman.ui.display import FSI, PDI
from repman.ui.inbox_model import Column, InboxModel, ItemIdRole
from repman.ui.inbox_view import InboxView
from repman.ui.workers import Workers

from .conftest import clock, hours_ago

DISPLAY = Qt.ItemDataRole.DisplayRole


def shown(model: InboxModel, row: int, column: Column) -> str:
    """The cell's text without the isolate marks that keep its direction to itself."""
    value = model.data(model.index(row, column), DISPLAY)
    return str(value).removeprefix(FSI).removesuffix(PDI)


def make_model(store: Store, workers: Workers, f: InboxFilter | None = None) -> InboxModel:
    model = InboxModel(store, workers, clock=clock)
    model.set_filter(f or InboxFilter())
    model.refresh()
    return model


@pytest.fixture
def mixed(store: Store, add_item: Any) -> dict[str, int]:
    ids = {
        "bad": add_item("Cold food\nand rude staff", rating=1, author_name="Sam", language="en"),
        "good": add_item("Best pizza in town", rating=5, author_name="Jo", language="en"),
        "ar": add_item("الخدمة سيئة جدا!", rating=2, author_name="أحمد", language="ar"),
        "el": add_item("Πολύ καλό φαγητό", rating=4, author_name="Μαρία", language="el"),
    }
    store.set_status(ids["good"], Status.ANSWERED, "me")
    return ids


@pytest.mark.parametrize(
    "f",
    [
        InboxFilter(),
        InboxFilter(statuses=(Status.NEW.value,)),
        InboxFilter(statuses=(Status.ANSWERED.value,)),
        InboxFilter(criticism=True),
        InboxFilter(search="pizza"),
        InboxFilter(search="سيئة"),
    ],
)
def test_row_count_is_the_store_count(
    store: Store, workers: Workers, mixed: dict[str, int], f: InboxFilter
) -> None:
    model = make_model(store, workers, f)
    assert model.rowCount() == store.count(f)
    assert [model.id_at(r) for r in range(model.rowCount())] == list(store.inbox_ids(f))


def test_a_row_shows_its_item(store: Store, workers: Workers, mixed: dict[str, int]) -> None:
    model = make_model(store, workers)
    row = model.row_of(mixed["bad"])
    assert model.data(model.index(row, 0), ItemIdRole) == mixed["bad"]
    assert shown(model, row, Column.SITE) == "Google"
    assert shown(model, row, Column.AUTHOR) == "Sam"
    assert shown(model, row, Column.RATING) == "★☆☆☆☆"
    assert shown(model, row, Column.EXCERPT) == "Cold food"  # the first line only
    assert shown(model, row, Column.LANGUAGE) == "en"
    assert shown(model, row, Column.STATUS) == "New"
    assert shown(model, row, Column.AGE) == "2 h · overdue"  # criticism: 1 h target
    assert shown(model, row, Column.PRIORITY) == f"{store.item(mixed['bad'])['priority']:.0f}"
    assert model.headerData(Column.RATING, Qt.Orientation.Horizontal, DISPLAY) == "Rating"


def test_long_text_is_cut_to_an_excerpt(store: Store, workers: Workers, add_item: Any) -> None:
    add_item("word " * 100)
    model = make_model(store, workers)
    text = shown(model, 0, Column.EXCERPT)
    assert len(text) <= 120
    assert text.endswith("…")


def test_filter_changes_the_rows(store: Store, workers: Workers, mixed: dict[str, int]) -> None:
    model = make_model(store, workers)
    assert model.rowCount() == 4
    model.set_filter(InboxFilter(statuses=(Status.ANSWERED.value,)))
    assert [model.id_at(r) for r in range(model.rowCount())] == [mixed["good"]]
    model.set_filter(InboxFilter(search="pizza"))
    assert model.rowCount() == 1
    model.set_filter(InboxFilter(criticism=True))
    assert {model.id_at(r) for r in range(model.rowCount())} == {mixed["bad"], mixed["ar"]}
    assert model.status_counts == {"new": 2}


def test_refresh_shows_a_status_change(
    store: Store, workers: Workers, mixed: dict[str, int]
) -> None:
    model = make_model(store, workers)
    row = model.row_of(mixed["el"])
    assert shown(model, row, Column.STATUS) == "New"
    store.set_status(mixed["el"], Status.IN_PROGRESS, "me")
    model.refresh()
    assert shown(model, model.row_of(mixed["el"]), Column.STATUS) == "In progress"


def test_open_criticism_is_marked_and_answered_is_not(
    store: Store, workers: Workers, add_item: Any
) -> None:
    bad = add_item("Awful", rating=1)
    fine = add_item("Fine", rating=4)
    done = add_item("Awful but answered", rating=1)
    store.set_status(done, Status.ANSWERED, "me")
    model = make_model(store, workers)

    def roles(item_id: int) -> tuple[Any, Any]:
        index = model.index(model.row_of(item_id), Column.AUTHOR)
        font = model.data(index, Qt.ItemDataRole.FontRole)
        return (font is not None and font.bold()), model.data(index, Qt.ItemDataRole.BackgroundRole)

    assert roles(bad)[0] is True and roles(bad)[1] is not None
    assert roles(fine) == (False, None)
    assert roles(done) == (False, None)


def test_overdue_follows_the_response_targets(
    store: Store, workers: Workers, add_item: Any
) -> None:
    criticism_fresh = add_item("Bad", rating=1, created_at=hours_ago(0.5))
    criticism_late = add_item("Bad", rating=1, created_at=hours_ago(1.5))
    praise_late = add_item("Good", rating=5, created_at=hours_ago(23))
    praise_later = add_item("Good", rating=5, created_at=hours_ago(25))
    closed_late = add_item("Bad", rating=1, created_at=hours_ago(50))
    store.set_status(closed_late, Status.IGNORED, "me", "spam")
    model = make_model(store, workers)
    overdue = {i for i in range(model.rowCount()) if model.is_overdue(i)}
    assert {model.id_at(r) for r in overdue} == {criticism_late, praise_later}
    assert shown(model, model.row_of(praise_later), Column.AGE) == "1 d · overdue"
    assert shown(model, model.row_of(criticism_fresh), Column.AGE) == "30 min"
    assert shown(model, model.row_of(praise_late), Column.AGE) == "23 h"


def test_an_overdue_followup_marks_any_status(
    store: Store, workers: Workers, add_item: Any
) -> None:
    item = add_item("Good", rating=5, created_at=hours_ago(1))
    store.set_status(item, Status.ANSWERED, "me")
    store.add_followup(item, hours_ago(0.5), "call back", "me")
    model = make_model(store, workers)
    assert model.is_overdue(model.row_of(item))


def test_author_names_lose_bidi_overrides(store: Store, workers: Workers, add_item: Any) -> None:
    add_item("x", author_name="Mona\u202e evil\u202c\u2066")
    model = make_model(store, workers)
    assert shown(model, 0, Column.AUTHOR) == "Mona evil"


def test_arabic_text_is_aligned_right_to_left(
    store: Store, workers: Workers, mixed: dict[str, int]
) -> None:
    model = make_model(store, workers)
    align = Qt.ItemDataRole.TextAlignmentRole
    arabic, english = model.row_of(mixed["ar"]), model.row_of(mixed["bad"])
    for column in (Column.AUTHOR, Column.EXCERPT):
        assert model.data(model.index(arabic, column), align) & Qt.AlignmentFlag.AlignRight
        assert model.data(model.index(english, column), align) & Qt.AlignmentFlag.AlignLeft
    # The text is isolated so Qt's bidi orders it by its own first letter.
    raw = model.data(model.index(arabic, Column.EXCERPT), DISPLAY)
    assert raw == f"{FSI}الخدمة سيئة جدا!{PDI}"


def test_sorting_reruns_the_query(store: Store, workers: Workers, mixed: dict[str, int]) -> None:
    model = make_model(store, workers)
    seen: list[tuple[int, Any]] = []
    model.sortChanged.connect(lambda c, o: seen.append((c, o)))
    model.sort(Column.AGE, Qt.SortOrder.DescendingOrder)
    assert model.sort_order is Sort.OLDEST
    assert [model.id_at(r) for r in range(4)] == list(store.inbox_ids(InboxFilter(), Sort.OLDEST))
    model.sort(Column.SITE, Qt.SortOrder.AscendingOrder)  # not sortable: nothing changes
    assert model.sort_order is Sort.OLDEST
    assert seen[-1] == (Column.AGE, Qt.SortOrder.DescendingOrder)
    model.sort(Column.PRIORITY, Qt.SortOrder.AscendingOrder)
    assert model.sort_order is Sort.PRIORITY


class CountingStore:
    """The GUI-thread Store, recording how many ids each page query asks for."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.requests: list[int] = []

    def items_by_ids(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        self.requests.append(len(ids))
        return self._store.items_by_ids(ids)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


@pytest.fixture
def big(store: Store) -> Store:
    source = store.add_source("tripadvisor", "Tripadvisor")
    items = [
        Item(f"r{n}", ItemKind.REVIEW, f"review {n}", hours_ago(n % 300), rating=1 + n % 5)
        for n in range(1200)
    ]
    store.upsert_items(source.id, items, assess=lambda i: criticism_from_rating(i.rating))
    return store


def test_rows_are_read_a_page_at_a_time(qtbot: Any, big: Store, workers: Workers) -> None:
    counting = CountingStore(big)
    model = InboxModel(counting, workers, clock=clock)  # type: ignore[arg-type]
    model.refresh()
    view = InboxView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    QApplication.processEvents()
    assert model.rowCount() == 1200
    assert 0 < sum(counting.requests) <= 2 * InboxModel.PAGE  # only what is on screen
    view.scrollToBottom()
    QApplication.processEvents()
    view.select_row(555)
    QApplication.processEvents()
    assert max(counting.requests) <= InboxModel.PAGE
    assert sum(counting.requests) < 1200 / 2


def test_the_page_cache_is_bounded(big: Store, workers: Workers) -> None:
    counting = CountingStore(big)
    model = InboxModel(counting, workers, clock=clock)  # type: ignore[arg-type]
    model.PAGE = 10  # 120 pages of 10
    model.refresh()
    for row in range(0, 1200, 10):
        model.data(model.index(row, Column.AUTHOR))
    assert len(counting.requests) == 120
    model.data(model.index(1199, Column.AUTHOR))  # among the most recent pages: cached
    assert len(counting.requests) == 120
    model.data(model.index(0, Column.AUTHOR))  # long evicted: read again
    assert len(counting.requests) == 121
    assert max(counting.requests) == 10


def test_no_rows_and_no_sql_for_an_invalid_index(big: Store, workers: Workers) -> None:
    counting = CountingStore(big)
    model = InboxModel(counting, workers, clock=clock)  # type: ignore[arg-type]
    model.refresh()
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(5000, 0)) is None
    assert counting.requests == []
