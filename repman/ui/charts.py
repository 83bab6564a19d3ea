"""Chart widgets for the dashboard; the drawing itself lives in repman.ui.chart_drawing.

The painting code needs only QtGui, so it moved next to the PDF report that also uses it;
these names are re-exported so `from repman.ui import charts` keeps working unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from repman.ui.chart_drawing import (
    Chart,
    Draw,
    Series,
    _value_axis,
    draw_bar_chart,
    draw_hbar_chart,
    draw_line_chart,
    hours,
    nice_ticks,
    number,
    percent,
    series_colors,
)

__all__ = [
    "Chart",
    "ChartWidget",
    "Draw",
    "Series",
    "_value_axis",
    "draw_bar_chart",
    "draw_hbar_chart",
    "draw_line_chart",
    "hours",
    "nice_ticks",
    "number",
    "percent",
    "series_colors",
]


class ChartWidget(QWidget):
    """One chart on screen, painted with the widget's own palette (light or dark theme)."""

    def __init__(self, draw: Draw, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draw = draw
        self.chart = chart
        self.setMinimumSize(300, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(chart.title)

    def set_chart(self, chart: Chart, draw: Draw | None = None) -> None:
        self.chart = chart
        self._draw = draw or self._draw
        self.setAccessibleName(chart.title)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._draw(painter, QRectF(self.rect()), self.chart, self.palette())
        painter.end()
