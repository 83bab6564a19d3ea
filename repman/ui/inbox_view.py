"""The inbox table: fixed row height, whole-row selection, selection kept by item id, and
columns that fit the table's width in every language."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating
from repman.ui.inbox_model import STAR_SCALE, Column, InboxModel, header_text

# Widths: a typical value of each column and its title, measured in the view's fonts, never
# the rows themselves. Excerpt takes the rest of the width.
_SAMPLES = {
    Column.SITE: "Tripadvisor",
    Column.AUTHOR: "Γιώργος Παπα",
    Column.RATING: "★★★★★",
    Column.LANGUAGE: "en-GB",
    Column.AGE: QT_TRANSLATE_NOOP("InboxView", "30 min · overdue"),
    Column.STATUS: QT_TRANSLATE_NOOP("InboxView", "In progress"),
    Column.ASSIGNEE: "Nikolaos",
    Column.PRIORITY: "999",
}
PADDING = 12  # the cell's margins around its text
# What the excerpt keeps of the table's width before titles are shortened (elided, with the
# whole title in its tooltip), then values: Greek titles are long, and the excerpt is what
# triage reads. Words in these columns may lose up to 40% of their width to an ellipsis.
EXCERPT_SHARE, EXCERPT_MIN = 0.2, 160
ELASTIC = (Column.SITE, Column.AUTHOR, Column.AGE, Column.STATUS, Column.ASSIGNEE)
SHORTEST = 0.6


class InboxView(Retranslating, QTableView):
    """Never sizes rows or columns to their contents: that would read every row."""

    currentItemChanged = Signal(object)  # item id, or None when nothing is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keep_id: int | None = None
        self._widths: dict[Column, tuple[int, int]] = {}  # value and title widths
        self._fitting = False
        self._user_sized = False  # a column dragged by hand: its widths are left alone
        self._keep_row = -1
        self._shown_id: int | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Arabic script needs more height than Latin at the same size.
        rows.setDefaultSectionSize(round(self.fontMetrics().height() * 1.75))
        rows.hide()
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionsMovable(True)
        columns.setSortIndicatorShown(True)
        columns.setTextElideMode(Qt.TextElideMode.ElideRight)
        columns.sectionResized.connect(self._section_resized)

    @property
    def inbox(self) -> InboxModel | None:
        model = self.model()
        return model if isinstance(model, InboxModel) else None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.inbox
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._remember)
            old.modelReset.disconnect(self._restore)
            old.sortChanged.disconnect(self._show_sort)
        super().setModel(model)
        inbox = self.inbox
        if inbox is None:
            return
        inbox.modelAboutToBeReset.connect(self._remember)
        inbox.modelReset.connect(self._restore)
        inbox.sortChanged.connect(self._show_sort)
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._size_columns()
        self._show_sort(*inbox.sort_indicator())
        # The model's sort() re-runs the id query; the header arrow follows sortChanged.
        self.setSortingEnabled(True)

    def retranslate(self) -> None:
        inbox = self.inbox
        if inbox is not None:
            inbox.retranslate()
            self._size_columns()  # the titles and the words in the cells have new widths

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        titles = QFontMetrics(header.font())
        bold = QFont(self.font())
        bold.setBold(True)  # open criticism rows are bold
        bold_metrics = QFontMetrics(bold)
        stars = QFont(self.font())
        stars.setPointSizeF(stars.pointSizeF() * STAR_SCALE)
        for column, sample in _SAMPLES.items():
            cell = QFontMetrics(stars) if column is Column.RATING else bold_metrics
            if column in (Column.AGE, Column.STATUS):  # these read in the app's language
                sample = QCoreApplication.translate("InboxView", sample)
            title = titles.horizontalAdvance(header_text(column))
            # The title's room also holds the sort arrow on the columns that sort.
            arrow = titles.height() if column in (Column.AGE, Column.PRIORITY) else 0
            self._widths[column] = cell.horizontalAdvance(sample), title + arrow
        header.setSectionResizeMode(Column.EXCERPT, QHeaderView.ResizeMode.Stretch)
        self._fit()

    def _fit(self) -> None:
        """Each column as wide as its values and its title while the excerpt keeps its share
        of the width. Short of room, the titles give up the same fraction of what they need
        beyond their values (and are elided); then the words in the ELASTIC columns do."""
        if self._user_sized or not self._widths:
            return
        width = self.viewport().width()
        scroll = self.verticalScrollBar()
        if not scroll.isVisible():  # it takes its width from the excerpt once rows fill up
            width -= scroll.sizeHint().width()
        room = width - max(EXCERPT_MIN, int(width * EXCERPT_SHARE)) - PADDING * len(self._widths)
        values = sum(value for value, _title in self._widths.values())
        beyond = sum(max(0, title - value) for value, title in self._widths.values())
        title_share = 1.0 if values + beyond <= room or not beyond else (room - values) / beyond
        give = sum(
            value * (1 - SHORTEST) for c, (value, _t) in self._widths.items() if c in ELASTIC
        )
        value_share = 1.0 if values <= room or not give else max(0, room - values + give) / give
        self._fitting = True
        try:
            for column, (value, title) in self._widths.items():
                if column in ELASTIC:
                    value = round(value * (SHORTEST + (1 - SHORTEST) * value_share))
                extra = max(0, title - value) * max(0.0, title_share)
                self.horizontalHeader().resizeSection(column, round(value + extra) + PADDING)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != Column.EXCERPT and self._widths:
            self._user_sized = True  # by hand (the excerpt stretches with the table)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- the current item ------------------------------------------------------------------
    def current_id(self) -> int | None:
        inbox = self.inbox
        index = self.currentIndex()
        if inbox is None or not index.isValid():
            return None
        return inbox.id_at(index.row())

    def select_row(self, row: int) -> None:
        inbox = self.inbox
        if inbox is None or not 0 <= row < inbox.rowCount():
            return
        index = inbox.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def select_id(self, item_id: int) -> bool:
        inbox = self.inbox
        row = -1 if inbox is None else inbox.row_of(item_id)
        self.select_row(row)
        return row >= 0

    def move_by(self, delta: int) -> None:
        """Next (+1) or previous (-1) item, like j and k."""
        inbox = self.inbox
        if inbox is None or inbox.rowCount() == 0:
            return
        current = self.currentIndex().row()
        row = 0 if current < 0 else max(0, min(inbox.rowCount() - 1, current + delta))
        self.select_row(row)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        inbox = self.inbox
        item_id = None if inbox is None or not current.isValid() else inbox.id_at(current.row())
        if item_id != self._shown_id:
            self._shown_id = item_id
            self.currentItemChanged.emit(item_id)

    # -- keeping the selection across a new snapshot ---------------------------------------
    def _remember(self) -> None:
        self._keep_id = self.current_id()
        self._keep_row = self.currentIndex().row()

    def _restore(self) -> None:
        inbox = self.inbox
        if inbox is None:
            return
        row = inbox.row_of(self._keep_id)
        if row < 0 and inbox.rowCount():
            # The item left this view (answered while showing open ones): take the one that
            # moved into its place, so triage goes on down the list.
            row = min(max(self._keep_row, 0), inbox.rowCount() - 1)
        if row >= 0:
            self.select_row(row)
        else:
            self._current_row_changed(QModelIndex(), QModelIndex())

    def _show_sort(self, column: int, order: Qt.SortOrder) -> None:
        header = self.horizontalHeader()
        if header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order:
            blocked = header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(blocked)
            header.viewport().update()
