"""Drawing the PDF report's pages: the title page and the paged table of criticism.

Review text is untrusted: it is HTML-escaped before it goes into a QTextDocument, and bidi
override and isolate controls are removed so a name cannot reorder the cells around it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime, tzinfo
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from repman.domain import parse_iso
from repman.reports.metrics import response_hours
from repman.reports.trends import Trends
from repman.ui.chart_drawing import Chart, Series, draw_line_chart, hours, percent

FAMILIES = ["Noto Sans", "Repman Naskh", "Noto Sans Symbols2"]
BODY_PT = 9.0
CELL_PT = 8.0
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# An emoji with its variation selector, skin tone and zero-width-joined parts.
_PICTO = "\u2600-\u27bf\U0001f000-\U0001faff"
_EMOJI = re.compile(f"[{_PICTO}](?:\ufe0f|[\U0001f3fb-\U0001f3ff]|\u200d[{_PICTO}])*")
_CSS = """
body { color: #1a1a1a; }
h1 { font-size: 22pt; font-weight: bold; margin-bottom: 4pt; }
.sub { font-size: 13pt; color: #444; }
.muted { color: #666; }
td.big { font-size: 17pt; font-weight: bold; }
td.label { color: #555; }
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
        (f"{s['items']:,}", "items"),
        (f"{s['criticism']:,}", "criticism"),
        (_pct(s["response_rate"]), "response rate"),
        (_pct(s["criticism_response_rate"]), "criticism answered"),
        (_hours(s["median_first_response_hours"]), "median first response"),
        (_pct(s["within_target_rate"]), "answered within target"),
        (f"{s['overdue']:,}", "overdue now"),
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
    subtitle = f"Response report · {clean(period)}" if business else clean(period)
    lines = [
        f'<h1 align="center">{title}</h1>',
        f'<p align="center" class="sub">{subtitle}</p>',
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


@cache
def _has_glyph(char: str) -> bool:
    return any(QFontMetricsF(QFont(family)).inFontUcs4(ord(char)) for family in FAMILIES)


def _drawable(text: str) -> str:
    """Without the emoji no bundled font has: printed, each would be an empty box."""
    return _EMOJI.sub(lambda m: m.group(0) if _has_glyph(m.group(0)[0]) else "", text)


def _snippet(value: Any, limit: int) -> str:
    text = " ".join(_drawable(str(value or "")).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _item_html(row: dict[str, Any], tz: tzinfo | None) -> str:
    """Who wrote, what they wrote and the first reply: each its own paragraph, so each takes
    the direction of its own text (an Urdu review under a Latin name is still right-to-left)."""
    author = clean(_snippet(row.get("author"), NAME_LIMIT)) or "(no name)"
    text = _snippet(row.get("text") or row.get("title"), TEXT_LIMIT)
    parts = [f"<p><b>{author}</b></p>", f"<p>{clean(text)}</p>"]
    reply = _snippet(row.get("first_reply_text"), REPLY_LIMIT)
    if reply:
        by = clean(_snippet(row.get("first_reply_by"), NAME_LIMIT))
        when = _local(row.get("first_reply_at"), tz, "%Y-%m-%d")
        label = f"Reply by {by}, {when}" if by else f"Reply, {when}"
        parts += [f'<p class="reply-by">{label}:</p>', f'<p class="reply">{clean(reply)}</p>']
    return "".join(parts)


def _cells(row: dict[str, Any], tz: tzinfo | None) -> list[str]:
    """The short columns after Item, as plain text."""
    taken = response_hours(row)
    return [
        _BIDI_CONTROLS.sub("", _snippet(row.get("source"), NAME_LIMIT)),
        "–" if row.get("rating") is None else f"{row['rating']} ★",
        _local(row.get("created_at"), tz, "%Y-%m-%d"),
        _local(row.get("first_response_at"), tz, "%Y-%m-%d %H:%M"),
        "–" if taken is None else f"{taken:.1f} h",
        str(row.get("status") or ""),
    ]


HEADERS = ("Item", "Site", "Rating", "Date", "First response", "Time taken", "Status")
WIDTHS = (40, 12, 7, 10, 12, 8, 11)  # percent of the page width
TEXT_LIMIT = 600  # characters of review text in a row
REPLY_LIMIT = 400  # characters of the first reply
NAME_LIMIT = 80  # an author, a site or a replier
_ROW_CSS = """
p { margin: 0; }
p.reply-by { color: #5f6b7a; margin-top: 3pt; }
p.reply { color: #2d4f73; }
"""


class _Table:
    """The criticism table drawn row by row: a row is never split across pages (it moves to
    the next one, whose first row is the repeated header), and a row taller than a whole page
    is cut after its last whole line, with a note saying so."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.unit = page.writer.resolution() / 72  # dots per point
        self.pad = 3 * self.unit
        self.font = QFont(page.font)
        self.font.setPointSizeF(CELL_PT)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font, page.writer)
        self.bold_metrics = QFontMetricsF(self.bold, page.writer)
        left, width = page.rect.left(), page.rect.width()
        self.edges = [left]
        for share in WIDTHS:
            self.edges.append(self.edges[-1] + width * share / 100)
        self.bottom = page.rect.bottom() - page.footer_height * 1.5
        self.header_height = (
            max(self._text_height(h, i, self.bold_metrics) for i, h in enumerate(HEADERS))
            + 2 * self.pad
        )
        self.y = page.rect.top()
        self.has_header = False

    def _inner(self, column: int) -> float:
        return self.edges[column + 1] - self.edges[column] - 2 * self.pad

    def _text_height(self, text: str, column: int, metrics: QFontMetricsF) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = QRectF(0, 0, self._inner(column), 1e6)
        return metrics.boundingRect(box, flags, text).height()

    def _item_doc(self, row: dict[str, Any]) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.page.writer)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font)
        doc.setDefaultStyleSheet(_ROW_CSS)
        doc.setHtml(f"<body>{_item_html(row, self.page.tz)}</body>")
        doc.setTextWidth(self._inner(0))
        return doc

    def _grid(self, top: float, height: float) -> None:
        painter = self.page.painter
        painter.setPen(QPen(QColor("#c8c8c8"), 0.6 * self.unit))
        bottom = top + height
        painter.drawLine(QPointF(self.edges[0], bottom), QPointF(self.edges[-1], bottom))
        for x in self.edges:
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _texts(self, top: float, texts: list[str], first: int, font: QFont) -> None:
        painter = self.page.painter
        painter.setFont(font)
        painter.setPen(QColor("#1a1a1a"))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        for column, text in enumerate(texts, start=first):
            left = self.edges[column] + self.pad
            box = QRectF(left, top + self.pad, self._inner(column), self.bottom - top)
            painter.drawText(box, int(flags), text)

    def header(self) -> None:
        painter = self.page.painter
        top = self.y
        painter.fillRect(
            QRectF(self.edges[0], top, self.edges[-1] - self.edges[0], self.header_height),
            QColor("#e8eef6"),
        )
        painter.setPen(QPen(QColor("#c8c8c8"), 0.6 * self.unit))
        painter.drawLine(QPointF(self.edges[0], top), QPointF(self.edges[-1], top))
        self._texts(top, list(HEADERS), 0, self.bold)
        self._grid(top, self.header_height)
        self.y += self.header_height
        self.has_header = True

    def new_page(self) -> None:
        self.page.footer("Criticism and how it was answered")
        self.page.next()
        self.y = self.page.rect.top()
        self.has_header = False

    def note(self, html_text: str) -> None:
        """A paragraph under the table, on the next page if this one is full."""
        doc = self.page.document(f'<p class="muted">{html_text}</p>', self.page.rect.width())
        top = self.y + self.pad * 2
        if top + doc.size().height() > self.bottom:
            self.new_page()
            top = self.y
        self.page.draw(doc, top)
        self.y = top + doc.size().height()

    def row(self, row: dict[str, Any]) -> None:
        doc = self._item_doc(row)
        cells = _cells(row, self.page.tz)
        content = max(
            doc.size().height(),
            *(self._text_height(c, i, self.metrics) for i, c in enumerate(cells, start=1)),
        )
        height = content + 2 * self.pad
        header = 0.0 if self.has_header else self.header_height
        # A row that does not fit moves on, unless this page is already as empty as a page
        # gets: then no page would hold it.
        if self.y + header + height > self.bottom and self.y > self.page.rect.top():
            self.new_page()
        if not self.has_header:
            self.header()
        shown, marker = content, ""
        if self.y + height > self.bottom:  # taller than a whole page: cut after a whole line
            marker = "… shortened here: the CSV and XLSX exports have the whole text"
            room = self.bottom - self.y - 2 * self.pad - self.metrics.height() * 1.5
            shown = _whole_lines(doc, room)
            height = self.bottom - self.y
        painter = self.page.painter
        top = self.y
        painter.save()
        painter.translate(self.edges[0] + self.pad, top + self.pad)
        # drawContents paints only the lines that meet the rectangle: the cut-off lines are
        # left out of the text layer too, not just hidden.
        doc.drawContents(painter, QRectF(0, 0, self._inner(0), shown))
        painter.restore()
        self._texts(top, cells, 1, self.font)
        if marker:
            painter.setFont(self.font)
            painter.setPen(QColor("#666666"))
            box = QRectF(
                self.edges[0] + self.pad,
                top + self.pad + shown + self.metrics.height() * 0.3,
                self.edges[1] - self.edges[0] - 2 * self.pad,
                self.metrics.height() * 1.2,
            )
            elided = self.metrics.elidedText(marker, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), elided)
        self._grid(top, height)
        self.y += height


def _whole_lines(doc: QTextDocument, room: float) -> float:
    """The height of the document's lines that fit whole in `room` (at least one line)."""
    layout = doc.documentLayout()
    fit = 0.0
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            bottom = top + line.y() + line.height()
            if bottom > room and fit > 0:
                # Just above the first line that does not fit, so drawContents skips it.
                return fit
            fit = bottom
        block = block.next()
    return fit


def draw_table_pages(page: Page, rows: Iterable[dict[str, Any]], total: int, limit: int) -> None:
    """The criticism table from a new page: `rows` newest first, at most `limit` of them,
    and a line saying how many of `total` are left out."""
    page.next()
    heading = page.document("<h2>Criticism and how it was answered</h2>", page.rect.width())
    page.draw(heading, page.rect.top())
    table = _Table(page)
    table.y = page.rect.top() + heading.size().height()
    if total:
        listed = "" if total <= limit else f"; the {limit:,} newest are listed"
        table.note(f"{total:,} criticism items in this period, newest first{listed}.")
        table.y += table.pad * 2
    shown = 0
    for row in rows:
        if shown >= limit:
            break
        table.row(row)
        shown += 1
    if not shown:
        table.note("No criticism in this period.")
    elif total > shown:
        table.note(
            f"… and {total - shown:,} more criticism items, older than these: "
            "see the CSV or XLSX export for every item."
        )
    table.page.footer("Criticism and how it was answered")
