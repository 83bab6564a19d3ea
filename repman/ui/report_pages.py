"""Drawing the PDF report's pages: the title page and the paged table of criticism.

Review text is untrusted: it is HTML-escaped before it goes into a QTextDocument, and bidi
override and isolate controls are removed so a name cannot reorder the cells around it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from repman.domain import parse_iso
from repman.reports.metrics import response_hours
from repman.reports.trends import Trends
from repman.ui.chart_drawing import Chart, Series, draw_line_chart, hours, percent

FAMILIES = ["Noto Sans", "Repman Naskh", "Noto Sans Symbols2"]
BODY_PT = 9.0
SNIPPET = 160  # characters of review text in the table
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CSS = """
body { color: #1a1a1a; }
h1 { font-size: 22pt; font-weight: bold; margin-bottom: 4pt; }
.sub { font-size: 13pt; color: #444; }
.muted { color: #666; }
td.big { font-size: 17pt; font-weight: bold; }
td.label { color: #555; }
th { background-color: #e8eef6; font-weight: bold; text-align: left; }
td.cell, th { font-size: 8pt; }
"""


class Page:
    """The writer, its painter and where the content of each page goes."""

    def __init__(self, writer: QPdfWriter, rect: QRectF, tz: tzinfo | None) -> None:
        self.writer = writer
        self.rect = rect
        self.tz = tz
        self.painter = QPainter(writer)
        self.font = QFont()
        self.font.setFamilies(FAMILIES)
        self.font.setPointSizeF(BODY_PT)
        self.painter.setFont(self.font)
        self.number = 1
        self.footer_height = self.rect.height() * 0.03

    def document(self, body: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)  # sizes in the PDF's own dots
        doc.setDefaultFont(self.font)
        doc.setDefaultStyleSheet(_CSS)
        doc.setHtml(f"<body>{body}</body>")
        doc.setTextWidth(width)
        return doc

    def draw(self, doc: QTextDocument, top: float) -> None:
        self.painter.save()
        self.painter.translate(self.rect.left(), top)
        doc.drawContents(self.painter)
        self.painter.restore()

    def footer(self, text: str) -> None:
        self.painter.save()
        self.painter.setPen(QColor("#777777"))
        box = QRectF(
            self.rect.left(),
            self.rect.bottom() - self.footer_height,
            self.rect.width(),
            self.footer_height,
        )
        self.painter.drawText(box, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, text)
        self.painter.drawText(
            box, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight, f"Page {self.number}"
        )
        self.painter.restore()

    def next(self) -> None:
        self.writer.newPage()
        self.number += 1


def clean(text: Any) -> str:
    """Untrusted text, safe inside our HTML."""
    return html.escape(_BIDI_CONTROLS.sub("", "" if text is None else str(text)))


def light_palette() -> QPalette:
    """Print colours whatever the desktop theme: dark text on white."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6db5"))
    return palette


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _hours(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} h"


def _metrics_html(s: dict[str, Any]) -> str:
    cells = [
        (str(s["items"]), "items"),
        (str(s["criticism"]), "criticism"),
        (_pct(s["response_rate"]), "response rate"),
        (_pct(s["criticism_response_rate"]), "criticism answered"),
        (_hours(s["median_first_response_hours"]), "median first response"),
        (_pct(s["within_target_rate"]), "answered within target"),
        (str(s["overdue"]), "overdue now"),
        ("–" if s["average_rating"] is None else f"{s['average_rating']:.1f} ★", "average rating"),
    ]
    rows = []
    for start in (0, 4):
        part = cells[start : start + 4]
        rows.append("<tr>" + "".join(f'<td class="big">{v}</td>' for v, _ in part) + "</tr>")
        rows.append("<tr>" + "".join(f'<td class="label">{k}</td>' for _, k in part) + "</tr>")
    return f'<table width="100%" cellpadding="6">{"".join(rows)}</table>'


def draw_title_page(
    page: Page,
    business: str,
    period: str,
    sites: str,
    summary: dict[str, Any],
    weekly: Trends,
    now: datetime,
) -> None:
    generated = now.astimezone(page.tz) if page.tz else now.astimezone()
    title = clean(business) or "Response report"
    lines = [
        f'<h1 align="center">{title}</h1>',
        f'<p align="center" class="sub">Response report · {clean(period)}</p>',
    ]
    if sites:
        lines.append(f'<p align="center" class="muted">Sites: {clean(sites)}</p>')
    lines.append(
        f'<p align="center" class="muted">Generated {generated:%Y-%m-%d %H:%M} '
        "(times in local time)</p><p></p>"
    )
    lines.append(_metrics_html(summary))
    doc = page.document("".join(lines), page.rect.width())
    page.draw(doc, page.rect.top())

    labels = [f"{d.day} {d:%b}" for d in weekly.weeks]
    charts = [
        Chart(
            "Response rate by week",
            labels,
            [
                Series("All items", weekly.response_rate),
                Series("Criticism", weekly.criticism_response_rate),
            ],
            fmt=percent,
            y_max=1.0,
        ),
        Chart(
            "Time to first response by week (median)",
            labels,
            [Series("Median hours", weekly.median_hours)],
            fmt=hours,
        ),
    ]
    top = page.rect.top() + doc.size().height() + page.rect.height() * 0.02
    room = page.rect.bottom() - page.footer_height - top
    gap = room * 0.04
    height = (room - gap) / len(charts)
    palette = light_palette()
    for i, chart in enumerate(charts):
        box = QRectF(page.rect.left(), top + i * (height + gap), page.rect.width(), height)
        draw_line_chart(page.painter, box, chart, palette)
    page.footer("Repman response report")


def _local(value: Any, tz: tzinfo | None, fmt: str) -> str:
    if not value:
        return "–"
    moment = parse_iso(str(value))
    return (moment.astimezone(tz) if tz else moment.astimezone()).strftime(fmt)


def _row_html(row: dict[str, Any], tz: tzinfo | None) -> str:
    text = " ".join(str(row.get("text") or row.get("title") or "").split())
    if len(text) > SNIPPET:
        text = text[: SNIPPET - 1] + "…"
    author = clean(row.get("author")) or "(no name)"
    rating = "–" if row.get("rating") is None else f"{row['rating']} ★"
    taken = response_hours(row)
    cells = [
        # Two paragraphs, not a line break: each takes the direction of its own text, so an
        # Urdu review under a Latin name is still right-to-left and right-aligned.
        f'<p style="margin: 0"><b>{author}</b></p><p style="margin: 0">{clean(text)}</p>',
        clean(row.get("source")),
        rating,
        _local(row.get("created_at"), tz, "%Y-%m-%d"),
        _local(row.get("first_response_at"), tz, "%Y-%m-%d %H:%M"),
        "–" if taken is None else f"{taken:.1f} h",
        clean(row.get("status")),
    ]
    # Short columns never wrap ("2026-10-0" / "3" is unreadable); the text column takes the rest.
    return (
        f'<tr><td class="cell">{cells[0]}</td><td class="cell">{cells[1]}</td>'
        + "".join(f'<td class="cell" nowrap>{c}</td>' for c in cells[2:])
        + "</tr>"
    )


HEADERS = ("Item", "Site", "Rating", "Date", "First response", "Time taken", "Status")
WIDTHS = (33, 12, 8, 11, 14, 9, 13)  # percent of the page width


def draw_table_pages(page: Page, rows: Iterable[dict[str, Any]], total: int, limit: int) -> None:
    """The criticism table on as many pages as it needs; the header row repeats on each."""
    body = []
    shown = 0
    for row in rows:
        if shown >= limit:
            break
        body.append(_row_html(row, page.tz))
        shown += 1
    head = "".join(
        f'<th width="{w}%" nowrap>{h}</th>' for h, w in zip(HEADERS, WIDTHS, strict=True)
    )
    more = ""
    if total > shown:
        more = (
            f'<p class="muted">{total - shown} more criticism items are not listed here; '
            "the XLSX export has every item.</p>"
        )
    if not body:
        more = '<p class="muted">No criticism in this period.</p>'
    html_text = (
        "<h2>Criticism and how it was answered</h2>"
        '<table width="100%" cellspacing="0" cellpadding="5" border="1" '
        'style="border-collapse: collapse; border-style: solid; border-color: #c8c8c8;">'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>{more}"
    )
    doc = page.document(html_text, page.rect.width())
    height = page.rect.height() - page.footer_height * 1.5
    doc.setPageSize(QSizeF(page.rect.width(), height))
    for number in range(doc.pageCount()):
        page.next()
        page.painter.save()
        page.painter.translate(QPointF(page.rect.left(), page.rect.top() - number * height))
        doc.drawContents(page.painter, QRectF(0, number * height, page.rect.width(), height))
        page.painter.restore()
        page.footer("Criticism and how it was answered")
