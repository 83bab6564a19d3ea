"""Painted charts: they draw into an image (or a PDF page) with the palette's colours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPdfWriter

from repman.ui import charts
from repman.ui.charts import Chart, Series

WEEKS = ["3 Feb", "10 Feb", "17 Feb", "24 Feb", "3 Mar", "10 Mar"]
LINE = Chart(
    "Response rate by week",
    WEEKS,
    [
        Series("All items", [0.5, 0.75, None, 1.0, 0.25, 0.6]),
        Series("Criticism", [0, 1, 0.5, None, 0.5, 1]),
    ],
    charts.percent,
    1.0,
)
BARS = Chart("Median hours", WEEKS, [Series("Hours", [3, 12, None, 0.5, 30, 2])], charts.hours)
SITES = Chart(
    "Response rate by site",
    ["Google", "Tripadvisor", "App Store"],
    [Series("All items", [0.8, 0.0, None]), Series("Criticism", [1.0, 0.5, 0.25])],
    charts.percent,
    1.0,
)
DRAWINGS = {
    "line": (charts.draw_line_chart, LINE),
    "bars": (charts.draw_bar_chart, BARS),
    "hbars": (charts.draw_hbar_chart, SITES),
}


def palette(base: str, text: str, highlight: str) -> QPalette:
    p = QPalette()
    for role, color in (
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.Window, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Highlight, highlight),
    ):
        p.setColor(role, QColor(color))
    return p


PALETTES = {
    "light": palette("#ffffff", "#1b1b1b", "#3072c4"),
    "dark": palette("#1e1e1e", "#e8e8e8", "#2a82da"),
}


def render(draw: Any, chart: Chart, pal: QPalette, size: tuple[int, int] = (640, 320)) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.magenta)  # anything left unpainted shows up
    painter = QPainter(image)
    draw(painter, QRectF(0, 0, *size), chart, pal)
    painter.end()
    return image


def colours(image: QImage, step: int = 2) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]


@pytest.mark.parametrize("theme", sorted(PALETTES))
@pytest.mark.parametrize("kind", sorted(DRAWINGS))
def test_charts_render_in_light_and_dark(qapp: Any, kind: str, theme: str) -> None:
    draw, chart = DRAWINGS[kind]
    pal = PALETTES[theme]
    image = render(draw, chart, pal)
    pixels = colours(image)
    background = pal.color(QPalette.ColorRole.Base)
    assert image.pixelColor(0, 0) == background  # the palette's, not a hard-coded white
    assert QColor(Qt.GlobalColor.magenta) not in pixels
    drawn = [c for c in pixels if c != background]
    assert len(drawn) > len(pixels) * 0.02  # axes, labels, lines or bars
    if theme == "dark":  # light labels on dark, never black text
        assert any(c.lightnessF() > 0.75 for c in drawn)
        assert not any(c.lightnessF() < 0.05 for c in drawn)
    else:
        assert any(c.lightnessF() < 0.25 for c in drawn)


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_series_colours_stand_out_from_the_background(qapp: Any, theme: str) -> None:
    pal = PALETTES[theme]
    background = pal.color(QPalette.ColorRole.Base).lightnessF()
    for colour in charts.series_colors(pal, 6):
        assert abs(colour.lightnessF() - background) > 0.25


def test_an_empty_chart_says_so(qapp: Any) -> None:
    image = render(charts.draw_line_chart, Chart("Nothing yet", [], []), PALETTES["light"])
    background = PALETTES["light"].color(QPalette.ColorRole.Base)
    drawn = [c for c in colours(image) if c != background]
    assert 0 < len(drawn) < 0.05 * len(colours(image))  # title and one line of text


def test_axis_ticks() -> None:
    assert charts.nice_ticks(5.3) == [0, 2, 4, 6]
    assert charts.nice_ticks(0) == [0, 0.25, 0.5, 0.75, 1.0]
    assert charts.nice_ticks(37) == [0, 10, 20, 30, 40]
    assert charts.nice_ticks(10) == [0, 2.5, 5, 7.5, 10]
    assert charts.nice_ticks(10, whole=True) == [0, 5, 10]
    assert charts.nice_ticks(2, whole=True) == [0, 1, 2]
    assert charts._value_axis(Chart("", ["x"], [Series("", [4.8])], y_max=5.0))[-1] == 5.0
    assert charts._value_axis(Chart("", ["x"], [Series("", [0.3])], y_max=1.0))[-1] == 1.0
    assert charts.percent(0.6667) == "67%"
    assert charts.hours(12.5) == "12.5 h" and charts.hours(3.0) == "3 h"


def test_the_same_code_draws_a_pdf_page(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(1200)  # a printer's resolution: sizes scale with it
    painter = QPainter(writer)
    page = QRectF(0, 0, writer.width(), writer.height() / 3)
    charts.draw_line_chart(painter, page, LINE, PALETTES["light"])
    painter.end()
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
