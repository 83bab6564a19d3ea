"""The dashboard page: how well and how fast the team answers, week by week and site by site.

The numbers come from repman.reports.trends, computed in a worker with its own connection
(one streamed pass over the items and one over the criticism events: seconds on a large
inbox, never on the GUI thread). A change in the inbox only marks the page stale; it computes
again when it is next shown, or on Refresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from repman.domain import RepmanError, to_iso, utcnow
from repman.reports.trends import Stopped, Trends, trends
from repman.store import Store
from repman.ui import charts, display
from repman.ui.charts import Chart, ChartWidget, Series
from repman.ui.filter_bar import category_label
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating
from repman.ui.workers import Workers

PERIODS = (8, 12, 26, 52)  # weeks
DEFAULT_WEEKS = 12
MIN_CHART_HEIGHT = 240
_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)  # "3 Mar"
# key, caption of the numbers above the charts
_TILES = (
    ("rate", QT_TRANSLATE_NOOP("Dashboard", "Response rate")),
    ("criticism", QT_TRANSLATE_NOOP("Dashboard", "Criticism answered")),
    ("median", QT_TRANSLATE_NOOP("Dashboard", "Median first response")),
    ("rating", QT_TRANSLATE_NOOP("Dashboard", "Average rating")),
    ("open", QT_TRANSLATE_NOOP("Dashboard", "Open criticism now")),
)


def compute_trends(
    store: Store, weeks: int, now: datetime, tz: tzinfo | None, stop: threading.Event
) -> Trends:
    """Runs in a worker with the worker's own Store."""
    return trends(store, now=now, weeks=weeks, tz=tz, stop=stop.is_set)


def week_label(monday: date) -> str:
    return _ENGLISH.toString(QDate(monday.year, monday.month, monday.day), "d MMM")


def _pct(value: float | None) -> str:
    return "—" if value is None else charts.percent(value)


def build_charts(t: Trends) -> dict[str, tuple[charts.Draw, Chart]]:
    """Every chart of the page from one Trends; also used for the PDF report later."""
    weeks = [week_label(w) for w in t.weeks]
    sites = list(t.by_site)
    site = t.by_site.values()
    categories = list(t.categories)
    pct, hours = charts.percent, charts.hours
    return {
        "rate": (
            charts.draw_line_chart,
            Chart(
                QCoreApplication.translate("Dashboard", "Response rate by week"),
                weeks,
                [
                    Series(QCoreApplication.translate("Dashboard", "All items"), t.response_rate),
                    Series(
                        QCoreApplication.translate("Dashboard", "Criticism"),
                        t.criticism_response_rate,
                    ),
                ],
                pct,
                1.0,
            ),
        ),
        "median": (
            charts.draw_bar_chart,
            Chart(
                QCoreApplication.translate("Dashboard", "Median time to first response by week"),
                weeks,
                [Series(QCoreApplication.translate("Dashboard", "Hours"), t.median_hours)],
                hours,
            ),
        ),
        "rating": (
            charts.draw_line_chart,
            Chart(
                QCoreApplication.translate("Dashboard", "Average rating by week"),
                weeks,
                [Series(QCoreApplication.translate("Dashboard", "Stars"), t.average_rating)],
                y_max=5.0,
            ),
        ),
        "open": (
            charts.draw_line_chart,
            Chart(
                QCoreApplication.translate("Dashboard", "Unanswered criticism at each week's end"),
                weeks,
                [
                    Series(
                        QCoreApplication.translate("Dashboard", "Open criticism"),
                        [float(n) for n in t.open_criticism],
                    )
                ],
                whole=True,
            ),
        ),
        "sites": (
            charts.draw_hbar_chart,
            Chart(
                QCoreApplication.translate("Dashboard", "Response rate by site"),
                sites,
                [
                    Series(
                        QCoreApplication.translate("Dashboard", "All items"),
                        [s.response_rate for s in site],
                    ),
                    Series(
                        QCoreApplication.translate("Dashboard", "Criticism"),
                        [s.criticism_response_rate for s in site],
                    ),
                ],
                pct,
                1.0,
            ),
        ),
        "site_hours": (
            charts.draw_hbar_chart,
            Chart(
                QCoreApplication.translate("Dashboard", "Median time to first response by site"),
                sites,
                [
                    Series(
                        QCoreApplication.translate("Dashboard", "Hours"),
                        [s.median_hours for s in site],
                    )
                ],
                hours,
            ),
        ),
        "categories": (
            charts.draw_hbar_chart,
            Chart(
                QCoreApplication.translate("Dashboard", "Top complaint categories"),
                [category_label(c) for c in categories],
                [
                    Series(
                        QCoreApplication.translate("Dashboard", "Criticism items"),
                        [float(sum(v)) for v in t.categories.values()],
                    )
                ],
                empty=QCoreApplication.translate(
                    "Dashboard", "No criticism with a category in this period"
                ),
                whole=True,
            ),
        ),
        "category_trend": (
            charts.draw_line_chart,
            Chart(
                QCoreApplication.translate("Dashboard", "Complaint categories by week"),
                weeks,
                [Series(category_label(c), [float(n) for n in v]) for c, v in t.categories.items()],
                empty=QCoreApplication.translate(
                    "Dashboard", "No criticism with a category in this period"
                ),
                whole=True,
            ),
        ),
    }


class Dashboard(Retranslating, QWidget):
    facetsFound = Signal(object)  # trends.Facets of the whole inbox, for the filter choices
    message = Signal(str)

    def __init__(
        self,
        workers: Workers,
        *,
        clock: Callable[[], datetime] = utcnow,
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workers = workers
        self._clock = clock
        self._tz = tz
        self._stale = True
        self._stop = threading.Event()
        self.trends: Trends | None = None
        self._state_words: Callable[[Dashboard], str] = lambda _self: ""  # beside Refresh

        self.weeks = QComboBox(self)
        for n in PERIODS:
            self.weeks.addItem("", n)
        self.weeks.setCurrentIndex(PERIODS.index(DEFAULT_WEEKS))
        self.weeks.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top = QHBoxLayout()
        top.addWidget(self.weeks)
        top.addWidget(self.refresh_button)
        top.addWidget(self.state, 1)

        self.tiles: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        tiles = QHBoxLayout()
        for key, _caption in _TILES:
            tiles.addWidget(self._tile(key), 1)

        self.charts: dict[str, ChartWidget] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        empty = Chart("", [], [])
        for n, key in enumerate(
            (
                "rate",
                "median",
                "open",
                "rating",
                "sites",
                "site_hours",
                "categories",
                "category_trend",
            )
        ):
            self.charts[key] = ChartWidget(charts.draw_line_chart, empty, self)
            grid.addWidget(self.charts[key], n // 2, n % 2)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addLayout(top)
        column.addLayout(tiles)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        for row, n in enumerate(PERIODS):
            self.weeks.setItemText(row, self.tr("Last {count} weeks").format(count=n))
        self.refresh_button.setText(self.tr("Refresh"))
        for key, caption in _TILES:
            self.captions[key].setText(self.tr(caption))
        self.state.setText(self._state_words(self))
        if self.trends is not None:
            self._draw(self.trends)  # chart titles and series names

    def _say(self, words: Callable[[Dashboard], str]) -> None:
        """Show a state line, kept as a function of the page so a language switch words it
        again (not a closure over it: see SyncPanel._say)."""
        self._state_words = words
        self.state.setText(words(self))

    def _tile(self, key: str) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        value = QLabel("—", frame)
        value.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(value.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        value.setFont(big)
        label = QLabel(frame)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        box.addWidget(value)
        box.addWidget(label)
        self.tiles[key] = value
        self.captions[key] = label
        return frame

    # -- computing -------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """The inbox changed: compute again when the page is next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._say(lambda self: self.tr("Computing…"))
        self._stop.set()  # an older run still going is of no use now
        self._stop = threading.Event()
        self._workers.submit(
            "dashboard",
            compute_trends,
            int(self.weeks.currentData()),
            self._clock(),
            self._tz,
            self._stop,
            on_result=self.show_trends,
            on_error=self._failed,
        )

    def stop(self) -> None:
        """The window is closing: a run in progress ends at its next check."""
        self._stop.set()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Stopped):
            return
        if not isinstance(error, RepmanError):
            raise error
        self._say(lambda self: self.tr("Could not compute the dashboard"))
        self.message.emit(error.message)

    # -- showing ---------------------------------------------------------------------------
    def show_trends(self, t: Trends) -> None:
        self.trends = t
        self._draw(t)
        updated = display.local_time(to_iso(self._clock()))[-5:]
        since = week_label(t.weeks[0])
        self._say(
            lambda self: self.tr("{count} items written since {date} · updated {time}").format(
                count=t.total.items, date=since, time=updated
            )
        )
        self.facetsFound.emit(t.facets)

    def _draw(self, t: Trends) -> None:
        for key, (draw, chart) in build_charts(t).items():
            self.charts[key].set_chart(chart, draw)
            if draw is charts.draw_hbar_chart:  # one row per site or category
                rows = len(chart.labels) * max(len(chart.series), 1)
                self.charts[key].setMinimumHeight(max(MIN_CHART_HEIGHT, 90 + 18 * rows))
        total = t.total
        median = total.median_hours
        rating = total.average_rating
        self.tiles["rate"].setText(_pct(total.response_rate))
        self.tiles["criticism"].setText(_pct(total.criticism_response_rate))
        self.tiles["median"].setText("—" if median is None else charts.hours(median))
        self.tiles["rating"].setText("—" if rating is None else f"{charts.number(rating)} ★")
        self.tiles["open"].setText(str(t.open_criticism[-1]) if t.open_criticism else "—")
