"""The inbox table model: an ordered-id snapshot plus a page cache (tech-notes §1).

A filter or sort change runs one id query in a worker and swaps the ids in with a model reset;
rowCount() is the length of that snapshot. data() asks the GUI thread's Store for the page of
rows it falls in (PAGE ids at a time) and keeps the last MAX_PAGES pages; nothing else touches
SQL, so a million-row inbox costs 8 MB of ids and a few hundred rows in Python.
"""

from __future__ import annotations

import enum
from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QBrush, QColor, QFont

from repman.domain import OPEN_STATUSES, RepmanError, parse_iso, to_iso, utcnow
from repman.store import InboxFilter, Sort, Store
from repman.ui import display
from repman.ui.i18n import QT_TRANSLATE_NOOP
from repman.ui.workers import Workers

ItemIdRole = int(Qt.ItemDataRole.UserRole) + 1
_Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    SITE = 0
    AUTHOR = 1
    RATING = 2
    EXCERPT = 3
    LANGUAGE = 4
    AGE = 5
    STATUS = 6
    ASSIGNEE = 7
    PRIORITY = 8


COLUMNS = tuple(Column)  # by position: an enum lookup per cell is a cost in painting
HEADERS = {
    Column.SITE: QT_TRANSLATE_NOOP("InboxModel", "Site"),
    Column.AUTHOR: QT_TRANSLATE_NOOP("InboxModel", "Author"),
    Column.RATING: QT_TRANSLATE_NOOP("InboxModel", "Rating"),
    Column.EXCERPT: QT_TRANSLATE_NOOP("InboxModel", "Excerpt"),
    Column.LANGUAGE: QT_TRANSLATE_NOOP("InboxModel", "Language"),
    Column.AGE: QT_TRANSLATE_NOOP("InboxModel", "Age"),
    Column.STATUS: QT_TRANSLATE_NOOP("InboxModel", "Status"),
    Column.ASSIGNEE: QT_TRANSLATE_NOOP("InboxModel", "Assignee"),
    Column.PRIORITY: QT_TRANSLATE_NOOP("InboxModel", "Priority"),
}
# Tooltips of the column titles: also the whole of a title cut short in a narrow table.
HEADER_TIPS = {
    Column.SITE: QT_TRANSLATE_NOOP("InboxModel", "Site: where the item was written"),
    Column.AUTHOR: QT_TRANSLATE_NOOP("InboxModel", "Author: who wrote it"),
    Column.RATING: QT_TRANSLATE_NOOP(
        "InboxModel", "Rating: the stars given, where the site has them"
    ),
    Column.EXCERPT: QT_TRANSLATE_NOOP("InboxModel", "Excerpt: the start of the text"),
    Column.LANGUAGE: QT_TRANSLATE_NOOP("InboxModel", "Language: the language of the text"),
    Column.AGE: QT_TRANSLATE_NOOP(
        "InboxModel", "Age: how long ago it was written; overdue once past its response target"
    ),
    Column.STATUS: QT_TRANSLATE_NOOP(
        "InboxModel", "Status: new, in progress, answered, closed or ignored"
    ),
    Column.ASSIGNEE: QT_TRANSLATE_NOOP("InboxModel", "Assignee: who answers it"),
    Column.PRIORITY: QT_TRANSLATE_NOOP(
        "InboxModel", "Priority: higher comes first; open criticism and late items climb"
    ),
}
_USER_TEXT = (Column.AUTHOR, Column.EXCERPT)


def header_text(column: Column) -> str:
    """A column title in the language of the app."""
    return QCoreApplication.translate("InboxModel", HEADERS[column])


_V = Qt.AlignmentFlag.AlignVCenter
_ALIGN_LTR = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | _V
_ALIGN_RTL = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | _V
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignTrailing | _V
_ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
STAR_SCALE = 1.15  # the star glyphs are small next to letters of the same point size


@dataclass(frozen=True)
class Snapshot:
    """What one query returns: the ordered ids and the numbers shown around the table."""

    ids: array[int]
    status_counts: dict[str, int] = field(default_factory=dict)
    overdue_followups: frozenset[int] = frozenset()


def take_snapshot(store: Store, f: InboxFilter, sort: Sort, now_iso: str) -> Snapshot:
    """Runs in a worker with the worker's own Store."""
    return Snapshot(
        ids=store.inbox_ids(f, sort),
        status_counts=store.status_counts(f),
        overdue_followups=frozenset(store.items_with_overdue_followups(f, now_iso)),
    )


@dataclass
class _Row:
    """One item with its display strings worked out once, when its page is loaded."""

    item: dict[str, Any]
    cells: list[str]
    created: datetime | None
    rtl: dict[Column, bool]
    open: bool
    criticism: bool


def _prepare(item: dict[str, Any]) -> _Row:
    author = display.clean_name(item.get("author"))
    text = display.excerpt(item.get("text"), item.get("title"))
    priority = item.get("priority")
    cells = [""] * len(Column)
    # Each cell is an isolate with its own direction: in a right-to-left window "3 h · overdue"
    # would otherwise be reordered around its neutral characters. Stars stay bare, so they
    # fill from the reading side.
    cells[Column.SITE] = display.isolate(display.clean_name(item.get("source")))
    cells[Column.AUTHOR] = display.isolate(author)
    cells[Column.RATING] = display.stars(item.get("rating"))
    cells[Column.EXCERPT] = display.isolate(text)
    cells[Column.LANGUAGE] = display.isolate(item.get("language") or "")
    cells[Column.STATUS] = display.isolate(display.status_label(item.get("status")))
    cells[Column.ASSIGNEE] = display.isolate(display.clean_name(item.get("assignee")))
    cells[Column.PRIORITY] = "" if priority is None else display.isolate(f"{priority:.0f}")
    try:
        created = parse_iso(item["created_at"]) if item.get("created_at") else None
    except ValueError:
        created = None
    return _Row(
        item=item,
        cells=cells,
        created=created,
        rtl={Column.AUTHOR: display.is_rtl(author), Column.EXCERPT: display.is_rtl(text)},
        open=item.get("status") in OPEN_STATUSES,
        criticism=bool(item.get("is_criticism")),
    )


class InboxModel(QAbstractTableModel):
    PAGE = 100
    MAX_PAGES = 50

    loaded = QtSignal()  # a new snapshot is in: row count and status counts are fresh
    failed = QtSignal(str)  # the query failed with a message for the user
    sortChanged = QtSignal(int, Qt.SortOrder)  # the sort really applied (column, order)

    def __init__(
        self,
        store: Store,
        workers: Workers,
        *,
        clock: Callable[[], datetime] = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._workers = workers
        self._clock = clock
        self._now = clock()
        self._filter = InboxFilter()
        self._sort = Sort.PRIORITY
        self._snapshot = Snapshot(array("q"))
        self._pages: OrderedDict[int, list[_Row | None]] = OrderedDict()
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        self._tint = QBrush(QColor(220, 38, 38, 40))  # translucent: works on dark themes too
        self._overdue = QBrush(QColor(211, 47, 47))

    # -- the query -------------------------------------------------------------------------
    @property
    def filter(self) -> InboxFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    @property
    def status_counts(self) -> dict[str, int]:
        return dict(self._snapshot.status_counts)

    def set_filter(self, f: InboxFilter) -> None:
        if f != self._filter:
            self._filter = f
            self._show_first_page()
            self.refresh()

    def set_sort(self, sort: Sort) -> None:
        if sort is not self._sort:
            self._sort = sort
            self._show_first_page()
            self.refresh()
        self.sortChanged.emit(*self.sort_indicator())

    def _show_first_page(self) -> None:
        """The first rows of the new query at once, from one keyset page (milliseconds even
        at 1M items), while the full id snapshot (a quarter second there) comes from the
        worker and replaces them. Counts keep their old values until then."""
        try:
            rows, _ = self._store.inbox_page(self._filter, self._sort, limit=self.PAGE)
        except RepmanError:
            return  # the worker's query reports the problem
        old = self._snapshot
        self.beginResetModel()
        self._snapshot = Snapshot(
            array("q", (row["id"] for row in rows)), old.status_counts, old.overdue_followups
        )
        self._pages.clear()
        self._now = self._clock()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the query (after a status change or a sync) and forget cached rows."""
        self._pages.clear()
        if self._snapshot.ids:
            # Show fresh rows at once; the new snapshot follows from the worker.
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._snapshot.ids) - 1, len(Column) - 1)
            )
        self._workers.submit(
            "inbox",
            take_snapshot,
            self._filter,
            self._sort,
            to_iso(self._clock()),
            on_result=self._swap,
            on_error=self._query_failed,
        )

    def _swap(self, snapshot: Snapshot) -> None:
        self.beginResetModel()
        self._snapshot = snapshot
        self._pages.clear()
        self._now = self._clock()
        self.endResetModel()
        self.loaded.emit()

    def _query_failed(self, error: BaseException) -> None:
        if not isinstance(error, RepmanError):
            raise error
        self.failed.emit(error.message)

    def retranslate(self) -> None:
        """The language changed: the cached rows hold words (statuses) of the old one."""
        self._pages.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._snapshot.ids:
            last = len(self._snapshot.ids) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, len(Column) - 1))

    def tick(self) -> None:
        """Move the clock on: ages and overdue marks change with time, not with data."""
        self._now = self._clock()
        if self._snapshot.ids:
            last = len(self._snapshot.ids) - 1
            self.dataChanged.emit(self.index(0, Column.AGE), self.index(last, Column.AGE))

    # -- rows ------------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        ids = self._snapshot.ids
        return ids[row] if 0 <= row < len(ids) else None

    def row_of(self, item_id: int | None) -> int:
        if item_id is None:
            return -1
        try:
            return self._snapshot.ids.index(item_id)
        except ValueError:
            return -1

    def item_at(self, row: int) -> dict[str, Any] | None:
        cached = self._row(row)
        return None if cached is None else cached.item

    def is_overdue(self, row: int) -> bool:
        cached = self._row(row)
        return cached is not None and self._overdue_row(cached)

    def _row(self, row: int) -> _Row | None:
        ids = self._snapshot.ids
        if not 0 <= row < len(ids):
            return None
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._load_page(number)
        else:
            self._pages.move_to_end(number)
        return page[row - number * self.PAGE]

    def _load_page(self, number: int) -> list[_Row | None]:
        start = number * self.PAGE
        ids = self._snapshot.ids[start : start + self.PAGE].tolist()
        items = self._store.items_by_ids(ids)
        # An id can vanish between the snapshot and the page (a source was removed).
        page = [None if (item := items.get(i)) is None else _prepare(item) for i in ids]
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _overdue_row(self, row: _Row) -> bool:
        if row.item["id"] in self._snapshot.overdue_followups:
            return True
        return row.created is not None and display.is_overdue(
            row.item["status"], row.criticism, row.created, self._now
        )

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._snapshot.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("InboxModel", HEADER_TIPS[COLUMNS[section]])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.AGE:
                return self._age_text(row)
            return row.cells[column]
        if role == ItemIdRole:
            return row.item["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(bold=row.open and row.criticism, stars=column is Column.RATING)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint if row.open and row.criticism else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._overdue if column is Column.AGE and self._overdue_row(row) else None
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.AGE:
            return self._age_tooltip(row)
        return None

    def _age_text(self, row: _Row) -> str:
        if row.created is None:
            return ""
        text = display.age(self._now - row.created)
        overdue = self.tr("{age} · overdue").format(age=text)
        return display.isolate(overdue if self._overdue_row(row) else text)

    def _age_tooltip(self, row: _Row) -> str:
        created = display.local_time(row.item.get("created_at"))
        if not self._overdue_row(row):
            return created
        hours = display.target_hours(row.criticism)
        if row.criticism:
            late = self.tr("Overdue: the response target for criticism is {hours} h")
        else:
            late = self.tr("Overdue: the response target for this item is {hours} h")
        return f"{created}\n" + late.format(hours=f"{hours:g}")

    def _alignment(self, row: _Row, column: Column) -> Any:
        if column in _USER_TEXT:
            # Arabic and Urdu read from the right edge; Qt's bidi orders the letters.
            return _ALIGN_RTL if row.rtl[column] else _ALIGN_LTR
        if column in (Column.AGE, Column.PRIORITY):
            return _ALIGN_NUMBER
        if column is Column.RATING:
            return _ALIGN_CENTER
        return None

    def _font(self, *, bold: bool, stars: bool) -> QFont | None:
        if not (bold or stars):
            return None
        key = (bold, stars)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setBold(bold)
            if stars:
                font.setPointSizeF(font.pointSizeF() * STAR_SCALE)
            self._fonts[key] = font
        return font

    # -- sorting: re-run the id query, never sort in Python ---------------------------------
    def sort_indicator(self) -> tuple[int, Qt.SortOrder]:
        if self._sort is Sort.PRIORITY:
            return int(Column.PRIORITY), Qt.SortOrder.DescendingOrder
        order = Qt.SortOrder.AscendingOrder  # youngest first
        if self._sort is Sort.OLDEST:
            order = Qt.SortOrder.DescendingOrder
        return int(Column.AGE), order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Priority and Age can be sorted (the store has an index for them); others cannot."""
        if column == Column.PRIORITY:
            self.set_sort(Sort.PRIORITY)
        elif column == Column.AGE:
            ascending = order == Qt.SortOrder.AscendingOrder
            self.set_sort(Sort.NEWEST if ascending else Sort.OLDEST)
        else:
            self.sortChanged.emit(*self.sort_indicator())  # puts the header arrow back
