"""The sync panel: one row per source with a progress bar (busy until the site says how many
items it has), fetched/new counts and, when a source fails, what went wrong in words an
owner understands; a Cancel button and the auto-sync interval.

Source names and errors are user or site text: labels are Qt.PlainText, tooltips escaped.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from repman.domain import RepmanError
from repman.ui import display
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating
from repman.ui.sync_controller import (
    AUTH_EXPIRED,
    CANCELLED,
    MAX_AUTO_MINUTES,
    RATE_LIMITED,
    SyncController,
    SyncResult,
    describe_problem,
)

if TYPE_CHECKING:
    from repman.sync import SourceProgress

PROBLEM_COLOR = QColor(176, 0, 32)  # dark red: readable on light and mid-grey backgrounds
BAR_WIDTH = 220
VISIBLE_ROWS = 6
NO_SOURCES = QT_TRANSLATE_NOOP(
    "SyncPanel", "Nothing to sync yet: add a source with Sync ▸ Sources… (Ctrl+,)."
)


def site_label(kind: str) -> str:
    # Imported here: the connectors (and their HTTP client) load when a sync reports, not
    # before the inbox first paints.
    from repman.sources.registry import connector_class

    try:
        return connector_class(kind).label
    except RepmanError:  # an import source, or a kind this version no longer knows
        return kind


def _plural(n: int, one: str, many: str) -> str:
    """Two translated strings, "1 new item" and "{count} new items": translators word the second
    so it reads right for any count (e.g. "new items: {count}"); no Qt plural forms."""
    return one if n == 1 else many.format(count=n)


@dataclass
class _Row:
    name: QLabel
    bar: QProgressBar
    counts: QLabel
    status: QLabel
    reconnect: QPushButton
    cell: QWidget  # status and reconnect side by side


def _align_to_start(label: QLabel, window: QWidget) -> None:
    """Like a table cell: text starts on the start side of the window's direction, whatever
    the direction of the (often English) message itself."""
    side = Qt.AlignmentFlag.AlignRight if window.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


def _label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SyncPanel(Retranslating, QWidget):
    reconnectRequested = Signal(str)  # the name of a source whose login expired

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows: dict[str, _Row] = {}
        self._order: list[str] = []
        self._shown: dict[str, SourceProgress] = {}  # the last progress of each row
        self._summary_words: Callable[[SyncPanel], str] = lambda self: self.tr(
            "Not synced yet in this session."
        )

        self.summary = _label(self)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.summary.setWordWrap(True)
        _align_to_start(self.summary, self)
        self.auto = QSpinBox(self)
        self.auto.setRange(0, MAX_AUTO_MINUTES)
        self.auto.setKeyboardTracking(False)  # one change when the user is done typing
        self.auto.setValue(controller.auto_minutes())
        self.auto_label = _label(self)
        self.auto_label.setBuddy(self.auto)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(controller.is_running)

        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(self.auto_label)
        header.addWidget(self.auto)
        header.addSpacing(12)
        header.addWidget(self.cancel_button)

        self._rows_widget = QWidget(self)
        self._grid = QGridLayout(self._rows_widget)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setColumnStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.addWidget(self._rows_widget)
        holder_column.addStretch(1)
        scroll.setWidget(holder)

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addLayout(header)
        column.addWidget(scroll, 1)

        self.cancel_button.clicked.connect(self._cancel)
        self.auto.valueChanged.connect(controller.set_auto_minutes)
        controller.started.connect(self._started)
        controller.progress.connect(self.show_progress)
        controller.finished.connect(self.show_result)
        controller.failed.connect(self._failed)
        controller.runningChanged.connect(self.cancel_button.setEnabled)
        self.retranslate()

    def retranslate(self) -> None:
        self.summary.setText(self._summary_words(self))
        self.auto.setSuffix(self.tr(" min"))
        self.auto.setSpecialValueText(self.tr("Off"))
        self.auto.setToolTip(
            self.tr("Sync every few minutes while Repman is open (0 turns it off)")
        )
        self.auto_label.setText(self.tr("Sync automatically every"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the sync; what was fetched so far is kept"))
        for row in self.rows.values():
            self._reconnect_words(row.reconnect)
        for progress in self._shown.values():
            self.show_progress(progress)

    def _reconnect_words(self, button: QPushButton) -> None:
        button.setText(self.tr("Reconnect"))
        button.setToolTip(self.tr("Open the source's settings to sign in again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            for label in (self.summary, *(row.status for row in self.rows.values())):
                _align_to_start(label, self)
        super().changeEvent(event)

    def _say(self, words: Callable[[SyncPanel], str]) -> None:
        """The summary line, kept as a function of the panel so a language switch words it
        again. Not a closure over the panel: that reference cycle would leave the panel to
        the garbage collector, which may run on a worker thread. Its argument is named self
        so that lupdate files the words under SyncPanel."""
        self._summary_words = words
        self.summary.setText(words(self))

    def sizeHint(self) -> QSize:
        """Tall enough for a header and about six sources before it scrolls."""
        hint = super().sizeHint()
        line = max(self.cancel_button.sizeHint().height(), self.fontMetrics().height()) + 8
        return QSize(hint.width(), line * (VISIBLE_ROWS + 1) + 16)

    # -- rows ------------------------------------------------------------------------------
    def _clear(self) -> None:
        for row in self.rows.values():
            for widget in (row.name, row.bar, row.counts, row.cell):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self.rows.clear()
        self._order.clear()
        self._shown.clear()

    def _row(self, progress: SourceProgress) -> _Row:
        row = self.rows.get(progress.source)
        if row is not None:
            return row
        parent = self._rows_widget
        # Isolated: an Arabic name must not turn the line, with the site's name, around.
        name_text = (
            f"{display.isolate(display.clean_name(progress.source))} ({site_label(progress.kind)})"
        )
        name = _label(parent, name_text)
        bar = QProgressBar(parent)
        bar.setFixedWidth(BAR_WIDTH)
        bar.setRange(0, 0)  # busy until the site says how many there are
        counts = _label(parent)
        status = _label(parent)
        status.setWordWrap(True)
        _align_to_start(status, self)
        reconnect = QPushButton(parent)
        self._reconnect_words(reconnect)
        reconnect.setVisible(False)
        cell = QWidget(parent)  # the problem and its remedy read as one line
        cell_row = QHBoxLayout(cell)
        cell_row.setContentsMargins(0, 0, 0, 0)
        cell_row.addWidget(status, 1)
        cell_row.addWidget(reconnect)
        cell_row.addStretch(0)
        source = progress.source
        reconnect.clicked.connect(lambda _=False: self.reconnectRequested.emit(source))
        row = _Row(name, bar, counts, status, reconnect, cell)
        self.rows[source] = row
        self._order.append(source)
        self._order.sort(key=str.casefold)
        self._place()
        return row

    def _place(self) -> None:
        """Lay the rows out in name order (sources report in whatever order they start)."""
        for line, source in enumerate(self._order):
            row = self.rows[source]
            for col, widget in enumerate((row.name, row.bar, row.counts, row.cell)):
                self._grid.addWidget(widget, line, col)

    def show_progress(self, progress: SourceProgress) -> None:
        row = self._row(progress)
        self._shown[progress.source] = progress
        bar = row.bar
        if progress.done:
            bar.setRange(0, 1)
            bar.setValue(0 if progress.error else 1)
            bar.setFormat(
                self.tr("Stopped")
                if progress.error_kind == CANCELLED
                else (self.tr("Failed") if progress.error else self.tr("Done"))
            )
        elif progress.total_hint:
            bar.setRange(0, max(progress.total_hint, progress.fetched))
            bar.setValue(progress.fetched)
            bar.setFormat(display.isolate(self.tr("%v of %m")))  # reads "50 of 140" in RTL too
        else:
            bar.setRange(0, 0)
        counts = self.tr("{fetched} fetched, {new} new").format(
            fetched=progress.fetched, new=progress.new
        )
        if progress.updated:
            counts += ", " + self.tr("{updated} updated").format(updated=progress.updated)
        row.counts.setText(counts)
        problem = describe_problem(progress)
        if problem:
            text = problem
        elif progress.done:
            text = self.tr("Up to date")
        else:
            text = self.tr("Fetching…") if progress.pages else self.tr("Connecting…")
        row.status.setText(text)
        row.status.setToolTip(html.escape(progress.error or ""))
        palette = row.status.palette()
        color = PROBLEM_COLOR if problem and progress.error_kind != CANCELLED else None
        palette.setColor(
            QPalette.ColorRole.WindowText,
            color or self.palette().color(QPalette.ColorRole.WindowText),
        )
        row.status.setPalette(palette)
        # "Login expired — [Reconnect]" reads as one phrase; other words wrap in the column.
        expired = progress.error_kind == AUTH_EXPIRED
        row.reconnect.setVisible(expired)
        row.status.setWordWrap(not expired)
        cell_row = row.cell.layout()
        assert isinstance(cell_row, QHBoxLayout)
        cell_row.setStretch(0, 0 if expired else 1)
        cell_row.setStretch(2, 1 if expired else 0)

    # -- controller ------------------------------------------------------------------------
    def _started(self, _manual: bool) -> None:
        self._clear()
        self._say(lambda self: self.tr("Syncing…"))

    def _cancel(self) -> None:
        self.controller.cancel()
        self._say(lambda self: self.tr("Stopping… (the page being fetched is finished first)"))
        self.cancel_button.setEnabled(False)

    def _failed(self, message: str) -> None:
        self._say(lambda _self: message)

    def show_result(self, result: SyncResult) -> None:
        sources = result.report.sources
        for progress in sources:  # final states (progress signals may still be queued)
            self.show_progress(progress)
        at = datetime.now().strftime("%H:%M")
        self._say(lambda self: self._result_words(sources, at))

    def _result_words(self, sources: list[SourceProgress], at: str) -> str:
        if not sources:
            return self.tr(NO_SOURCES)
        new = sum(p.new for p in sources)
        stopped = any(p.error_kind == CANCELLED for p in sources)
        # A site that asked us to slow down is retried by itself: nothing for the owner to do.
        failed = [p for p in sources if p.error and p.error_kind not in (CANCELLED, RATE_LIMITED)]
        items = _plural(new, self.tr("1 new item"), self.tr("{count} new items"))
        if stopped:
            text = self.tr("Sync stopped at {time}: {items} kept").format(time=at, items=items)
        else:
            text = self.tr("Synced at {time}: {items}").format(time=at, items=items)
        if failed:
            attention = _plural(
                len(failed),
                self.tr("1 source needs attention"),
                self.tr("{count} sources need attention"),
            )
            text += "; " + attention
        return text + "."
