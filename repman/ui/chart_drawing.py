"""Line and bar charts painted with QPainter: axes, tick labels, a legend, gaps for no data.

Only QtGui and QtCore are used here (no widgets), so the PDF report draws with it headless;
repman.ui.charts adds the widget and re-exports these names.

We paint our own (DESIGN.md §8 asked to choose): QtCharts is deprecated and lives in Addons,
pyqtgraph brings numpy (~75 MB) for a dozen small weekly series. Every function takes a
QPainter and a QRectF, so the same code draws into a widget, a QImage and the PDF report
through QPdfWriter. Sizes are in points scaled by the device's resolution (a PDF page has
1200 dpi, a screen 96), and every colour comes from the palette passed in: text and grid
from its Text and Base roles, the first series from Highlight, the others from hues whose
lightness is picked against the background, so a dark theme gets light lines and labels.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

_HUES = (28, 150, 330, 265, 185, 50, 0)  # orange, green, magenta, purple, teal, gold, red


def percent(value: float) -> str:
    return f"{value * 100:.0f}%"


def number(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:.0f}"
    # Below 1 a tick such as 0.25 needs its second decimal ("0.2" would label it wrongly).
    text = f"{value:.2f}" if abs(value) < 1 else f"{value:.1f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def hours(value: float) -> str:
    return f"{number(value)} h"


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]


@dataclass(frozen=True)
class Chart:
    title: str
    labels: Sequence[str]  # one per x position (line, bars) or per row (horizontal bars)
    series: Sequence[Series]
    fmt: Callable[[float], str] = number
    y_max: float | None = None  # a fixed top (1.0 for rates); None: from the data
    whole: bool = False  # counts: ticks at whole numbers only
    empty: str = "No data for this period"

    def peak(self) -> float:
        values = [v for s in self.series for v in s.values if v is not None]
        return max(values, default=0.0)

    def has_data(self) -> bool:
        return bool(self.labels) and any(v is not None for s in self.series for v in s.values)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """a blended toward b by t (0 = a, 1 = b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def series_colors(palette: QPalette, n: int) -> list[QColor]:
    background = palette.color(QPalette.ColorRole.Base)
    dark = background.lightnessF() < 0.5
    lightness = 0.68 if dark else 0.42
    first = QColor(palette.color(QPalette.ColorRole.Highlight))
    if abs(first.lightnessF() - background.lightnessF()) < 0.3:  # too close to the background
        first = QColor.fromHslF(max(first.hslHueF(), 0.0), first.hslSaturationF(), lightness)
    colors = [first]
    for hue in _HUES:
        if len(colors) >= n:
            break
        colors.append(QColor.fromHslF(hue / 360, 0.75, lightness))
    return colors[:n]


class _Ink:
    """The pens and fonts of one drawing, scaled to the device."""

    def __init__(self, painter: QPainter, palette: QPalette, n_series: int) -> None:
        device = painter.device()
        self.unit = (device.logicalDpiY() if device is not None else 96) / 96
        self.background = palette.color(QPalette.ColorRole.Base)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.muted = _mix(self.text, self.background, 0.3)
        self.grid = _mix(self.text, self.background, 0.85)
        self.axis = _mix(self.text, self.background, 0.55)
        self.colors = series_colors(palette, max(n_series, 1))
        self.font = QFont(painter.font())
        self.title_font = QFont(self.font)
        self.title_font.setBold(True)
        self.metrics = QFontMetricsF(self.font, device)
        self.small_font = QFont(self.font)
        self.small_font.setPointSizeF(self.font.pointSizeF() * 0.85)
        self.small_metrics = QFontMetricsF(self.small_font, device)
        self.title_metrics = QFontMetricsF(self.title_font, device)
        self.pad = 6 * self.unit
        # Right-to-left moves the title and legend to the right; the plot itself keeps time
        # running left to right and numbers such as "40 h" in their own order.
        self.rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def pen(self, color: QColor, width: float = 1.0) -> QPen:
        pen = QPen(color, width * self.unit)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen


def nice_ticks(top: float, count: int = 4, *, whole: bool = False) -> list[float]:
    """0 and round steps up to at least `top`: 0, 2, 4, 6 for 5.3."""
    top = top if top > 0 else 1.0
    raw = max(top / count, 1.0) if whole else top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10)
    step = next(m * magnitude for m in steps if m * magnitude >= raw)
    return [i * step for i in range(math.ceil(top / step - 1e-9) + 1)]


def _header(painter: QPainter, rect: QRectF, chart: Chart, ink: _Ink) -> QRectF:
    """Background, title and legend; returns what is left for the plot and its labels."""
    painter.fillRect(rect, ink.background)
    align = Qt.AlignmentFlag.AlignRight if ink.rtl else Qt.AlignmentFlag.AlignLeft
    align |= Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    inner = rect.adjusted(ink.pad, ink.pad, -ink.pad, -ink.pad)
    line = ink.title_metrics.height()
    painter.setFont(ink.title_font)
    painter.setPen(ink.text)
    title = ink.title_metrics.elidedText(chart.title, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), align, title)
    top = inner.top() + line + ink.pad / 2
    painter.setFont(ink.font)
    if chart.has_data():
        top = _legend(painter, QRectF(inner.left(), top, inner.width(), 0), chart, ink)
    return QRectF(inner.left(), top + ink.pad, inner.width(), inner.bottom() - top - ink.pad)


def _legend(painter: QPainter, area: QRectF, chart: Chart, ink: _Ink) -> float:
    """Swatch and name of each series, flowing onto more lines; returns the bottom."""
    height = ink.metrics.height()
    swatch = height * 0.7
    x, y = 0.0, area.top()
    for series, color in zip(chart.series, ink.colors, strict=False):
        width = swatch + ink.pad / 2 + ink.metrics.horizontalAdvance(series.name)
        if x > 0 and x + width > area.width():
            x, y = 0.0, y + height
        left = area.right() - x - width if ink.rtl else area.left() + x
        box = QRectF(left, y + (height - swatch) / 2, swatch, swatch)
        painter.fillRect(box, color)
        painter.setPen(ink.muted)
        text = QRectF(box.right() + ink.pad / 2, y, width - swatch, height)
        painter.drawText(text, Qt.AlignmentFlag.AlignVCenter, series.name)
        x += width + ink.pad * 2
    return y + height


def _empty(painter: QPainter, area: QRectF, chart: Chart, ink: _Ink) -> None:
    painter.setPen(ink.muted)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, chart.empty)


def _value_axis(chart: Chart) -> list[float]:
    """Tick values from 0; the last is the top of the axis (exactly y_max when it is fixed)."""
    if chart.y_max is None:
        return nice_ticks(chart.peak(), whole=chart.whole)
    for count in (4, 5, 6, 3, 2):
        ticks = nice_ticks(chart.y_max, count)
        if math.isclose(ticks[-1], chart.y_max):
            return ticks
    return [0.0, chart.y_max]


def _slots(
    painter: QPainter, area: QRectF, chart: Chart, ink: _Ink
) -> tuple[QRectF, list[float], float]:
    """Y ticks and gridlines, x labels; returns the plot rect, the ticks and the slot width."""
    ticks = _value_axis(chart)
    label_width = max(ink.metrics.horizontalAdvance(chart.fmt(t)) for t in ticks)
    line = ink.metrics.height()
    plot = area.adjusted(label_width + ink.pad, line / 2, -ink.pad, -(line + ink.pad))
    top = ticks[-1] or 1.0
    for tick in ticks:
        y = plot.bottom() - plot.height() * tick / top
        painter.setPen(ink.pen(ink.axis if tick == 0 else ink.grid))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink.muted)
        label = QRectF(area.left(), y - line / 2, label_width, line)
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, chart.fmt(tick)
        )
    n = len(chart.labels)
    slot = plot.width() / n
    widest = max(ink.metrics.horizontalAdvance(label) for label in chart.labels) + ink.pad
    step = max(1, math.ceil(widest / slot))  # skip labels that would overlap
    painter.setPen(ink.muted)
    for i in range(n - 1, -1, -step):  # always label the newest
        box = QRectF(
            plot.left() + i * slot + slot / 2 - widest / 2,
            plot.bottom() + ink.pad / 2,
            widest,
            line,
        )
        painter.drawText(
            box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, chart.labels[i]
        )
    return plot, ticks, slot


def draw_line_chart(painter: QPainter, rect: QRectF, chart: Chart, palette: QPalette) -> None:
    """One line per series over the labels; a None value breaks the line."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = _Ink(painter, palette, len(chart.series))
    area = _header(painter, rect, chart, ink)
    if not chart.has_data():
        _empty(painter, area, chart, ink)
        painter.restore()
        return
    plot, ticks, slot = _slots(painter, area, chart, ink)
    top = ticks[-1] or 1.0
    for series, color in zip(chart.series, ink.colors, strict=False):
        path, drawing = QPainterPath(), False
        points = []
        for i, value in enumerate(series.values[: len(chart.labels)]):
            if value is None:
                drawing = False
                continue
            point = QPointF(
                plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * value / top
            )
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
            points.append(point)
        painter.setPen(ink.pen(color, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(color)
        painter.setPen(ink.pen(ink.background, 1.0))
        radius = 3.2 * ink.unit
        for point in points:
            painter.drawEllipse(point, radius, radius)
    painter.restore()


def draw_bar_chart(painter: QPainter, rect: QRectF, chart: Chart, palette: QPalette) -> None:
    """Grouped vertical bars: one group per label, one bar per series."""
    painter.save()
    ink = _Ink(painter, palette, len(chart.series))
    area = _header(painter, rect, chart, ink)
    if not chart.has_data():
        _empty(painter, area, chart, ink)
        painter.restore()
        return
    plot, ticks, slot = _slots(painter, area, chart, ink)
    top = ticks[-1] or 1.0
    group = slot * 0.72
    width = group / max(len(chart.series), 1)
    for k, (series, color) in enumerate(zip(chart.series, ink.colors, strict=False)):
        for i, value in enumerate(series.values[: len(chart.labels)]):
            if not value:
                continue
            height = plot.height() * min(value, top) / top
            left = plot.left() + i * slot + (slot - group) / 2 + k * width
            painter.fillRect(QRectF(left, plot.bottom() - height, width * 0.9, height), color)
    painter.restore()


def draw_hbar_chart(painter: QPainter, rect: QRectF, chart: Chart, palette: QPalette) -> None:
    """Horizontal bars, one row per label (sites, categories): long names stay readable."""
    painter.save()
    ink = _Ink(painter, palette, len(chart.series))
    area = _header(painter, rect, chart, ink)
    if not chart.has_data():
        _empty(painter, area, chart, ink)
        painter.restore()
        return
    ticks = _value_axis(chart)
    top = ticks[-1] or 1.0
    line = ink.metrics.height()
    names = min(max(ink.metrics.horizontalAdvance(x) for x in chart.labels), area.width() * 0.35)
    last_tick = ink.metrics.horizontalAdvance(chart.fmt(ticks[-1]))
    plot = area.adjusted(names + ink.pad, 0, -(last_tick / 2 + ink.pad), -(line + ink.pad))
    for tick in ticks:
        x = plot.left() + plot.width() * tick / top
        painter.setPen(ink.pen(ink.axis if tick == 0 else ink.grid))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(ink.muted)
        box = QRectF(x - 40 * ink.unit, plot.bottom() + ink.pad / 2, 80 * ink.unit, line)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, chart.fmt(tick)
        )
    band = plot.height() / len(chart.labels)
    bar = min(band * 0.75 / max(len(chart.series), 1), line * 1.2)
    for i, label in enumerate(chart.labels):
        y = plot.top() + i * band
        painter.setPen(ink.muted)
        text = ink.metrics.elidedText(label, Qt.TextElideMode.ElideRight, names)
        box = QRectF(area.left(), y, names, band)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        first = y + (band - bar * len(chart.series)) / 2
        for k, (series, color) in enumerate(zip(chart.series, ink.colors, strict=False)):
            value = series.values[i] if i < len(series.values) else None
            if value is None:
                continue
            # A zero still gets a sliver, so "0%" and "no data" look different.
            width = max(plot.width() * min(value, top) / top, 2 * ink.unit)
            box = QRectF(plot.left(), first + k * bar, width, bar * 0.88)
            painter.fillRect(box, color)
            if bar >= ink.small_metrics.height() * 0.9:
                painter.setFont(ink.small_font)
                painter.setPen(ink.muted)
                room = QRectF(box.right() + ink.pad / 2, box.top(), 80 * ink.unit, box.height())
                left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(room, left, chart.fmt(value))
                painter.setFont(ink.font)
    painter.restore()


Draw = Callable[[QPainter, QRectF, Chart, QPalette], None]
